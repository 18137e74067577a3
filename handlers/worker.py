"""The worker process: each pass runs the schedulers, then delivers what is due in the outbox.

Schedulers decide what is due (meeting reminders, deadline pings, decision notices) and enqueue
it with `storage.outbox.enqueue`; they never talk to Slack. A scheduler is a callable
`(session, now) -> None`, run in its own unit of work (committed once, rolled back on error)
before delivery in every pass. Register one in either of two ways:

- `register_scheduler(fn)` (also usable as a decorator), from code that runs before `run`;
- a "module:function" line in `SCHEDULER_PATHS`, imported when the worker starts, or in
  `JOB_LISTS` for a function that returns a list of schedulers (`bot.scheduler.jobs`). This is
  the way for `bot/` code, which must not import `handlers/`.

Schedulers run at most once per poll interval (1 s); delivery runs more often while messages
wait, so a fan-out drains at the channels' pace rather than the poll's.

Several workers may run at once against PostgreSQL (or SQLite on one machine): the outbox
claims rows so that each message goes out once. Schedulers must therefore be idempotent, which
an outbox key per (what, who, when) gives for free.
"""

from __future__ import annotations

import importlib
import logging
import os
import signal
import socket
import sys
import threading
import time
from collections.abc import Callable
from datetime import datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session

from bot.settings import Settings
from bot.texts import outbox as t
from storage import workers
from storage.engine import unit_of_work

log = logging.getLogger(__name__)

BRISK = 0.1  # seconds between passes while messages wait behind others (retries, leases)
PROMPT = 0.002  # the least pause before a moment known to the millisecond (a channel's next slot)
HEARTBEAT = 30.0  # seconds between two records of a worker's pass
Scheduler = Callable[[Session, datetime], None]
SCHEDULER_PATHS: list[str] = []  # e.g. "bot.something:enqueue_due"
JOB_LISTS: list[str] = ["bot.scheduler:jobs", "bot.privacy.retention:jobs"]
_registered: list[Scheduler] = []


def register_scheduler(fn: Scheduler) -> Scheduler:
    """Run `fn(session, now)` before delivery in every pass of every worker in this process."""
    if fn not in _registered:
        _registered.append(fn)
    return fn


def schedulers() -> list[Scheduler]:
    found = list(_registered)
    for path in SCHEDULER_PATHS:
        module, _, name = path.partition(":")
        fn = getattr(importlib.import_module(module), name)
        if fn not in found:
            found.append(fn)
    for path in JOB_LISTS:
        module, _, name = path.partition(":")
        found.extend(getattr(importlib.import_module(module), name)())
    return found


def run_schedulers(engine: Engine, now: datetime, jobs: list[Scheduler]) -> int:
    """Each scheduler in its own unit of work; one failing does not stop the others or delivery."""
    failed = 0
    for job in jobs:
        try:
            with unit_of_work(engine) as session:
                job(session, now)
        except Exception:
            failed += 1
            log.exception("scheduler %s failed", getattr(job, "__qualname__", job))
    return failed


class Worker:
    """Passes of schedulers and deliveries, in the worker's own process or inside `serve`.

    Slack is delivered to only with a bot token, Teams only with its app id and password;
    without either the schedulers still run and what they queue waits for a worker that can
    send it.
    """

    def __init__(self, settings: Settings, engine: Engine, clock, *, drain: bool = False):
        from handlers.delivery import Deliverer, DeliveryConfig, make_client

        self.engine, self.clock = engine, clock
        self.config = DeliveryConfig.from_env()
        self.name = f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident()}"[:200]
        self.deliverers = []
        if settings.slack_bot_token:
            self.deliverers.append(
                Deliverer(engine, make_client(settings, self.config), clock, self.config))
        elif settings.slack_installs:  # several workspaces: each row with its own token
            from handlers.slack.workspaces import WorkspaceClients

            default = make_client(settings, self.config)
            self.deliverers.append(Deliverer(
                engine, default, clock, self.config,
                clients=WorkspaceClients.from_key(engine, settings.token_key, default)))
        teams, self.teams_http = _teams_deliverer(engine, clock, self.config)
        if teams is not None:
            self.deliverers.append(teams)
        for deliverer in self.deliverers:
            # One pass with --once sends everything due: the channel interval is then kept in
            # wall-clock time only, since a fixed --now never moves past it.
            deliverer.drain = drain
        self.jobs = schedulers()
        self.recorded_at = 0.0

    @property
    def platforms(self) -> tuple[str, ...]:
        return tuple(d.platform for d in self.deliverers)

    def one_pass(self, should_stop=lambda: False, run_jobs: bool = True):
        from handlers.delivery import DeliveryStats

        if run_jobs:
            run_schedulers(self.engine, self.clock.now(), self.jobs)
        stats = DeliveryStats()
        for deliverer in self.deliverers:
            stats.add(deliverer.deliver_due(should_stop=should_stop))
        self._record()
        return stats

    def _record(self) -> None:
        """The pass, for /healthz; at most twice a minute, it is one write."""
        if time.monotonic() - self.recorded_at < HEARTBEAT:
            return
        try:
            with unit_of_work(self.engine) as session:
                workers.record_pass(session, self.name, self.clock.now())
            self.recorded_at = time.monotonic()
        except Exception:
            log.exception("could not record the worker's pass")

    def run_until(self, stopping: threading.Event, poll: float) -> None:
        scheduled_at = -poll
        while True:
            run_jobs = time.monotonic() - scheduled_at >= poll
            if run_jobs:
                scheduled_at = time.monotonic()
            stats = self.one_pass(stopping.is_set, run_jobs)
            if stats.sent or stats.retried or stats.dead:
                log.info("pass: %d sent, %d retried, %d dead",
                         stats.sent, stats.retried, stats.dead)
            if stopping.wait(_pause(self.engine, self.clock, poll, self.platforms,
                                    self.config.channel_interval)):
                return

    def close(self) -> None:
        for deliverer in self.deliverers:
            deliverer.close()
        if self.teams_http is not None:
            self.teams_http.close()


