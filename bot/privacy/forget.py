"""`samverkansbot person forget EMAIL`: a person removed or anonymised everywhere, except in
published minutes and decisions, which are public records.

Removed: their förhinder (with the ersättare calls they caused), their calls as ersättare,
their memberships, their follows, every message to them in the outbox and their Teams
conversation. Kept without them: their synpunkter (the organisation's answer to a remiss; the
text stays, the name goes), the remisser they owned, the minutes they sent in, their rows in
attendance lists of minutes (the name as the minutes print it stays: a public record). Where
others named them as ersättare, the link goes. The person row itself is deleted when nothing
refers to it any more, and otherwise keeps no name, address or platform id. The audit log keeps
the person's id only, so it shows the anonymous row. Messages to others that name the person are
dropped if not yet sent, and emptied if sent.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import delete, func, select, update
from sqlmodel import Session

from bot.privacy.retention import EMPTIED
from storage import roster_cache
from storage.models import (
    Absence,
    Attendance,
    Comment,
    Consultation,
    Document,
    Follow,
    Membership,
    OutboxMessage,
    OutboxState,
    Person,
    SubstituteCall,
    TeamsConversation,
)


@dataclass
class Forgotten:
    name: str
    email: str
    person_id: int
    counts: Counter = field(default_factory=Counter)
    row_kept: bool = False  # True: anonymised in place (synpunkter refer to it)


def forget(session: Session, person: Person, anonymous_name: str) -> Forgotten:
    """Everything in one unit of work: the caller commits once, or nothing happens."""
    done = Forgotten(person.name, person.email or "", person.id)
    counts = done.counts
    own_absences = list(session.execute(
        select(Absence.id).where(Absence.person_id == person.id)).scalars())
    counts["calls"] = _delete(session, SubstituteCall, SubstituteCall.person_id == person.id)
    if own_absences:
        _delete(session, SubstituteCall, SubstituteCall.absence_id.in_(own_absences))
    counts["absences"] = _delete(session, Absence, Absence.person_id == person.id)
    counts["named_substitute"] = _unlink(session, Absence, Absence.substitute_id, person.id)
    counts["usual_substitute"] = _unlink(session, Membership, Membership.substitute_id, person.id)
    counts["memberships"] = _delete(session, Membership, Membership.person_id == person.id)
    roster_cache.bump(session)  # bulk statements pass by the ORM's hook: say the roster changed
    counts["follows"] = _delete(session, Follow, Follow.person_id == person.id)
    addresses = [a for a in (person.slack_id, person.teams_id) if a]
    if addresses:
        counts["messages"] = _delete(session, OutboxMessage,
                                     OutboxMessage.recipient.in_(addresses))
    if person.teams_id:
        counts["teams"] = _delete(session, TeamsConversation,
                                  TeamsConversation.key == person.teams_id)
    counts["mentions"] = _messages_naming(session, person)
    counts["owned"] = session.execute(
        update(Consultation).where(Consultation.owner_id == person.id)
        .values(owner_id=None, owner_name="")).rowcount or 0
    counts["documents"] = _unlink(session, Document, Document.uploaded_by, person.id)
    counts["attendance"] = _unlink(session, Attendance, Attendance.person_id, person.id)
    counts["comments"] = session.execute(
        select(func.count()).select_from(Comment).where(Comment.person_id == person.id)).scalar()
    if counts["comments"]:
        person.name, person.email, person.slack_id, person.teams_id = (
            anonymous_name, None, None, None)
        session.add(person)
        done.row_kept = True
    else:
        session.delete(person)
    session.flush()
    return done


def _messages_naming(session: Session, person: Person) -> int:
    """Messages to others that name the person (the call to their ersättare, with their own
    words; notices to secretaries): not sent yet, they are dropped; sent, their copy is
    emptied."""
    marks = [m for m in (person.name, person.email, person.slack_id, person.teams_id) if m]
    found = 0
    for message in session.execute(select(OutboxMessage)).scalars():
        text = json.dumps(message.payload, ensure_ascii=False)
        if message.payload == EMPTIED or not any(mark in text for mark in marks):
            continue
        if message.state in (OutboxState.pending, OutboxState.sending):
            session.delete(message)
        else:
            message.payload = EMPTIED
            session.add(message)
        found += 1
    return found


def _delete(session: Session, model, condition) -> int:
    return session.execute(delete(model).where(condition)).rowcount or 0


def _unlink(session: Session, model, column, person_id: int) -> int:
    return session.execute(update(model).where(column == person_id)
                           .values({column.key: None})).rowcount or 0
