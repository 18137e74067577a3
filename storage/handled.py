"""Ids of requests and events already handled (Slack event ids, Teams activities, replays).

Slack redelivers an event for up to an hour and a replayed request is refused by its timestamp
after five minutes, so an id is needed for a while only; the worker prunes older ones.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, insert
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from storage import plain
from storage.models import ProcessedEvent
from storage.plain import Write

_REMEMBER = insert(ProcessedEvent)


def first_time(engine: Engine, key: str, at: datetime) -> bool:
    """Remembers `key` in a transaction of its own: True the first time, False when it was
    already there (in this process or another). One INSERT on a connection: every Slack request
    passes here, and a Session with its flush cost more than the command itself on the way."""
    try:
        with engine.begin() as connection:
            connection.execute(_REMEMBER, {"event_id": key, "received_at": at})
    except IntegrityError:
        return False
    return True


def _remember_once(dialect: str):
    module = postgresql if dialect == "postgresql" else sqlite
    return module.insert(ProcessedEvent).on_conflict_do_nothing()


# Every slash command runs this: on the driver's cursor (storage/plain.py), and with ON CONFLICT
# DO NOTHING, so a key already there is a count of 0, not an error that spoils the transaction.
_REMEMBER_ONCE = Write(_remember_once)


def remember(session: Session, key: str, at: datetime, last: bool = False) -> bool:
    """Remembers `key` in the session's own transaction: False when it was already there (this
    process or another, committed; a concurrent unit of work with the same key waits for the
    other to end, as for any unique key). With the unit of work's own writes, so a request's
    effects and the note that it was handled are saved together or not at all.

    On the session's connection, not through the ORM: it is no write of the command's own
    (`storage.engine.wrote` does not count it).

    `last`: the unit of work does nothing after this but commit (a slash command). What the ORM
    still holds is written first, so that a command that wrote has its transaction open and the
    key joins it, and on PostgreSQL goes in one message with the COMMIT (`Write.last`: a
    round trip less; a key already there stops the COMMIT); in a unit of work that wrote
    nothing the key is its one write, and commits by itself, without a BEGIN and a COMMIT
    around it (storage/engine.py, `ALONE`)."""
    if last:
        session.flush()
        if plain.commits_with_last(session):  # the command wrote: the key carries its COMMIT
            return _REMEMBER_LAST.last(session, event_id=key, received_at=at)
    return _REMEMBER_ONCE.run(session, alone=last, event_id=key, received_at=at) == 1


# The key of a command that wrote, sent with its COMMIT (PostgreSQL): a key already there must
# stop the COMMIT, so it is no count of 0 but an error, which leaves the transaction failed.
_REMEMBER_LAST = Write(lambda _dialect: insert(ProcessedEvent))


def remember_ahead(session: Session, key: str, at: datetime,
                   replayed: type[Exception]) -> bool:
    """Remembers `key` ahead of a command that never writes, in the message of its first read
    (PostgreSQL: storage.plain.send_early), a transaction of its own: the round trip the key
    took after the command saved. `replayed` is raised with that read when the key was there
    already. → False where it cannot go ahead (SQLite: no round trip to save; or a transaction
    is open): nothing done, `remember(..., last=True)` after the command as before.

    A command that failed after its key went ahead takes it back (`forget`): as with the key
    in the command's own transaction, a failed request leaves nothing."""
    return plain.send_early(session, _REMEMBER_ONCE, replayed, event_id=key, received_at=at)


def forget(engine: Engine, key: str) -> None:
    """Takes back a key remembered ahead of a command that then failed."""
    with engine.begin() as connection:
        connection.execute(delete(ProcessedEvent).where(ProcessedEvent.event_id == key))


def prune(session: Session, before: datetime, batch: int = 5000) -> int:
    """Removes up to `batch` ids received before `before`; a quick read first, so a worker pass
    with nothing to prune takes no write lock."""
    old = list(session.exec(
        select(ProcessedEvent.event_id).where(ProcessedEvent.received_at < before).limit(batch)
    ).all())
    if old:
        session.exec(delete(ProcessedEvent).where(ProcessedEvent.event_id.in_(old)))
    return len(old)
