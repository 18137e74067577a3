"""Reads that every chat command makes, run on the driver's own cursor.

Through the ORM a small SELECT costs about ten times what SQLite takes to answer it (some
0.1 ms for a list of ids, 0.3 ms for an agenda of four items, against 0.01–0.03 ms on the
cursor): the ORM sets up its execution context, its result and an instance per row every time.
The statements here are built with SQLAlchemy as everywhere else, compiled once per database
dialect, and their rows turned into values by the column types' own result processors (JSON
decoded on SQLite, as the ORM does); what comes back are plain tuples, not instances.

For reads of values a reply shows. They run on the session's connection, so they see the unit of
work's own writes, as the ORM's reads do.

`Write` is the same for the one write every slash command makes besides its own (the replay
key: storage/handled.py): its values pass through their column types' bind processors, and the
engine's cursor events see it, so SQLite's BEGIN IMMEDIATE (storage/engine.py) comes first as
for any write. It is no write of the command's (`storage.engine.wrote` does not count it).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from sqlalchemy import event
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.orm import make_transient_to_detached
from sqlalchemy.sql import Executable, Select, TextClause
from sqlmodel import Session

from storage.engine import ALONE


class Read:
    """One SELECT (or a text() one, whose values come as the driver gives them), compiled once
    per dialect; `rows(session, **params)` → a list of tuples.

    Parameters pass through their types' bind processors, so a date is compared as SQLAlchemy
    stores it (sqlite3 would write one its own way). An expanding parameter (`IN` a list) is
    written out once per dialect and length of list, as SQLAlchemy writes it out per execution.
    """

    def __init__(self, statement: Select | TextClause):
        self.statement = statement
        self._compiled: dict = {}
        self._lock = threading.Lock()

    def _for(self, dialect: Dialect, params: dict):
        compiled = self._compiled.get(dialect.name)
        if compiled is None:
            with self._lock:
                compiled = self.statement.compile(dialect=dialect)
                results = tuple(
                    (n, process) for n, column in enumerate(
                        getattr(self.statement, "selected_columns", ()))  # none in text()
                    if (process := column.type.dialect_impl(dialect).result_processor(
                        dialect, None)) is not None)
                self._compiled[dialect.name] = compiled = (
                    compiled, results,
                    tuple(sorted(b.key for b in compiled.post_compile_params or ())))
        compiled, results, expanding = compiled
        key = (dialect.name, *(len(params[name]) for name in expanding))
        found = self._compiled.get(key)
        if found is None:
            with self._lock:
                state = compiled.construct_expanded_state(params)
                # Literals of the statement (`status != 'cancelled'`) are parameters too.
                given = set(params) | {n for name in expanding
                                       for n in state.parameter_expansion.get(name, ())}
                literals = {name: value for name, value in state.parameters.items()
                            if name not in given}
                if state.positiontup:
                    order = tuple(state.positiontup)
                    processors = tuple((n, state.processors[name]) for n, name in enumerate(order)
                                       if state.processors.get(name) is not None)
                else:
                    order, processors = None, tuple(
                        (name, process) for name, process in state.processors.items()
                        if process is not None)
                found = self._compiled[key] = (
                    state.statement, order, literals, processors,
                    {name: tuple(state.parameter_expansion[name]) for name in expanding})
        return found, results

    def rows(self, session: Session, **params) -> list[tuple]:
        return self._rows(session, params)[0]

    def rows_and(self, session: Session, *then: tuple[Read, dict],
                 **params) -> tuple[list[tuple], ...]:
        """This read's rows and those of each read `then` (a Read and its parameters), in one
        message where the driver sends several (PostgreSQL: one round trip, not several); one
        after the other elsewhere. For reads whose answers are needed right after this one's,
        as subqueries of the same values can find them."""
        if not _pairs(connection_of(session)):
            return (self._rows(session, params)[0],
                    *(read._rows(session, read_params)[0] for read, read_params in then))
        found, after = self._rows(session, params, then)
        return (found, *after)

    def _bound(self, connection: Connection, params: dict):
        (sql, order, literals, processors, expansion), results = self._for(
            connection.dialect, params)
        values = {**literals, **params} if literals or expansion else params
        for name, names in expansion.items():
            values.update(zip(names, values.pop(name), strict=True))
        # Only the parameters whose type has a bind processor are touched (dates on SQLite).
        if order:
            args = [values[name] for name in order]
            for index, process in processors:
                if args[index] is not None:
                    args[index] = process(args[index])
            args = tuple(args)
        else:
            args = dict(values) if processors else values
            for name, process in processors:
                if args.get(name) is not None:
                    args[name] = process(args[name])
        return sql, args, results

    def _rows(self, session: Session, params: dict, then: tuple = ()):
        connection = connection_of(session)
        check = session.info.get(_DEFERRED)
        early = session.info.get(_EARLY)
        if check is not None and early is None and not _pairs(connection):
            settle(session)  # no way to send it along: on its own, before this read
            check = None
        sql, args, results = self._bound(connection, params)
        after, processors = [], []
        for read, read_params in then:  # their values written in: they share no parameters
            then_sql, then_args, then_results = read._bound(connection, read_params)
            after.append(connection.connection.dbapi_connection.alone_cursor().mogrify(
                then_sql, then_args))
            processors.append(then_results)
        if check is not None or early is not None or after:
            rows, after_rows = _execute_along(session, connection, sql, args, tuple(after))
        else:
            rows, after_rows = _execute(connection, sql, args, fetch=True), []
        return _processed(rows, results), [
            _processed(found, results) for found, results in zip(after_rows, processors,
                                                                   strict=True)]

    def literal_sql(self, dialect: Dialect) -> str:
        """The statement with its values written in (a check sent along with another read,
        whose parameters it must not share): only for statements of literal values."""
        key = ("literal", dialect.name)
        found = self._compiled.get(key)
        if found is None:
            found = self._compiled[key] = str(self.statement.compile(
                dialect=dialect, compile_kwargs={"literal_binds": True}))
        return found

    def column(self, session: Session, **params) -> list:
        """The first column of every row."""
        return [row[0] for row in self.rows(session, **params)]


def _processed(rows, results) -> list[tuple]:
    """Rows as tuples, each value through its column type's result processor, if it has one."""
    if not results:
        return [tuple(row) for row in rows]
    out = []
    for row in rows:
        row = list(row)
        for index, process in results:
            row[index] = process(row[index])
        out.append(tuple(row))
    return out


