"""Teams as the Bot Framework drives it: signed activities in, Adaptive Cards posted back.

The Bot Framework's OpenID metadata and keys, the identity platform's token endpoint and the
Bot Connector are all one httpx.MockTransport: the keys are a pair generated here, the tokens
are real RS256 JWTs, and every outbound call is recorded.
"""

from __future__ import annotations

import json
import time
from urllib.parse import quote

import httpx
import pytest
from sqlmodel import select

from handlers.teams.app import TeamsSettings, build_teams_handler
from storage import directory
from storage import teams as references
from storage.engine import unit_of_work
from storage.models import Absence, Person
from tests.support.bot_framework import (
    APP_ID,
    CHANNEL,
    KEYS_URL,
    OTHER_KEY,
    PERSONAL,
    SERVICE_URL,
    TOKEN_URL,
    FakeBotFramework,
    token,
)

JOHANNA = "29:johanna"
BOT = {"id": f"28:{APP_ID}", "name": "Samverkansbot"}
NEXT_MEETING = "måndag 31 augusti 2026 kl. 13.00–15.00"


def activity(text="", user=JOHANNA, kind="personal", value=None, activity_id="1001") -> dict:
    conversation = {"id": PERSONAL if kind == "personal" else f"{CHANNEL};messageid=1000",
                    "conversationType": kind, "tenantId": "tenant-1"}
    found = {
        "type": "message", "id": activity_id, "channelId": "msteams", "serviceUrl": SERVICE_URL,
        "from": {"id": user, "name": "Johanna Viberg", "aadObjectId": "aad-johanna"},
        "recipient": BOT, "conversation": conversation, "text": text, "textFormat": "plain",
    }
    if kind == "channel":
        found["channelData"] = {"channel": {"id": CHANNEL}, "team": {"id": CHANNEL}}
        found["entities"] = [{"type": "mention", "text": "<at>Samverkansbot</at>",
                              "mentioned": BOT}]
    if value is not None:
        found["value"] = value
    return found


@pytest.fixture
def bot_framework():
    return FakeBotFramework()


@pytest.fixture
def teams(loaded, clock, bot_framework):
    with unit_of_work(loaded) as session:
        johanna = session.exec(select(Person).where(Person.name == "Johanna Viberg")).one()
        johanna.teams_id = JOHANNA
    settings = TeamsSettings(microsoft_app_id=APP_ID, microsoft_app_password="secret")
    http = httpx.Client(transport=bot_framework.transport)
    handler = build_teams_handler(settings, loaded, clock, http)

    def send(body: dict, authorization: str | None = "default") -> int:
        headers = {"Content-Type": "application/json"}
        if authorization == "default":
            authorization = f"Bearer {token()}"
        if authorization is not None:
            headers["Authorization"] = authorization
        status, _ = handler(headers, json.dumps(body).encode())
        handler.flush()
        return status

    send.engine = loaded
    yield send
    http.close()


def card_of(reply: dict) -> dict:
    (attachment,) = reply["attachments"]
    assert attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
    return attachment["content"]


def card_text(card: dict) -> str:
    from handlers.teams.render import card_text as text_of

    return text_of(card)


def shown(reply: dict) -> str:
    return json.dumps(card_of(reply), ensure_ascii=False)


def submit_actions(card: dict) -> list[dict]:
    found = []
    for element in card["body"]:
        if element["type"] == "ActionSet":
            found.extend(element["actions"])
    return found + card.get("actions", [])


@pytest.mark.parametrize("text", ["dagordning", "/dagordning", "när är nästa möte?"])
def test_a_member_in_a_personal_chat_gets_the_next_meeting_as_a_card(teams, bot_framework, text):
    assert teams(activity(text)) == 200
    (post,) = bot_framework.calls_to(SERVICE_URL)
    assert str(post.url) == (
        f"{SERVICE_URL}v3/conversations/{quote(PERSONAL, safe='')}/activities/1001"
    )
    assert post.headers["Authorization"] == "Bearer token-1"
    reply = json.loads(post.content)
    assert reply["type"] == "message"
    assert reply["replyToId"] == "1001"
    assert reply["conversation"]["id"] == PERSONAL
    card = card_of(reply)
    assert card["type"] == "AdaptiveCard" and card["version"] == "1.5"
    assert NEXT_MEETING in shown(reply)
    # The neutral markup became the card's own: a bold run, a link run; no markup characters.
    runs = [run for block in card["body"] for run in block.get("inlines", [])]
    assert {"type": "TextRun", "text": "Samverkansgrupp Barn och unga", "weight": "Bolder"} in runs
    link = next(run for run in runs if run["text"] == "Underlag")
    assert link["selectAction"] == {"type": "Action.OpenUrl",
                                    "url": "https://example.se/underlag/bht-riktlinjer.pdf"}
    assert "*" not in card_text(card) and "<" not in card_text(card)


