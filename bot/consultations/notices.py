"""Messages about consultations, through the outbox: to the owner, the channels, the members."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from sqlmodel import Session

from bot import markup, recipients, texts
from bot.clock import STOCKHOLM, local
from bot.consultations import service
from bot.replies import Reply, Section
from bot.texts import consultations as t
from storage import consultations as store
from storage.models import Comment, Consultation, ConsultationStatus, Person


def _dm(session, key: str, person: Person | None, reply: Reply, now: datetime, group) -> bool:
    return recipients.dm(session, key, person, reply, now, group.id if group else None)


def _owner(session: Session, consultation: Consultation) -> Person | None:
    return session.get(Person, consultation.owner_id) if consultation.owner_id else None


def tell_owner(session, consultation, comment: Comment, person, group, now) -> bool:
    if service.owner_wants_digest(session, consultation):
        return False  # it comes with tomorrow morning's digest
    text = t.OWNER_NEW.format(title=consultation.title, name=person.name,
                              organisation=comment.organisation or "–", version=comment.version,
                              text=markup.quote_lines(comment.text))
    return _dm(session, f"comment:{comment.id}:owner", _owner(session, consultation),
               Reply(text), now, group)


def tell_owner_withdrawn(session, consultation, person, organisation, group, now) -> bool:
    if service.owner_wants_digest(session, consultation):
        return False
    text = t.OWNER_WITHDRAWN.format(title=consultation.title, name=person.name,
                                    organisation=organisation or "–")
    stamp = int(now.timestamp())
    return _dm(session, f"comment:{consultation.id}:{person.id}:withdrawn:{stamp}",
               _owner(session, consultation), Reply(text), now, group)


def ping_reply(session: Session, consultation: Consultation, today) -> Reply:
    progress = service.progress(session, consultation)
    left = (local(consultation.deadline).date() - today).days
    lines = [t.PING.format(title=consultation.title, deadline=service.deadline_text(consultation),
                           left=texts.days_left(left))]
    details = [t.PING_ANSWERED.format(answered=len(progress.answered),
                                      total=len(progress.expected))]
    if progress.missing:
        details.append(t.PING_MISSING.format(orgs=texts.join_names(progress.missing)))
    else:
        details.append(t.PING_ALL_ANSWERED)
    example = service.example_word(consultation, _open_beside(session, consultation))
    details.append(t.PING_HOW.format(example=example))
    return Reply(lines[0], [Section(" ".join(details))], ephemeral=False)


def _open_beside(session, consultation: Consultation) -> list[Consultation]:
    """The open remisser of the same groups: what an example must not match as well."""
    ids = [g.id for g in service.groups_of(session, consultation.id)]
    return store.of_groups(session, ids, (ConsultationStatus.open,)) if ids else []


def ping_channels(session, consultation: Consultation, offset: str, now: datetime) -> int:
    """One ping per group channel for this offset; the key keeps it to one, ever."""
    reply = ping_reply(session, consultation, local(now).date())
    sent = 0
    for group in service.groups_of(session, consultation.id):
        sent += recipients.to_group(session, f"ping:{consultation.id}:{offset}:{group.id}", group,
                                    reply, now)
    return sent


def last_day_dms(session, consultation: Consultation, now: datetime) -> int:
    sent = 0
    example = service.example_word(consultation, _open_beside(session, consultation))
    group = (service.groups_of(session, consultation.id) or [None])[0]
    for person in service.members_not_answered(session, consultation):
        _, membership = service.membership_in(session, consultation, person.id)
        text = t.LAST_DAY_DM.format(name=person.name.split()[0], title=consultation.title,
                                    organisation=membership.organisation if membership else "du",
                                    example=example)
        sent += _dm(session, f"lastday:{consultation.id}:{person.id}", person, Reply(text), now,
                    group)
    return sent


def closing_summary(session, consultation: Consultation, now: datetime) -> bool:
    progress = service.progress(session, consultation)
    count = len(service.standing(session, consultation.id))
    reply = Reply(t.SUMMARY.format(title=consultation.title, count=count,
                                   orgs=len(progress.answered)))
    if progress.missing:
        reply.sections.append(Section(t.SUMMARY_MISSING.format(
            orgs=texts.join_names(progress.missing))))
    reply.sections.append(Section(markup.preformatted(service.export(session, consultation))))
    group = (service.groups_of(session, consultation.id) or [None])[0]
    return _dm(session, f"closed:{consultation.id}", _owner(session, consultation), reply,
               now, group)


def due_offsets(deadline: datetime, offsets_days: list[int], morning_hour: int = 8):
    """(name, moment) of each ping: the morning N days before, and the morning of the last day.

    A deadline is usually the end of a day (23.59); a ping at that hour reaches nobody, so each
    goes out at the morning hour of its day.
    """
    last_day = local(deadline).date()
    moments = [(f"{days}d", datetime.combine(last_day - timedelta(days=days),
                                             time(morning_hour), tzinfo=STOCKHOLM))
               for days in offsets_days]
    last = datetime.combine(last_day, time(morning_hour), tzinfo=STOCKHOLM)
    if last < deadline:
        moments.append(("lastday", last))
    return sorted(moments, key=lambda pair: pair[1])


