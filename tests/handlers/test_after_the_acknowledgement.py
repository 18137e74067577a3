"""Nothing ends after the acknowledgement without an answer to the person.

Slack has its 200 within three seconds; what follows (the answer to a DM, a form to open, a
shared file, publishing, the Home tab) can still fail: Slack refuses a call, a response_url
has expired, the bot's own code breaks halfway through a write. Each time the error is logged
once, with what was done and for whom but without the message or a token, and the person gets
a short Swedish sentence: that nothing was saved when nothing was (checked in the database), or
that what they did is saved when it was. Signed HTTP requests against the loopback Slack.
"""

from __future__ import annotations

import ast
import logging
from pathlib import Path

import pytest
from sqlmodel import select

from bot import texts
from bot.texts import answers
from storage.engine import unit_of_work
from storage.models import Absence, Decision, Document, OutboxMessage, SubstituteCall
from tests.handlers.test_hostile_teams import teams  # noqa: F401 (a fixture)
from tests.handlers.test_minutes_upload import SAMPLE, press, share
from tests.support import signing

JOHANNA, DANIEL, SBU = "U0JOHANNA", "U0DANIELB", "C0SBU0001"
NOTHING_SAVED = str(texts.SOMETHING_WENT_WRONG)
SAVED = str(answers.SAVED_BUT_NO_ANSWER)
ROOT = Path(__file__).resolve().parents[2]


def _dm(served, user, text, event_id):
    event = {"type": "message", "channel_type": "im", "channel": f"D{user}", "user": user,
             "text": text, "ts": "1700.5"}
    assert signing.event(f"{served}/slack/events", event, event_id).status_code == 200


def _errors(caplog) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.levelno >= logging.ERROR]


def _the_one_error(caplog, *context: str) -> str:
    """Exactly one ERROR line, naming the context; no message text, no token, no traceback."""
    (record,) = _errors(caplog)
    line = record.getMessage()
    assert all(part in line for part in context), line
    assert record.exc_info is None and "Traceback" not in caplog.text
    assert "xoxb" not in caplog.text
    return line


def _count(engine, model) -> int:
    with unit_of_work(engine) as session:
        return len(session.exec(select(model)).all())


def test_a_dm_whose_answer_slack_refuses_gets_a_short_apology(served, fake_slack, caplog):
    fake_slack.failures["chat.postMessage"] = ["internal_error"]
    _dm(served, JOHANNA, "när är nästa möte?", "EvAfter1")
    first, apology = fake_slack.wait_for("chat.postMessage", count=2)
    assert apology["channel"] == "DU0JOHANNA" and apology["text"] == NOTHING_SAVED
    line = _the_one_error(caplog, "answer_dm", "SlackApiError (internal_error)", JOHANNA)
    assert "nästa möte" not in caplog.text and "31 augusti" not in line


def test_a_dm_that_reported_an_absence_says_it_is_saved_when_the_answer_fails(
        served, fake_slack, loaded, caplog):
    fake_slack.failures["chat.postMessage"] = ["internal_error"]
    _dm(served, JOHANNA, "jag kan inte komma den 31 augusti", "EvAfter2")
    _, told = fake_slack.wait_for("chat.postMessage", count=2)
    assert told["text"] == SAVED  # "nothing was saved" would be untrue, and invite a retry
    assert _count(loaded, Absence) == 1
    _the_one_error(caplog, "answer_dm", JOHANNA)


def test_a_failure_halfway_through_a_write_saves_nothing_and_says_so(
        served, fake_slack, loaded, caplog, monkeypatch):
    """The absence and the ersättare's call are written, then telling the secretary breaks:
    the unit of work rolls back whole, and the person hears that nothing was saved."""
    from bot.absences import service

    def broken(*args, **kwargs):
        raise RuntimeError("Johanna Viberg kan inte komma (text that must stay out of the log)")

    monkeypatch.setattr(service.notices, "tell_secretaries", broken)
    _dm(served, JOHANNA, "jag kan inte komma den 31 augusti", "EvAfter3")
    (told,) = fake_slack.wait_for("chat.postMessage")
    assert told["text"] == NOTHING_SAVED
    assert (_count(loaded, Absence), _count(loaded, SubstituteCall),
            _count(loaded, OutboxMessage)) == (0, 0, 0)
    _the_one_error(caplog, "message.im", "RuntimeError", "_confirm_and_notify")
    assert "kan inte komma" not in caplog.text


def test_a_form_slack_will_not_open_is_answered_by_the_response_url(served, fake_slack,
                                                                   loaded, caplog):
    fake_slack.failures["views.open"] = ["expired_trigger_id"]
    response = signing.slash_command(f"{served}/slack/events", "/anmäl-förhinder", "", JOHANNA,
                                     "D0JOHANNA", response_url=f"{fake_slack.url}response")
    assert response.status_code == 200
    (told,) = fake_slack.wait_for("response")
    assert told["text"] == NOTHING_SAVED and told["response_type"] == "ephemeral"
    assert _count(loaded, Absence) == 0
    _the_one_error(caplog, "_open", "expired_trigger_id", JOHANNA)


