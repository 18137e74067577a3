"""What Slack is sent for a reply, and an announcement of minutes whose first decision reads a
given way: shared by the tests of how people's text is shown in Slack."""

from __future__ import annotations

from sqlmodel import select

from bot.decisions.announce import announcement
from bot.replies import Reply
from handlers.slack.render import reply_messages
from storage.engine import unit_of_work
from storage.models import Decision, Document


def slack_text(reply_or_messages: Reply | list[dict]) -> str:
    """Every text Slack would parse as mrkdwn, over all the messages of a reply."""
    messages = (reply_or_messages if isinstance(reply_or_messages, list)
                else reply_messages(reply_or_messages))
    out = []
    for message in messages:
        out.append(message.get("text", ""))
        for block in message.get("blocks", []):
            out.append((block.get("text") or {}).get("text", ""))
            out.extend(f["text"] for f in block.get("fields", []))
    return "\n".join(out)


def announced_with_first_decision(county, text: str) -> Reply:
    """The announcement of the large county's published minutes, their first decision (by
    position: the announcement writes out the first few, and without an order PostgreSQL may
    hand back any row) reading `text`."""
    with unit_of_work(county.engine) as session:
        decision = session.exec(select(Decision).where(
            Decision.document_id == county.document_id).order_by(Decision.position)).first()
        decision.text = text
        session.add(decision)
        session.flush()
        return announcement(session, session.get(Document, county.document_id))
