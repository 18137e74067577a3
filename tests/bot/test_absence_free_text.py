"""Förhinder said in a DM the way members say it, and taken back the same way.

The demo: Johanna Viberg's next meetings are Monday 31 August (Samverkansgrupp Barn och unga)
and Friday 25 September (the joint chefsgrupper); Marcus Boljang is her usual ersättare."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import select

from bot.replies import Button
from storage.engine import unit_of_work
from storage.models import Absence, Group, Meeting, MeetingGroup, SubstituteCall
from tests.bot.test_absences import press, rows, say


def dm(engine, clock, text):
    return say(engine, clock, text, command=None)


@pytest.mark.parametrize("text", [
    "jag är sjuk den 31/8, Marcus går istället",
    "Hej! Är tyvärr bortrest 31 augusti.",
    "Jag blir på tjänsteresa måndag 31 augusti",
    "har semester den 31 augusti",
    "Jag deltar inte den 31 augusti",
    "kommer inte att kunna delta 31 augusti",
])
def test_an_absence_said_with_what_keeps_them_away_is_reported(loaded, clock, text):
    reply = dm(loaded, clock, text)
    assert reply.text.startswith("Klart. Du har anmält förhinder till måndag 31 augusti 2026")
    (absence,) = rows(loaded, Absence)
    assert absence.withdrawn_at is None and absence.part_from is None
    # What keeps them away is nowhere in what was stored or sent on.
    assert "sjuk" not in repr(rows(loaded, Absence)) and "semester" not in repr(
        rows(loaded, SubstituteCall))


@pytest.mark.parametrize("text", [
    "ta tillbaka mitt förhinder",
    "Kan du dra tillbaka förhindret jag anmälde?",
    "Jag kan komma ändå!",
    "kan vara med i alla fall den 31 augusti",
])
def test_one_absence_is_taken_back_when_the_member_says_so(loaded, clock, text):
    dm(loaded, clock, "jag kan inte komma 31 augusti")
    reply = dm(loaded, clock, text)
    assert reply.text.startswith("Klart. Ditt förhinder till måndag 31 augusti 2026 kl. "
                                 "13.00–15.00 (Samverkansgrupp Barn och unga) är borttaget.")
    assert "Marcus Boljang får veta att ersättaren inte behövs." in reply.text
    (absence,) = rows(loaded, Absence)
    assert absence.withdrawn_at is not None


def test_with_several_absences_the_bot_asks_which_and_takes_back_only_that(loaded, clock):
    dm(loaded, clock, "jag kan inte komma 31 augusti")
    dm(loaded, clock, "jag har förhinder 25 september")
    reply = dm(loaded, clock, "ta tillbaka mitt förhinder")
    assert reply.text == ("Du har anmält förhinder till flera möten. Vilket förhinder tar du "
                          "tillbaka?")
    assert [b.label[:30] for b in reply.buttons] == ["Ta tillbaka 31 augusti (Samver",
                                                     "Ta tillbaka 25 september (Chef"]
    assert all(isinstance(b, Button) for b in reply.buttons)
    assert all(a.withdrawn_at is None for a in rows(loaded, Absence))  # nothing yet
    done = press(loaded, clock, reply.buttons[1])
    assert done.text.startswith("Klart. Ditt förhinder till fredag 25 september 2026")
    kept = {a.meeting_id: a.withdrawn_at is None for a in rows(loaded, Absence)}
    assert sorted(kept.values()) == [False, True]


def test_a_date_names_the_absence_and_none_to_take_back_changes_nothing(loaded, clock):
    dm(loaded, clock, "jag kan inte komma 31 augusti")
    dm(loaded, clock, "jag har förhinder 25 september")
    reply = dm(loaded, clock, "dra tillbaka förhindret den 25 september")
    assert reply.text.startswith("Klart. Ditt förhinder till fredag 25 september 2026")
    nothing = dm(loaded, clock, "ta tillbaka förhindret 19 oktober")
    assert nothing.text == ("Du har inget förhinder anmält till något kommande möte den 19 "
                            "oktober, så det finns inget att ta tillbaka. Ingenting ändrades.")
    assert sum(a.withdrawn_at is None for a in rows(loaded, Absence)) == 1


def test_someone_else_cannot_take_back_a_members_absence(loaded, clock):
    dm(loaded, clock, "jag kan inte komma 31 augusti")
    reply = say(loaded, clock, "ta tillbaka mitt förhinder", user="U0MARCUSB", command=None)
    assert "inget förhinder anmält" in reply.text
    assert rows(loaded, Absence)[0].withdrawn_at is None


@pytest.mark.parametrize(("text", "command"), [
    ("jag kan inte komma vecka 36", None),
    ("Kan tyvärr inte v. 36", None),
    ("v36", "anmäl-förhinder"),
])
def test_a_week_alone_is_the_meeting_of_that_week(loaded, clock, text, command):
    # Before, "vecka 36" was no date: the bot asked for one and listed the next meetings.
    reply = say(loaded, clock, text, command=command)
    assert reply.text.startswith("Klart. Du har anmält förhinder till måndag 31 augusti 2026")
    assert len(rows(loaded, Absence)) == 1


def test_a_week_without_a_meeting_is_said_back_as_a_week_and_nothing_is_stored(loaded, clock):
    reply = dm(loaded, clock, "jag kan inte komma vecka 37")
    assert reply.text.startswith("Jag hittade inget möte vecka 37 i ")
    assert rows(loaded, Absence) == []


def test_a_week_number_of_next_year_once_this_years_week_is_over(loaded, clock):
    # 24 August 2026: week 30 of 2026 is over, so "vecka 30" is next year's, with no meeting
    reply = dm(loaded, clock, "kan inte komma vecka 30")
    assert reply.text.startswith("Jag hittade inget möte vecka 30 i ")
    assert rows(loaded, Absence) == []


def test_a_week_with_two_meetings_asks_which_with_each_meetings_day(loaded, clock):
    with unit_of_work(loaded) as session:  # a second meeting of her group in week 36
        sbu = session.exec(select(Group).where(Group.slug == "sbu")).one()
        extra = Meeting(date=date(2026, 9, 3))
        session.add(extra)
        session.flush()
        session.add(MeetingGroup(meeting_id=extra.id, group_id=sbu.id))
    reply = dm(loaded, clock, "jag kan inte komma vecka 36")
    assert reply.text == "Du har flera möten vecka 36. Vilket gäller förhindret?"
    assert [b.label for b in reply.buttons] == [
        "måndag 31 augusti: Samverkansgrupp Barn och unga",
        "torsdag 3 september: Samverkansgrupp Barn och unga"]
    assert rows(loaded, Absence) == []
    chosen = press(loaded, clock, reply.buttons[1])
    assert "torsdag 3 september 2026" in chosen.text


@pytest.mark.parametrize("text", ["kan inte på måndag", "Kan inte 31/8", "kan inte den 31.8",
                                  "kan inte v. 36", "Jag kan inte nästa möte."])
def test_kan_inte_and_a_day_without_a_verb_is_a_forhinder(loaded, clock, text):
    # Before: "Jag förstod inte riktigt."
    reply = dm(loaded, clock, text)
    assert reply.text.startswith("Klart. Du har anmält förhinder till måndag 31 augusti 2026")


def test_kan_inte_imorgon_without_a_meeting_tomorrow_says_so(loaded, clock):
    reply = dm(loaded, clock, "kan inte imorgon")
    assert reply.text.startswith("Jag hittade inget möte den 25 augusti i ")
    assert rows(loaded, Absence) == []


@pytest.mark.parametrize("text", ["jag kan inte hitta dagordningen", "kan inte öppna länken"])
def test_kan_inte_without_a_day_reports_nothing(loaded, clock, text):
    dm(loaded, clock, text)
    assert rows(loaded, Absence) == []