class _Last:
    """The `context` of a write sent with the COMMIT after it (`Write.last`)."""


LAST = _Last()


def commits_with_last(session: Session) -> bool:
    """Whether the unit of work's last write can carry its COMMIT (PostgreSQL, a transaction
    of its writes open)."""
    committing = getattr(connection_of(session).connection.dbapi_connection, "committing", None)
    return committing is not None and committing()


class Write:
    """One write, compiled once per dialect from `build(dialect_name)` (an INSERT … ON CONFLICT
    is written differently by each); `run(session, **params)` → the rows it touched, `first`
    → the first row it returned (RETURNING), or None.

    `own`: a write of the command's own (a förhinder, an outbox message), unlike the replay
    key: what the ORM holds is flushed first, as session.execute would have, and the session
    notes that it wrote (`storage.engine.wrote`).
    """

    def __init__(self, build: Callable[[str], Executable], own: bool = False):
        self.build = build
        self.own = own
        self._compiled: dict[str, tuple] = {}
        self._lock = threading.Lock()

    def _for(self, dialect: Dialect):
        found = self._compiled.get(dialect.name)
        if found is None:
            with self._lock:
                compiled = self.build(dialect.name).compile(dialect=dialect)
                if compiled.post_compile_params:
                    raise ValueError("a Write takes no expanding parameters")
                binds = {name: bind.type.dialect_impl(dialect).bind_processor(dialect)
                         for name, bind in compiled.binds.items()}
                order = tuple(compiled.positiontup) if compiled.positiontup else None
                found = self._compiled[dialect.name] = (compiled.string, order, binds)
        return found

    def run(self, session: Session, alone: bool = False, **params) -> int:
        """`alone`: when no transaction is open (the unit of work wrote nothing so far), the
        write commits by itself, without a BEGIN and a COMMIT of its own; it must be the unit
        of work's last statement (storage/engine.py)."""
        return self._run(session, params, fetch=False, alone=alone)

    def bound(self, connection: Connection, params: dict) -> tuple[str, object]:
        """The statement for `connection`'s dialect and its values, bound as `run` binds them."""
        sql, order, binds = self._for(connection.dialect)
        values = {name: value if binds.get(name) is None else binds[name](value)
                  for name, value in params.items()}
        return sql, tuple(values[name] for name in order) if order else values

    def last(self, session: Session, **params) -> bool:
        """The unit of work's last statement before its commit, a write into the transaction
        its own writes opened, sent with the COMMIT where the driver can (PostgreSQL: one
        round trip, not two; `commits_with_last`). → False when it broke a unique key: nothing
        of the transaction is saved, and the caller rolls it back."""
        settle(session)  # a deferred check comes before anything is written
        connection = session.connection()
        sql, args = self.bound(connection, params)
        try:
            _execute(connection, sql, args, fetch=False, context=LAST)
        except connection.dialect.loaded_dbapi.IntegrityError:
            return False
        return True

    def first(self, session: Session, **params) -> tuple | None:
        rows = self._run(session, params, fetch=True)
        return tuple(rows[0]) if rows else None

    def _run(self, session: Session, params: dict, fetch: bool, alone: bool = False):
        settle(session)  # a deferred check comes before anything is written
        if self.own:
            session.flush()
        # A write alone commits by itself, or joins what the command's writes opened; any
        # other write is the session's transaction's, begun here if need be.
        connection = connection_of(session) if alone else session.connection()
        sql, args = self.bound(connection, params)
        done = _execute(connection, sql, args, fetch=fetch, context=ALONE if alone else None)
        if self.own:
            session.info["wrote"] = True
        return done


