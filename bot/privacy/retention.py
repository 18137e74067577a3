"""What the worker purges, and when: personal records are kept as long as they serve the
meetings they belong to, and no longer.

- förhinder (and the ersättare calls they caused): `months` after the meeting;
- synpunkter: `months` after the remiss's last day (the owner has long since compiled them);
- the message a member wrote to their ersättare: as soon as the meeting is over (it is in the
  DM the ersättare got; the copy in the outbox is emptied);
- every message the bot sent: its text `months` after it was sent (the row stays, empty, so
  that its idempotency key still stops it from being sent again).

Kept: the roster, published minutes, decisions and attendance from minutes (public records),
the remisser themselves, and the audit log (accountability). The purge runs once an hour in
each worker; running it twice, or in two workers at once, removes nothing more.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, datetime, timedelta

from sqlalchemy import String, Text, cast, delete, or_, select, update
from sqlmodel import Session

from bot.clock import local
from bot.settings import Settings
from storage.models import (
    Absence,
    Comment,
    Consultation,
    Meeting,
    OutboxMessage,
    OutboxState,
    SubstituteCall,
)

EMPTIED = {"text": "", "purged": True}  # what an emptied outbox payload holds
_last_run: dict[int, datetime] = {}


def cutoff(now: datetime, months: int) -> datetime:
    """`months` calendar months before `now` (the 31st falls back to the month's last day)."""
    month = now.month - 1 - months
    year, month = now.year + month // 12, month % 12 + 1
    for day in range(now.day, 27, -1):
        try:
            return now.replace(year=year, month=month, day=day)
        except ValueError:
            continue
    return now.replace(year=year, month=month, day=min(now.day, 28))


def purge(session: Session, now: datetime, months: int) -> Counter:
    """Removes what is older than the retention period; returns what it removed, by kind."""
    removed: Counter = Counter()
    before = cutoff(now, months)
    old_meetings = select(Meeting.id).where(Meeting.date < local(before).date())
    old_absences = select(Absence.id).where(Absence.meeting_id.in_(old_meetings))
    removed["calls"] = _rows(session.execute(
        delete(SubstituteCall).where(SubstituteCall.absence_id.in_(old_absences))))
    removed["absences"] = _rows(session.execute(
        delete(Absence).where(Absence.meeting_id.in_(old_meetings))))
    closed = select(Consultation.id).where(Consultation.deadline < before)
    removed["comments"] = _rows(session.execute(
        delete(Comment).where(Comment.consultation_id.in_(closed))))
    removed["call_messages"] = _empty_call_messages(session, local(now).date(), now)
    removed["sent_messages"] = _rows(session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.state.in_((OutboxState.sent, OutboxState.dead)),
               or_(OutboxMessage.sent_at < before, OutboxMessage.created_at < before),
               _not_emptied())
        .values(payload=EMPTIED)))
    return removed


def _empty_call_messages(session: Session, today: date, now: datetime) -> int:
    """The DMs that called an ersättare (they may quote the member's own words) once the
    meeting is over; one still waiting to be sent is of no use then either."""
    emptied = 0
    rows = session.execute(
        select(OutboxMessage, Meeting)
        .join(Absence, OutboxMessage.key.like(
            # "absence:{id}:call:{call id}", as bot.absences.notices names them
            "absence:" + cast(Absence.id, String) + ":call:%"))
        .join(Meeting, Meeting.id == Absence.meeting_id)
        .where(or_(Meeting.date < today, Meeting.ends_at < now), _not_emptied())
    ).all()
    for message, _meeting in rows:
        message.payload = EMPTIED
        if message.state in (OutboxState.pending, OutboxState.sending):
            message.state = OutboxState.dead
            message.last_error = "the meeting is over"
        session.add(message)
        emptied += 1
    return emptied


def _not_emptied():
    """PostgreSQL's json type has no equality, so compare the text both databases store (the
    same json.dumps of the same dictionary)."""
    return cast(OutboxMessage.payload, Text) != json.dumps(EMPTIED)


def _rows(result) -> int:
    return result.rowcount or 0


def hourly(session: Session, now: datetime, months: int) -> Counter | None:
    """The purge at most once an hour per process: the worker calls its jobs every second."""
    key = id(session.get_bind().engine)  # the unit of work binds a connection
    last = _last_run.get(key)
    if last is not None and timedelta(0) <= now - last < timedelta(hours=1):
        return None
    _last_run[key] = now
    return purge(session, now, months)


def jobs():
    """For the worker's JOB_LISTS."""
    months = Settings.from_env().retention_months
    return [lambda session, now: hourly(session, now, months)]
