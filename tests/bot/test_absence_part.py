"""Away for part of a meeting, written as members write it: the hours stored are the hours
meant, and a part that ends before it starts or lies outside the meeting saves nothing.

The demo's next meeting of Samverkansgrupp Barn och unga is Monday 31 August 13.00–15.00."""

from __future__ import annotations

from datetime import time

import pytest

from bot import commands
from bot.context import Context
from bot.replies import Request
from storage.engine import unit_of_work
from storage.models import Absence, OutboxMessage, SubstituteCall
from tests.bot.test_absences import JOHANNA, rows, say


@pytest.mark.parametrize(("text", "away_from", "away_to", "said"), [
    ("31 augusti mellan 14 och 15", time(14), time(15), "kl. 14.00–15.00"),
    ("31 augusti mellan kl. 13.30 och 14.15", time(13, 30), time(14, 15), "kl. 13.30–14.15"),
    ("31/8 från kl 14 till kl 15", time(14), time(15), "kl. 14.00–15.00"),
    ("31 augusti från 14:30", time(14, 30), None, "från kl. 14.30"),
    ("måndag 31 augusti efter 14", time(14), None, "från kl. 14.00"),
    ("31 augusti till kl 14", None, time(14), "till kl. 14.00"),
    ("31 augusti, jag kommer först efter lunch, är borta innan 13.45", None, time(13, 45),
     "till kl. 13.45"),
    ("31 augusti mellan 14–15 ersättare Marcus Boljang", time(14), time(15), "kl. 14.00–15.00"),
    # The hours as the bot itself writes them, and as most people do: no "mellan", a dash.
    ("31 aug kl 14-15", time(14), time(15), "kl. 14.00–15.00"),
    ("31/8 kl. 13.30–14.15", time(13, 30), time(14, 15), "kl. 13.30–14.15"),
    ("den 31 augusti 14.00-14.45", time(14), time(14, 45), "kl. 14.00–14.45"),
    ("31 augusti 13-14, Marcus går i mitt ställe", time(13), time(14), "kl. 13.00–14.00"),
])
def test_the_part_stored_is_the_part_written(loaded, clock, text, away_from, away_to, said):
    reply = say(loaded, clock, text)
    assert reply.text.startswith("Klart. Du har anmält förhinder till en del av mötet måndag "
                                 f"31 augusti 2026 kl. 13.00–15.00 (Samverkansgrupp Barn och "
                                 f"unga): {said}.")
    (absence,) = rows(loaded, Absence)
    assert (absence.part_from, absence.part_to) == (away_from, away_to)


@pytest.mark.parametrize(("text", "expected"), [
    ("31 augusti mellan 15 och 14",
     "Borta kl. 15.00–14.00 går inte: tiden du är borta måste sluta efter att den börjar."),
    ("31 augusti mellan 14.00 och 13.00",
     "Borta kl. 14.00–13.00 går inte: tiden du är borta måste sluta efter att den börjar."),
    ("31 augusti mellan 7 och 8",
     "Mötet är kl. 13.00–15.00, så kl. 07.00–08.00 är utanför mötet. Ingenting är sparat."),
    ("31 augusti från kl 16",
     "Mötet är kl. 13.00–15.00, så från kl. 16.00 är utanför mötet."),
    ("31 augusti från kl 15", "Mötet är kl. 13.00–15.00, så från kl. 15.00 är utanför mötet."),
    ("31 augusti till kl 12.30",
     "Mötet är kl. 13.00–15.00, så till kl. 12.30 är utanför mötet."),
    ("31 augusti från kl 25", "Jag förstod inte tiden i ”från kl 25”, så ingenting är sparat."),
    ("31 augusti mellan 14.75 och 15", "Jag förstod inte tiden i"),
    ("31 augusti kl 7-8", "Mötet är kl. 13.00–15.00, så kl. 07.00–08.00 är utanför mötet."),
    # A part named without an hour: said back, never the whole meeting on a guess.
    ("31 augusti efter lunch", "Jag förstod inte tiden i ”efter lunch”, så ingenting är sparat."),
    ("31/8 em", "Jag förstod inte tiden i ”em”, så ingenting är sparat."),
    ("kan inte på eftermiddagen den 31 augusti",
     "Jag förstod inte tiden i ”eftermiddagen”, så ingenting är sparat."),
])
def test_a_part_that_cannot_be_is_refused_and_nothing_is_saved(loaded, clock, text, expected):
    reply = say(loaded, clock, text)
    assert expected in reply.text
    assert rows(loaded, Absence) == [] and rows(loaded, SubstituteCall) == []
    assert rows(loaded, OutboxMessage) == []


