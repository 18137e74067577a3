"""A förhinder for part of a meeting, then for all of it: the absence is widened, and said so.

The demo's next meeting of Samverkansgrupp Barn och unga is Monday 31 August 13.00–15.00;
Johanna Viberg's usual ersättare is Marcus Boljang, the secretary Daniel."""

from __future__ import annotations

from datetime import time

import pytest

from bot import commands
from bot.context import Context
from bot.replies import Button, Request
from storage import meetings as store
from storage.engine import unit_of_work
from storage.models import Absence, OutboxMessage, SubstituteCall
from tests.bot.test_absences import DANIEL, MARCUS, outbox_to, payload_text, press, rows, say

WHEN = "måndag 31 augusti 2026 kl. 13.00–15.00 (Samverkansgrupp Barn och unga)"


@pytest.mark.parametrize(("first", "then"), [
    ("31 augusti kl 13-14", "31 augusti"),
    ("kan inte komma 13.00-14.00 den 31 augusti", "kan inte komma alls den 31 augusti"),
    ("31 augusti efter 14", "31/8"),
    ("31 augusti mellan 13 och 14", "31 augusti kl. 13.00–15.00"),  # the kallelse's hours
])
def test_the_whole_meeting_after_a_part_widens_the_absence(loaded, clock, first, then):
    say(loaded, clock, first)
    reply = say(loaded, clock, then)
    assert reply.text.startswith(f"Klart. Ditt förhinder till {WHEN} gäller nu hela mötet, "
                                 "inte bara ")
    assert "Ingenting ändrades" not in reply.text
    assert "Marcus Boljang är kallad som ersättare och får veta det." in reply.text
    assert [b.label for b in reply.buttons] == ["Ta tillbaka förhindret"]
    (absence,) = rows(loaded, Absence)
    assert (absence.part_from, absence.part_to, absence.part_items) == (None, None, [])
    (call,) = rows(loaded, SubstituteCall)  # the same ersättare, not called twice
    assert call.state == "called"


def test_the_ersattare_and_the_secretary_are_told_and_the_ersattare_can_answer(loaded, clock):
    say(loaded, clock, "31 augusti kl 13-14")
    say(loaded, clock, "31 augusti")
    told = [payload_text(m) for m in outbox_to(loaded, MARCUS)]
    assert len(told) == 2  # the call, then the widening
    assert told[1].startswith(f"Hej Marcus! Johanna Viberg missar nu hela mötet {WHEN}, inte "
                              "bara kl. 13.00–14.00, och du är fortfarande kallad som ersättare.")
    assert "Jag kommer" in told[1] and "Jag kan inte" in told[1]
    secretary = [payload_text(m) for m in outbox_to(loaded, DANIEL)]
    assert any(f"Förhindret som Johanna Viberg har anmält till {WHEN} gäller nu hela mötet, inte "
               "bara kl. 13.00–14.00." in text for text in secretary)
    widened = outbox_to(loaded, MARCUS)[1]
    (accept,) = [b for b in widened.payload["reply"]["buttons"] if b["label"] == "Jag kommer"]
    answer = press(loaded, clock, Button(accept["label"], accept["action"], accept["value"]),
                   user=MARCUS)
    assert answer.text.startswith("Tack! Du är anmäld som ersättare för Johanna Viberg")


def test_an_ersattare_who_already_said_yes_is_told_whom_to_contact(loaded, clock):
    first = say(loaded, clock, "31 augusti kl 13-14")
    (call,) = rows(loaded, SubstituteCall)
    press(loaded, clock, Button("Jag kommer", "absence.accept", str(call.id)), user=MARCUS)
    assert first.text.startswith("Klart.")
    say(loaded, clock, "31 augusti")
    widened = payload_text(outbox_to(loaded, MARCUS)[-1])
    assert "Du har redan tackat ja. Kan du inte vara med hela den tiden, kontakta" in widened
    assert "Jag kan inte" not in widened
    (call,) = rows(loaded, SubstituteCall)
    assert call.state == "confirmed"


def test_a_part_without_an_ersattare_widened_calls_the_usual_one(loaded, clock):
    say(loaded, clock, "31 augusti kl 14-15 ingen ersättare")
    assert rows(loaded, SubstituteCall) == []
    reply = say(loaded, clock, "31 augusti")
    assert reply.text == (f"Klart. Ditt förhinder till {WHEN} gäller nu hela mötet, inte bara "
                          "kl. 14.00–15.00. Marcus Boljang är kallad som ersättare.")
    (call,) = rows(loaded, SubstituteCall)
    assert call.state == "called"
    (notice,) = outbox_to(loaded, MARCUS)
    assert "Johanna Viberg har förhinder till " + WHEN in payload_text(notice)


