"""Proactive Teams messages: references learned from activities, then the outbox delivered.

One httpx.MockTransport is the Bot Framework's keys, the token endpoint and the connector; the
connector answers what `faults` says first, then success, and every call is recorded.
"""

from __future__ import annotations

import json
from datetime import timedelta
from urllib.parse import quote

import httpx
import pytest
from slack_sdk import WebClient

from bot import recipients
from bot.replies import Reply
from bot.settings import Settings
from handlers import worker
from handlers.delivery import ChannelLimiter, Deliverer, DeliveryConfig, DeliveryStats
from handlers.teams.app import TeamsSettings, build_teams_handler
from handlers.teams.sender import DEFAULT_SERVICE_URL, NO_REFERENCE, TeamsDeliverer
from storage import outbox
from storage import teams as references
from storage.engine import unit_of_work
from storage.models import Group, Membership, Person
from tests.handlers.test_delivery import T0, StepClock
from tests.handlers.test_teams import activity as inbound
from tests.support.bot_framework import APP_ID, CHANNEL, PERSONAL, SERVICE_URL, FakeBotFramework
from tests.support.bot_framework import token as signed

JOHANNA, PER = "29:johanna", "29:per"
NOTICE = "Per Lind är kallad som ersättare till torsdag 3 december 2026 kl. 13.00."


@pytest.fixture
def fake():
    return FakeBotFramework()


@pytest.fixture
def clock():
    return StepClock()  # T0: torsdag 3 december 2026 kl. 08.00


@pytest.fixture
def http(fake):
    return httpx.Client(transport=fake.transport)  # nothing to close on a mock transport


SETTINGS = TeamsSettings(microsoft_app_id=APP_ID, microsoft_app_password="secret")


def sender(engine, http, clock, settings=SETTINGS, **config) -> TeamsDeliverer:
    cfg = DeliveryConfig(**{"channel_interval": 0.0, "send_threads": 1, **config})
    return TeamsDeliverer(engine, http, clock, settings, cfg, limiter=ChannelLimiter(),
                          sleep=lambda _: None, rng=lambda: 1.0, unreachable_base=60.0)


def receive(engine, http, clock, activity: dict) -> None:
    handler = build_teams_handler(SETTINGS, engine, clock, http)
    status, _ = handler({"Authorization": f"Bearer {signed()}"}, json.dumps(activity).encode())
    handler.flush()
    assert status == 200


@pytest.fixture
def people(engine):
    """Johanna and Per on Teams only; Eva, the secretary, on Slack; a group with both."""
    with unit_of_work(engine) as session:
        group = Group(slug="sbu", name="Samverkansgrupp Barn och unga", channel_id="C1",
                      teams_channel_id=CHANNEL)
        found = [Person(name="Johanna Viberg", teams_id=JOHANNA),
                 Person(name="Per Lind", teams_id=PER), Person(name="Eva Ek", slack_id="U0EVA")]
        session.add_all([group, *found])
        session.flush()
        session.add(Membership(group_id=group.id, person_id=found[2].id, role="secretary"))
        return {"group": group.id, **{p.name.split()[0]: p.id for p in found}}


def dm(engine, key, person_id, group_id=None) -> None:
    with unit_of_work(engine) as session:
        person = session.get(Person, person_id)
        assert recipients.dm(session, key, person, Reply(NOTICE), T0, group_id=group_id)


def knows_johanna(engine) -> None:
    """As if Johanna had written to the bot in her personal chat."""
    with unit_of_work(engine) as session:
        references.remember(session, JOHANNA, SERVICE_URL, PERSONAL, "tenant-1", T0)


def row(engine, key):
    with unit_of_work(engine) as session:
        return outbox.by_key(session, key)


def card_text(request: httpx.Request) -> str:
    (attachment,) = json.loads(request.content)["attachments"]
    assert attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
    return json.dumps(attachment["content"], ensure_ascii=False)


def conversation_url(conversation: str, base: str = SERVICE_URL) -> str:
    return f"{base}v3/conversations/{quote(conversation, safe='')}/activities"


