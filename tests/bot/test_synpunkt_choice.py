"""A synpunkt that names no remiss asks which one; a synpunkt has at most 3,000 characters;
the refusal of /ny-remiss speaks of remisser and names the person's group."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlmodel import select

from bot import commands
from bot.clock import STOCKHOLM
from bot.consultations import service
from bot.context import Context
from bot.replies import Request
from storage import directory
from storage.engine import unit_of_work
from storage.models import Comment, Person

JOHANNA, DANIEL = "U0JOHANNA", "U0DANIELB"


ONLY_OPEN = "Riktlinjer för barnhälsoteam och fristående förskolor"  # in examples/, sbu


@pytest.fixture
def one_open(loaded, clock):
    """Johanna's groups have one open remiss (the example's); this one has closed."""
    with unit_of_work(loaded) as session:
        sbu = directory.group_by_slug(session, "sbu")
        owner = session.exec(select(Person).where(Person.slack_id == DANIEL)).one()
        return service.create(session, "Överenskommelse om familjecentraler", [sbu], owner,
                              datetime(2026, 8, 1, 23, 59, tzinfo=STOCKHOLM), clock.now()).id


def say(engine, clock, command, text, user=JOHANNA):
    request = Request("slack", user, text, command, channel_id=f"D{user}", is_dm=True,
                      now=clock.now())
    with unit_of_work(engine) as session:
        return commands.handle(Context(session, clock), request)


def press(engine, clock, button, user=JOHANNA):
    request = Request("slack", user, now=clock.now())
    with unit_of_work(engine) as session:
        return commands.handle_action(Context(session, clock), request, button.action,
                                      button.value)


def comments(engine) -> list[str]:
    with unit_of_work(engine) as session:
        return [c.text for c in session.exec(select(Comment)).all()]


@pytest.mark.parametrize("command, text", [
    ("synpunkt", "Vi ställer oss bakom förslaget."),
    (None, "synpunkt: Vi ställer oss bakom förslaget."),  # an answer to a deadline ping
])
def test_a_synpunkt_naming_no_remiss_asks_which_even_when_only_one_is_open(
        loaded, clock, one_open, command, text):
    reply = say(loaded, clock, command, text)
    assert reply.text.startswith("Vilken remiss gäller synpunkten?")
    assert "Ingenting är sparat än." in reply.text
    assert comments(loaded) == []
    (choice,) = reply.buttons
    assert choice.label == ONLY_OPEN
    receipt = press(loaded, clock, choice)
    assert receipt.text.startswith(f"Tack! Din synpunkt på ”{ONLY_OPEN}”")
    assert comments(loaded) == ["Vi ställer oss bakom förslaget."]


def test_thirty_open_remisser_are_all_named_and_the_first_ten_are_buttons(large_county,
                                                                          clock):
    reply = say(large_county.engine, clock, "synpunkt", "Vi tillstyrker.",
                user=large_county.member.slack_id)
    assert len(reply.buttons) == 10
    assert reply.plain_text().count("”Remiss: ") == 30


def test_a_synpunkt_over_three_thousand_characters_is_refused_whole(loaded, clock, one_open):
    long_text = "Vi tillstyrker förslaget. " * 120  # 3,120 characters
    reply = say(loaded, clock, "synpunkt", f"barnhälsoteam: {long_text}")
    assert reply.text.startswith("Synpunkten är 3119 tecken lång, och en synpunkt får vara "
                                 "högst 3000 tecken.")
    assert comments(loaded) == []
    form = say(loaded, clock, "synpunkt", "").form
    assert next(f for f in form.fields if f.name == "text").max_length == 3000


def test_the_ny_remiss_refusal_speaks_of_remisser_and_names_the_group(loaded, clock):
    reply = say(loaded, clock, "ny-remiss", "")
    # Johanna is a ledamot in two groups; the first by name is named.
    assert reply.text.startswith("Bara sekreterare och ordförande kan skapa remisser i "
                                 "Chefsgrupp för samverkan social välfärd samt vård och omsorg.")


def test_with_several_open_the_form_makes_her_choose_the_remiss(loaded, clock):
    with unit_of_work(loaded) as session:  # a second open remiss beside the example's
        sbu = directory.group_by_slug(session, "sbu")
        owner = session.exec(select(Person).where(Person.slack_id == DANIEL)).one()
        service.create(session, "Överenskommelse om familjecentraler", [sbu], owner,
                       datetime(2026, 10, 30, 23, 59, tzinfo=STOCKHOLM), clock.now())
    form = say(loaded, clock, "synpunkt", "").form
    choice = next(f for f in form.fields if f.name == "consultation")
    assert len(choice.options) == 2 and choice.initial == ""  # nothing chosen for her
    request = Request("slack", JOHANNA, now=clock.now())
    with unit_of_work(loaded) as session:
        reply = commands.handle_form(Context(session, clock), request, form.callback, "",
                                     {"consultation": "", "text": "Vi tillstyrker."})
    assert reply.field_errors == {"consultation": "Välj vilken remiss synpunkten gäller."}
    assert comments(loaded) == []


def test_with_one_open_it_is_chosen(loaded, clock, one_open):
    form = say(loaded, clock, "synpunkt", "").form
    choice = next(f for f in form.fields if f.name == "consultation")
    assert choice.options[0][1] == ONLY_OPEN and choice.initial == choice.options[0][0]
