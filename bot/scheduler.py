"""What is due, turned into outbox rows: meeting reminders, deadline pings, ersättare follow-up.

Each job is `(session, now) -> None`, run by the worker on every pass. Every message has an
idempotency key, so running a job twice, or in two workers at once, sends nothing twice. When
several reminders of one kind fell due while the worker was down, only the latest is sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, select

from bot import recipients
from bot.absences import notices as absence_notices
from bot.absences import service as absences
from bot.clock import FixedClock, local
from bot.consultations import notices as consultation_notices
from bot.consultations import service as consultations
from bot.context import Context
from bot.meetings import service as meeting_service
from bot.replies import Button, Reply, Section
from bot.settings import Settings
from bot.texts import absences as at
from bot.texts import consultations as ct
from bot.texts import reminders as t
from storage import handled
from storage import meetings as store
from storage.models import (
    Absence,
    Comment,
    Consultation,
    ConsultationStatus,
    Group,
    Meeting,
    MeetingStatus,
    Membership,
    Person,
    SubstituteCall,
)


@dataclass(frozen=True)
class Schedule:
    reminder_days: tuple[int, ...] = (7, 1)
    ping_days: tuple[int, ...] = (7, 2)
    ping_morning_hour: int = 8
    substitute_answer_hours: int = 48  # an unanswered call moves on this long before the meeting
    digest_hour: int = 7


def latest_due(moments: list[tuple[str, datetime]], now: datetime) -> str | None:
    passed = [name for name, at in moments if at <= now]
    return passed[-1] if passed else None


def meeting_reminders(session: Session, now: datetime, schedule: Schedule) -> None:
    """The kallelse in each group channel N days before (per group, or the default days)."""
    longest = max([*schedule.reminder_days, *_group_days(session)], default=7)
    horizon = local(now).date() + timedelta(days=longest + 1)
    meetings = session.exec(
        select(Meeting).where(Meeting.date >= local(now).date(), Meeting.date <= horizon,
                              Meeting.status == MeetingStatus.planned)
    ).all()
    for meeting in meetings:
        start = meeting.starts_at
        if start is None or start <= now:
            continue
        for group in store.groups_of_meeting(session, meeting.id):
            days = group.reminder_days or list(schedule.reminder_days)
            # N days before on the calendar, at the meeting's hour: in local time, so a week
            # across the change to or from summer time is not 168 hours of UTC.
            moments = sorted(((f"{d}d", local(start) - timedelta(days=d)) for d in days),
                             key=lambda pair: pair[1])
            offset = latest_due(moments, now)
            if offset is None:
                continue
            last = offset == moments[-1][0]
            recipients.to_group(session, f"reminder:{meeting.id}:{offset}:{group.id}", group,
                                kallelse(session, meeting, group, last), now)
            if last:
                _remind_unconfirmed(session, meeting, now)


def _group_days(session: Session) -> list[int]:
    return [d for group in session.exec(select(Group)).all() for d in group.reminder_days or []]


def kallelse(session: Session, meeting: Meeting, group: Group, last: bool) -> Reply:
    lead = (t.KALLELSE_SOON if last else t.KALLELSE).format(
        group=group.name, when=meeting_service.when(meeting))
    sections, _ = meeting_service.meeting_sections(session, meeting, short=True)
    return Reply(lead, sections, [Button(t.ABSENCE_BUTTON, "absence.form", str(meeting.id),
                                         "primary")], ephemeral=False)


def _remind_unconfirmed(session: Session, meeting: Meeting, now: datetime) -> None:
    """An ersättare who has not answered gets one reminder, the day before."""
    calls = session.exec(
        select(SubstituteCall, Absence).join(Absence, Absence.id == SubstituteCall.absence_id)
        .where(Absence.meeting_id == meeting.id, Absence.withdrawn_at.is_(None),
               SubstituteCall.state == "called")
    ).all()
    for call, absence in calls:
        group = session.get(Group, absence.group_id)
        absence_notices.remind_substitute(
            session, call, absence, meeting, group, session.get(Person, absence.person_id),
            session.get(Person, call.person_id), now)


def unanswered_calls(session: Session, now: datetime, schedule: Schedule) -> None:
    """No answer by the configured time before the meeting counts as 'Jag kan inte'."""
    limit = timedelta(hours=schedule.substitute_answer_hours)
    rows = session.exec(
        select(SubstituteCall, Absence, Meeting)
        .join(Absence, Absence.id == SubstituteCall.absence_id)
        .join(Meeting, Meeting.id == Absence.meeting_id)
        .where(SubstituteCall.state == "called", Absence.withdrawn_at.is_(None),
               Meeting.starts_at.is_not(None), Meeting.starts_at > now,
               Meeting.starts_at <= now + limit)
    ).all()
    ctx = Context(session, FixedClock(now))
    for call, absence, meeting in rows:
        if call.created_at > meeting.starts_at - limit:
            continue  # called inside the window: give them until the meeting
        call.state, call.answered_at = "expired", now
        session.add(call)
        substitute, absent = session.get(Person, call.person_id), session.get(Person,
                                                                                absence.person_id)
        group = session.get(Group, absence.group_id)


        absences.move_on(ctx, absence, call, at.SEC_EXPIRED.format(
            name=substitute.name, absent=absent.name, when=meeting_service.when(meeting),
            group=group.name))


def deadline_pings(session: Session, now: datetime, schedule: Schedule) -> None:
    for consultation in session.exec(
        select(Consultation).where(Consultation.status == ConsultationStatus.open)
    ).all():
        if consultation.deadline <= now:
            consultation.status = ConsultationStatus.closed
            session.add(consultation)
            consultation_notices.closing_summary(session, consultation, now)
            continue
        moments = consultation_notices.due_offsets(
            consultation.deadline, list(schedule.ping_days), schedule.ping_morning_hour)
        offset = latest_due(moments, now)
        if offset is None:
            continue
        consultation_notices.ping_channels(session, consultation, offset, now)
        if offset == "lastday":
            consultation_notices.last_day_dms(session, consultation, now)


def digest_window(today: datetime, schedule: Schedule) -> tuple[datetime, datetime] | None:
    """From yesterday's digest hour to today's, once today's has come; else None."""
    sent_at = today.replace(hour=schedule.digest_hour, minute=0, second=0, microsecond=0)
    if today < sent_at:
        return None
    return sent_at - timedelta(days=1), sent_at