def test_a_larger_part_widens_to_that_part(loaded, clock):
    say(loaded, clock, "31 augusti kl 13-14")
    reply = say(loaded, clock, "31 augusti kl 13-14.30")
    assert reply.text.startswith(f"Klart. Ditt förhinder till {WHEN} gäller nu kl. 13.00–14.30, "
                                 "inte bara kl. 13.00–14.00.")
    (absence,) = rows(loaded, Absence)
    assert (absence.part_from, absence.part_to) == (time(13), time(14, 30))


@pytest.mark.parametrize(("first", "then", "says"), [
    # the same again: what stands
    ("31 augusti", "31/8", f"Du har redan anmält förhinder till {WHEN}. Ingenting ändrades. "
                           "Marcus Boljang är kallad som ersättare."),
    ("31 augusti kl 13-14", "31 augusti kl 13-14",
     f"Du har redan anmält förhinder till en del av mötet {WHEN}: kl. 13.00–14.00. Ingenting "
     "ändrades. Marcus Boljang är kallad som ersättare."),
    # narrower: never shrunk by a second report, and the member is told how
    ("31 augusti", "31 augusti kl 13-14",
     f"Du har redan anmält förhinder till {WHEN}. Ingenting ändrades. Marcus Boljang är kallad "
     "som ersättare. Förhindret gäller hela mötet. Kan du vara med en del av det, ta tillbaka "
     "förhindret och anmäl sedan bara den del du missar."),
    # another part that does not cover the first
    ("31 augusti kl 13-14", "31 augusti kl 14-15",
     f"Du har redan anmält förhinder till en del av mötet {WHEN}: kl. 13.00–14.00. Ingenting "
     "ändrades. Marcus Boljang är kallad som ersättare. Missar du mer, anmäl förhinder igen med "
     "hela tiden du är borta, eller utan tid för hela mötet."),
])
def test_a_repeat_or_a_narrower_part_says_what_stands(loaded, clock, first, then, says):
    say(loaded, clock, first)
    before = (rows(loaded, Absence)[0], len(rows(loaded, OutboxMessage)))
    reply = say(loaded, clock, then)
    assert reply.text == says
    (absence,) = rows(loaded, Absence)
    assert (absence.part_from, absence.part_to) == (before[0].part_from, before[0].part_to)
    assert len(rows(loaded, OutboxMessage)) == before[1]


CHANGE = ("Vill du ha en annan ersättare, ta tillbaka förhindret och anmäl det sedan igen med "
          "den ersättare du vill ha.")


@pytest.mark.parametrize(("then", "says_how"), [
    ("31 augusti, Jessica Ekerbring kommer i mitt ställe", True),
    ("31 augusti ingen ersättare", True),
    ("31 augusti ersättare Marcus Boljang", False),  # the one already called
    ("31/8", False),
])
def test_another_ersattare_named_again_is_told_how_to_change_it(loaded, clock, then, says_how):
    """A second report naming another ersättare changed nothing and said only 'Ingenting
    ändrades. Marcus Boljang är kallad', as if the name had not been read."""
    say(loaded, clock, "31 augusti")
    before = len(rows(loaded, OutboxMessage))
    reply = say(loaded, clock, then)
    assert reply.text.startswith(f"Du har redan anmält förhinder till {WHEN}. Ingenting "
                                 "ändrades. Marcus Boljang är kallad som ersättare.")
    assert reply.text.endswith(CHANGE) is says_how
    (call,) = rows(loaded, SubstituteCall)
    assert call.state == "called" and len(rows(loaded, OutboxMessage)) == before


def test_more_agenda_items_widen_and_every_notice_goes_out(large_county, clock):
    """Long item titles: the part said in an outbox key overflowed its 300 characters (a
    database error on PostgreSQL, and the member's answer lost)."""
    member, meeting = large_county.member, large_county.meeting_id
    with unit_of_work(large_county.engine) as session:
        items = [i.id for i in store.agenda(session, meeting)]

    def form(chosen):
        values = {"meeting": str(meeting), "substitute": "default",
                  "part_items": ",".join(f"{meeting}:{i}" for i in chosen)}
        request = Request("slack", member.slack_id, now=clock.now())
        with unit_of_work(large_county.engine) as session:
            return commands.handle_form(Context(session, clock), request, "absence.new", "",
                                        values)

    assert form(items[:3]).text.startswith("Klart. Du har anmält förhinder till en del av mötet")
    reply = form(items[:20])
    assert reply.text.startswith("Klart. Ditt förhinder till ")
    assert "gäller nu punkterna ”1. " in reply.text
    substitute = large_county.substitutes[member.name].slack_id
    told = outbox_to(large_county.engine, substitute)
    assert len(told) == 2 and all(len(m.key) <= 300 for m in rows(large_county.engine,
                                                                       OutboxMessage))