def slack_key_problem(settings: Settings, engine: Engine) -> str | None:
    """With several Slack workspaces, why their stored tokens cannot be used (a sentence for
    whoever starts the bot), checked before anything starts; None otherwise."""
    if not settings.slack_installs:
        return None
    from handlers.slack.installations import key_problem

    return key_problem(settings, engine)


def poll_seconds() -> float:
    return float(os.environ.get("SAMVERKANSBOT_POLL_SECONDS", "1.0"))  # when nothing waits


def run(settings: Settings, engine: Engine, once: bool = False, now: str | None = None) -> int:
    """`samverkansbot worker`: one pass with --once, else passes until SIGTERM or SIGINT."""
    from bot.clock import SystemClock, parse_now

    clock = parse_now(now) if now else SystemClock()
    problem = slack_key_problem(settings, engine)
    if problem:
        print(problem, file=sys.stderr)
        return 2
    worker = Worker(settings, engine, clock, drain=once)
    if not worker.deliverers:
        print(t.WORKER_NO_PLATFORM, file=sys.stderr)
        worker.close()
        return 2
    stopping = threading.Event()
    _on_signals(stopping)
    log.info("worker started: %d schedulers, %.2f s between posts to a channel",
             len(worker.jobs), worker.config.channel_interval)
    try:
        if once:
            stats = worker.one_pass(stopping.is_set)
            print(t.WORKER_PASS.format(sent=stats.sent, retried=stats.retried, dead=stats.dead))
            return 0
        worker.run_until(stopping, poll_seconds())
        log.info("worker stopped")
        return 0
    finally:
        worker.close()


class InProcess:
    """The worker inside `serve` or `socket`: one process that answers and sends."""

    def __init__(self, settings: Settings, engine: Engine, clock) -> None:
        self.worker = Worker(settings, engine, clock)
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._run, name="worker", daemon=True)

    def start(self) -> InProcess:
        if not self.worker.deliverers:
            print(t.WORKER_NO_PLATFORM_IN_SERVE, file=sys.stderr)
        self.thread.start()
        return self

    def _run(self) -> None:
        try:
            self.worker.run_until(self.stopping, poll_seconds())
        except Exception:
            log.exception("the in-process worker stopped")
        finally:
            self.worker.close()

    def stop(self, timeout: float = 10.0) -> None:
        self.stopping.set()
        self.thread.join(timeout)


def _teams_deliverer(engine: Engine, clock, config):
    """(TeamsDeliverer, its httpx.Client) when Teams is configured, else (None, None)."""
    from handlers.teams.settings import TeamsSettings

    teams_settings = TeamsSettings.from_env()
    if not teams_settings.enabled:  # and then nothing of Teams is imported
        return None, None
    import httpx

    from handlers.teams.sender import TeamsDeliverer

    http = httpx.Client(timeout=config.slack_timeout)
    log.info("worker delivers Teams messages too")
    return TeamsDeliverer(engine, http, clock, teams_settings, config), http


def _pause(engine: Engine, clock, poll: float, platforms: tuple[str, ...],
           channel_interval: float = 0.0) -> float:
    """Until the next row this worker can send may be due, at most `poll` seconds: to the
    moment a channel's interval ends, else at least BRISK seconds (rows due now wait behind
    an earlier one: another worker's, or a retry's)."""
    from storage import outbox

    now = clock.now()
    with unit_of_work(engine) as session:
        upcoming = outbox.next_due(session, platforms, now=now, min_interval=channel_interval)
    if upcoming is None:
        return poll
    wait = (upcoming - now).total_seconds()
    return min(poll, max(PROMPT if wait > 0 else BRISK, wait))


def _on_signals(stopping: threading.Event) -> None:
    # A signal ends the pass after the current message, never in the middle of one.
    if threading.current_thread() is not threading.main_thread():
        return
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: stopping.set())
