"""PostgreSQL without a BEGIN and a COMMIT around a unit of work that only reads.

psycopg, left to itself, sends BEGIN before a connection's first statement and SQLAlchemy ends
every unit of work with COMMIT: two round trips of the five a read-only chat command makes. Here
the driver is in autocommit mode, and the cursor sends BEGIN itself just before the first
statement that is not a plain read (a write, a savepoint, DDL, or a SELECT … FOR UPDATE/SHARE,
whose locks must last to the end); SQLAlchemy's COMMIT then goes out only when a BEGIN did
(psycopg commits nothing when no transaction is open). storage/engine.py says why this is the
same as before for every read.

It is done in the driver's cursor rather than in one of SQLAlchemy's cursor events: a listener
of those makes SQLAlchemy dispatch every event of every statement, which cost more Python than
the round trips saved.

A connection SQLAlchemy puts in an isolation level of its own (`isolation_level="AUTOCOMMIT"`
for CREATE DATABASE, or any other) is left as SQLAlchemy made it until it is checked out again.
"""

from __future__ import annotations

import re

import psycopg
from sqlalchemy import event
from sqlalchemy.engine import Engine

_IDLE = 0  # psycopg.pq.TransactionStatus.IDLE: no transaction open on the server
_INTRANS = 2  # psycopg.pq.TransactionStatus.INTRANS: one open, nothing failed in it
READS = ("SELECT", "EXPLAIN", "SHOW")
_LOCKING = re.compile(r"\sFOR\s+(?:UPDATE|SHARE|NO\s+KEY\s+UPDATE|KEY\s+SHARE)\b", re.I)


def plain_read(statement) -> bool:
    """A statement that needs no transaction around it: it reads and locks nothing."""
    if not isinstance(statement, str):
        return False  # psycopg's sql.Composed and bytes: ours are never those; begin
    found = _PLAIN.get(statement)
    if found is None:
        found = statement.lstrip()[:7].upper().startswith(READS) and not _LOCKING.search(statement)
        if len(_PLAIN) < _PLAIN_MAX:
            _PLAIN[statement] = found
    return found


# The answer per statement: the same few hundred strings (compiled once by SQLAlchemy or by
# storage/plain.py) come back all the time, and the search for FOR UPDATE ran over each of them
# before every statement. Bounded, for a process that writes its SQL by hand now and then.
_PLAIN: dict[str, bool] = {}
_PLAIN_MAX = 4096


class _Connection(psycopg.Connection):
    begin_before_write = False  # ours: autocommit, with a BEGIN before the first write
    _shared: psycopg.Cursor | None = None
    _alone: psycopg.ClientCursor | None = None
    _begin: psycopg.Cursor | None = None

    def shared_cursor(self) -> psycopg.Cursor:
        """One cursor kept for storage/plain.py's statements on this connection: psycopg sets
        up a cursor (its adapters, its state) in some 20 us, more than SQLite takes to answer a
        chat command's small SELECT, and plain.py made one per statement. It is used by one
        thread at a time (the pool hands the connection to one), and every use runs one
        statement and reads all of its rows before the next."""
        cursor = self._shared
        if cursor is None or cursor.closed:
            cursor = self._shared = self.cursor()
        return cursor

    def begin_cursor(self) -> psycopg.Cursor:
        """The plain cursor `_Cursor.execute` sends its BEGIN on, kept like `shared_cursor`."""
        cursor = self._begin
        if cursor is None or cursor.closed:
            cursor = self._begin = psycopg.Cursor(self)
        return cursor

    def alone_cursor(self) -> psycopg.ClientCursor:
        """The cursor for `_Cursor.execute_alone`'s statements, kept like `shared_cursor`."""
        cursor = self._alone
        if cursor is None or cursor.closed:
            cursor = self._alone = psycopg.ClientCursor(self)
        return cursor

    def committing(self) -> bool:
        """Ours, with a transaction open that nothing failed in: `_Cursor.execute_last` may
        commit it."""
        return self.begin_before_write and self.pgconn.transaction_status == _INTRANS

    def idle(self) -> bool:
        """Ours, with no transaction open: a write alone commits by itself."""
        return self.begin_before_write and self.pgconn.transaction_status == _IDLE

    def read_along(self, alone: str | None, first: str | None, query: str | None, params,
                   after: tuple[str, ...] = ()) -> tuple[int | None, list | None, list | None,
                                                         list[list]]:
        """In one message, one round trip: `alone`, a write with its values written in, as a
        transaction of its own (`_Cursor.execute_alone`'s); `first`, a read with its values
        written in; then `query` with `params`; then the reads `after` it, their values written
        in; each left out when None. → the rows `alone` touched, the rows of `first`, of
        `query` (None for what was left out) and of each read after it.
        On the simple protocol, the only one that takes several statements, with psycopg
        binding the values itself (as `execute_alone`). The reads alone run as one implicit
        transaction; within the unit of work's, in it."""
        parts = []
        if alone is not None:
            parts.append(f"BEGIN; SET LOCAL synchronous_commit TO OFF; {alone}; COMMIT")
        if first is not None:
            parts.append(first)
        kinds = ["skip", "skip", "count", "skip"] if alone is not None else []
        kinds += ["first"] if first is not None else []
        text = "; ".join(parts)
        if query is not None:  # its parameters bound by psycopg: a % of the others is doubled
            text = f"{text.replace('%', '%%')}; {query}" if parts else query
            kinds.append("query")
            for read in after:
                text = f"{text}; {read.replace('%', '%%')}"
                kinds.append("after")
        cursor = self.alone_cursor()
        cursor.execute(text, params if query is not None else None)
        out: dict = {"count": None, "first": None, "query": None, "after": []}
        for n, kind in enumerate(kinds):
            if n:
                cursor.nextset()
            if kind == "count":
                out[kind] = cursor.rowcount
            elif kind == "after":
                out[kind].append(cursor.fetchall())
            elif kind != "skip":
                out[kind] = cursor.fetchall()
        return out["count"], out["first"], out["query"], out["after"]

    # SQLAlchemy sets or restores an isolation level through the public `autocommit` property
    # (its dialect's `_do_isolation_level`): its way, not ours, from then on until `take`.
    @property
    def autocommit(self) -> bool:
        return psycopg.Connection.autocommit.fget(self)

    @autocommit.setter
    def autocommit(self, value: bool) -> None:
        self.begin_before_write = False
        self.set_autocommit(value)

    def take(self) -> None:
        """Ours again (at checkout), when nothing is open."""
        if not self.begin_before_write and self.pgconn.transaction_status == _IDLE:
            if not self.autocommit:
                self.set_autocommit(True)
            self.begin_before_write = True


