"""An ersättare answers a call in words, in a DM, as people answer: the call is answered as the
button would answer it, and someone with no open call is not taken for an ersättare.

The demo: Johanna Viberg's usual ersättare in Samverkansgrupp Barn och unga is Marcus Boljang."""

from __future__ import annotations

import pytest

from storage.models import Absence, SubstituteCall
from tests.bot.test_absences import rows, say

JOHANNA, MARCUS = "U0JOHANNA", "U0MARCUSB"


def dm(engine, clock, text, user):
    return say(engine, clock, text, user=user, command=None)


@pytest.fixture
def called(loaded, clock):
    reply = dm(loaded, clock, "jag kan inte komma 31 augusti", JOHANNA)
    assert "Marcus Boljang är kallad som ersättare." in reply.text
    return loaded


@pytest.mark.parametrize("text", ["Ja, jag kommer!", "jag kan gå", "Ok, jag tar det",
                                  "Absolut, jag kan ställa upp 31 augusti"])
def test_yes_in_words_confirms_the_call(called, clock, text):
    reply = dm(called, clock, text, MARCUS)
    assert reply.text.startswith("Tack! Du är anmäld som ersättare för Johanna Viberg måndag "
                                 "31 augusti 2026")
    (call,) = rows(called, SubstituteCall)
    assert call.state == "confirmed"


@pytest.mark.parametrize("text", ["Nej, tyvärr", "jag kan tyvärr inte", "Jag kommer inte",
                                  "har inte möjlighet den dagen"])
def test_no_in_words_declines_and_the_next_is_asked(called, clock, text):
    reply = dm(called, clock, text, MARCUS)
    assert reply.text == "Tack för beskedet. Jag frågar någon annan."
    marcus = [c for c in rows(called, SubstituteCall) if c.state == "declined"]
    assert len(marcus) == 1


def test_a_no_after_a_yes_points_to_the_secretary_and_changes_nothing(called, clock):
    dm(called, clock, "ja jag kommer", MARCUS)
    again = dm(called, clock, "jag kan inte ändå", MARCUS)
    assert again.text.startswith("Du har lovat att gå som ersättare för Johanna Viberg måndag "
                                 "31 augusti 2026")
    assert "kontakta Daniel Berglund, så ordnar sekreteraren någon annan" in again.text
    assert dm(called, clock, "ja", MARCUS).text == (
        "Du har redan svarat på den här kallelsen. Ingenting ändrades.")
    assert [c.state for c in rows(called, SubstituteCall)] == ["confirmed"]


def test_without_an_open_call_the_words_are_not_taken_for_an_answer(loaded, clock):
    """Marcus, called for nothing, is told what an ersättare does; 'ja' answers nothing."""
    reply = dm(loaded, clock, "jag kan inte komma 31 augusti", MARCUS)
    # Named by the group of his next meeting (31 August), not the first of his groups.
    assert reply.text.startswith("Som ersättare i Samverkansgrupp Barn och unga anmäler du inte "
                                 "förhinder själv")
    assert "svarar du ”Jag kan inte” i kallelsen" in reply.text
    assert dm(loaded, clock, "ja, jag kommer", MARCUS).text.startswith(
        "Jag förstod inte riktigt.")
    assert rows(loaded, SubstituteCall) == [] and rows(loaded, Absence) == []


def test_a_date_with_no_call_on_it_is_not_taken_as_an_answer(called, clock):
    reply = dm(called, clock, "jag kan inte komma 25 september", MARCUS)
    assert not reply.text.startswith("Tack för beskedet")
    assert [c.state for c in rows(called, SubstituteCall)] == ["called"]


def test_a_question_that_starts_with_ok_answers_no_call(called, clock):
    reply = dm(called, clock, "Ok, när är nästa möte?", MARCUS)
    assert not reply.text.startswith("Tack!")
    assert [c.state for c in rows(called, SubstituteCall)] == ["called"]
