"""Where the bot's own messages go: a person's DM, a group's channels, on each platform.

Every notice goes through here into the outbox, so a person on Slack gets a Slack DM, a person
only on Teams a Teams message, and a group with both a Slack and a Teams channel hears in both.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from bot.replies import Reply, reply_to_payload
from storage import outbox
from storage.models import Group, Person


def dm_target(person: Person | None) -> tuple[str, str] | None:
    """(platform, recipient) for a DM: Slack when the person has it, else Teams, else none."""
    if person is None:
        return None
    if person.slack_id:
        return "slack", person.slack_id
    if person.teams_id:
        return "teams", person.teams_id
    return None


def channel_targets(group: Group) -> list[tuple[str, str]]:
    targets = []
    if group.channel_id:
        targets.append(("slack", group.channel_id))
    if group.teams_channel_id:
        targets.append(("teams", group.teams_channel_id))
    return targets


def dm(
    session: Session, key: str, person: Person | None, reply: Reply, now: datetime,
    group_id: int | None = None,
) -> bool:
    """Queues a DM; False when the person cannot be reached or the key was used already."""
    target = dm_target(person)
    if target is None:
        return False
    platform, recipient = target
    return outbox.enqueue(session, key=key, recipient=recipient, platform=platform,
                          payload=reply_to_payload(reply), due_at=now, group_id=group_id)


def to_group(session: Session, key: str, group: Group, reply: Reply, now: datetime) -> int:
    """Queues the message for each of the group's channels; the Slack one keeps the plain key."""
    sent = 0
    for platform, recipient in channel_targets(group):
        sent += outbox.enqueue(
            session, key=key if platform == "slack" else f"{key}:{platform}",
            recipient=recipient, platform=platform, payload=reply_to_payload(reply),
            due_at=now, group_id=group.id,
        )
    return sent


def reachable(person: Person | None) -> bool:
    return dm_target(person) is not None
