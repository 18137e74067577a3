"""Running the bot as the README says: `serve` sends what it should on its own, /healthz tells
whether deliveries flow, the worker refuses to start with nowhere to send, and `--once`
delivers everything that is due."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from datetime import UTC, date, datetime, timedelta

import httpx
import pytest

from bot.clock import FixedClock
from bot.settings import Settings
from handlers import worker
from handlers.server import build_web_app
from handlers.slack.app import build_app
from storage import outbox, workers
from storage.engine import unit_of_work
from tests.conftest import EXAMPLES, ROOT
from tests.support import signing
from tests.support.fake_slack import FakeSlack

BOT = str(ROOT / ".venv" / "bin" / "samverkansbot")
JOHANNA, MARCUS = "U0JOHANNA", "U0MARCUSB"
T0 = datetime(2026, 8, 24, 9, 0, tzinfo=UTC)


@pytest.fixture
def fake_slack():
    fake = FakeSlack().start()
    yield fake
    fake.stop()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def cli(env, *args):
    done = subprocess.run([BOT, *args], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def deployment(tmp_path, fake_slack):
    """A fresh SQLite deployment from the README's steps, with a meeting ten days ahead."""
    env = {**os.environ, "SAMVERKANSBOT_DATA_DIR": str(tmp_path), "SLACK_BOT_TOKEN": "xoxb-t",
           "SLACK_SIGNING_SECRET": signing.SECRET, "SLACK_API_URL": fake_slack.url,
           "SAMVERKANSBOT_POLL_SECONDS": "0.1", "SAMVERKANSBOT_CHANNEL_INTERVAL": "0",
           "LOG_LEVEL": "WARNING"}
    env.pop("DATABASE_URL", None)
    cli(env, "migrate")
    cli(env, "roster", "load", str(EXAMPLES / "roster.yaml"))
    day = date.today() + timedelta(days=10)
    cli(env, "meeting", "add", "--group", "sbu", "--date", day.isoformat(), "--start", "13:00")
    return env, day


def serve(env, *extra):
    port = free_port()
    process = subprocess.Popen([BOT, "serve", "--host", "127.0.0.1", "--port", str(port),
                                *extra], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            httpx.get(f"{base}/healthz", timeout=1)
            return process, base
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise AssertionError(process.stdout.read().decode())


def stop(process) -> None:
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()


def posts_to(fake_slack, channel):
    return [p for p in fake_slack.calls_to("chat.postMessage") if p["channel"] == channel]


def test_serve_alone_tells_the_ersattare(deployment, fake_slack):
    """The Slack set-up steps start only `serve`: the ersättare still hears of the call."""
    env, day = deployment
    process, base = serve(env)
    try:
        answer = signing.slash_command(f"{base}/slack/events", "/anmäl-förhinder",
                                       day.isoformat(), JOHANNA, "D0JOHANNA").json()
        assert "Marcus Boljang är kallad som ersättare." in answer["text"]
        deadline = time.monotonic() + 15
        while not posts_to(fake_slack, MARCUS) and time.monotonic() < deadline:
            time.sleep(0.1)
        (call,) = posts_to(fake_slack, MARCUS)
        assert "Johanna Viberg har förhinder" in str(call["blocks"])
        health = httpx.get(f"{base}/healthz").json()
        assert health["status"] == "ok" and health["delivery"]["last_pass"] is not None
    finally:
        stop(process)


def test_serve_no_worker_leaves_sending_to_the_worker(deployment, fake_slack):
    env, day = deployment
    process, base = serve(env, "--no-worker")
    try:
        signing.slash_command(f"{base}/slack/events", "/anmäl-förhinder", day.isoformat(),
                              JOHANNA, "D0JOHANNA")
        time.sleep(1.5)
        assert posts_to(fake_slack, MARCUS) == []
        assert httpx.get(f"{base}/healthz").json()["delivery"]["waiting"] >= 1
    finally:
        stop(process)
    cli(env, "worker", "--once")
    assert len(posts_to(fake_slack, MARCUS)) == 1


def test_the_procfile_runs_one_worker_beside_a_web_process_without_one():
    lines = dict(line.split(": ", 1) for line in
                 (ROOT / "Procfile").read_text(encoding="utf-8").splitlines() if line)
    assert lines["web"].startswith("samverkansbot serve --no-worker")
    assert lines["worker"] == "samverkansbot worker"


def healthz(engine, now: datetime):
    settings = Settings(slack_bot_token="xoxb-t", slack_signing_secret=signing.SECRET)
    clock = FixedClock(now)
    web = build_web_app(build_app(settings, engine, clock), engine, clock=clock)
    response = web.test_client().get("/healthz")
    return response.status_code, response.get_json()


def test_healthz_tells_whether_deliveries_flow(engine):
    assert healthz(engine, T0) == (200, {"status": "ok", "database": True, "delivery": {
        "status": "ok", "last_pass": None, "oldest_waiting": None, "waiting": 0}})
    with unit_of_work(engine) as session:
        outbox.enqueue(session, "kallelse:1", "C1", {"text": "Kallelse"}, T0)
    status, body = healthz(engine, T0 + timedelta(minutes=2))  # just waiting
    assert status == 200 and body["delivery"]["waiting"] == 1
    status, body = healthz(engine, T0 + timedelta(minutes=10))  # no worker has passed
    assert status == 503 and body["status"] == "fel"
    assert body["delivery"] == {"status": "fel", "last_pass": None,
                                "oldest_waiting": "2026-08-24T09:00:00+00:00", "waiting": 1}
    with unit_of_work(engine) as session:  # a worker passes, draining slowly: still healthy
        workers.record_pass(session, "host:1", T0 + timedelta(minutes=9))
    status, body = healthz(engine, T0 + timedelta(minutes=10))
    assert status == 200 and body["delivery"]["last_pass"] == "2026-08-24T09:09:00+00:00"


def test_a_worker_with_nowhere_to_send_says_so_and_never_calls_slack(engine, capsys,
                                                                     monkeypatch):
    for name in ("MICROSOFT_APP_ID", "MICROSOFT_APP_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    with unit_of_work(engine) as session:
        outbox.enqueue(session, "kallelse:1", "C1", {"text": "Kallelse"}, T0)
    assert worker.run(Settings(), engine, once=True, now="2026-08-24T09:00") == 2
    err = capsys.readouterr().err
    assert err.startswith("Workern har ingenstans att skicka: SLACK_BOT_TOKEN saknas")
    with unit_of_work(engine) as session:
        assert outbox.by_key(session, "kallelse:1").attempts == 0  # nothing was tried


def test_once_delivers_everything_due_not_one_per_recipient(engine, fake_slack, monkeypatch,
                                                            capsys):
    monkeypatch.setenv("SAMVERKANSBOT_CHANNEL_INTERVAL", "0.05")
    with unit_of_work(engine) as session:
        for number in range(6):
            outbox.enqueue(session, f"m{number}", f"C{number % 2}", {"text": f"Nr {number}"},
                           T0 + timedelta(seconds=number))
        outbox.enqueue(session, "later", "C0", {"text": "I morgon"}, T0 + timedelta(days=1))
    settings = Settings(slack_bot_token="xoxb-t", slack_api_url=fake_slack.url)
    assert worker.run(settings, engine, once=True, now="2026-08-24T11:30") == 0
    assert "Klart: 6 skickade" in capsys.readouterr().out
    assert [p["text"] for p in posts_to(fake_slack, "C0")] == ["Nr 0", "Nr 2", "Nr 4"]
    with unit_of_work(engine) as session:
        assert outbox.by_key(session, "later").state == "pending"