def test_a_mention_in_a_channel_is_answered_in_her_own_chat_and_the_thread_says_so(
        teams, bot_framework, loaded):
    """Everyone in the channel reads the thread: the agenda goes to the asker's personal chat
    (opened by the bot, in her tenant), and the thread only hears where the answer went."""
    assert teams(activity("<at>Samverkansbot</at> dagordning", kind="channel")) == 200
    (creation,) = bot_framework.creations()
    created = json.loads(creation.content)
    assert created["members"] == [{"id": JOHANNA}] and created["isGroup"] is False
    assert created["channelData"] == {"tenant": {"id": "tenant-1"}}
    (private,) = [r for r in bot_framework.posts()
                  if "/a%3Anew-personal-chat/" in str(r.url)]
    assert NEXT_MEETING in shown(json.loads(private.content))
    thread = quote(f"{CHANNEL};messageid=1000", safe="")
    (note,) = bot_framework.calls_to(f"{SERVICE_URL}v3/conversations/{thread}/")
    assert str(note.url).endswith("/activities/1001")
    said = shown(json.loads(note.content))
    assert "Jag har svarat dig i vår chatt" in said
    assert NEXT_MEETING not in said and "31 augusti" not in said
    # The chat is remembered: the next private answer needs no new conversation.
    assert teams(activity("<at>Samverkansbot</at> dagordning", kind="channel",
                          activity_id="1010")) == 200
    assert len(bot_framework.creations()) == 1


@pytest.mark.parametrize("problem", ["no-tenant", "refused"])
def test_when_no_private_chat_can_be_had_the_thread_gets_no_part_of_the_answer(
        teams, bot_framework, problem):
    body = activity("<at>Samverkansbot</at> dagordning", kind="channel")
    if problem == "no-tenant":
        body["conversation"].pop("tenantId")
    else:  # the person has not got the app: the connector will not open a chat
        bot_framework.faults.append((403, {}))
    assert teams(body) == 200
    (note,) = [json.loads(r.content) for r in bot_framework.calls_to(SERVICE_URL)
               if "/activities" in str(r.url)]
    said = shown(note)
    assert "jag kan inte skriva till dig i en egen chatt" in said
    assert NEXT_MEETING not in said


def test_absence_and_its_withdraw_button_round_trip_as_action_submit(teams, bot_framework, loaded):
    assert teams(activity("anmäl-förhinder 31 augusti")) == 200
    (reply,) = bot_framework.replies()
    assert f"Du har anmält förhinder till {NEXT_MEETING}" in shown(reply)
    (button,) = submit_actions(card_of(reply))
    assert button["type"] == "Action.Submit"
    assert button["title"] == "Ta tillbaka förhindret"
    assert button["style"] == "destructive"
    assert button["data"]["action"] == "absence.withdraw"

    # Teams sends the button's data back as the value of a message without text.
    assert teams(activity(value=button["data"], activity_id="1002")) == 200
    withdrawn = shown(bot_framework.replies()[-1])
    assert f"Ditt förhinder till {NEXT_MEETING} (Samverkansgrupp Barn och unga) är borttaget" \
        in withdrawn
    with unit_of_work(loaded) as session:
        (absence,) = session.exec(select(Absence)).all()
        assert absence.withdrawn_at is not None
    # One app token and one fetch of the keys served both activities.
    assert len(bot_framework.calls_to(TOKEN_URL)) == 1
    assert len(bot_framework.calls_to(KEYS_URL)) == 1


def test_the_absence_form_is_a_card_whose_submission_reports_the_absence(teams, bot_framework):
    teams(activity("anmäl-förhinder"))
    card = card_of(bot_framework.replies()[-1])
    inputs = {e["id"]: e for e in card["body"] if e["type"].startswith("Input.")}
    assert inputs["meeting"]["type"] == "Input.ChoiceSet"
    assert inputs["part_from"]["type"] == "Input.Time"
    assert inputs["message"]["isMultiline"] is True
    (submit,) = card["actions"]
    assert submit["data"]["form"] == "absence.new"

    # Teams merges the inputs into the submit action's data.
    value = {**submit["data"], "meeting": inputs["meeting"]["value"], "substitute": "none",
             "part_from": "", "part_to": "", "message": ""}
    teams(activity(value=value, activity_id="1003"))
    assert f"Du har anmält förhinder till {NEXT_MEETING}" in shown(bot_framework.replies()[-1])