def test_a_part_overlapping_the_start_or_the_end_is_kept(loaded, clock):
    """Away 12.00–13.30 is the meeting's first half hour: a part, as written."""
    reply = say(loaded, clock, "31 augusti mellan 12 och 13.30")
    assert "en del av mötet" in reply.text and "kl. 12.00–13.30" in reply.text
    (absence,) = rows(loaded, Absence)
    assert (absence.part_from, absence.part_to) == (time(12), time(13, 30))


def submit(engine, clock, **values):
    request = Request("slack", JOHANNA, now=clock.now())
    with unit_of_work(engine) as session:
        form = commands.handle(Context(session, clock), Request(
            "slack", JOHANNA, "", "anmäl-förhinder", channel_id=f"D{JOHANNA}", is_dm=True,
            now=clock.now())).form
        meeting = next(f for f in form.fields if f.name == "meeting").options[0][0]
        return commands.handle_form(Context(session, clock), request, form.callback,
                                    form.metadata,
                                    {"meeting": meeting, "substitute": "default", **values})


@pytest.mark.parametrize(("values", "field", "expected"), [
    ({"part_from": "15:00", "part_to": "14:00"}, "part_to", "Borta kl. 15.00–14.00 går inte"),
    ({"part_from": "16:00"}, "part_from", "så från kl. 16.00 är utanför mötet"),
    ({"part_to": "09:00"}, "part_to", "så till kl. 09.00 är utanför mötet"),
])
def test_the_form_says_which_field_is_wrong_and_saves_nothing(loaded, clock, values, field,
                                                             expected):
    reply = submit(loaded, clock, **values)
    assert expected in reply.field_errors[field]
    assert rows(loaded, Absence) == [] and rows(loaded, SubstituteCall) == []


@pytest.mark.parametrize("text", ["31 augusti till 2 september", "från 31/8 till 2/9",
                                  "bortrest 31 augusti till 3 sep"])
def test_a_period_of_days_away_is_the_whole_meeting_not_a_time(loaded, clock, text):
    reply = say(loaded, clock, text)
    assert reply.text.startswith("Klart. Du har anmält förhinder till måndag 31 augusti 2026 "
                                 "kl. 13.00–15.00 (Samverkansgrupp Barn och unga).")
    (absence,) = rows(loaded, Absence)
    assert (absence.part_from, absence.part_to) == (None, None)


@pytest.mark.parametrize("text", ["31 augusti kl. 13.00–15.00", "31/8 mellan 13 och 15",
                                  "31 augusti från kl 13", "31 augusti 12-16"])
def test_a_part_that_is_the_whole_meeting_is_the_whole_meeting(loaded, clock, text):
    """The meeting's hours copied from the kallelse are no part of it: said and stored as the
    whole meeting, not 'en del av mötet …: kl. 13.00–15.00'."""
    reply = say(loaded, clock, text)
    assert reply.text.startswith("Klart. Du har anmält förhinder till måndag 31 augusti 2026 "
                                 "kl. 13.00–15.00 (Samverkansgrupp Barn och unga).")
    (absence,) = rows(loaded, Absence)
    assert (absence.part_from, absence.part_to) == (None, None)