def test_a_personal_chat_is_remembered_and_a_notice_goes_there_once(engine, people, fake,
                                                                     http, clock):
    receive(engine, http, clock, inbound("hej"))
    with unit_of_work(engine) as session:
        ref = references.reference(session, JOHANNA)
    assert (ref.service_url, ref.conversation_id, ref.tenant_id) == (SERVICE_URL, PERSONAL,
                                                                     "tenant-1")
    dm(engine, "notice:1", people["Johanna"])
    teams = sender(engine, http, clock)
    assert teams.deliver_due().sent == 1
    (post,) = fake.posts()
    assert str(post.url) == conversation_url(PERSONAL)
    assert post.headers["Authorization"].startswith("Bearer token-")
    assert NOTICE in card_text(post)
    body = json.loads(post.content)
    # The key rides along for a future reconciliation; the tenant routes the message.
    assert body["channelData"] == {"samverkansbot": {"outboxKey": "notice:1", "part": 0},
                                   "tenant": {"id": "tenant-1"}}
    assert row(engine, "notice:1").state == "sent"
    assert teams.deliver_due().sent == 0
    assert len(fake.posts()) == 1


def test_a_group_notice_goes_to_the_teams_channel_not_the_thread(engine, people, fake, http,
                                                                 clock):
    receive(engine, http, clock, inbound("<at>Samverkansbot</at> dagordning", kind="channel"))
    answered = len(fake.posts())  # the answer itself, in her personal chat
    with unit_of_work(engine) as session:
        assert references.reference(session, CHANNEL).conversation_id == CHANNEL
        recipients.to_group(session, "kallelse:1", session.get(Group, people["group"]),
                            Reply(NOTICE), T0)
    assert sender(engine, http, clock).deliver_due().sent == 1
    (post,) = fake.posts()[answered:]
    assert str(post.url) == conversation_url(CHANNEL)
    assert NOTICE in card_text(post)
    assert row(engine, "kallelse:1:teams").state == "sent"
    assert row(engine, "kallelse:1").state == "pending"  # Slack's copy is the Slack sender's


@pytest.mark.parametrize("source", ["stored reference", "MICROSOFT_APP_TENANT_ID"])
def test_without_a_personal_chat_one_is_created_in_the_known_tenant(engine, people, fake, http,
                                                                   clock, source):
    settings, base = SETTINGS, DEFAULT_SERVICE_URL
    if source == "stored reference":
        knows_johanna(engine)
        base = SERVICE_URL
    else:
        settings = TeamsSettings(microsoft_app_id=APP_ID, microsoft_app_password="secret",
                                 microsoft_app_tenant_id="tenant-1")
    dm(engine, "notice:per:1", people["Per"])
    dm(engine, "notice:per:2", people["Per"])
    teams = sender(engine, http, clock, settings)
    assert teams.deliver_due().sent == 2
    (creation,) = fake.creations()
    assert str(creation.url) == f"{base}v3/conversations"
    assert json.loads(creation.content) == {
        "bot": {"id": f"28:{APP_ID}"}, "members": [{"id": PER}],
        "channelData": {"tenant": {"id": "tenant-1"}}, "isGroup": False,
    }
    assert [str(p.url) for p in fake.posts()] == [conversation_url("a:new-personal-chat", base)] * 2
    with unit_of_work(engine) as session:
        assert references.reference(session, PER).conversation_id == "a:new-personal-chat"


def test_a_429_waits_for_retry_after_and_a_500_backs_off(engine, people, fake, http, clock):
    knows_johanna(engine)
    dm(engine, "a", people["Johanna"])
    teams = sender(engine, http, clock)
    fake.faults = [(429, {"Retry-After": "7"})]
    assert teams.deliver_due().retried == 1
    waiting = row(engine, "a")
    assert waiting.next_attempt_at == T0 + timedelta(seconds=7) and waiting.attempts == 0
    clock.advance(6.9)
    assert teams.deliver_due().sent == 0
    fake.faults = [(500, {})]
    clock.advance(0.1)
    assert teams.deliver_due().retried == 1
    waiting = row(engine, "a")
    assert waiting.next_attempt_at == clock.at + timedelta(seconds=1)  # half backoff_base: first
    assert waiting.last_error == "teams post: HTTP 500 Fault"  # the code, never the message
    clock.advance(1)
    assert teams.deliver_due().sent == 1
    assert len(fake.posts()) == 3


def test_a_401_gets_a_fresh_token_once_and_a_403_is_a_dead_letter(engine, people, fake, http,
                                                                  clock):
    knows_johanna(engine)
    dm(engine, "a", people["Johanna"])
    dm(engine, "b", people["Johanna"])
    teams = sender(engine, http, clock)
    fake.faults = [(401, {})]
    assert teams.deliver_due().sent == 2
    assert [p.headers["Authorization"] for p in fake.posts()] == [
        "Bearer token-1", "Bearer token-2", "Bearer token-2"]
    dm(engine, "c", people["Johanna"])
    fake.faults = [(403, {})]
    assert teams.deliver_due().dead == 1
    assert row(engine, "c").last_error == "teams post: HTTP 403 Fault"