def insert_of(table, conflict: list[str] | None = None, returning=None) -> Callable:
    """`build` for a Write: an INSERT of every column of `table` but an autoincremented key,
    each value bound by its column's name and type; ON CONFLICT (conflict) DO NOTHING when
    given; RETURNING `returning` (a column) when given."""
    from sqlalchemy import bindparam
    from sqlalchemy.dialects import postgresql, sqlite

    columns = [c for c in table.columns if not (c.primary_key and c.autoincrement)]

    def build(dialect: str):
        module = postgresql if dialect == "postgresql" else sqlite
        statement = module.insert(table).values(
            {c.name: bindparam(c.name, type_=c.type) for c in columns})
        if conflict:
            statement = statement.on_conflict_do_nothing(index_elements=conflict)
        return statement.returning(returning) if returning is not None else statement

    return build


class ColumnDefaults:
    """The values an `insert_of` INSERT binds for a model's row: what the caller gave, and the
    model's own default for every other column but the autoincremented key (a default factory
    called anew each time, so no two rows share a list). A column without a default that the
    caller left out is a TypeError naming it, before anything is written."""

    def __init__(self, model) -> None:
        table = model.__table__
        self.names = tuple(c.name for c in table.columns
                           if not (c.primary_key and c.autoincrement))
        self.fields = {name: model.model_fields[name] for name in self.names}

    def complete(self, given: dict) -> dict:
        unknown = set(given) - set(self.names)
        if unknown:
            raise TypeError(f"no such column: {', '.join(sorted(unknown))}")
        values = {}
        for name in self.names:
            if name in given:
                values[name] = given[name]
            elif self.fields[name].is_required():
                raise TypeError(f"a value is needed for {name}")
            else:
                values[name] = self.fields[name].get_default(call_default_factory=True)
        return values


