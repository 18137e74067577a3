"""Engine and sessions: SQLite (WAL, busy timeout) by default, PostgreSQL by URL.

On SQLite the transactions are ours, not the sqlite3 driver's. Left to itself the driver sends
no BEGIN before a SAVEPOINT, so a savepoint opened first becomes a transaction of its own and
its RELEASE commits: a unit of work rolled back after `session.begin_nested()` kept what it
wrote there. As SQLAlchemy documents for SQLite, the driver is told to stay out of it
(`isolation_level = None`) and we send BEGIN ourselves.

Our BEGIN is `BEGIN IMMEDIATE`, sent just before the unit of work's first statement that is not
a plain read (a write, a SAVEPOINT, DDL): from there to its end the unit of work holds SQLite's
one write lock, and everything it wrote goes or stays together. Why not the other two places:
- a deferred BEGIN at the start would make a unit of work that reads, then writes, fail at
  once with "database is locked" whenever another connection wrote in between (a stale
  snapshot cannot be upgraded; the busy timeout does not help), and the bot does exactly that
  all the time;
- an immediate BEGIN at the start would hold the write lock across whatever a unit of work does
  before it writes, such as reading an uploaded file in a bounded child process for seconds,
  and every other request would wait behind it.
Reads before the first write each see the latest committed data, as on PostgreSQL's default
READ COMMITTED; reads after it belong to the transaction.

PostgreSQL runs the same way, for round trips: left to itself psycopg sends a BEGIN of its own
before a unit of work's first statement and the unit of work ends with a COMMIT, two round trips
of a read-only command's five. The driver is in autocommit mode instead, and its cursor sends
BEGIN (storage/postgres.py) before the first statement that is not a plain read (a write, a
savepoint, DDL, and a SELECT … FOR UPDATE/SHARE, whose locks must last to the end); the final
COMMIT goes out only when a BEGIN did (psycopg commits nothing when no transaction is open).
Under READ COMMITTED every statement sees the latest committed data with or without a
transaction around it, so reads before the first write see what they saw before; from the BEGIN
on, everything is one transaction as it was.

One write may go without a transaction of its own: a slash command's replay key
(storage/handled.py), written last. When the command wrote nothing it is the unit of work's only
write, one statement that commits itself (`ALONE`); when the command wrote, it joins the
command's transaction. On PostgreSQL each saves a round trip more: the key of a command that
never writes goes ahead, in the message of its first read (storage.plain.send_early), and the
key of one that wrote goes in one message with its COMMIT (storage.plain.Write.last).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.sql.elements import TextClause
from sqlmodel import Session, create_engine

SQLITE_BUSY_TIMEOUT_MS = 5000


def make_engine(url: str, echo: bool = False) -> Engine:
    """An engine for `url`; a SQLite file's folder is created on the way."""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        # The connection used last is handed out first (LIFO): its page cache is still valid
        # for what it wrote itself. Handed out in turn (the pool's default), each of the five
        # finds its cache stale after the others wrote and reads its pages again: a chat
        # command's small SELECTs took 20-24 us each that way, against 12-15 us.
        engine = create_engine(
            url, echo=echo, connect_args={"check_same_thread": False, "timeout": 5},
            pool_use_lifo=True,
        )
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "before_cursor_execute", _sqlite_begin, retval=True)
        return engine
    engine = create_engine(url, echo=echo, pool_size=10, max_overflow=10)
    if engine.dialect.driver == "psycopg":  # before the ping, which then runs in autocommit too
        from storage import postgres

        postgres.begin_before_writes(engine)
    _ping_when_idle(engine)
    return engine


# A server connection that sat in the pool this long is tried before it is handed out (the
# server may have restarted or dropped it meanwhile). SQLAlchemy's pool_pre_ping tries every
# one, every time: a round trip more for every unit of work, when a busy process's connections
# were in use a moment ago. Should a connection in use fail all the same, SQLAlchemy discards
# every connection of the pool made before it, so only work already under way sees the error.
PING_AFTER_IDLE = 10.0  # seconds


