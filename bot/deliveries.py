"""Utskick on the web page: what waits in the outbox for a secretary's groups, the dead letters
with their error, and sending one again. DMs to people are listed without their text."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, or_, select

from bot.dead_letters import preview_of
from bot.roster.web_access import Access
from bot.texts import web as t
from storage import outbox
from storage.models import OutboxMessage, OutboxState, Person

LIMIT = 200


@dataclass
class Delivery:
    row: OutboxMessage
    recipient: str  # a group's name or a person's
    kind: str  # kallelse, påminnelse, beslut …
    preview: str  # the text of a channel post; "" for a DM


KINDS = {"reminder": t.KIND_REMINDER, "announce": t.KIND_ANNOUNCE, "absence": t.KIND_ABSENCE,
         "call": t.KIND_CALL, "ping": t.KIND_PING, "dead-letter": t.KIND_DEAD}


def deliveries(session: Session, access: Access, states: tuple[str, ...]) -> list[Delivery]:
    groups = {g.id: g for g in access.managed()}
    if not groups:
        return []
    rows = session.exec(
        select(OutboxMessage).where(OutboxMessage.group_id.in_(list(groups)),
                                    OutboxMessage.state.in_(states))
        .order_by(OutboxMessage.due_at.desc()).limit(LIMIT)
    ).all()
    channels = {c: g for g in groups.values() for c in (g.channel_id, g.teams_channel_id) if c}
    people_ids = [r.recipient for r in rows if r.recipient not in channels]
    people = {}
    if people_ids:
        for person in session.exec(select(Person).where(or_(
                Person.slack_id.in_(people_ids), Person.teams_id.in_(people_ids)))).all():
            people[person.slack_id] = people[person.teams_id] = person.name
    found = []
    for row in rows:
        group = channels.get(row.recipient)
        kind = KINDS.get(row.key.split(":", 1)[0], t.KIND_OTHER)
        if group is not None:
            found.append(Delivery(row, t.CHANNEL_OF.format(group=group.name), kind,
                                  preview_of(row.payload)[:300]))
        else:
            found.append(Delivery(row, people.get(row.recipient, t.SOMEONE), kind, ""))
    return found


def retry(session: Session, access: Access, message_id: int, now) -> OutboxMessage | None:
    """Puts a dead letter of one of the person's groups back in the queue."""
    row = session.get(OutboxMessage, message_id)
    managed = {g.id for g in access.managed()}
    if row is None or row.group_id not in managed or row.state != OutboxState.dead:
        return None
    return row if outbox.requeue(session, row.key, now) else None
