"""Teams around the conversation: answers in the person's locale, a welcome card when the bot
is installed (once), and nothing kept of a chat or team it was removed from."""

from __future__ import annotations

import json

from storage import teams as references
from storage.engine import unit_of_work
from tests.handlers.test_teams import (  # noqa: F401 (fixtures)
    BOT,
    JOHANNA,
    activity,
    bot_framework,
    card_of,
    card_text,
    teams,
)
from tests.support.bot_framework import CHANNEL, PERSONAL, SERVICE_URL


def posted(bot_framework) -> list[dict]:
    return [json.loads(call.content) for call in bot_framework.calls_to(SERVICE_URL)]


def test_replies_carry_the_persons_locale(teams, bot_framework):
    teams({**activity("dagordning"), "locale": "sv-SE"})
    (reply,) = posted(bot_framework)
    assert reply["locale"] == "sv-SE"


def test_a_welcome_card_when_installed_in_a_personal_chat_once(teams, bot_framework):
    added = {**activity(), "type": "conversationUpdate", "membersAdded": [BOT], "id": "9001"}
    installed = {**activity(), "type": "installationUpdate", "action": "add", "id": "9002"}
    assert teams(added) == 200 and teams(installed) == 200
    (welcome,) = posted(bot_framework)
    assert "replyToId" not in welcome
    text = card_text(card_of(welcome))
    assert text.startswith("Hej! Jag är Samverkansboten.")
    assert "/dagordning – nästa möte" in text  # and what it can do
    with unit_of_work(teams.engine) as session:
        assert references.reference(session, JOHANNA).conversation_id == PERSONAL


def test_a_welcome_in_an_unknown_team_channel_says_how_to_connect_it(teams, bot_framework):
    added = {**activity(kind="channel"), "type": "conversationUpdate", "membersAdded": [BOT],
             "id": "9003"}
    teams(added)
    (welcome,) = posted(bot_framework)
    assert f"teams_channel: {CHANNEL}" in card_text(card_of(welcome))


def test_removal_forgets_the_conversation(teams, bot_framework):
    teams(activity("dagordning"))
    with unit_of_work(teams.engine) as session:
        assert references.reference(session, JOHANNA) is not None
    removed = {**activity(), "type": "installationUpdate", "action": "remove", "id": "9004"}
    assert teams(removed) == 200
    with unit_of_work(teams.engine) as session:
        assert references.reference(session, JOHANNA) is None
    teams({**activity(kind="channel"), "id": "9005", "text": "<at>Samverkansbot</at> hjälp"})
    with unit_of_work(teams.engine) as session:
        assert references.reference(session, CHANNEL) is not None
    gone = {**activity(kind="channel"), "type": "conversationUpdate", "membersRemoved": [BOT],
            "id": "9006"}
    teams(gone)
    with unit_of_work(teams.engine) as session:
        assert references.reference(session, CHANNEL) is None