class _Cursor(psycopg.Cursor):
    def execute(self, query, params=None, **kwargs):
        conn = self._conn
        if (conn.begin_before_write and conn.pgconn.transaction_status == _IDLE
                and not plain_read(query)):
            # BEGIN and the statement in one round trip (a pipeline: BEGIN is not waited for
            # before the statement is sent); the statement's result is this cursor's, as ever.
            with conn.pipeline():
                conn.begin_cursor().execute("BEGIN")
                psycopg.Cursor.execute(self, query, params, **kwargs)
            return self
        return psycopg.Cursor.execute(self, query, params, **kwargs)

    def executemany(self, query, params_seq, **kwargs):
        conn = self._conn
        if conn.begin_before_write and conn.pgconn.transaction_status == _IDLE:
            psycopg.Cursor.execute(self, "BEGIN")
        return psycopg.Cursor.executemany(self, query, params_seq, **kwargs)

    def execute_alone(self, query, params=None):
        """A write that may commit by itself (`ALONE`, storage/engine.py): with a transaction
        open it joins it, as any statement would. With none, it is a transaction of its own
        whose commit does not wait for the server to flush its WAL to disk, sent in one round
        trip; the cursor returned holds the statement's own result (its rowcount, its rows).

        That wait (an fdatasync, 0.5–6 ms on this project's machines) came after every
        read-only chat command, whose replay key is its only write. Should the database server
        itself crash within the moment before its WAL writer flushes (a fraction of a second),
        the key can be lost, and an exact replay of that command within Slack's five minutes
        would be answered once more; it changed nothing, so nothing is done twice. SQLite's
        synchronous=NORMAL (storage/engine.py) gives every commit that same guarantee."""
        conn = self._conn
        if not conn.begin_before_write or conn.pgconn.transaction_status != _IDLE:
            return psycopg.Cursor.execute(self, query, params)
        alone = conn.alone_cursor()
        # Several statements in one message: psycopg binds the values itself (ClientCursor)
        # and sends them by the simple protocol, the only one that takes more than one.
        alone.execute(f"BEGIN; SET LOCAL synchronous_commit TO OFF; {query}; COMMIT", params)
        alone.nextset()  # past BEGIN
        alone.nextset()  # past SET
        return alone


    def execute_last(self, query, params=None):
        """The unit of work's last statement and the COMMIT of its transaction in one message,
        one round trip for two (a command that wrote: its replay key). Should the statement
        fail (a key already there), the COMMIT is not run: the transaction is left failed,
        nothing of it saved, for the caller to roll back. → the cursor holding the statement's
        result. SQLAlchemy's own commit afterwards sends nothing (psycopg commits nothing when
        no transaction is open)."""
        conn = self._conn
        if not conn.committing():
            return psycopg.Cursor.execute(self, query, params)
        last = conn.alone_cursor()
        last.execute(f"{query}; COMMIT", params)
        return last


def begin_before_writes(engine: Engine) -> None:
    @event.listens_for(engine, "do_connect")
    def _connect(_dialect, _record, cargs, cparams):
        return _Connection.connect(*cargs, cursor_factory=_Cursor, **cparams)

    @event.listens_for(engine, "checkout")
    def _checked_out(dbapi_connection, _record, _proxy) -> None:
        dbapi_connection.take()