def adopt(session: Session, model, values: dict):
    """A row read or written on the cursor as the session's own instance of `model`, as if the
    ORM had loaded it, for a fraction of what loading or `merge` costs (no query, no copying
    attribute by attribute through the ORM's instrumentation, nor the model's __init__).

    `values` must hold every column (none is left to load). An instance the session already has
    for that key is returned as it is, its values untouched, as a query would return it.

    The instance joins the session's identity map as the ORM's loader puts a loaded row there,
    not through `session.add`: `add` begins the session's transaction (a SessionTransaction made
    and closed again, for a unit of work that may never use it) and walks the cascades, some
    120,000 instructions an instance, and a chat command adopts one to five. From here on it is
    the session's like any loaded row: changed, it is flushed; rolled back, it is expired."""
    mapper = model.__mapper__
    key = mapper.identity_key_from_primary_key(
        [values[column.key] for column in mapper.primary_key])
    found = session.identity_map.get(key)
    if found is not None:
        return found
    if session.dispatch.before_attach or session.dispatch.after_attach:
        return _adopt_by_add(session, mapper, values)  # someone listens: the ORM's own way
    instance = mapper.class_manager.new_instance()
    state = instance._sa_instance_state
    state.dict.update(values)
    if state.modified or state.committed_state:  # nothing made it so; as loaded, whatever did
        state._commit_all(state.dict)
    state.key = key
    state.session_id = session.hash_key
    session.identity_map._add_unpresent(state, key)
    return instance


def _adopt_by_add(session: Session, mapper, values: dict):
    instance = mapper.class_manager.new_instance()
    instance._sa_instance_state.dict.update(values)
    make_transient_to_detached(instance)
    session.add(instance)
    return instance


def columns_of(model) -> tuple[str, ...]:
    """The names of a model's columns, in the table's order (what `adopt` needs)."""
    return tuple(column.key for column in model.__table__.columns)


def connection_of(session: Session) -> Connection:
    """The session's connection, without opening its transaction when the unit of work holds
    one connection (storage.engine.unit_of_work): a read needs none, and the replay key commits
    by itself or joins the transaction the command's writes opened. A session bound to the
    engine (tests, scripts) opens its transaction as before."""
    bind = session.bind
    if isinstance(bind, Connection):
        return bind
    return session.connection()


# --- a check and a write sent along with the next read ---------------------------------------
# A unit of work may take something it keeps in memory on trust (the roster snapshot:
# storage/roster_cache.py) and check it is still current with the next statement it sends anyway,
# in the same round trip on PostgreSQL, instead of a round trip of its own before. The check is
# one Read of one value and the value it must find; when it finds another, `error` is raised
# after that read, before anything else is sent, and the caller runs the unit of work again.
# A write (a Write, an ORM flush or statement) settles the check on its own first, so nothing is
# ever written on trust.
#
# One write may go the same way, ahead of a command known never to write (`send_early`): the
# replay key of /dagordning, /remisser, /beslut, a transaction of its own in the message of the
# command's first read, instead of a round trip of its own after the command.
_DEFERRED = "plain.deferred_check"
_EARLY = "plain.early_write"
EARLY_SENT = "plain.early_write_sent"  # session.info: True once it went (it may have committed)


def defer_check(session: Session, read: Read, expected, error: type[Exception],
                default=None) -> None:
    """`read`'s first value (`default` when it finds no row or NULL) must be `expected`."""
    session.info[_DEFERRED] = (read, expected, error, default)


def pending_check(session: Session) -> bool:
    return _DEFERRED in session.info


def send_early(session: Session, write: Write, refused: type[Exception], **params) -> bool:
    """`write` alone, a transaction of its own (as `Write.run(alone=True)`), sent ahead of the
    unit of work's next read in that read's round trip; when it touches no row, `refused` is
    raised after that read, before anything else is sent. Only where the driver sends it along
    (PostgreSQL) and nothing is open yet; → False elsewhere, and nothing is done (on SQLite a
    write ahead saves no round trip: the caller writes it as before)."""
    connection = connection_of(session)
    dbapi_connection = connection.connection.dbapi_connection
    idle = getattr(dbapi_connection, "idle", None)
    if idle is None or not idle():
        return False
    sql, args = write.bound(connection, params)
    session.info[_EARLY] = (dbapi_connection.alone_cursor().mogrify(sql, args), refused)
    return True


_READ_NOW = object()


def settle(session: Session, found=_READ_NOW) -> None:
    """The deferred check, if any: with the value `found` along with another read, or read now
    (with the write sent early, if that has not gone yet). Raises its `error` when the value is
    not the one expected."""
    if found is _READ_NOW and _EARLY in session.info:
        _execute_along(session, connection_of(session), None, None)
        return
    check = session.info.pop(_DEFERRED, None)
    if check is None:
        return
    read, expected, error, default = check
    if found is _READ_NOW:
        found = next(iter(read.column(session)), None)
    if (default if found is None else found) != expected:
        raise error()


