"""Writing a förhinder and its ersättare call: one INSERT each, never the ORM's flush.

Through the ORM a new förhinder cost a savepoint (to catch the second request for the same
absence) and two flushes, the largest part of an /anmäl-förhinder. Here each row is one
statement with RETURNING; the race for the same member and meeting is settled by the unique
constraint with ON CONFLICT DO NOTHING, which leaves the transaction usable on PostgreSQL as on
SQLite, so no savepoint is needed. The rows come back as instances of the session (persistent,
no SQL), so callers use and change them as before. Nothing here commits.
"""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import bindparam, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import make_transient_to_detached
from sqlmodel import Session

from storage.models import Absence, SubstituteCall
from storage.plain import Read

_ADD_ABSENCE = {
    postgres: (pg_insert if postgres else sqlite_insert)(Absence.__table__)
    .on_conflict_do_nothing(index_elements=["meeting_id", "person_id"])
    .returning(Absence.__table__.c.id)
    for postgres in (False, True)
}
_ADD_CALL = {
    postgres: (pg_insert if postgres else sqlite_insert)(SubstituteCall.__table__)
    .returning(SubstituteCall.__table__.c.id)
    for postgres in (False, True)
}


def _postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def add_absence(session: Session, **values) -> Absence | None:
    """A new standing förhinder; None when the member already has one for the meeting (a
    second request for it won the race, or it was there: taken back or not)."""
    values.setdefault("withdrawn_at", None)
    row = session.execute(_ADD_ABSENCE[_postgres(session)], values).first()
    if row is None:
        return None
    return _adopt(session, Absence(id=row[0], **values))


def add_call(session: Session, **values) -> SubstituteCall:
    """A call to an ersättare, in the state `called` unless told otherwise."""
    values.setdefault("state", "called")
    values.setdefault("answered_at", None)
    row = session.execute(_ADD_CALL[_postgres(session)], values).one()
    return _adopt(session, SubstituteCall(id=row[0], **values))


def _adopt(session: Session, instance):
    """The row just written, as the session's own instance: as if loaded, without loading."""
    make_transient_to_detached(instance)
    session.add(instance)
    return instance


class Reported(NamedTuple):
    """A member's förhinder for a meeting as a report needs to see it: taken back or not."""

    id: int
    withdrawn: bool


# On the driver's cursor: every /anmäl-förhinder asks it, and the instance is needed only when
# an absence taken back earlier is reported again (then the caller gets it by id).
_REPORTED = Read(select(Absence.id, Absence.withdrawn_at.is_not(None))
                 .where(Absence.meeting_id == bindparam("meeting"),
                        Absence.person_id == bindparam("person")))


def reported(session: Session, meeting_id: int, person_id: int) -> Reported | None:
    """The member's förhinder for the meeting (one at most: a unique constraint), or None."""
    rows = _REPORTED.rows(session, meeting=meeting_id, person=person_id)
    return Reported(rows[0][0], bool(rows[0][1])) if rows else None
