"""Authenticated Teams activities of the wrong shape: a valid Bot Framework token on a body
whose fields are not what the Bot Framework sends.

Every case must end in a 4xx or a polite answer, never a 500 or a traceback in the log, and
nothing may be stored. Hypothesis makes up the fields where it fits.
"""

from __future__ import annotations

import json
import logging
import time
from itertools import count

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from handlers.teams.app import TeamsSettings, build_teams_handler
from storage.engine import unit_of_work
from storage.models import Absence, Comment, Person
from tests.handlers.test_teams import BOT, JOHANNA, activity, card_text, shown
from tests.support.bot_framework import APP_ID, FakeBotFramework, token


@pytest.fixture
def teams(loaded, clock):
    """(status, replies posted) for one activity sent with a valid token."""
    with unit_of_work(loaded) as session:
        johanna = session.exec(select(Person).where(Person.name == "Johanna Viberg")).one()
        johanna.teams_id = JOHANNA
    bot_framework = FakeBotFramework()
    http = httpx.Client(transport=bot_framework.transport)
    handler = build_teams_handler(
        TeamsSettings(microsoft_app_id=APP_ID, microsoft_app_password="secret"), loaded, clock,
        http)

    def send(body) -> tuple[int, list[dict]]:
        raw = body if isinstance(body, bytes) else json.dumps(body).encode()
        before = len(bot_framework.calls)
        status, _ = handler({"Authorization": f"Bearer {token()}"}, raw)
        handler.flush()
        return status, [json.loads(r.content) for r in bot_framework.calls[before:]
                        if "/activities" in str(r.url)]

    send.bot_framework = bot_framework  # for tests that make the connector fail
    yield send
    http.close()


def _errors(caplog) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]


def _nothing_stored(engine) -> None:
    with unit_of_work(engine) as session:
        assert session.exec(select(Absence)).all() == []
        assert session.exec(select(Comment)).all() == []


BUTTON = {"action": "absence.withdraw", "value": "1"}
INVOKE = {"type": "invoke", "name": "adaptiveCard/action"}
WRONG_SHAPES = {
    "from as a string": {"from": JOHANNA},
    "from without an id": {"from": {"name": "Johanna Viberg"}},
    "from missing": {"from": None},
    "from id a number": {"from": {"id": 29}},
    "conversation missing": {"conversation": None},
    "conversation a string": {"conversation": "a:1personal"},
    "conversation id a list": {"conversation": {"id": ["a:1"], "conversationType": "personal"}},
    "conversation type a number": {"conversation": {"id": "a:1", "conversationType": 1}},
    "recipient a string": {"recipient": "28:bot"},
    "channelData a string": {"channelData": "msteams"},
    "channelData channel a string": {"channelData": {"channel": "19:x"}},
    "channelData tenant id a dict": {"channelData": {"tenant": {"id": {"x": 1}}}},
    "text a number": {"text": 31},
    # PostgreSQL cannot store U+0000: refused at the door, not a DataError after the 200.
    "a NUL in the person's id": {"from": {"id": "29:1johanna\u0000", "name": "Johanna"}},
    "a NUL in the text": {"text": "anmäl-förhinder 31\u0000 augusti"},
    "text a list": {"text": ["anmäl-förhinder", "31 augusti"]},
    "type a number": {"type": 1},
    "type missing": {"type": None},
    "id a number": {"id": 1001},
    "locale a dict": {"locale": {"sv": "SE"}},
    "entities a dict": {"entities": {"type": "mention"}},
    "entities of strings": {"entities": ["<at>Samverkansbot</at>"]},
    "an entity mentioning a string": {"entities": [{"type": "mention", "mentioned": "28:b"}]},
    "attachments a string": {"attachments": "protokoll.pdf"},
    "attachments of junk": {"attachments": [1, None, "x", [], True]},
    "an attachment type a number": {"attachments": [{"contentType": 5}]},
    "an attachment's download URL a number": {"attachments": [{
        "contentType": "application/vnd.microsoft.teams.file.download.info",
        "name": "protokoll.pdf", "content": {"downloadUrl": 7}}]},
    "an attachment content a number": {"attachments": [{"contentType": "x", "content": 5}]},
    "ten thousand attachments": {"attachments": [{"contentType": "text/html"}] * 10_000},
    "membersAdded a string": {"type": "conversationUpdate", "membersAdded": "28:bot"},
    "membersAdded of numbers": {"type": "conversationUpdate", "membersAdded": [1, 2]},
    "a button's value a dict": {"text": "", "value": {**BUTTON, "value": {"id": 1}}},
    "a button's action a number": {"text": "", "value": {"action": 5, "value": "1"}},
    "a form input a list": {"text": "", "value": {"form": "absence.new", "meeting": ["1"]}},
    "a form input a number": {"text": "", "value": {"form": "absence.new", "meeting": 1}},
    "invoke value a list": {**INVOKE, "value": [BUTTON]},
    "invoke value a string": {**INVOKE, "value": "absence.withdraw"},
    "invoke action a string": {**INVOKE, "value": {"action": "Action.Execute"}},
    "invoke data a list": {**INVOKE, "value": {"action": {"data": [BUTTON]}}},
    "invoke data value a number": {**INVOKE, "value": {"action": {"data": {
        "action": "absence.withdraw", "value": 1}}}},
}


