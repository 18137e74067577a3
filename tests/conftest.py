"""Small composable fixtures: a migrated database, the example data, a served Slack app."""

from __future__ import annotations

import contextlib
import os
import threading
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.clock import FixedClock
from bot.settings import Settings
from storage.engine import make_engine, unit_of_work
from storage.migrate import upgrade
from tests.support.fake_slack import FakeSlack
from tests.support.signing import SECRET

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL", "")
DEMO_NOW = datetime(2026, 8, 24, 9, 0)


def _backends():
    backends = ["sqlite"]
    if POSTGRES_URL:
        backends.append("postgres")
    return backends


@pytest.fixture(params=_backends())
def engine(request, tmp_path):
    """A freshly migrated database: SQLite always, PostgreSQL too when TEST_POSTGRES_URL is set."""
    if request.param == "sqlite":
        eng = make_engine(f"sqlite:///{tmp_path / 'test.db'}")
        upgrade(eng)
        yield eng
        eng.dispose()
        return
    eng = make_engine(postgres_database(request.config))
    with eng.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    upgrade(eng)
    yield eng
    eng.dispose()


def postgres_database(config) -> str:
    """One database per work tree and xdist worker, so parallel tests never share a schema.

    Several work trees of the project may run their suites against one server at the same
    time; without the tree in the name they would drop each other's schema mid-test."""
    import hashlib

    from sqlalchemy.engine import make_url

    worker = getattr(config, "workerinput", {}).get("workerid", "main")
    tree = hashlib.sha1(str(ROOT).encode()).hexdigest()[:8]
    name = f"samverkansbot_test_{tree}_{worker}"
    admin = make_engine(POSTGRES_URL).execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        exists = connection.execute(
            text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": name}
        ).scalar()
        if not exists:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)


@pytest.fixture
def sqlite_engine(tmp_path):
    eng = make_engine(f"sqlite:///{tmp_path / 'test.db'}")
    upgrade(eng)
    yield eng
    eng.dispose()


def load_examples(eng) -> None:
    from bot.roster.service import load_roster
    from handlers.demo import load_meetings

    with unit_of_work(eng) as session:
        load_roster(session, EXAMPLES / "roster.yaml")
        load_meetings(session, EXAMPLES / "meetings.yaml")


@pytest.fixture
def loaded(engine):
    load_examples(engine)
    return engine


@pytest.fixture
def clock():
    return FixedClock(DEMO_NOW)


@pytest.fixture
def fake_slack():
    fake = FakeSlack().start()
    yield fake
    fake.stop()


def _run_until_closed(server) -> None:
    # Closing the listening socket from the test thread ends waitress's select loop with EBADF.
    with contextlib.suppress(OSError):
        server.run()


@pytest.fixture
def served(loaded, clock, fake_slack):
    """The real web app on a loopback port, talking to the fake Slack. Yields its events URL."""
    from waitress.server import create_server

    from handlers.server import build_web_app
    from handlers.slack.app import build_app

    settings = Settings(
        slack_bot_token="xoxb-test", slack_signing_secret=SECRET, slack_api_url=fake_slack.url
    )
    web = build_web_app(build_app(settings, loaded, clock), loaded)
    server = create_server(web, host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=_run_until_closed, args=(server,), daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.effective_port}"
    yield base
    server.close()


@pytest.fixture
def large_county(engine, tmp_path):
    """A migrated database holding the large county (tests/support/large_county.py)."""
    from tests.support.large_county import build_large_county

    return build_large_county(engine, tmp_path)


# A test may leave figures for the end of the run (with xdist its own output is never shown):
# record_property("terminal_summary", text).
_SUMMARIES: list[str] = []


def pytest_runtest_logreport(report):
    if report.when == "call":
        _SUMMARIES.extend(v for k, v in report.user_properties if k == "terminal_summary")


def pytest_terminal_summary(terminalreporter):
    for summary in _SUMMARIES:
        terminalreporter.write_sep("-", "figures")
        terminalreporter.write_line(summary)


@pytest.fixture(autouse=True)
def _slack_work_ends_with_its_test(monkeypatch):
    """Work a Slack app does after its acknowledgement runs in its own pools; a test that
    ends while some of it still runs would have it log into the next test (whose log may be
    asserted to hold no error) or post to a loopback Slack that has stopped. Each test's
    pools are drained when it ends."""
    from handlers.slack import app as slack_app

    started: list = []

    class Recorded(slack_app.SlackRuntime):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            started.append(self)

    monkeypatch.setattr(slack_app, "SlackRuntime", Recorded)
    yield
    for runtime in started:
        runtime.pool.shutdown(wait=True, cancel_futures=True)
        runtime.files.shutdown(wait=True, cancel_futures=True)
