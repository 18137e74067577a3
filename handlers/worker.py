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
import threading
import time
from collections.abc import Callable
from datetime import datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session

from bot.settings import Settings
from bot.texts import outbox as t
from storage.engine import unit_of_work

# --- Sentences a person reads. TO MOVE to bot/texts (kept here until the lead moves them). ---
# --- end of sentences ---

log = logging.getLogger(__name__)

BRISK = 0.1  # seconds between passes while messages wait (channel interval, retries)
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


def run(settings: Settings, engine: Engine, once: bool = False, now: str | None = None) -> int:
    """`samverkansbot worker`: one pass with --once, else passes until SIGTERM or SIGINT."""
    from bot.clock import SystemClock, parse_now
    from handlers.delivery import Deliverer, DeliveryConfig, make_client

    config = DeliveryConfig.from_env()
    clock = parse_now(now) if now else SystemClock()
    deliverer = Deliverer(engine, make_client(settings, config), clock, config)
    teams, teams_http = _teams_deliverer(engine, clock, config)
    jobs = schedulers()
    stopping = threading.Event()
    _on_signals(stopping)
    poll = float(os.environ.get("SAMVERKANSBOT_POLL_SECONDS", "1.0"))  # when nothing waits
    log.info("worker started: %d schedulers, %.2f s between posts to a channel",
             len(jobs), config.channel_interval)
    scheduled_at = -poll
    try:
        while True:
            if time.monotonic() - scheduled_at >= poll:
                scheduled_at = time.monotonic()
                run_schedulers(engine, clock.now(), jobs)
            stats = deliverer.deliver_due(should_stop=stopping.is_set)
            if teams is not None:
                stats.add(teams.deliver_due(should_stop=stopping.is_set))
            if once:
                print(t.WORKER_PASS.format(sent=stats.sent, retried=stats.retried,
                                             dead=stats.dead))
                return 0
            if stats.sent or stats.retried or stats.dead:
                log.info("pass: %d sent, %d retried, %d dead",
                         stats.sent, stats.retried, stats.dead)
            platforms = ("slack", "teams") if teams is not None else ("slack",)
            if stopping.wait(_pause(engine, clock, poll, platforms)):
                log.info("worker stopped")
                return 0
    finally:
        deliverer.close()
        if teams is not None:
            teams.close()
            teams_http.close()


def _teams_deliverer(engine: Engine, clock, config):
    """(TeamsDeliverer, its httpx.Client) when Teams is configured, else (None, None)."""
    import httpx

    from handlers.teams.app import TeamsSettings
    from handlers.teams.sender import TeamsDeliverer

    teams_settings = TeamsSettings.from_env()
    if not teams_settings.enabled:
        return None, None
    http = httpx.Client(timeout=config.slack_timeout)
    log.info("worker delivers Teams messages too")
    return TeamsDeliverer(engine, http, clock, teams_settings, config), http


def _pause(engine: Engine, clock, poll: float, platforms: tuple[str, ...]) -> float:
    """Until the next row this worker can send may be due, between BRISK and `poll` seconds."""
    from storage import outbox

    with unit_of_work(engine) as session:
        upcoming = outbox.next_due(session, platforms)
    if upcoming is None:
        return poll
    return min(poll, max(BRISK, (upcoming - clock.now()).total_seconds()))


def _on_signals(stopping: threading.Event) -> None:
    # A signal ends the pass after the current message, never in the middle of one.
    if threading.current_thread() is not threading.main_thread():
        return
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: stopping.set())
