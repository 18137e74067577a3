"""Is the bot well: can it reach its database, and do its messages go out?

Deliveries flow when a worker has passed lately, or when nothing waits. They have stalled when
messages have waited for a while and no worker has passed for as long: nobody runs a worker,
or it hangs. A queue that drains slowly behind Slack's rate limits is not a stall.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session

from storage import outbox, workers

STALL = timedelta(minutes=5)


def delivery(session: Session, now: datetime) -> dict:
    """{"status": "ok" | "fel", "last_pass", "oldest_waiting", "waiting"}; times in ISO 8601."""
    last = workers.last_pass(session)
    count, oldest = outbox.waiting(session, now)
    stalled = (count > 0 and oldest is not None and oldest <= now - STALL
               and (last is None or last <= now - STALL))
    return {
        "status": "fel" if stalled else "ok",
        "last_pass": _iso(last),
        "oldest_waiting": _iso(oldest),
        "waiting": count,
    }


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.replace(microsecond=0).isoformat()