def _settle_before_orm(state) -> None:
    if _DEFERRED in state.session.info or _EARLY in state.session.info:
        settle(state.session)


def _settle_before_flush(session, _flush_context, _instances) -> None:
    if _DEFERRED in session.info or _EARLY in session.info:
        settle(session)


event.listen(Session, "do_orm_execute", _settle_before_orm)
event.listen(Session, "before_flush", _settle_before_flush)


def _pairs(connection: Connection) -> bool:
    """Whether the driver sends several statements in one message (PostgreSQL:
    storage/postgres.py)."""
    return hasattr(connection.connection.dbapi_connection, "read_along")


def pairs(session: Session) -> bool:
    """Whether a check deferred in this session can go along with its next read."""
    return _pairs(connection_of(session))


def _execute_along(session: Session, connection, sql: str | None, args,
                   after: tuple[str, ...] = ()) -> tuple[list | None, list[list]]:
    """The early write, the check's read, this read (`sql`, None for none) and the read
    `after` it (its values written in) in one message; the write's refusal raised first, then
    the check settled; → the rows of this read and of the one after it."""
    early = session.info.pop(_EARLY, None)
    check = session.info.pop(_DEFERRED, None)
    alone = early[0] if early is not None else None
    first = check[0].literal_sql(connection.dialect) if check is not None else None
    statements = [(s, p) for s, p in ((alone, {}), (first, {}), (sql, args)) if s is not None]
    statements += [(read, {}) for read in after]
    dispatch = (connection.dispatch if connection._has_events
                else connection.engine.dispatch if connection.engine._has_events else None)
    dbapi_connection = connection.connection.dbapi_connection
    if dispatch is not None:  # the engine's cursor events see every statement, as before
        for statement, params in statements:
            for listener in dispatch.before_cursor_execute:
                listener(connection, None, statement, params, None, False)
    if early is not None:
        session.info[EARLY_SENT] = True
    touched, found, rows, after_rows = dbapi_connection.read_along(alone, first, sql, args,
                                                                    after)
    if dispatch is not None:
        for statement, params in statements:
            for listener in dispatch.after_cursor_execute:
                listener(connection, None, statement, params, None, False)
    if early is not None and touched != 1:
        raise early[1]()
    if check is not None:
        session.info[_DEFERRED] = check
        settle(session, found[0][0] if found else None)  # no row: the check's default
    return rows, after_rows


def _execute(connection, sql: str, args, fetch: bool, context=None):
    """The statement on the driver's cursor: its rows (`fetch`), else its rowcount."""
    dbapi_connection = connection.connection.dbapi_connection
    shared = getattr(dbapi_connection, "shared_cursor", None)  # PostgreSQL: storage/postgres.py
    cursor = shared() if shared is not None else dbapi_connection.cursor()
    try:
        # The engine's cursor events still see the statement (echo, tests that count, and
        # the BEGIN before a write: storage/engine.py).
        # Listeners of the engine alone (ours among them) are called as SQLAlchemy calls them,
        # without building its joined dispatcher of connection and engine for every statement.
        dispatch = (connection.dispatch if connection._has_events
                    else connection.engine.dispatch if connection.engine._has_events else None)
        if dispatch is not None:
            for listener in dispatch.before_cursor_execute:
                sql, args = listener(connection, cursor, sql, args, context, False)
        # The cursor that holds the statement's result: the one it ran on, but for a write
        # alone on PostgreSQL (storage/postgres.py, `execute_alone`).
        if context is ALONE:
            done = getattr(cursor, "execute_alone", cursor.execute)(sql, args)
        elif context is LAST:
            done = getattr(cursor, "execute_last", cursor.execute)(sql, args)
        else:
            done = cursor.execute(sql, args)
        if dispatch is not None:
            for listener in dispatch.after_cursor_execute:
                listener(connection, cursor, sql, args, context, False)
        return done.fetchall() if fetch else done.rowcount
    finally:
        if shared is None:
            cursor.close()
