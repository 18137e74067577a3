"""A reply with a menu (a synpunkt naming no remiss, 30 remisser open) sent through the outbox
rather than answered directly: the Slack post, the Teams card and the console still offer every
remiss and file the text under the one chosen. Before, the outbox kept the lead sentence and
the list of titles but lost the menu, so the message asked to choose and offered nothing."""

from __future__ import annotations

import json

import httpx
from sqlmodel import select

from bot import commands, recipients
from bot.context import Context
from bot.replies import Request, reply_from_payload
from bot.settings import Settings
from handlers import console
from handlers.delivery import ChannelLimiter, Deliverer, DeliveryConfig, make_client
from handlers.teams.sender import TeamsDeliverer
from storage import outbox
from storage import teams as references
from storage.engine import unit_of_work
from storage.models import Comment, OutboxMessage, Person
from tests.handlers.test_delivery import T0, StepClock
from tests.handlers.test_teams_delivery import SETTINGS as TEAMS
from tests.support import signing
from tests.support.bot_framework import PERSONAL, SERVICE_URL, FakeBotFramework
from tests.support.flaky_slack import FlakySlack

TEXT = "Vi tillstyrker förslaget i sin helhet."


def _menu_reply(county, clock, user_id: str):
    request = Request("slack", user_id, TEXT, "synpunkt", channel_id=f"D{user_id}",
                      is_dm=True, now=clock.now())
    with unit_of_work(county.engine) as session:
        reply = commands.handle(Context(session, clock), request)
    assert reply.menu is not None and len(reply.menu.options) == 30
    return reply


def _queue(county, reply, person_id: int, key: str = "which:1") -> dict:
    with unit_of_work(county.engine) as session:
        person = session.get(Person, person_id)
        assert recipients.dm(session, key, person, reply, T0)
        return outbox.by_key(session, key).payload


def test_the_payload_keeps_the_menu_and_the_console_offers_every_remiss(large_county, clock):
    reply = _menu_reply(large_county, clock, large_county.member.slack_id)
    again = reply_from_payload(_queue(large_county, reply, large_county.member.id))
    assert again.menu == reply.menu
    shown = console.plain(again)
    assert all(f"[{label}]" in shown for _, label in reply.menu.options)
    assert len(console.pressable(again)) == 30


def test_slack_gets_the_menu_from_the_outbox_and_its_button_files_the_choice(
        served, fake_slack, large_county, clock):
    member = large_county.member
    reply = _menu_reply(large_county, clock, member.slack_id)
    _queue(large_county, reply, member.id)
    slack = FlakySlack().start()
    try:
        config = DeliveryConfig(channel_interval=0.0, slack_timeout=5)
        client = make_client(Settings(slack_bot_token="xoxb-test", slack_api_url=slack.url),
                             config)
        sender = Deliverer(large_county.engine, client, StepClock(), config,
                           limiter=ChannelLimiter(), sleep=lambda _: None)
        assert sender.deliver_due().sent == 1
        blocks = [b for post in slack.posts for b in _blocks(post)]
    finally:
        slack.stop()
    (menu,) = [b for b in blocks if b.get("block_id") == "menu"]
    choice, button = menu["elements"]
    assert choice["type"] == "static_select" and len(choice["options"]) == 30
    assert button["value"] == TEXT and len(blocks) <= 50
    # Pressed on the posted message (not an ephemeral reply): the choice is in its state.
    url, last = f"{served}/slack/events", choice["options"][-1]
    signing.interaction(url, {
        "type": "block_actions", "user": {"id": member.slack_id}, "team": {"id": "T1"},
        "channel": {"id": f"D{member.slack_id}"},
        "response_url": f"{fake_slack.url}response-url",
        "container": {"type": "message", "is_ephemeral": False, "message_ts": "1.2"},
        "state": {"values": {"menu": {"menu.choice": {"type": "static_select",
                                                      "selected_option": last}}}},
        "actions": [{**button, "block_id": "menu"}]})
    (receipt,) = fake_slack.wait_for("response-url")
    assert receipt["text"].startswith(f"Tack! Din synpunkt på ”{last['text']['text']}”")
    with unit_of_work(large_county.engine) as session:
        filed = session.exec(select(Comment).where(Comment.text == TEXT)).all()
    assert [str(c.consultation_id) for c in filed] == [last["value"]]


def _blocks(post: dict) -> list[dict]:
    blocks = post.get("blocks") or []
    return json.loads(blocks) if isinstance(blocks, str) else blocks


def test_teams_gets_the_menu_from_the_outbox_as_a_choice_set(large_county, clock):
    member = large_county.members[1]
    with unit_of_work(large_county.engine) as session:
        person = session.get(Person, member.id)
        person.teams_id, person.slack_id = "29:member1", None
        references.remember(session, "29:member1", SERVICE_URL, PERSONAL, "tenant-1", T0)
    reply = _menu_reply(large_county, clock, large_county.member.slack_id)
    _queue(large_county, reply, member.id)
    fake = FakeBotFramework()
    sender = TeamsDeliverer(large_county.engine, httpx.Client(transport=fake.transport),
                            StepClock(), TEAMS, DeliveryConfig(channel_interval=0.0,
                                                               send_threads=1),
                            limiter=ChannelLimiter(), sleep=lambda _: None)
    assert sender.deliver_due().sent == 1
    cards = [a["content"] for post in fake.posts()
             for a in json.loads(post.content).get("attachments", [])]
    body = [e for card in cards for e in card["body"]]
    (choices,) = [e for e in body if e["type"] == "Input.ChoiceSet"]
    assert len(choices["choices"]) == 30
    actions = [a for e in body if e["type"] == "ActionSet" for a in e["actions"]]
    assert any(a["data"].get("menu") == "1" and TEXT in json.dumps(a["data"], ensure_ascii=False)
               for a in actions)
    with unit_of_work(large_county.engine) as session:
        assert session.exec(select(OutboxMessage)).first().state == "sent"
