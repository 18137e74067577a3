"""A synpunkt that names no remiss, with 30 remisser open: every one can be chosen, in a Slack
select menu over signed HTTP, in a Teams choice set and in the console, and the text is filed
under the one chosen (ten buttons left twenty out of reach)."""

from __future__ import annotations

import io

from sqlmodel import select

from handlers.console import run
from storage.engine import unit_of_work
from storage.models import Comment, Person
from tests.handlers.test_teams import activity, bot_framework, card_of, card_text, teams  # noqa: F401 (fixtures)
from tests.support import signing

TEXT = "Vi tillstyrker förslaget i sin helhet."


def _filed(engine) -> list[tuple[int, str]]:
    with unit_of_work(engine) as session:
        found = session.exec(select(Comment).where(Comment.text == TEXT)).all()
        return [(c.consultation_id, c.organisation) for c in found]


def test_slack_offers_every_open_remiss_in_a_menu_and_files_the_one_chosen(
        served, fake_slack, large_county):
    url, member = f"{served}/slack/events", large_county.member.slack_id
    answer = signing.slash_command(url, "/synpunkt", TEXT, member, f"D{member}",
                                   response_url=f"{fake_slack.url}response-url").json()
    (menu,) = [b for b in answer["blocks"] if b.get("block_id") == "menu"]
    choice, button = menu["elements"]
    assert choice["type"] == "static_select" and len(choice["options"]) == 30
    assert all(len(o["text"]["text"]) <= 75 and len(o["value"]) <= 150
               for o in choice["options"])
    assert button["text"]["text"] == "Lämna synpunkten" and button["value"] == TEXT
    assert len(answer["blocks"]) <= 50

    last = choice["options"][-1]
    base = {"type": "block_actions", "user": {"id": member}, "team": {"id": "T1"},
            "channel": {"id": f"D{member}"}, "response_url": f"{fake_slack.url}response-url",
            "container": {"type": "message", "is_ephemeral": True}}
    # Choosing sends nothing (it could be a slip); the button sends, with the choice in state.
    chosen = {"values": {"menu": {"menu.choice": {"type": "static_select",
                                                  "selected_option": last}}}}
    signing.interaction(url, {**base, "state": chosen, "actions": [
        {**choice, "block_id": "menu", "selected_option": last}]})
    signing.interaction(url, {**base, "state": chosen, "actions": [
        {**button, "block_id": "menu"}]})
    (receipt,) = fake_slack.wait_for("response-url")
    assert receipt["text"].startswith(f"Tack! Din synpunkt på ”{last['text']['text']}”")
    assert [str(c) for c, _ in _filed(large_county.engine)] == [last["value"]]


def test_slack_the_button_without_a_choice_asks_for_one(served, fake_slack, large_county):
    url, member = f"{served}/slack/events", large_county.member.slack_id
    answer = signing.slash_command(url, "/synpunkt", TEXT, member, f"D{member}").json()
    (menu,) = [b for b in answer["blocks"] if b.get("block_id") == "menu"]
    signing.interaction(url, {
        "type": "block_actions", "user": {"id": member}, "team": {"id": "T1"},
        "channel": {"id": f"D{member}"}, "response_url": f"{fake_slack.url}response-url",
        "state": {"values": {"menu": {"menu.choice": {"type": "static_select",
                                                      "selected_option": None}}}},
        "actions": [{**menu["elements"][1], "block_id": "menu"}]})
    (answer,) = fake_slack.wait_for("response-url")
    assert answer["text"].startswith("Välj först remissen i listan")
    assert _filed(large_county.engine) == []


def test_teams_offers_every_open_remiss_in_a_choice_set(
        teams, bot_framework, large_county):  # noqa: F811 (fixtures)
    member = large_county.members[1]
    with unit_of_work(large_county.engine) as session:
        session.get(Person, member.id).teams_id = "29:member1"
    assert teams(activity(f"synpunkt {TEXT}", user="29:member1")) == 200
    card = card_of(bot_framework.replies()[-1])
    (choices,) = [e for e in card["body"] if e["type"] == "Input.ChoiceSet"]
    assert len(choices["choices"]) == 30
    assert "Lämna synpunkten" in card_text(card)
    (submit,) = [a for e in card["body"] if e["type"] == "ActionSet" for a in e["actions"]]
    assert submit["associatedInputs"] == "auto"
    picked = choices["choices"][17]
    # Teams merges the card's inputs into the button's data.
    value = {**submit["data"], choices["id"]: picked["value"]}
    assert teams(activity(value=value, user="29:member1", activity_id="1002")) == 200
    assert f"Tack! Din synpunkt på ”{picked['title']}”" in card_text(
        card_of(bot_framework.replies()[-1]))
    assert [str(c) for c, _ in _filed(large_county.engine)] == [picked["value"]]


def test_the_console_shows_each_option_as_a_button_to_type(large_county, clock):
    out = io.StringIO()
    title = "Remiss: Heltidsresan"
    lines = f"/synpunkt {TEXT}\n[{title}]\n"
    run(large_county.engine, clock, large_county.member.slack_id,
        stdin=io.StringIO(lines), stdout=out)
    shown = out.getvalue()
    assert f"[{title}]" in shown
    assert f"Tack! Din synpunkt på ”{title}”" in shown
    assert len(_filed(large_county.engine)) == 1