def test_a_universal_action_invoke_is_answered_like_a_button(teams, bot_framework, loaded):
    teams(activity("anmäl-förhinder 31 augusti"))
    (button,) = submit_actions(card_of(bot_framework.replies()[-1]))
    invoke = {**activity(activity_id="1004"), "type": "invoke", "name": "adaptiveCard/action",
              "value": {"action": {"type": "Action.Execute", "data": button["data"]}}}
    assert teams(invoke) == 200
    assert "är borttaget" in shown(bot_framework.replies()[-1])


def test_an_unknown_person_is_told_the_bot_does_not_know_them(teams, bot_framework):
    assert teams(activity("dagordning", user="29:someone-else")) == 200
    assert "Jag känner inte igen dig" in shown(bot_framework.replies()[-1])


def _expired():
    return f"Bearer {token(exp=int(time.time()) - 3600, nbf=int(time.time()) - 7200)}"


@pytest.mark.parametrize(
    "authorization",
    [
        pytest.param(lambda: f"Bearer {token(key=OTHER_KEY)}", id="bad-signature"),
        pytest.param(_expired, id="expired"),
        pytest.param(lambda: f"Bearer {token(aud='some-other-bot')}", id="wrong-audience"),
        pytest.param(lambda: f"Bearer {token(iss='https://evil.example')}", id="wrong-issuer"),
        pytest.param(lambda: f"Bearer {token(serviceUrl='https://evil.example/')}",
                     id="other-service-url"),
        pytest.param(lambda: f"Bearer {token(kid='unknown')}", id="unknown-key"),
        pytest.param(lambda: "Bearer not-a-jwt", id="garbage"),
        pytest.param(lambda: None, id="missing-header"),
    ],
)
def test_an_unauthenticated_activity_is_refused_and_nothing_is_sent(
    teams, bot_framework, loaded, authorization
):
    assert teams(activity("anmäl-förhinder 31 augusti"), authorization=authorization()) == 401
    assert bot_framework.calls_to(SERVICE_URL) == []
    assert bot_framework.calls_to(TOKEN_URL) == []
    with unit_of_work(loaded) as session:
        assert session.exec(select(Absence)).all() == []


def test_a_key_not_endorsed_for_the_channel_is_refused(teams, bot_framework):
    bot_framework.jwks["keys"][0]["endorsements"] = ["webchat"]
    assert teams(activity("dagordning")) == 401
    assert bot_framework.calls_to(SERVICE_URL) == []


def test_a_redelivered_activity_is_answered_once(teams, bot_framework):
    teams(activity("dagordning"))
    teams(activity("dagordning"))
    assert len(bot_framework.replies()) == 1


def test_activities_without_a_question_are_acknowledged_silently(teams, bot_framework):
    update = {**activity(), "type": "conversationUpdate",
              "membersAdded": [{"id": "29:someone-else"}]}
    assert teams(update) == 200
    typing = {**activity(), "type": "typing", "id": "1002"}
    assert teams(typing) == 200
    assert bot_framework.calls_to(SERVICE_URL) == []


def test_the_handler_mounts_on_flask_in_one_line(loaded, clock, bot_framework):
    from flask import Flask

    settings = TeamsSettings(microsoft_app_id=APP_ID, microsoft_app_password="secret")
    handler = build_teams_handler(settings, loaded, clock,
                                  httpx.Client(transport=bot_framework.transport))
    web = Flask("test")
    web.post("/api/messages")(handler.flask_view)
    client = web.test_client()
    assert client.post("/api/messages", json=activity("dagordning")).status_code == 401
    response = client.post("/api/messages", json=activity("dagordning", user="29:x"),
                           headers={"Authorization": f"Bearer {token()}"})
    handler.flush()
    assert response.status_code == 200
    assert "Jag känner inte igen dig" in shown(bot_framework.replies()[-1])


def test_settings_come_from_the_environment():
    settings = TeamsSettings.from_env({"MICROSOFT_APP_ID": APP_ID, "MICROSOFT_APP_PASSWORD": "pw",
                                       "MICROSOFT_APP_TENANT_ID": "tenant-1"})
    assert settings.enabled
    assert (settings.microsoft_app_id, settings.microsoft_app_tenant_id) == (APP_ID, "tenant-1")
    assert not TeamsSettings.from_env({}).enabled


def test_in_the_groups_teams_channel_only_that_groups_meeting_is_shown(teams, bot_framework,
                                                                     loaded):
    with unit_of_work(loaded) as session:
        directory.group_by_slug(session, "sbu").teams_channel_id = CHANNEL
    assert teams(activity("<at>Samverkansbot</at> dagordning", kind="channel")) == 200
    text = shown(json.loads(bot_framework.posts()[0].content))  # in her own chat
    assert "Samverkansgrupp Barn och unga" in text
    assert "Chefsgrupp för folkhälsa" not in text  # her other group's meeting is not shown here


# --- around the conversation: the person's locale, a welcome once, removal forgets ---------


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
