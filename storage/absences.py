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
from sqlmodel import Session

from storage.models import Absence, SubstituteCall
from storage.plain import ColumnDefaults, Read, Write, adopt, insert_of

# On the driver's cursor (storage/plain.py): through session.execute each INSERT cost some 90
# Python calls of set-up, and an /anmäl-förhinder makes three or four.
_ADD_ABSENCE = Write(insert_of(Absence.__table__, ["meeting_id", "person_id"],
                               Absence.__table__.c.id), own=True)
_ADD_CALL = Write(insert_of(SubstituteCall.__table__, None, SubstituteCall.__table__.c.id),
                  own=True)
# The INSERT binds every column, so what a caller leaves out takes the model's own default (read
# from the model, so that a column added later cannot be forgotten here).
_ABSENCE_DEFAULTS = ColumnDefaults(Absence)
_CALL_DEFAULTS = ColumnDefaults(SubstituteCall)


def add_absence(session: Session, **values) -> Absence | None:
    """A new standing förhinder; None when the member already has one for the meeting (a
    second request for it won the race, or it was there: taken back or not)."""
    values = _ABSENCE_DEFAULTS.complete(values)
    row = _ADD_ABSENCE.first(session, **values)
    if row is None:
        return None
    return _adopt(session, Absence, row[0], values)


def add_call(session: Session, **values) -> SubstituteCall:
    """A call to an ersättare, in the state `called` unless told otherwise."""
    values = _CALL_DEFAULTS.complete(values)
    row = _ADD_CALL.first(session, **values)
    return _adopt(session, SubstituteCall, row[0], values)


def _adopt(session: Session, model, row_id: int, values: dict):
    """The row just written, as the session's own instance (storage.plain.adopt)."""
    return adopt(session, model, {**values, "id": row_id})


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