def test_no_reference_and_no_tenant_is_retried_then_told_to_the_secretary(engine, people, fake,
                                                                         http, clock):
    dm(engine, "ersättare:7", people["Per"], group_id=people["group"])
    teams = sender(engine, http, clock, max_attempts=3)
    for attempt in range(1, 3):
        assert teams.deliver_due().retried == 1
        waiting = row(engine, "ersättare:7")
        assert (waiting.state, waiting.attempts, waiting.last_error) == (
            "pending", attempt, NO_REFERENCE)
        assert waiting.next_attempt_at == clock.at + timedelta(seconds=60 * 2 ** (attempt - 1))
        clock.advance(3600)
    assert teams.deliver_due().dead == 1
    assert row(engine, "ersättare:7").state == "dead"
    assert fake.calls == []  # nothing to post to, not even a token was fetched
    notice = row(engine, f"dead-letter:ersättare:7:{people['Eva']}")
    assert (notice.platform, notice.recipient) == ("slack", "U0EVA")
    assert "Samverkansgrupp Barn och unga" in notice.payload["reply"]["text"]


def test_each_sender_claims_only_its_own_platform(engine, people, fake, http, clock):
    knows_johanna(engine)
    dm(engine, "teams:1", people["Johanna"])
    # No Slack server answers here: had the Slack sender claimed the Teams row, it would have
    # counted an attempt and a retry.
    slack = Deliverer(engine, WebClient(token="xoxb-x", base_url="http://127.0.0.1:9/"), clock,
                      DeliveryConfig(channel_interval=0.0, send_threads=1),
                      limiter=ChannelLimiter(), sleep=lambda _: None)
    assert slack.deliver_due() == DeliveryStats()
    assert (row(engine, "teams:1").state, row(engine, "teams:1").attempts) == ("pending", 0)
    with unit_of_work(engine) as session:
        outbox.enqueue(session, "slack:2", "C2", {"text": "Påminnelse"}, T0)
    assert sender(engine, http, clock).deliver_due().sent == 1
    assert [str(p.url) for p in fake.posts()] == [conversation_url(PERSONAL)]
    assert (row(engine, "teams:1").state, row(engine, "slack:2").state) == ("sent", "pending")
    assert row(engine, "slack:2").attempts == 0


def test_an_in_doubt_row_is_sent_again_at_least_once(engine, people, fake, http, clock):
    knows_johanna(engine)
    dm(engine, "a", people["Johanna"])
    with unit_of_work(engine) as session:  # a worker claims, then dies
        outbox.claim(session, clock.now(), lease_seconds=30, platform="teams")
    teams = sender(engine, http, clock, lease_seconds=30)
    assert teams.deliver_due().sent == 0  # its lease still holds
    clock.advance(30)
    assert teams.deliver_due().sent == 1 and len(fake.posts()) == 1


def test_an_unauthenticated_activity_leaves_no_reference(engine, fake, http, clock):
    handler = build_teams_handler(SETTINGS, engine, clock, http)
    forged = f"Bearer {signed(serviceUrl='https://evil.example/')}"
    assert handler({"Authorization": forged}, json.dumps(inbound("hej")).encode())[0] == 401
    with unit_of_work(engine) as session:
        assert references.reference(session, JOHANNA) is None


def test_a_silent_activity_such_as_an_install_is_remembered_too(engine, fake, http, clock):
    update = {**inbound(), "type": "conversationUpdate", "membersAdded": [{"id": JOHANNA}]}
    receive(engine, http, clock, update)
    with unit_of_work(engine) as session:
        assert references.reference(session, JOHANNA).conversation_id == PERSONAL


def test_the_worker_runs_the_teams_sender_when_teams_is_configured(engine, people, fake,
                                                                   monkeypatch, capsys):
    monkeypatch.setenv("MICROSOFT_APP_ID", APP_ID)
    monkeypatch.setenv("MICROSOFT_APP_PASSWORD", "secret")
    real_client = httpx.Client
    monkeypatch.setattr(httpx, "Client", lambda **kw: real_client(transport=fake.transport))
    knows_johanna(engine)
    dm(engine, "a", people["Johanna"])
    assert worker.run(Settings(), engine, once=True, now="2026-12-03T08:00") == 0
    assert [str(p.url) for p in fake.posts()] == [conversation_url(PERSONAL)]
    assert row(engine, "a").state == "sent"
