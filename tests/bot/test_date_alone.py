"""A DM that is only a date ("3.9", "31 augusti") after the bot asked which meeting a förhinder
is for. The bot keeps no conversation (nothing stores what it last asked), so the date is not
taken for that answer; before, it got "Jag förstod inte riktigt" whatever the date. Now it says
what it understood, the meeting that day and what to write, with the förhinder form a button
away; nothing is stored.

The demo's Johanna Viberg: Samverkansgrupp Barn och unga meets Monday 31 August."""

from __future__ import annotations

import pytest

from storage.models import Absence, OutboxMessage
from tests.bot.test_absences import press, rows, say

UNDERSTOOD_31 = ("Jag förstod bara datumet, måndag 31 augusti 2026, inte vad du vill med det. "
                 "Den dagen har du möte i Samverkansgrupp Barn och unga. Har du förhinder, skriv "
                 "`/anmäl-förhinder 31 augusti`; dagordningen får du med `/dagordning 31 augusti`.")


def _dm(engine, clock, text, user="U0JOHANNA"):
    return say(engine, clock, text, user=user, command=None)


@pytest.mark.parametrize("text", ["31.8", "31 augusti", "den 31/8?", "2026-08-31", "31/8",
                                  "ok, 31 augusti"])
def test_a_date_alone_is_said_back_with_the_meeting_that_day(loaded, clock, text):
    first = _dm(loaded, clock, "jag har förhinder")
    assert first.text.startswith("Jag förstod att du har förhinder, men inte till vilket möte.")
    reply = _dm(loaded, clock, text)
    assert reply.text == UNDERSTOOD_31
    assert [b.label for b in reply.buttons] == ["Anmäl förhinder"]
    assert rows(loaded, Absence) == [] and rows(loaded, OutboxMessage) == []


def test_the_button_opens_the_form_for_that_meeting(loaded, clock):
    reply = _dm(loaded, clock, "31.8")
    form = press(loaded, clock, reply, label="Anmäl förhinder").form
    (meeting,) = [f for f in form.fields if f.name == "meeting"]
    assert meeting.initial == reply.buttons[0].value
    assert rows(loaded, Absence) == []


def test_a_date_without_a_meeting_names_the_next_ones(loaded, clock):
    reply = _dm(loaded, clock, "3.9")
    assert reply.text == (
        "Jag förstod bara datumet, torsdag 3 september 2026, inte vad du vill med det. Du har "
        "inget möte den dagen. Nästa möten: måndag 31 augusti, fredag 25 september, måndag "
        "19 oktober.")
    assert reply.buttons == []


@pytest.mark.parametrize("text", ["3.9 punkter", "version 3.9", "kl. 10.10"])
def test_more_than_a_date_is_not_a_date_alone(loaded, clock, text):
    assert not _dm(loaded, clock, text).text.startswith("Jag förstod bara datumet")


def test_someone_outside_the_roster_learns_nothing_from_a_date(loaded, clock):
    reply = _dm(loaded, clock, "31 augusti", user="U0NOBODY1")
    assert "Samverkansgrupp" not in reply.text and reply.buttons == []
