"""A date without a year looks back too when the question is about a meeting that was held;
an absence is always about one ahead; a year written out is kept."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlmodel import select

from bot import commands
from bot.context import Context
from bot.meetings import service as meetings
from bot.replies import Request
from storage import directory
from storage.engine import unit_of_work
from storage.models import Absence, MeetingStatus

JOHANNA = "U0JOHANNA"


@pytest.fixture
def held(loaded):
    """Samverkansgrupp Barn och unga met on 12 May 2026 (the clock says 24 August 2026)."""
    with unit_of_work(loaded) as session:
        sbu = directory.group_by_slug(session, "sbu")
        for day in (date(2026, 5, 12), date(2020, 1, 1)):
            meeting, _ = meetings.add_meeting(session, meetings.MeetingInput(
                sbu, day, time(13), time(15), "Regionhuset"))
            meeting.status = MeetingStatus.held
            meetings.add_item(session, meeting, f"Uppföljning av SAMS {day.year}", "Ida Broman")
    return loaded


def ask(engine, clock, text, command=None):
    request = Request("slack", JOHANNA, text, command, channel_id="D0JOHANNA", is_dm=True,
                      now=clock.now())
    with unit_of_work(engine) as session:
        return commands.handle(Context(session, clock), request).plain_text()


@pytest.mark.parametrize("text, command", [
    ("12 maj", "dagordning"),
    ("sbu 12 maj", "dagordning"),
    ("vad stod på dagordningen den 12 maj?", None),
])
def test_the_meeting_held_on_12_may_is_found(held, clock, text, command):
    shown = ask(held, clock, text, command)
    assert "tisdag 12 maj 2026 kl. 13.00–15.00" in shown
    assert "Uppföljning av SAMS 2026 (Ida Broman)" in shown


def test_a_year_written_out_is_kept(held, clock):
    shown = ask(held, clock, "1 januari 2020", "dagordning")
    assert "onsdag 1 januari 2020" in shown and "Uppföljning av SAMS 2020" in shown
    shown = ask(held, clock, "1 januari 2021", "dagordning")
    assert "Jag hittade inget möte den fredag 1 januari 2021" in shown


def test_an_absence_for_a_meeting_held_is_refused(held, clock):
    # '12 maj' in August names the meeting held in May: said so, and nothing stored.
    shown = ask(held, clock, "12 maj", "anmäl-förhinder")
    assert "Mötet tisdag 12 maj 2026 kl. 13.00–15.00" in shown
    assert "har redan varit, så förhinder kan inte anmälas till det" in shown
    with unit_of_work(held) as session:
        assert session.exec(select(Absence)).all() == []