@pytest.mark.parametrize("change", WRONG_SHAPES.values(), ids=WRONG_SHAPES.keys())
def test_an_authenticated_activity_of_the_wrong_shape_gets_a_400(teams, loaded, caplog, change):
    caplog.set_level(logging.INFO)
    body = {**activity("anmäl-förhinder 31 augusti"), **change}
    body = {key: value for key, value in body.items() if value is not None}
    status, replies = teams(body)
    assert status == 400
    assert replies == []
    assert not _errors(caplog)
    assert "Johanna" not in caplog.text and "förhinder" not in caplog.text  # no body in the log
    _nothing_stored(loaded)


@pytest.mark.parametrize("raw", [b"[" * 100_000, b"\xff\xfe{}", b"null", b"[]", b"{",
                                 b"x" * (1024 * 1024 + 1)],
                         ids=["nested", "not-utf8", "null", "list", "cut", "over-a-megabyte"])
def test_a_body_that_is_not_an_activity_gets_a_4xx(teams, caplog, raw):
    status, replies = teams(raw)
    assert 400 <= status < 500 and replies == []
    assert not _errors(caplog)


@pytest.mark.parametrize("text", [
    "anmäl-förhinder 31 augusti " + "a" * 200_000,  # over every limit: not read at all
    "<at>x" * 19_000,  # under the raw limit: read once, linearly, then refused by its length
    "<" * 99_000,
])
def test_text_over_the_limits_gets_a_polite_answer_fast(teams, loaded, text):
    started = time.process_time()  # CPU time of this process: a busy machine does not count
    status, (reply,) = teams(activity(text))
    assert time.process_time() - started < 1.5  # the quadratic patterns took 7 s of CPU
    assert status == 200
    assert card_text(json.loads(shown(reply))).startswith("Det där är för långt för mig:")
    _nothing_stored(loaded)


def test_a_well_formed_activity_still_gets_its_answer(teams, loaded):
    """The guard lets through what Teams sends: a mention, a file card, a button."""
    body = activity("<at>Samverkansbot</at> anmäl-förhinder 31 augusti", kind="channel")
    body["attachments"] = [{"contentType": "text/html", "content": "<p>anmäl</p>"}]
    body["channelData"]["tenant"] = {"id": "tenant-1"}
    status, (reply, note) = teams(body)  # the answer in her own chat, a note in the thread
    assert status == 200 and "Du har anmält förhinder" in shown(reply)
    assert "Jag har svarat dig i vår chatt" in shown(note)


ACCOUNT = st.fixed_dictionaries({}, optional={"id": st.one_of(st.none(), st.integers(),
                                                               st.text(max_size=12)),
                                              "name": st.text(max_size=8) | st.integers()})
JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.sampled_from(["id", "type", "action", "value", "data", "form", "metadata",
                         "content", "contentType", "downloadUrl", "channel", "tenant",
                         "conversationType", "mentioned", "text"]) | st.text(max_size=6),
        inner, max_size=4),
    max_leaves=15)
IDS = count()
FIELDS = st.dictionaries(
    st.sampled_from(["type", "id", "name", "from", "recipient", "conversation", "channelData",
                     "text", "value", "attachments", "entities", "locale", "membersAdded"]),
    JSONISH | ACCOUNT, max_size=5)


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from(["message", "invoke", "conversationUpdate", None]), fields=FIELDS)
def test_any_authenticated_activity_gets_no_5xx_and_no_traceback(teams, caplog, kind, fields):
    # A new id each time: the same one again would be skipped as a redelivery.
    body = {**activity("dagordning", activity_id=f"h{next(IDS)}"), **fields}
    if kind:
        body["type"] = kind
    if kind == "invoke":
        body.setdefault("name", "adaptiveCard/action")
    status, replies = teams(body)
    assert status < 500
    assert not _errors(caplog)
    assert status == 200 or replies == []


def test_the_bots_own_mention_in_a_channel_is_still_recognised(teams):
    body = activity("<at>Samverkansbot</at> hjälp", kind="channel")
    body["entities"] = [{"type": "mention", "text": "<at>Samverkansbot</at>", "mentioned": BOT}]
    status, (reply, _) = teams(body)
    assert status == 200 and "/dagordning" in shown(reply)
