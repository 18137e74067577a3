"""The first command after a start never waits for Slack's Web API.

Who the bot is (auth.test) is asked at start-up, in the background; a request is authorized
from the token in the settings, so a slow or unreachable Slack cannot hold up an answer.
"""

from __future__ import annotations

import contextlib
import socket
import threading

import pytest

from bot.settings import Settings
from tests.support import signing
from tests.support.fake_slack import FakeSlack

JOHANNA = "U0JOHANNA"


@contextlib.contextmanager
def serve_app(engine, clock, api_url):
    from waitress.server import create_server

    from handlers.server import build_web_app
    from handlers.slack.app import build_app

    settings = Settings(slack_bot_token="xoxb-test", slack_signing_secret=signing.SECRET,
                        slack_api_url=api_url)
    app = build_app(settings, engine, clock)
    server = create_server(build_web_app(app, engine), host="127.0.0.1", port=0, threads=2)
    thread = threading.Thread(target=_run, args=(server,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.effective_port}/slack/events", app
    finally:
        server.close()
        # Else it asks an unreachable Slack again for the rest of the run, and slack_sdk's
        # ERROR lines land in whichever test is running then (one that counts them failed).
        app.bot_identity.stop()


def _run(server) -> None:
    with contextlib.suppress(OSError):
        server.run()


def closed_port_url() -> str:
    """A loopback address where nothing listens: Slack unreachable."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/api/"


@pytest.fixture
def slow_slack():
    """Slack that takes its time over auth.test: it answers only when the test lets it."""
    fake = FakeSlack()
    fake.held["auth.test"] = threading.Event()
    fake.start()
    yield fake
    fake.held["auth.test"].set()
    fake.stop()


def test_the_first_command_is_answered_while_auth_test_still_hangs(loaded, clock, slow_slack):
    with serve_app(loaded, clock, slow_slack.url) as (url, _app):
        response = signing.slash_command(url, "/dagordning", "", JOHANNA, "D0JOHANNA")
        assert response.status_code == 200
        assert "måndag 31 augusti 2026 kl. 13.00–15.00" in str(response.json()["blocks"])
        assert not slow_slack.held["auth.test"].is_set()  # Slack has still not answered


def test_the_first_command_is_answered_when_slack_is_unreachable(loaded, clock):
    with serve_app(loaded, clock, closed_port_url()) as (url, _app):
        for text in ("", "31 augusti"):  # the first, and the ones after it
            response = signing.slash_command(url, "/dagordning", text, JOHANNA, "D0JOHANNA")
            assert response.status_code == 200
            assert "Samverkansgrupp Barn och unga" in str(response.json()["blocks"])


def test_who_the_bot_is_is_asked_once_at_start_up(loaded, clock, fake_slack):
    with serve_app(loaded, clock, fake_slack.url) as (url, _app):
        fake_slack.wait_for("auth.test")
        for _ in range(3):
            signing.slash_command(url, "/dagordning", "", JOHANNA, "D0JOHANNA")
        assert len(fake_slack.calls_to("auth.test")) == 1
