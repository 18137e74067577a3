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


def test_thirty_open_remisser_are_all_named_and_all_can_be_chosen_in_a_menu(large_county,
                                                                            clock):
    reply = say(large_county.engine, clock, "synpunkt", "Vi tillstyrker.",
                user=large_county.member.slack_id)
    assert reply.plain_text().count("”Remiss: ") == 30
    assert reply.buttons == []  # ten buttons left twenty remisser out of reach
    assert len(reply.menu.options) == 30
    last_id, last_title = reply.menu.options[-1]
    receipt = press(large_county.engine, clock, reply.menu.pressed(last_id),
                    user=large_county.member.slack_id)
    assert receipt.text.startswith(f"Tack! Din synpunkt på ”{last_title}”")
    with unit_of_work(large_county.engine) as session:
        saved = session.exec(select(Comment).where(Comment.text == "Vi tillstyrker.")).one()
        assert str(saved.consultation_id) == last_id


def test_the_menus_button_pressed_before_a_choice_asks_for_one_and_saves_nothing(large_county,
                                                                                   clock):
    reply = say(large_county.engine, clock, "synpunkt", "Vi tillstyrker.",
                user=large_county.member.slack_id)
    answer = press(large_county.engine, clock, reply.menu.pressed(""),
                   user=large_county.member.slack_id)
    assert answer.text == ("Välj först remissen i listan och tryck sedan på Lämna synpunkten. "
                           "Ingenting är sparat än.")
    with unit_of_work(large_county.engine) as session:
        assert session.exec(select(Comment).where(Comment.text == "Vi tillstyrker.")).all() == []


def test_a_synpunkt_too_long_for_a_button_is_not_told_to_choose_below(loaded, clock, one_open):
    reply = say(loaded, clock, "synpunkt", "Vi tillstyrker förslaget. " * 80)  # 2,080 chars
    assert reply.buttons == [] and reply.menu is None
    assert reply.text.startswith("Vilken remiss gäller synpunkten? Den är för lång för en knapp, "
                                 "så skriv den igen med remissens namn först")
    assert "nedan" not in reply.text
    assert ONLY_OPEN in reply.plain_text()
    assert comments(loaded) == []


@pytest.mark.parametrize("command, text", [("synpunkt", ":"), (None, "synpunkt:")])
def test_a_colon_and_no_text_is_told_what_to_write(loaded, clock, one_open, command, text):
    reply = say(loaded, clock, command, text)
    assert reply.text.startswith("Jag hittade ingen synpunkt att lämna. Skriv remissens namn och "
                                 "din text, till exempel `/synpunkt ")
    assert reply.buttons == [] and comments(loaded) == []


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


def test_a_double_click_on_the_choice_files_one_version_and_tells_the_owner_once(
        loaded, clock, one_open):
    from storage.models import OutboxMessage

    reply = say(loaded, clock, "synpunkt", "Vi ställer oss bakom förslaget.")
    (choice,) = reply.buttons
    first = press(loaded, clock, choice)
    second = press(loaded, clock, choice)
    assert first.text.startswith(f"Tack! Din synpunkt på ”{ONLY_OPEN}”")
    assert second.text.startswith(f"Din synpunkt på ”{ONLY_OPEN}” är redan mottagen måndag "
                                  "24 augusti 2026 kl. 09.00 (version 1), med samma text. "
                                  "Ingenting ändrades.")
    assert [b.label for b in second.buttons] == ["Ändra", "Dra tillbaka"]
    assert comments(loaded) == ["Vi ställer oss bakom förslaget."]
    with unit_of_work(loaded) as session:
        told = [m for m in session.exec(select(OutboxMessage)).all()
                if "Vi ställer oss bakom" in str(m.payload)]
    assert len(told) == 1
    # Other words are a new version, as before.
    changed = say(loaded, clock, "synpunkt", "barnhälsoteam: Vi tillstyrker med ett tillägg.")
    assert "(version 2)" in changed.text


def test_a_forged_menu_choice_of_another_groups_remiss_is_refused_unnamed(loaded, clock):
    from bot.replies import Button as Pressed

    with unit_of_work(loaded) as session:  # a remiss of the skolchefer, where she is not
        skola = directory.group_by_slug(session, "cg-skola")
        owner = session.exec(select(Person).where(Person.slack_id == DANIEL)).one()
        other = service.create(session, "Hemlig remiss om skolskjuts", [skola], owner,
                               datetime(2026, 10, 30, 23, 59, tzinfo=STOCKHOLM), clock.now()).id
    answer = press(loaded, clock, Pressed("Lämna synpunkten", "consultation.comment_on",
                                          f"{other}:Vi tillstyrker."))
    assert answer.refused and "skolskjuts" not in answer.plain_text()
    assert comments(loaded) == []


def test_two_presses_at_the_same_moment_file_one_version(loaded, clock, one_open):
    from concurrent.futures import ThreadPoolExecutor

    reply = say(loaded, clock, "synpunkt", "Vi ställer oss bakom förslaget.")
    (choice,) = reply.buttons
    with ThreadPoolExecutor(2) as pool:
        answers = list(pool.map(lambda _: press(loaded, clock, choice), range(2)))
    assert sorted(a.text.split()[0] for a in answers) == ["Din", "Tack!"]
    assert comments(loaded) == ["Vi ställer oss bakom förslaget."]


def test_a_long_remiss_title_on_a_button_ends_after_a_whole_word(loaded, clock):
    """The button was the title's first 70 characters, cut inside a word and without a sign
    that more followed ('… och kommunernas s')."""
    title = ("Remiss: Utskrivningsklara patienter från slutenvården och kommunernas "
             "samordnade hemgång")
    with unit_of_work(loaded) as session:
        sbu = directory.group_by_slug(session, "sbu")
        owner = session.exec(select(Person).where(Person.slack_id == DANIEL)).one()
        service.create(session, title, [sbu], owner,
                       datetime(2026, 10, 1, 23, 59, tzinfo=STOCKHOLM), clock.now())
    reply = say(loaded, clock, None, "synpunkt: Vi tillstyrker.")
    (label,) = [b.label for b in reply.buttons if b.label.startswith("Remiss: ")]
    assert label == "Remiss: Utskrivningsklara patienter från slutenvården och kommunernas…"