def _ping_when_idle(engine: Engine) -> None:
    @event.listens_for(engine, "checkin")
    def _checked_in(_dbapi_connection, record) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checked_out(dbapi_connection, record, _proxy) -> None:
        since = record.info.get("idle_since")
        if since is None or time.monotonic() - since < PING_AFTER_IDLE:
            return  # new, or in use a moment ago
        try:
            alive = engine.dialect.do_ping(dbapi_connection)
        except Exception as error:  # the pool retries with a new connection
            raise DisconnectionError("the server dropped an idle connection") from error
        if not alive:
            raise DisconnectionError("the server dropped an idle connection")


def _sqlite_connect(dbapi_connection, _record) -> None:
    # No implicit BEGIN/COMMIT from the driver: _sqlite_begin starts every transaction.
    dbapi_connection.isolation_level = None
    # WAL lets the web process read while the worker writes; the busy timeout makes writers wait
    # for each other instead of failing at once.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


READS = ("SELECT", "EXPLAIN")  # statements that need no write lock; anything else begins one


class _Alone:
    """The `context` that storage/plain.py passes to the cursor events for a write that may
    commit by itself when no transaction is open (`ALONE` in the module's docstring)."""


ALONE = _Alone()


def _sqlite_begin(connection, cursor, statement, parameters, context, _executemany):
    """BEGIN IMMEDIATE before the first statement of a transaction that is not a plain read.
    (A listener with retval=True, which SQLAlchemy calls without a wrapper: the statement and
    its parameters go on as they came.)"""
    dbapi_connection = connection.connection.dbapi_connection
    if dbapi_connection.in_transaction or context is ALONE or not connection.in_transaction():
        return statement, parameters
    if connection.get_execution_options().get("isolation_level") == "AUTOCOMMIT":
        return statement, parameters
    if not statement.lstrip()[:7].upper().startswith(READS):
        cursor.execute("BEGIN IMMEDIATE")
    return statement, parameters


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


# --- whether a unit of work wrote --------------------------------------------------------------
# A person whose request failed after its unit of work committed must not be told "nothing was
# saved" (handlers/afterwards.py): each session notes its own writes in `session.info`.
WRITES = ("INSERT", "UPDATE", "DELETE")


def _flushed(session, _flush_context) -> None:
    session.info["wrote"] = True  # a flush runs only when there was something to write


def _executed(state) -> None:
    statement = state.statement
    if state.is_insert or state.is_update or state.is_delete or (
            isinstance(statement, TextClause) and statement.text.lstrip()[:6].upper() in WRITES):
        state.session.info["wrote"] = True


event.listen(Session, "after_flush", _flushed)
event.listen(Session, "do_orm_execute", _executed)


def wrote(session: Session) -> bool:
    """Whether the session wrote anything (once committed: whether anything was saved)."""
    return bool(session.info.get("wrote"))


@contextmanager
def unit_of_work(engine: Engine) -> Iterator[Session]:
    """One session per incoming event or job, committed once at the end, rolled back on error.

    The session is bound to one connection, taken for the whole unit of work, rather than to
    the engine. The reads of storage/plain.py run on that connection without opening the
    session's transaction, and a unit of work that opened none (a chat command that only read,
    its replay key committing by itself) ends without a commit: the session's transaction, its
    begin, commit and close were half of what a read-only command cost beyond a bare Bolt app.
    Anything the ORM does, and any write of the command's own, opens the transaction on the
    same connection as before (the session owns it: SQLAlchemy's "joining an external
    connection" with none open), and it commits or rolls back as before."""
    with engine.connect() as connection, Session(connection, expire_on_commit=False) as session:
        try:
            yield session
            if connection.in_transaction() or session.new or session.deleted or session.dirty:
                session.commit()
        except BaseException:
            session.rollback()
            raise
