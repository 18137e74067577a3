"""What people (or someone pretending to be them) type that the bot must not trip over:
å, ä and ö in followed subjects, dates a thousand years off, text far past Slack's limits."""

from __future__ import annotations

import pytest
from sqlmodel import select

from bot import commands
from bot.context import Context
from bot.replies import Request
from storage.engine import unit_of_work
from storage.models import Follow

JOHANNA, DANIEL, SBU = "U0JOHANNA", "U0DANIELB", "C0SBU0001"


def say(engine, clock, command, text, user=JOHANNA, channel=None):
    request = Request("slack", user, text, command, channel_id=channel or f"D{user}",
                      is_dm=channel is None, now=clock.now())
    with unit_of_work(engine) as session:
        return commands.handle(Context(session, clock), request)


def follows(engine) -> list[str]:
    with unit_of_work(engine) as session:
        return sorted(f.subject for f in session.exec(select(Follow)).all())


@pytest.mark.parametrize("again", ["Överenskommelse", "överenskommelse", "ÖVERENSKOMMELSE",
                                   "  Överenskommelse  "])
def test_following_a_subject_with_a_swedish_letter_twice_changes_nothing(loaded, clock, again):
    assert say(loaded, clock, "bevaka", "Överenskommelse").text.startswith("Klart.")
    reply = say(loaded, clock, "bevaka", again)
    assert "redan" in reply.text
    assert follows(loaded) == ["Överenskommelse"]


@pytest.mark.parametrize("written", ["Överenskommelse", "överenskommelse", "ÖVERENSKOMMELSE"])
def test_a_subject_with_a_swedish_letter_can_be_unfollowed_however_written(loaded, clock,
                                                                            written):
    say(loaded, clock, "bevaka", "Överenskommelse")
    reply = say(loaded, clock, "sluta-bevaka", written)
    assert "inte längre" in reply.text
    assert follows(loaded) == []


def submit(engine, clock, callback, values, user=DANIEL):
    request = Request("slack", user, now=clock.now())
    with unit_of_work(engine) as session:
        return commands.handle_form(Context(session, clock), request, callback, "", values)


def sbu_id(engine) -> str:
    from storage import directory

    with unit_of_work(engine) as session:
        return str(directory.group_by_slug(session, "sbu").id)


@pytest.mark.parametrize("day", ["0001-01-01", "1900-06-01", "2024-01-01", "9999-12-31",
                                 "2032-01-01"])
def test_a_meeting_far_from_today_is_refused_and_nothing_is_saved(loaded, clock, day):
    from storage.models import Meeting

    before = len(_all(loaded, Meeting))
    reply = submit(loaded, clock, "meeting.new", {"group": sbu_id(loaded), "date": day,
                                                  "start": "13:00"})
    assert reply.field_errors["date"].startswith("Det datumet ligger för långt bort")
    assert len(_all(loaded, Meeting)) == before


@pytest.mark.parametrize("day", ["2025-09-01", "2031-06-30"])
def test_a_meeting_within_a_year_back_and_five_years_ahead_is_taken(loaded, clock, day):
    reply = submit(loaded, clock, "meeting.new", {"group": sbu_id(loaded), "date": day,
                                                  "start": "13:00"})
    assert reply.field_errors == {} and reply.text.startswith("Klart.")


@pytest.mark.parametrize("day", ["9999-12-31", "2040-01-01"])
def test_a_deadline_far_ahead_is_refused(loaded, clock, day):
    from storage.models import Consultation

    before = len(_all(loaded, Consultation))
    reply = submit(loaded, clock, "consultation.new", {
        "title": "Regional handlingsplan", "group": sbu_id(loaded), "deadline": day})
    assert "högst fem år framåt" in reply.field_errors["deadline"]
    assert len(_all(loaded, Consultation)) == before


def test_the_command_line_refuses_a_meeting_in_year_one(tmp_path, monkeypatch, capsys):
    from handlers.cli import main
    from tests.conftest import EXAMPLES

    monkeypatch.setenv("SAMVERKANSBOT_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    assert main(["roster", "load", str(EXAMPLES / "roster.yaml")]) == 0
    code = main(["meeting", "add", "--group", "sbu", "--date", "0001-01-01", "--start", "13:00"])
    assert code == 2 and "kontrollera årtalet" in capsys.readouterr().err


def _all(engine, model):
    with unit_of_work(engine) as session:
        return list(session.exec(select(model)).all())


def _held_meeting_with_substitutes(engine) -> None:
    """A held meeting of SBU where Örjan Åberg stood in for Åsa Öhman and Per Lind for Ulla
    Ek (an ASCII name, which SQLite's lower() found before)."""
    from datetime import date

    from storage import directory
    from storage.models import Attendance, Meeting, MeetingGroup, MeetingStatus

    with unit_of_work(engine) as session:
        meeting = Meeting(date=date(2026, 6, 11), status=MeetingStatus.held)
        session.add(meeting)
        session.flush()
        session.add(MeetingGroup(meeting_id=meeting.id,
                                 group_id=directory.group_by_slug(session, "sbu").id))
        session.add(Attendance(meeting_id=meeting.id, name="Örjan Åberg", status="present",
                               organisation="Örebro kommun", stands_in_for="Åsa Öhman"))
        session.add(Attendance(meeting_id=meeting.id, name="Per Lind", status="present",
                               organisation="Nora kommun", stands_in_for="Ulla Ek"))


@pytest.mark.parametrize("asked", ["Åsa Öhman", "åsa öhman", "ÅSA ÖHMAN", "åsa  Öhman"])
def test_who_stood_in_finds_a_name_with_a_swedish_letter_however_written(loaded, clock, asked):
    _held_meeting_with_substitutes(loaded)
    reply = say(loaded, clock, None, f"vem ersatte {asked} den 11 juni?")
    assert reply.text.startswith("Örjan Åberg ersatte Åsa Öhman på mötet torsdag 11 juni 2026")


def test_who_stood_in_still_tells_one_name_from_another(loaded, clock):
    _held_meeting_with_substitutes(loaded)
    assert say(loaded, clock, None, "vem ersatte ulla ek?").text.startswith("Per Lind ersatte")
    assert say(loaded, clock, None, "vem ersatte Åsa Öhmansson?").text.startswith(
        "Jag hittade ingen som ersatte Åsa Öhmansson")
