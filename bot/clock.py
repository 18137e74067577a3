"""Injected time: the system clock in production, a fixed one in tests and `--now`."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Protocol
from zoneinfo import ZoneInfo

STOCKHOLM = ZoneInfo("Europe/Stockholm")


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class FixedClock:
    """A clock that stands still (tests, `console --now`)."""

    def __init__(self, at: datetime) -> None:
        self.at = at if at.tzinfo else at.replace(tzinfo=STOCKHOLM)

    def now(self) -> datetime:
        return self.at.astimezone(UTC)


def parse_now(text: str) -> FixedClock:
    """`--now 2026-08-25T09:00` (local time unless an offset is given)."""
    return FixedClock(datetime.fromisoformat(text))


def local(moment: datetime) -> datetime:
    """A stored (UTC) moment in Stockholm time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(STOCKHOLM)
