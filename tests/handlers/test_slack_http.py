"""Slack as Slack drives it: signed HTTP requests to /slack/events, a loopback Web API."""

from __future__ import annotations

import time

import httpx
from sqlmodel import select

from bot.clock import FixedClock
from storage.engine import unit_of_work
from storage.models import Meeting, ProcessedEvent
from tests.support import signing

JOHANNA = "U0JOHANNA"  # ledamot in sbu and cg-svvo
DANIEL = "U0DANIELB"  # sekreterare in sbu
SBU_CHANNEL = "C0SBU0001"


def test_signed_dagordning_in_a_dm_answers_with_the_agenda_within_three_seconds(served):
    started = time.monotonic()
    response = signing.slash_command(
        f"{served}/slack/events", "/dagordning", "", JOHANNA, "D0JOHANNA"
    )
    elapsed = time.monotonic() - started
    assert response.status_code == 200
    assert elapsed < 3.0
    body = response.json()
    assert body["response_type"] == "ephemeral"
    shown = str(body["blocks"])
    assert "måndag 31 augusti 2026 kl. 13.00–15.00" in shown
    assert "2. SAMS – kartläggning av aktuella behov (Välfärd och folkhälsa)" in shown
    assert "Ingen har anmält förhinder hittills." in shown


def test_dagordning_in_a_group_channel_shows_only_that_groups_meeting(served):
    url = f"{served}/slack/events"
    response = signing.slash_command(url, "/dagordning", "", JOHANNA, SBU_CHANNEL)
    shown = str(response.json()["blocks"])
    assert "Samverkansgrupp Barn och unga" in shown
    assert "Chefsgrupp för folkhälsa" not in shown


def test_dagordning_for_a_date_without_meeting_lists_the_next_ones(served):
    response = signing.slash_command(
        f"{served}/slack/events", "/dagordning", "5 september", JOHANNA, SBU_CHANNEL
    )
    text = response.json()["text"]
    assert text.startswith(
        "Jag hittade inget möte den 5 september i Samverkansgrupp Barn och unga."
    )
    assert "måndag 31 augusti" in text
    assert "`/dagordning 31 augusti`" in text


def test_forged_signature_is_refused_with_401_and_nothing_happens(served, fake_slack):
    response = signing.slash_command(
        f"{served}/slack/events", "/dagordning", "", JOHANNA, "D0JOHANNA", forged=True
    )
    assert response.status_code == 401
    assert "Dagordning" not in response.text


def test_stale_timestamp_is_refused_even_with_a_valid_signature(served):
    six_minutes_ago = int(time.time()) - 360
    response = signing.slash_command(
        f"{served}/slack/events", "/dagordning", "", JOHANNA, "D0JOHANNA",
        timestamp=six_minutes_ago,
    )
    assert response.status_code == 401


