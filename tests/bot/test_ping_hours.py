"""Deadline pings go out in the morning of their day, at the configured hour, not at 23.59."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlmodel import select

from bot.clock import STOCKHOLM, FixedClock
from bot.consultations import service
from bot.scheduler import deadline_pings, schedule_from
from bot.settings import Settings
from storage import directory
from storage.engine import unit_of_work
from storage.models import OutboxMessage, Person

DEADLINE = datetime(2026, 9, 4, 23, 59, tzinfo=STOCKHOLM)  # Friday 4 September 2026


@pytest.fixture
def remiss(loaded, clock):
    with unit_of_work(loaded) as session:
        sbu = directory.group_by_slug(session, "sbu")
        owner = session.exec(select(Person).where(Person.slack_id == "U0DANIELB")).one()
        return service.create(session, "Överenskommelse om familjecentraler", [sbu], owner,
                              DEADLINE, clock.now()).id


def pings_at(engine, remiss, *moments, env=None) -> list[str]:
    schedule = schedule_from(Settings.from_env(env or {}))
    for moment in moments:
        with unit_of_work(engine) as session:
            deadline_pings(session, FixedClock(moment).now(), schedule)
    with unit_of_work(engine) as session:
        return [m.key.split(":")[2] for m in session.exec(select(OutboxMessage)).all()
                if m.key.startswith(f"ping:{remiss}:")]


@pytest.mark.parametrize("before, at, offset", [
    (datetime(2026, 8, 28, 7, 59), datetime(2026, 8, 28, 8, 0), "7d"),
    (datetime(2026, 9, 2, 7, 59), datetime(2026, 9, 2, 8, 0), "2d"),
    (datetime(2026, 9, 4, 7, 59), datetime(2026, 9, 4, 8, 0), "lastday"),
])
def test_each_ping_goes_out_at_eight_in_the_morning_of_its_day(loaded, remiss, before, at,
                                                               offset):
    previous = {"7d": [], "2d": ["7d"], "lastday": ["7d", "2d"]}[offset]
    earlier = [datetime(2026, 8, 28, 8, 0), datetime(2026, 9, 2, 8, 0)][:len(previous)]
    assert pings_at(loaded, remiss, *earlier, before) == previous
    assert pings_at(loaded, remiss, at) == [*previous, offset]


def test_the_morning_hour_comes_from_the_settings(loaded, remiss):
    env = {"SAMVERKANSBOT_MORNING_HOUR": "9"}
    assert pings_at(loaded, remiss, datetime(2026, 8, 28, 8, 30), env=env) == []
    assert pings_at(loaded, remiss, datetime(2026, 8, 28, 9, 0), env=env) == ["7d"]
