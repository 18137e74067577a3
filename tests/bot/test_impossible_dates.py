"""A date its month never has ("31 februari", "32 mars", "31/2") is said to be one, with the next
meetings and an example, wherever a date is expected: not taken for a date that was not
understood, a day without a meeting, or a question without a date."""

from __future__ import annotations

import pytest
from sqlmodel import select

from storage.engine import unit_of_work
from storage.models import Absence
from tests.handlers.test_console import talk

DANIEL = "U0DANIELB"
NEXT = "Nästa möten: måndag 31 augusti, fredag 25 september, måndag 19 oktober."


@pytest.mark.parametrize(("line", "answer"), [
    ("/anmäl-förhinder 31 februari",
     "Februari har inte 31 dagar, så jag vet inte vilket möte du menar med ”31 februari”."),
    ("/anmäl-förhinder 30 februari",
     "Februari har inte 30 dagar, så jag vet inte vilket möte du menar med ”30 februari”."),
    ("/anmäl-förhinder 32 mars",
     "Mars har inte 32 dagar, så jag vet inte vilket möte du menar med ”32 mars”."),
    ("/anmäl-förhinder den 31 april, Marcus Boljang kommer i mitt ställe",
     "April har inte 31 dagar, så jag vet inte vilket möte du menar med ”den 31 april”."),
    ("/anmal-forhinder 31/2",
     "Februari har inte 31 dagar, så jag vet inte vilket möte du menar med ”31/2”."),
    ("/anmäl-förhinder 29 februari 2027",
     "Februari 2027 har inte 29 dagar, så jag vet inte vilket möte du menar med "
     "”29 februari 2027”."),
    ("kan inte komma 31 februari",
     "Februari har inte 31 dagar, så jag vet inte vilket möte du menar med ”31 februari”."),
    ("/dagordning 31 februari",
     "Februari har inte 31 dagar, så jag vet inte vilket datum du menar med ”31 februari”."),
    ("vad står på dagordningen den 31 april?",
     "April har inte 31 dagar, så jag vet inte vilket datum du menar med ”den 31 april”."),
    ("31 februari",
     "Februari har inte 31 dagar, så jag vet inte vilket datum du menar med ”31 februari”."),
])
def test_a_day_the_month_lacks_is_said_to_be_one(loaded, clock, line, answer):
    transcript = talk(loaded, clock, [line])
    assert transcript.startswith(answer), transcript
    assert NEXT in transcript
    with unit_of_work(loaded) as session:
        assert session.exec(select(Absence)).all() == []


def test_narvaro_on_a_day_the_month_lacks(loaded, clock):
    transcript = talk(loaded, clock, ["/närvaro 30 februari"], user=DANIEL)
    assert transcript.startswith(
        "Februari har inte 30 dagar, så jag vet inte vilket datum du menar med ”30 februari”.")


@pytest.mark.parametrize("line", ["/anmäl-förhinder 29 februari", "/dagordning 29 februari"])
def test_29_februari_without_a_year_is_a_date(loaded, clock, line):
    """In the leap year ahead: a day without a meeting, not an impossible date."""
    transcript = talk(loaded, clock, [line])
    assert transcript.startswith("Jag hittade inget möte den "), transcript
    assert "29 februari" in transcript and "har inte" not in transcript
