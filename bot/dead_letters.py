"""A message the worker gave up on is reported to the group's secretaries, by DM."""

from __future__ import annotations

import logging
from datetime import datetime

from sqlmodel import Session, select

from bot import markup, recipients, texts
from bot.clock import local
from bot.replies import Reply
from bot.texts import outbox as t
from storage.directory import people_in_roles
from storage.models import Group, OutboxMessage, Person, Role

log = logging.getLogger(__name__)
DEAD_LETTER_PREFIX = "dead-letter:"


def preview_of(payload: dict) -> str:
    text = payload["reply"].get("text", "") if "reply" in payload else payload.get("text", "")
    return " ".join(markup.plain(str(text)).split())


def _where(session: Session, row: OutboxMessage) -> str:
    """The recipient as a secretary reads it, on any platform: a name from the roster."""
    slack = row.platform == "slack"
    person_id = Person.slack_id if slack else Person.teams_id
    person = session.exec(select(Person).where(person_id == row.recipient)).first()
    if person is not None:
        return person.name
    channel = Group.channel_id if slack else Group.teams_channel_id
    group = session.exec(select(Group).where(channel == row.recipient)).first()
    if group is not None:
        return (t.SLACK_CHANNEL_OF if slack else t.TEAMS_CHANNEL_OF).format(group=group.name)
    return (t.SLACK_SOMEONE if slack else t.TEAMS_SOMEONE).format(id=row.recipient)


def notify_secretaries(session: Session, row: OutboxMessage, now: datetime) -> int:
    """Tell the group's secretaries of a dead letter, through the outbox itself."""
    if row.group_id is None or row.key.startswith(DEAD_LETTER_PREFIX):
        return 0  # a failed notice is not noticed again, or failures would cascade
    group = session.get(Group, row.group_id)
    where = _where(session, row)
    due = local(row.due_at)
    preview = preview_of(row.payload)
    text = t.DEAD_LETTER_DM.format(
        where=where,
        group=group.name if group else "",
        attempts=row.attempts,
        when=texts.meeting_when(due.date(), row.due_at, None),
        preview=preview[:120] + ("…" if len(preview) > 120 else ""),
    )
    count = 0
    for person in people_in_roles(session, row.group_id, (Role.secretary.value,)):
        count += recipients.dm(session, f"{DEAD_LETTER_PREFIX}{row.key}:{person.id}", person,
                               Reply(text), now)
    if not count:
        log.warning("dead letter %s: group %s has no secretary to tell", row.key, row.group_id)
    return count