def test_request_without_signature_is_refused(served):
    response = httpx.post(
        f"{served}/slack/events", content=b"command=%2Fdagordning&user_id=U0JOHANNA",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 401


def test_forged_event_changes_nothing(served, fake_slack, loaded):
    event = {"type": "message", "channel_type": "im", "channel": "D0J", "user": JOHANNA,
             "text": "när är nästa möte?", "ts": "1.2"}
    response = signing.event(f"{served}/slack/events", event, "Ev-forged", forged=True)
    assert response.status_code == 401
    time.sleep(0.2)
    assert fake_slack.calls_to("chat.postMessage") == []
    with unit_of_work(loaded) as session:
        assert session.get(ProcessedEvent, "Ev-forged") is None


def test_a_dm_question_is_answered_once_even_when_slack_redelivers_it(served, fake_slack):
    event = {"type": "message", "channel_type": "im", "channel": "D0J", "user": JOHANNA,
             "text": "när är nästa möte?", "ts": "1.2"}
    for retry in range(3):
        headers = {"X-Slack-Retry-Num": str(retry)} if retry else {}
        response = signing.event(f"{served}/slack/events", event, "Ev0001", headers=headers)
        assert response.status_code == 200
    posted = fake_slack.wait_for("chat.postMessage")
    time.sleep(0.3)
    posted = fake_slack.calls_to("chat.postMessage")
    assert len(posted) == 1
    assert posted[0]["channel"] == "D0J"
    assert "måndag 31 augusti 2026" in str(posted[0]["blocks"])


def test_a_mention_in_a_channel_is_answered_in_the_thread(served, fake_slack):
    event = {"type": "app_mention", "channel": SBU_CHANNEL, "user": JOHANNA,
             "text": "<@UBOT> vad står på dagordningen den 31 augusti?", "ts": "1700.1"}
    signing.event(f"{served}/slack/events", event, "Ev0002")
    posted = fake_slack.wait_for("chat.postEphemeral")  # the agenda is hers alone to see
    assert posted and posted[0]["thread_ts"] == "1700.1" and posted[0]["user"] == JOHANNA
    assert "Riktlinjer för barnhälsoteam" in str(posted[0]["blocks"])


def test_app_home_shows_the_next_meetings_across_groups(served, fake_slack):
    event = {"type": "app_home_opened", "user": JOHANNA, "tab": "home", "channel": "D0J"}
    signing.event(f"{served}/slack/events", event, "Ev0003")
    published = fake_slack.wait_for("views.publish")
    assert published and published[0]["user_id"] == JOHANNA
    shown = str(published[0]["view"])
    assert "Dina nästa möten" in shown
    assert "måndag 31 augusti 2026" in shown
    assert "fredag 25 september 2026" in shown  # the joint chefsgrupp meeting
    assert "/webb/" in shown and "skriv /webb för en inloggningslänk" in shown


def test_a_secretary_adds_a_meeting_through_the_modal(served, fake_slack, loaded):
    url = f"{served}/slack/events"
    response = signing.slash_command(url, "/nytt-mote", "", DANIEL, SBU_CHANNEL)
    assert response.status_code == 200
    opened = fake_slack.wait_for("views.open")
    view = opened[0]["view"]
    assert view["callback_id"] == "meeting.new"
    submission = _view_submission(DANIEL, view, {
        "group": ("static_select", view["blocks"][0]["element"]["initial_option"]["value"]),
        "date": ("datepicker", "2026-12-03"),
        "start": ("timepicker", "13:00"),
        "end": ("timepicker", "15:00"),
        "place": ("plain_text_input", "Sothönan"),
        "link": ("plain_text_input", ""),
    })
    response = signing.interaction(f"{served}/slack/events", submission)
    assert response.status_code == 200
    receipt = fake_slack.wait_for("chat.postMessage")
    assert "torsdag 3 december 2026 kl. 13.00–15.00" in receipt[0]["text"]
    agenda = signing.slash_command(
        f"{served}/slack/events", "/dagordning", "3 december", JOHANNA, SBU_CHANNEL
    )
    assert "torsdag 3 december 2026 kl. 13.00–15.00" in str(agenda.json()["blocks"])


def test_a_bad_modal_date_is_sent_back_as_a_field_error_and_nothing_is_saved(served, loaded):
    view = {"type": "modal", "callback_id": "meeting.new", "private_metadata": "", "blocks": []}
    with unit_of_work(loaded) as session:
        before = len(session.exec(select(Meeting)).all())
        from storage.directory import group_by_slug

        sbu_id = str(group_by_slug(session, "sbu").id)
    submission = _view_submission(DANIEL, view, {
        "group": ("static_select", sbu_id),
        "date": ("plain_text_input", "någon gång"),
        "start": ("timepicker", "15:00"),
        "end": ("timepicker", "13:00"),
    })
    response = signing.interaction(f"{served}/slack/events", submission)
    body = response.json()
    assert body["response_action"] == "errors"
    assert "2026-08-31" in body["errors"]["date"]
    with unit_of_work(loaded) as session:
        assert len(session.exec(select(Meeting)).all()) == before


def test_a_member_who_is_not_secretary_cannot_open_the_meeting_form(served, fake_slack):
    url = f"{served}/slack/events"
    response = signing.slash_command(url, "/nytt-möte", "", JOHANNA, SBU_CHANNEL)
    assert "Bara sekreterare och ordförande" in response.json()["text"]
    assert "Daniel Berglund" in response.json()["text"]
    assert fake_slack.calls_to("views.open") == []


def test_the_add_item_button_opens_a_form_for_the_secretary(served, fake_slack):
    agenda = signing.slash_command(f"{served}/slack/events", "/dagordning", "", DANIEL, SBU_CHANNEL)
    actions = [b for b in agenda.json()["blocks"] if b["type"] == "actions"]
    button = actions[0]["elements"][0]
    assert button["text"]["text"] == "Lägg till punkt"
    payload = {
        "type": "block_actions", "user": {"id": DANIEL}, "trigger_id": "1.2.3",
        "channel": {"id": SBU_CHANNEL}, "actions": [{**button, "type": "button"}],
        "container": {"type": "message"},
    }
    signing.interaction(f"{served}/slack/events", payload)
    opened = fake_slack.wait_for("views.open")
    assert opened[0]["view"]["callback_id"] == "meeting.item"


def test_healthz_reports_the_database(served):
    response = httpx.get(f"{served}/healthz")
    assert response.status_code == 200
    assert response.json()["status"] == "ok" and response.json()["database"] is True


def _view_submission(user: str, view: dict, values: dict) -> dict:
    state = {
        block: {"value": {"type": kind, **_value_of(kind, value)}}
        for block, (kind, value) in values.items()
    }
    return {
        "type": "view_submission", "user": {"id": user}, "team": {"id": "T1"},
        "view": {**view, "id": "V1", "state": {"values": state}},
    }


def _value_of(kind: str, value: str) -> dict:
    if kind == "datepicker":
        return {"selected_date": value}
    if kind == "timepicker":
        return {"selected_time": value}
    if kind == "static_select":
        return {"selected_option": {"value": value, "text": {"type": "plain_text", "text": value}}}
    return {"value": value}


def test_the_body_of_a_forged_request_is_not_logged_at_info(loaded, clock, caplog):
    import logging
    from urllib.parse import urlencode

    from bot.settings import Settings
    from handlers.server import build_web_app
    from handlers.slack.app import build_app

    caplog.set_level(logging.INFO)  # as in production, before the app is built
    settings = Settings(slack_bot_token="xoxb-test", slack_signing_secret=signing.SECRET,
                        slack_api_url="http://127.0.0.1:9/api/", log_level="INFO")
    web = build_web_app(build_app(settings, loaded, clock), loaded)
    body = urlencode({"command": "/anmäl-förhinder", "text": "hemlig anledning",
                      "user_id": JOHANNA, "channel_id": "D0JOHANNA"})
    timestamp = int(time.time())
    response = web.test_client().post("/slack/events", data=body, headers={
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Slack-Request-Timestamp": str(timestamp),
        "X-Slack-Signature": signing.signature(body, timestamp, "wrong-secret"),
    })
    assert response.status_code == 401
    assert "hemlig" not in caplog.text


def test_a_dm_asking_who_came_is_answered_from_the_published_minutes(served, fake_slack, loaded):
    from bot.minutes.ingest import ingest_file
    from tests.bot.decision_samples import INGESTED_AT, PROTOKOLL

    with unit_of_work(loaded) as session:  # the secretary published the May minutes
        ingest_file(session, PROTOKOLL / "samverkansgrupp-barn-och-unga-2026-05-12.txt",
                    FixedClock(INGESTED_AT), publish=True)
    event = {"type": "message", "channel_type": "im", "channel": "D0J", "user": JOHANNA,
             "text": "vilka var med på förra mötet?", "ts": "1.3"}
    assert signing.event(f"{served}/slack/events", event, "Ev0003").status_code == 200
    posted = fake_slack.wait_for("chat.postMessage")
    assert posted[0]["channel"] == "D0J"
    answer = str(posted[0]["blocks"]) + posted[0].get("text", "")
    assert "Enligt protokollet från mötet tisdag 12 maj 2026 (Samverkansgrupp Barn och unga)" \
        in answer
    assert "Närvarande (11): Monica Skantz" in answer
    assert ("Frånvarande (2): Annika Karlsson Juliussen (RF-SISU Örebro län) och Jaana Jansson "
            "(Hallsbergs kommun).") in answer


def test_slack_requests_and_the_health_check_leave_the_web_session_alone(
        loaded, clock, fake_slack, tmp_path):
    """The web page's signed session cookie is no business of Slack's endpoint or the health
    check: a browser's permanent session is neither read nor renewed there (Flask renews such a
    cookie on every request that opens it)."""
    from urllib.parse import urlencode

    from bot.settings import Settings
    from handlers.server import build_web_app
    from handlers.slack.app import build_app

    settings = Settings(slack_bot_token="xoxb-test", slack_signing_secret=signing.SECRET,
                        slack_api_url=fake_slack.url, web_secret="test-web-secret-" + "x" * 32,
                        data_dir=tmp_path)
    web = build_web_app(build_app(settings, loaded, clock), loaded, clock=clock,
                        settings=settings)
    client = web.test_client()
    with client.session_transaction() as session:  # as a signed-in browser has it
        session.permanent = True
        session["csrf"] = "token"
    body = urlencode({"command": "/dagordning", "text": "", "user_id": JOHANNA,
                      "channel_id": "D0JOHANNA", "channel_name": "directmessage"})
    timestamp = int(time.time())
    answered = client.post("/slack/events", data=body, headers={
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Slack-Request-Timestamp": str(timestamp),
        "X-Slack-Signature": signing.signature(body, timestamp),
    })
    assert answered.status_code == 200 and "Dagordning" in answered.text
    assert "Set-Cookie" not in answered.headers
    health = client.get("/healthz")
    assert health.status_code == 200 and "Set-Cookie" not in health.headers
    # The web page itself still renews it.
    assert "Set-Cookie" in client.get("/webb/").headers