def secretary_digests(session: Session, now: datetime, schedule: Schedule) -> None:
    """Each morning, one DM per secretary who chose the digest, with yesterday's changes."""
    today = local(now)
    window = digest_window(today, schedule)
    if window is None:
        return
    since, sent_at = window
    for membership, person in session.exec(
        select(Membership, Person).join(Person, Person.id == Membership.person_id)
        .where(Membership.digest, Membership.active, Membership.role == "secretary")
    ).all():
        lines = digest_lines(session, membership.group_id, since, sent_at)
        if lines:
            reply = Reply(at.SEC_DIGEST, [Section("\n".join(f"• {line}" for line in lines))])
            recipients.dm(session, f"digest:{person.id}:{membership.group_id}:"
                          f"{today.date().isoformat()}", person, reply, now, membership.group_id)


def owner_digests(session: Session, now: datetime, schedule: Schedule) -> None:
    """Each morning, one DM per consultation owner who chose the digest: new synpunkter."""
    today = local(now)
    window = digest_window(today, schedule)
    if window is None:
        return
    since, sent_at = window
    lines: dict[int, list[str]] = {}
    for comment, consultation in session.exec(
        select(Comment, Consultation).join(Consultation,
                                           Consultation.id == Comment.consultation_id)
        .where(Consultation.owner_id.is_not(None))
        .order_by(Comment.created_at)
    ).all():
        if not consultations.owner_wants_digest(session, consultation):
            continue
        name = session.get(Person, comment.person_id).name
        values = dict(title=consultation.title, name=name,
                      organisation=comment.organisation or "–", version=comment.version)
        owner_lines = lines.setdefault(consultation.owner_id, [])
        if since <= comment.created_at < sent_at:
            owner_lines.append(ct.OWNER_DIGEST_LINE.format(**values))
        if comment.withdrawn_at and since <= comment.withdrawn_at < sent_at:
            owner_lines.append(ct.OWNER_DIGEST_WITHDRAWN.format(**values))
    for owner_id, found in lines.items():
        if found:
            reply = Reply(ct.OWNER_DIGEST, [Section("\n".join(f"• {line}" for line in found))])
            recipients.dm(session, f"owner-digest:{owner_id}:{today.date().isoformat()}",
                          session.get(Person, owner_id), reply, now)


def digest_lines(session: Session, group_id: int, since: datetime, until: datetime) -> list[str]:
    group = session.get(Group, group_id)
    lines = []
    for absence in session.exec(select(Absence).where(Absence.group_id == group_id)).all():
        meeting = session.get(Meeting, absence.meeting_id)
        absent = session.get(Person, absence.person_id).name
        when = meeting_service.when(meeting)
        if since <= absence.created_at < until:
            lines.append(at.SEC_REPORTED.format(absent=absent, organisation=_org(
                session, group_id, absence.person_id), when=when, group=group.name))
        if absence.withdrawn_at and since <= absence.withdrawn_at < until:
            lines.append(at.SEC_WITHDRAWN.format(absent=absent, when=when, group=group.name))
        for call in session.exec(select(SubstituteCall).where(
                SubstituteCall.absence_id == absence.id)).all():
            if call.answered_at and since <= call.answered_at < until and call.state in DIGESTED:
                name = session.get(Person, call.person_id).name
                lines.append(DIGESTED[call.state].format(name=name, absent=absent, when=when,
                                                         group=group.name))
    return lines


DIGESTED = {"confirmed": at.SEC_CONFIRMED, "declined": at.SEC_DECLINED, "expired": at.SEC_EXPIRED}


def _org(session: Session, group_id: int, person_id: int) -> str:
    membership = session.exec(select(Membership).where(
        Membership.group_id == group_id, Membership.person_id == person_id)).first()
    return membership.organisation if membership and membership.organisation else "?"


HANDLED_IDS_KEPT = timedelta(days=2)  # Slack redelivers for an hour, replays die in five minutes


def prune_handled_ids(session: Session, now: datetime) -> None:
    """The table of handled event and request ids would otherwise grow with every request."""
    handled.prune(session, now - HANDLED_IDS_KEPT)


def schedule_from(settings: Settings) -> Schedule:
    return Schedule(reminder_days=settings.reminder_days, ping_days=settings.ping_days,
                    ping_morning_hour=settings.morning_hour,
                    substitute_answer_hours=settings.substitute_answer_hours)


def jobs(schedule: Schedule | None = None):
    """The worker's jobs, each `(session, now) -> None`."""
    schedule = schedule or schedule_from(Settings.from_env())
    return [
        lambda session, now: meeting_reminders(session, now, schedule),
        lambda session, now: unanswered_calls(session, now, schedule),
        lambda session, now: deadline_pings(session, now, schedule),
        lambda session, now: secretary_digests(session, now, schedule),
        lambda session, now: owner_digests(session, now, schedule),
        prune_handled_ids,
    ]


