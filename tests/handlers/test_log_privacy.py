"""Logs at DEBUG never hold a synpunkt, a message body or a token, Bolt's own included."""

from __future__ import annotations

import contextlib
import json
import logging
import threading

import pytest

from bot.settings import Settings
from handlers.runtime import configure_logging
from tests.support import signing

SYNPUNKT = "Hemlig synpunkt från Örebro: budgeten för SAMS räcker inte 4711."
FORGED = "Förfalskad text med ett personnummer 19121212-1212"


@pytest.fixture
def debug_served(loaded, clock, fake_slack):
    """The real web app at LOG_LEVEL=DEBUG, as an operator hunting a bug would run it."""
    from waitress.server import create_server

    from handlers.server import build_web_app
    from handlers.slack.app import build_app

    settings = Settings(slack_bot_token="xoxb-hemlig-token", slack_signing_secret=signing.SECRET,
                        slack_api_url=fake_slack.url, log_level="DEBUG")
    configure_logging(settings)
    web = build_web_app(build_app(settings, loaded, clock), loaded)
    server = create_server(web, host="127.0.0.1", port=0, threads=4)

    def run():
        with contextlib.suppress(OSError):
            server.run()

    threading.Thread(target=run, daemon=True).start()
    yield f"http://127.0.0.1:{server.effective_port}/slack/events"
    server.close()


def test_debug_logs_hold_no_bodies_texts_or_tokens(debug_served, fake_slack, caplog):
    caplog.set_level(logging.DEBUG)
    answer = signing.slash_command(debug_served, "/synpunkt", f"barnhälsoteam: {SYNPUNKT}",
                                   "U0JOHANNA", "D0JOHANNA")
    assert answer.status_code == 200 and SYNPUNKT in json.dumps(answer.json(), ensure_ascii=False)
    fake_slack.wait_for("chat.postMessage")  # the owner's DM with the synpunkt went out
    forged = signing.slash_command(debug_served, "/synpunkt", f"barnhälsoteam: {FORGED}",
                                   "U0JOHANNA", "D0JOHANNA", forged=True)
    assert forged.status_code == 401
    logged = "\n".join(f"{r.name}: {r.getMessage()}" for r in caplog.records)
    assert caplog.records, "nothing was logged at all: the test would prove nothing"
    for secret in (SYNPUNKT, "4711", FORGED, "19121212", "xoxb-hemlig-token", signing.SECRET,
                   "barnh%C3%A4lsoteam"):
        assert secret not in logged, secret
