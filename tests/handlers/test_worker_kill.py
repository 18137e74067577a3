"""The worker: schedulers then delivery in each pass, a clean stop, and a SIGKILL mid fan-out."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import pytest

from bot.settings import Settings
from handlers import worker
from storage import outbox
from storage.engine import unit_of_work
from tests.conftest import ROOT
from tests.support.flaky_slack import Faults, FlakySlack

WORKER = [str(ROOT / ".venv" / "bin" / "samverkansbot"), "worker"]
INTERVAL = 0.2  # seconds between posts to one channel, instead of production's 1.0
FAST = {
    "SAMVERKANSBOT_CHANNEL_INTERVAL": str(INTERVAL),
    "SAMVERKANSBOT_OUTBOX_LEASE": "2",
    "SAMVERKANSBOT_POLL_SECONDS": "0.05",
    "SAMVERKANSBOT_SLACK_TIMEOUT": "1",
    "SAMVERKANSBOT_BACKOFF_BASE": "0.2",
}


@pytest.fixture
def slack():
    fake = FlakySlack().start()
    yield fake
    fake.stop()


@pytest.fixture
def no_schedulers(monkeypatch):
    monkeypatch.setattr(worker, "_registered", [])
    monkeypatch.setattr(worker, "SCHEDULER_PATHS", [])
    monkeypatch.setattr(worker, "JOB_LISTS", [])


def test_a_pass_runs_the_schedulers_then_delivers(engine, slack, no_schedulers, monkeypatch,
                                                  capsys):
    monkeypatch.setenv("SAMVERKANSBOT_CHANNEL_INTERVAL", "0")
    seen = []

    @worker.register_scheduler
    def reminders(session, now):
        seen.append(now)
        outbox.enqueue(session, f"påminnelse:{now.date()}", "C1", {"text": "Möte i morgon"}, now)

    def broken(session, now):
        raise RuntimeError("a scheduler with a bug")

    worker.register_scheduler(broken)
    settings = Settings(slack_bot_token="xoxb-test", slack_api_url=slack.url)
    assert worker.run(settings, engine, once=True, now="2026-12-02T09:00") == 0
    assert seen == [datetime(2026, 12, 2, 8, 0, tzinfo=UTC)]  # --now is Stockholm time
    assert slack.keys() == ["påminnelse:2026-12-02"]
    assert capsys.readouterr().out.strip() == (
        "Klart: 1 skickade, 0 väntar på ett nytt försök, 0 gav jag upp."
    )


def test_schedulers_can_be_named_by_path(no_schedulers, monkeypatch):
    monkeypatch.setattr(worker, "SCHEDULER_PATHS", ["storage.outbox:status_counts"])
    assert worker.schedulers() == [outbox.status_counts]


def test_the_bots_own_jobs_run_in_a_pass_of_the_real_worker(loaded, slack, capsys):
    assert len(worker.schedulers()) >= 4  # bot.scheduler.jobs
    settings = Settings(slack_bot_token="xoxb-test", slack_api_url=slack.url)
    assert worker.run(settings, loaded, once=True, now="2026-08-24T09:00") == 0
    assert capsys.readouterr().out.startswith("Klart: ")


def fan_out(engine, messages: int, channels: int) -> list[str]:
    now = datetime.now(UTC) - timedelta(seconds=1)
    keys = []
    with unit_of_work(engine) as session:
        for n in range(messages):
            key = f"utskick:{n:03d}"
            # Due times in enqueue order give each channel its order: n, n + channels, …
            outbox.enqueue(session, key, f"C{n % channels:02d}", {"text": f"Meddelande {n}"},
                           now + timedelta(milliseconds=n))
            keys.append(key)
    return keys


def start(engine, slack, tmp_path, name):
    env = {
        **os.environ,
        **FAST,
        "DATABASE_URL": engine.url.render_as_string(hide_password=False),
        "SLACK_API_URL": slack.url,
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SAMVERKANSBOT_DATA_DIR": str(tmp_path),
        "LOG_LEVEL": "WARNING",
    }
    log = open(tmp_path / f"{name}.log", "w")  # noqa: SIM115 (closed with the process)
    return subprocess.Popen(WORKER, env=env, stdout=log, stderr=subprocess.STDOUT, cwd=tmp_path)


def wait_all_sent(engine, count: int, timeout: float) -> dict[str, int]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with unit_of_work(engine) as session:
            counts = outbox.status_counts(session)
        if counts["sent"] == count:
            break
        time.sleep(0.1)
    return counts


def test_a_worker_killed_mid_fan_out_loses_nothing_and_two_successors_double_nothing(
    engine, slack, tmp_path
):
    # The 25th message reaches Slack but its answer is held back: SIGKILL then leaves the row
    # in doubt. 429s and 500s on the way make the successors retry as well.
    slack.faults = Faults(rate_limit_every=7, retry_after=1, error_every=11, stall_after=25)
    keys = fan_out(engine, 60, 20)
    first = start(engine, slack, tmp_path, "first")
    try:
        assert slack.stalled.wait(60), "the first worker never got to the 25th message"
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(5)
    slack.release.set()
    successors = [start(engine, slack, tmp_path, f"next{n}") for n in range(2)]
    try:
        counts = wait_all_sent(engine, len(keys), timeout=60)
    finally:
        for process in successors:
            process.send_signal(signal.SIGTERM)
        codes = [process.wait(30) for process in successors]
    logs = "".join((tmp_path / f"{n}.log").read_text() for n in ("first", "next0", "next1"))
    assert counts == {"pending": 0, "sending": 0, "sent": 60, "dead": 0}, logs
    keyless = [(m.channel, m.text[:40]) for m in slack.accepted if m.key is None]
    assert not keyless, keyless  # every post carries its outbox key
    assert sorted(slack.keys()) == keys  # every message arrived, none twice
    assert codes == [0, 0]  # SIGTERM is a clean stop
    for channel, messages in slack.by_channel().items():
        assert [m.key for m in messages] == sorted(m.key for m in messages), channel
        gaps = [b.at - a.at for a, b in zip(messages, messages[1:], strict=False)]
        # Arrival times jitter on a loaded machine; the workers space their sends by INTERVAL.
        assert min(gaps) >= INTERVAL * 0.75, (channel, gaps)
    assert slack.calls.get("conversations.history", 0) >= 1  # the in-doubt row was looked up


def test_a_post_cut_off_by_a_kill_never_reaches_the_channel(slack):
    """A worker killed between a request's head and its body sent half a request: the fake
    Slack, like Slack, acts on nothing (it once counted a post without channel or key, which
    made the fan-out test above fail now and then on a busy machine)."""
    address = urlsplit(slack.url)
    with socket.create_connection((address.hostname, address.port), timeout=5) as connection:
        connection.sendall(b"POST /api/chat.postMessage HTTP/1.1\r\nHost: slack\r\n"
                           b"Content-Type: application/json\r\nContent-Length: 120\r\n\r\n")
        connection.shutdown(socket.SHUT_WR)  # the body never comes
        assert connection.recv(1024) == b""  # no answer, the connection closed
    assert slack.accepted == [] and slack.post_calls == 0
