"""Ids of requests and events already handled (Slack event ids, Teams activities, replays).

Slack redelivers an event for up to an hour and a replayed request is refused by its timestamp
after five minutes, so an id is needed for a while only; the worker prunes older ones.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete
from sqlmodel import Session, select

from storage.models import ProcessedEvent


def prune(session: Session, before: datetime, batch: int = 5000) -> int:
    """Removes up to `batch` ids received before `before`; a quick read first, so a worker pass
    with nothing to prune takes no write lock."""
    old = list(session.exec(
        select(ProcessedEvent.event_id).where(ProcessedEvent.received_at < before).limit(batch)
    ).all())
    if old:
        session.exec(delete(ProcessedEvent).where(ProcessedEvent.event_id.in_(old)))
    return len(old)
