"""Messages about absences, put in the outbox: to the ersättare and to the secretaries."""

from __future__ import annotations

import hashlib
from datetime import datetime

from sqlmodel import Session

from bot import recipients
from bot.meetings import service as meeting_service
from bot.replies import Button, Reply, Section
from bot.texts import absences as t
from storage import directory
from storage import meetings as store
from storage.models import Absence, Group, Meeting, Person, SubstituteCall


def _send(session: Session, key: str, person: Person, reply: Reply, now: datetime, group: Group):
    """Queues a DM; people the bot knows on no platform cannot be reached."""
    return recipients.dm(session, key, person, reply, now, group.id)


def call_substitute(
    session: Session, call: SubstituteCall, absence: Absence, meeting: Meeting, group: Group,
    absent: Person, substitute: Person, now: datetime, message: str = "", part: str = "",
) -> bool:
    when = meeting_service.when(meeting)
    lead = t.CALL.format(name=substitute.name.split()[0], absent=absent.name, when=when,
                         group=group.name)
    reply = Reply(lead)
    if part:
        reply.sections.append(Section(t.CALL_PART.format(absent=absent.name, part=part)))
    if message:
        reply.sections.append(Section(t.CALL_MESSAGE.format(absent=absent.name, message=message)))
    sections, _ = meeting_service.meeting_sections(session, meeting, short=True)
    reply.sections.extend(sections)
    reply.buttons = [
        Button(t.CALL_ACCEPT, "absence.accept", str(call.id), "primary"),
        Button(t.CALL_DECLINE, "absence.decline", str(call.id), "danger"),
    ]
    return _send(session, f"absence:{absence.id}:call:{call.id}", substitute, reply, now, group)


def tell_substitute_widened(
    session: Session, call: SubstituteCall, absence: Absence, meeting: Meeting, group: Group,
    absent: Person, substitute: Person, now: datetime, part: str, old: str,
) -> bool:
    """The member now misses more of the meeting than the ersättare was called for."""
    values = dict(name=substitute.name.split()[0], absent=absent.name,
                  when=meeting_service.when(meeting), group=group.name, part=part, old=old)
    reply = Reply((t.CALL_WIDENED_PART if part else t.CALL_WIDENED_WHOLE).format(**values))
    if call.state == "confirmed":
        reply.sections.append(Section(t.CALL_WIDENED_CONFIRMED.format(
            contact=contact_for(session, group))))
    else:
        reply.buttons = [
            Button(t.CALL_ACCEPT, "absence.accept", str(call.id), "primary"),
            Button(t.CALL_DECLINE, "absence.decline", str(call.id), "danger"),
        ]
    key = f"absence:{absence.id}:call:{call.id}:widened:{part_key(part)}"
    return _send(session, key, substitute, reply, now, group)


def part_key(part: str) -> str:
    """The part of a meeting in an outbox key: short whatever the items (keys hold 300)."""
    if not part:
        return "all"
    return hashlib.sha256(str(part).encode("utf-8")).hexdigest()[:16]


def remind_substitute(session, call, absence, meeting, group, absent, substitute, now) -> bool:
    text = t.REMINDER.format(absent=absent.name, when=meeting_service.when(meeting),
                             group=group.name)
    reply = Reply(text, buttons=[
        Button(t.CALL_ACCEPT, "absence.accept", str(call.id), "primary"),
        Button(t.CALL_DECLINE, "absence.decline", str(call.id), "danger"),
    ])
    return _send(session, f"absence:{absence.id}:call:{call.id}:reminder", substitute, reply,
                 now, group)


def release_substitute(session, call, absence, meeting, group, absent, substitute, now) -> bool:
    text = t.RELEASED.format(name=substitute.name.split()[0], absent=absent.name,
                             when=meeting_service.when(meeting), group=group.name)
    return _send(session, f"absence:{absence.id}:call:{call.id}:released", substitute,
                 Reply(text), now, group)


def tell_secretaries(
    session: Session, group: Group, event_key: str, lines: list[str], now: datetime
) -> int:
    """One DM to each secretary of the group; `event_key` makes the change's notice unique.

    Secretaries who chose the daily digest hear of it the next morning instead.
    """
    sent = 0
    for secretary in directory.people_in_roles(session, group.id, ("secretary",)):
        membership = directory.membership(session, group.id, secretary.id)
        if membership is not None and membership.digest:
            continue
        key = f"secretary:{secretary.id}:{event_key}"
        sent += _send(session, key, secretary, Reply(" ".join(lines)), now, group)
    return sent


def contact_for(session: Session, group: Group) -> str:
    """Who a refused member should turn to: the group's secretaries, by name."""
    from bot.roster.permissions import contact_for as contact

    return contact(session, group)


def meeting_group_for(session: Session, meeting: Meeting, person_id: int) -> Group | None:
    """The group through which a person takes part in a (maybe joint) meeting."""
    for group in store.groups_of_meeting(session, meeting.id):
        membership = directory.membership(session, group.id, person_id)
        if membership and membership.active:
            return group
    return None