def test_a_button_whose_response_url_has_expired_is_answered_by_dm(served, fake_slack, loaded,
                                                                   caplog):
    fake_slack.failures["response"] = [404, 404]
    signing.slash_command(f"{served}/slack/events", "/anmäl-förhinder", "31 augusti", JOHANNA,
                          "D0JOHANNA")
    with unit_of_work(loaded) as session:
        absence_id = session.exec(select(Absence)).one().id
    press(served, fake_slack, JOHANNA, {"action_id": f"absence.withdraw:{absence_id}",
                                        "value": str(absence_id)}, channel="D0JOHANNA")
    (told,) = fake_slack.wait_for("chat.postMessage")
    assert told["channel"] == JOHANNA and told["text"] == SAVED  # the förhinder is withdrawn
    _the_one_error(caplog, "act", "ResponseRefused", JOHANNA)


def test_a_shared_file_slack_will_not_describe_gets_an_answer_in_the_dm(served, fake_slack,
                                                                       caplog):
    fake_slack.failures["files.info"] = ["file_not_found"]
    share(served, fake_slack, "F9", SAMPLE.name, SAMPLE.read_bytes(), DANIEL, "D0DANIELB",
          "EvAfter4")
    (told,) = fake_slack.wait_for("chat.postMessage")
    assert told["channel"] == "D0DANIELB" and told["text"] == NOTHING_SAVED
    _the_one_error(caplog, "read_file", "file_not_found", DANIEL)


def test_in_a_channel_a_failure_with_a_file_not_for_the_bot_bothers_nobody(served, fake_slack,
                                                                           caplog):
    fake_slack.failures["files.info"] = ["internal_error"]
    share(served, fake_slack, "F8", "semesterbild.jpg", b"\xff\xd8\xff", JOHANNA, SBU,
          "EvAfter5")
    fake_slack.wait_for("chat.postEphemeral", timeout=1.0)
    assert fake_slack.calls_to("chat.postEphemeral") == []
    assert fake_slack.calls_to("chat.postMessage") == []
    _the_one_error(caplog, "read_file", "internal_error")


def test_publishing_whose_answer_is_refused_says_the_minutes_are_published(served, fake_slack,
                                                                          loaded, caplog):
    share(served, fake_slack, "F2", SAMPLE.name, SAMPLE.read_bytes(), DANIEL, SBU, "EvAfter6")
    (preview,) = fake_slack.wait_for("chat.postEphemeral")
    publish = next(e for b in preview["blocks"] if b["type"] == "actions"
                   for e in b["elements"] if e["text"]["text"] == "Publicera")
    fake_slack.failures["response"] = [500]
    press(served, fake_slack, DANIEL, publish)
    refused, told = fake_slack.wait_for("response", count=2)
    assert told["text"] == SAVED and told["response_type"] == "ephemeral"
    with unit_of_work(loaded) as session:
        (document,) = session.exec(select(Document)).all()
        assert document.status == "published"
        assert session.exec(select(Decision)).all()  # the decisions went in, once
    _the_one_error(caplog, "publish", "ResponseRefused", DANIEL)


def test_a_home_tab_slack_refuses_shows_the_apology_instead(served, fake_slack, caplog):
    fake_slack.failures["views.publish"] = ["invalid_blocks"]
    event = {"type": "app_home_opened", "user": JOHANNA, "tab": "home", "channel": "D0J"}
    signing.event(f"{served}/slack/events", event, "EvAfter7")
    _, shown = fake_slack.wait_for("views.publish", count=2)
    assert shown["user_id"] == JOHANNA and NOTHING_SAVED[:30] in str(shown["view"])
    _the_one_error(caplog, "publish_home", "invalid_blocks", JOHANNA)


def test_every_piece_of_work_after_the_acknowledgement_names_whom_to_tell():
    """A new `runtime.later(...)` without `asker=` would end unanswered when it fails."""
    missing = []
    for path in sorted((ROOT / "handlers" / "slack").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "later" \
                    and not any(k.arg == "asker" for k in node.keywords):
                missing.append(f"{path.name}:{node.lineno}")
    assert missing == []


@pytest.fixture(autouse=True)
def _quiet_bolt(caplog):
    caplog.set_level(logging.INFO)


# --- Teams: the reply is posted after the 200 ----------------------------------------------------
def _card(reply: dict) -> str:
    from tests.handlers.test_teams import shown

    return shown(reply)


@pytest.mark.parametrize(("text", "told", "absences"), [
    ("dagordning", NOTHING_SAVED, 0),
    ("anmäl-förhinder 31 augusti", SAVED, 1),
])
def test_a_teams_reply_the_connector_refuses_is_followed_by_a_short_one(
        teams, loaded, caplog, text, told, absences):  # noqa: F811
    from tests.handlers.test_teams import activity

    teams.bot_framework.faults.append((400, {}))
    status, (refused, fallback) = teams(activity(text))
    assert status == 200
    assert told[:40] in _card(fallback)
    assert _count(loaded, Absence) == absences


def test_a_teams_reply_that_cannot_be_rendered_is_answered_and_logged_once(
        teams, loaded, caplog, monkeypatch):  # noqa: F811
    from handlers.teams import app
    from tests.handlers.test_teams import JOHANNA as TEAMS_JOHANNA
    from tests.handlers.test_teams import activity

    real = app.reply_activities

    def broken(reply, locale=None):
        raise KeyError("the agenda of 31 augusti")

    monkeypatch.setattr(app, "reply_activities", broken)
    status, (fallback,) = teams(activity("dagordning"))
    assert status == 200
    assert NOTHING_SAVED[:40] in _card(fallback)
    _the_one_error(caplog, "Teams reply", "KeyError", TEAMS_JOHANNA)
    assert "31 augusti" not in caplog.text
    assert real is not broken
