"""'3.9' is 3 September where a date is expected (a förhinder, a question about a meeting), as
Swedes write it; 'punkt 3.9', a version, a time or a decimal is never a date.

The demo: Johanna Viberg's next meetings are Monday 31 August (Samverkansgrupp Barn och unga)
and Friday 25 September; the clock stands on Monday 24 August 2026."""

from __future__ import annotations

from datetime import date

import pytest

from bot import dates
from storage.models import Absence
from tests.bot.test_absences import rows, say

TODAY = date(2026, 8, 24)


@pytest.mark.parametrize("text, day, phrase", [
    ("3.9", date(2026, 9, 3), "3.9"),
    ("den 31.8", date(2026, 8, 31), "den 31.8"),
    ("jag kan inte komma 25.9, Per går i mitt ställe", date(2026, 9, 25), "25.9"),
    ("är sjuk 31.8!", date(2026, 8, 31), "31.8"),
    ("1.3", date(2027, 3, 1), "1.3"),  # the one ahead
    ("31.8 kl. 14.00", date(2026, 8, 31), "31.8"),
    ("kommer inte 3/9", date(2026, 9, 3), "3/9"),  # as before
    ("kan inte 3.9 min ersättare Per går", date(2026, 9, 3), "3.9"),  # "min" is no minute
])
def test_a_day_and_month_with_a_dot_is_a_date_where_one_is_expected(text, day, phrase):
    found = dates.extract_expected_date(text, TODAY)
    assert (found.date, found.phrase) == (day, phrase)


@pytest.mark.parametrize("text", [
    "punkt 3.9", "under p. 3.9", "§ 3.9", "ärende 2.4", "version 2.1", "kl 10.10",
    "efter 14.10", "13.00", "9.15", "14.10-15.00", "2.5 timmar", "3,5 %", "3.9.1",
    "1.3.9", "31.9", "0.5", "ca 3.4", "bortrest 1.5 veckor", "2.5 dagar", "10.5 minuter",
])
def test_numbers_of_other_kinds_are_not_dates(text):
    assert dates.extract_expected_date(text, TODAY) is None


def test_running_text_and_minutes_keep_day_dot_month_as_a_number():
    assert dates.extract_date("se punkt 3.9", TODAY) is None
    assert dates.extract_dates("Beslut enligt 3.9 och 4.2.", TODAY) == []


@pytest.mark.parametrize("command, text", [
    ("anmäl-förhinder", "31.8"),
    ("anmäl-förhinder", "den 31.8"),
    (None, "jag kan inte komma 31.8"),
    (None, "Är tyvärr bortrest 31.8."),
])
def test_a_forhinder_for_31_8_is_for_31_august(loaded, clock, command, text):
    reply = say(loaded, clock, text, command=command)
    assert reply.text.startswith("Klart. Du har anmält förhinder till måndag 31 augusti 2026")
    assert len(rows(loaded, Absence)) == 1


def test_a_day_without_a_meeting_is_named_and_the_next_meetings_offered(loaded, clock):
    reply = say(loaded, clock, "3.9", command="anmäl-förhinder")
    assert reply.text.startswith("Jag hittade inget möte den 3 september i ")
    assert "Nästa möten: måndag 31 augusti, fredag 25 september" in reply.text
    assert rows(loaded, Absence) == []


@pytest.mark.parametrize("text, said_back", [
    ("31.9", "September har inte 31 dagar, så jag vet inte vilket möte du menar med ”31.9”."),
    ("punkt 3.9", "Jag förstod inte vilket möte du menar med ”punkt 3.9”."),
])
def test_no_date_is_said_back_as_written(loaded, clock, text, said_back):
    reply = say(loaded, clock, text, command="anmäl-förhinder")
    assert reply.text.startswith(said_back)
    assert rows(loaded, Absence) == []


def test_taking_back_by_31_8(loaded, clock):
    say(loaded, clock, "jag kan inte komma 31 augusti", command=None)
    say(loaded, clock, "jag har förhinder 25 september", command=None)
    reply = say(loaded, clock, "jag kan komma ändå 31.8", command=None)
    assert reply.text.startswith("Klart. Ditt förhinder till måndag 31 augusti 2026")


@pytest.mark.parametrize("text, day", [
    ("31 agusti", date(2026, 8, 31)),
    ("kan inte komma 3 septmber", date(2026, 9, 3)),
    ("25 setember", date(2026, 9, 25)),
    ("19 oktber", date(2026, 10, 19)),
    ("1 febuari", date(2027, 2, 1)),
])
def test_a_month_misspelt_by_a_letter_is_read(text, day):
    assert dates.extract_expected_date(text, TODAY).date == day


@pytest.mark.parametrize("text", ["2 junior", "3 marsch", "3 punkter", "4 ledamöter",
                                  "10 minuter", "3 oktoberfest"])
def test_words_near_no_long_month_name_are_no_date(text):
    assert dates.extract_expected_date(text, TODAY) is None


def test_a_forhinder_with_the_month_misspelt_is_for_that_day_written_out(loaded, clock):
    # Before: "Jag förstod inte vilket möte du menar med ”31 agusti”."
    reply = say(loaded, clock, "31 agusti", command="anmäl-förhinder")
    assert reply.text.startswith("Klart. Du har anmält förhinder till måndag 31 augusti 2026")
