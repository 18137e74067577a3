"""The sender: claims due outbox rows and posts them to Slack, once each, in order, gently.

Every post carries message metadata with the outbox key, so a row left in doubt (its worker died
between Slack accepting the message and the row being marked sent) is looked up in the channel's
history before it is sent again. A reply too long for one Slack message goes out as several, each
with its part number beside the key, and only the parts not found in the history are sent again.
Spacing per channel is kept twice: in the database (a recipient sent to within
`channel_interval` is not claimed, which holds across worker processes) and by an in-process
limiter (which holds in wall-clock time whatever clock the pass runs on).
"""

from __future__ import annotations

import http.client
import logging
import os
import random
import threading
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from sqlalchemy.engine import Engine

from bot import dead_letters
from bot.clock import Clock
from bot.replies import reply_from_payload
from bot.settings import Settings
from handlers.slack.render import reply_messages
from storage import outbox
from storage.engine import unit_of_work
from storage.models import OutboxMessage

log = logging.getLogger(__name__)

# A row whose channel is free again within this many seconds is claimed now and sent at that
# moment, rather than at the next claim after it: in a fan-out the next claim came tens of
# milliseconds late, on each of a busy channel's posts.
AHEAD = 0.05

EVENT_TYPE = "samverkansbot_outbox"
DEAD_LETTER_PREFIX = dead_letters.DEAD_LETTER_PREFIX
# Slack errors that say "try again later" rather than "this will never work".
TRANSIENT_ERRORS = {"internal_error", "fatal_error", "service_unavailable", "request_timeout"}
NETWORK_ERRORS = (OSError, http.client.HTTPException)  # timeouts, resets, refused connections


@dataclass(frozen=True)
class DeliveryConfig:
    channel_interval: float = 1.0  # seconds between two messages to one channel
    max_attempts: int = 5
    lease_seconds: float = 60.0
    batch: int = 32
    send_threads: int = 8  # posts in flight at once, to different channels
    backoff_base: float = 2.0  # first retry after half this, then base × 2^n with jitter
    backoff_max: float = 600.0
    history_pages: int = 2  # pages of 50 messages searched for an in-doubt message
    slack_timeout: int = 10

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> DeliveryConfig:
        env = dict(os.environ if env is None else env)
        number = {
            "channel_interval": ("SAMVERKANSBOT_CHANNEL_INTERVAL", float),
            "max_attempts": ("SAMVERKANSBOT_MAX_ATTEMPTS", int),
            "lease_seconds": ("SAMVERKANSBOT_OUTBOX_LEASE", float),
            "batch": ("SAMVERKANSBOT_OUTBOX_BATCH", int),
            "send_threads": ("SAMVERKANSBOT_SEND_THREADS", int),
            "backoff_base": ("SAMVERKANSBOT_BACKOFF_BASE", float),
            "slack_timeout": ("SAMVERKANSBOT_SLACK_TIMEOUT", int),
        }
        values = {name: kind(env[var]) for name, (var, kind) in number.items() if env.get(var)}
        return cls(**values)


def make_client(settings: Settings, config: DeliveryConfig) -> WebClient:
    """A Web API client without slack_sdk's own retries: a blind retry could post twice."""
    kwargs = {"token": settings.slack_bot_token or None, "timeout": config.slack_timeout}
    if settings.slack_api_url:
        kwargs["base_url"] = settings.slack_api_url.rstrip("/") + "/"
    return WebClient(retry_handlers=[], **kwargs)


class ChannelLimiter:
    """At most one post per interval per channel, for every sender in this process."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.next_free: dict[str, float] = {}

    def wait(self, channel: str, interval: float, sleep: Callable[[float], None]) -> None:
        with self.lock:  # reserve the slot first, so two threads never pick the same one
            now = time.monotonic()
            at = max(now, self.next_free.get(channel, 0.0))
            self.next_free[channel] = at + interval
        if at > now:
            sleep(at - now)


LIMITER = ChannelLimiter()


@dataclass
class Outcome:
    kind: str  # sent, found, retry, dead, released
    error: str = ""
    delay: float = 0.0
    count_attempt: bool = True
    at: datetime | None = None  # when the attempt ended: a post's spacing counts from there


@dataclass
class DeliveryStats:
    sent: int = 0
    retried: int = 0
    dead: int = 0
    found_in_history: int = 0

    def add(self, other: DeliveryStats) -> None:
        for name in ("sent", "retried", "dead", "found_in_history"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


class Deliverer:
    platform = "slack"  # the outbox rows this sender claims; the Teams sender overrides it
    # Claim a channel's next row even when it was sent to a moment ago (by this clock); the
    # in-process limiter still spaces posts in wall-clock time. For `worker --once --now`.
    drain = False

    def __init__(
        self,
        engine: Engine,
        client: WebClient,
        clock: Clock,
        config: DeliveryConfig | None = None,
        *,
        limiter: ChannelLimiter = LIMITER,
        sleep: Callable[[float], None] = time.sleep,
        rng: Callable[[], float] = random.random,
        clients: Callable[[OutboxMessage], WebClient] | None = None,
    ) -> None:
        self.engine = engine
        self.client = client
        # Several workspaces: each row's own workspace's client (handlers/slack/workspaces.py).
        self.clients = clients
        self.clock = clock
        self.config = config or DeliveryConfig()
        self.limiter = limiter
        self.sleep = sleep
        self.rng = rng
        self._pool: ThreadPoolExecutor | None = None
        # 5xx and network failures since this sender's last accepted post: one or two mean a
        # blip, more that the platform is down (`_backoff`).
        self.failing = 0

    def deliver_due(self, should_stop: Callable[[], bool] = lambda: False) -> DeliveryStats:
        """Claim and send until nothing is claimable now (or `should_stop`)."""
        stats = DeliveryStats()
        for _ in range(1000):  # a bound, so one pass always ends
            if should_stop():
                break
            round_stats = self.deliver_batch(should_stop)
            if round_stats is None:
                break
            stats.add(round_stats)
        return stats

    def deliver_batch(self, should_stop: Callable[[], bool] = lambda: False):
        """One claim and its sends; None when nothing was due.

        A claim holds at most one row per channel, so the rows can go out side by side without
        touching the order within a channel. The outcomes are recorded together, in one unit of
        work once the claim's sends are done, each with the moment its answer came (the channel
        interval counts from there). One commit per row cost a fan-out more than the posts:
        eight send threads queued for SQLite's one write lock, each a transaction of its own,
        and the worker fell behind the channels' pace. A row posted but not yet recorded when
        its worker dies is in doubt, as it always could be: its lease runs out, and the next
        attempt looks in the channel's history before it sends anything.
        """
        config = self.config
        interval = 0.0 if self.drain else config.channel_interval
        now = self.clock.now()
        with unit_of_work(self.engine) as session:
            rows = outbox.claim(
                session, now, config.batch, config.lease_seconds, min_interval=interval,
                platform=self.platform, ahead=min(AHEAD, interval),
            )
            free_at = outbox.free_again(session, rows, now, interval)
        if not rows:
            return None
        claimed_at = time.monotonic()
        # Rows free now first; then those whose channel frees within AHEAD, soonest first.
        rows.sort(key=lambda row: (row.recipient in free_at, free_at.get(row.recipient, now)))

        def one(row: OutboxMessage) -> tuple[OutboxMessage, Outcome]:
            # Past half the lease, give the row back rather than race another worker's reclaim.
            if should_stop() or time.monotonic() - claimed_at > config.lease_seconds / 2:
                return row, Outcome("released", count_attempt=False)
            if row.recipient in free_at:  # its channel's interval, to the moment
                wait = (free_at[row.recipient] - self.clock.now()).total_seconds()
                if wait > 0:
                    self.sleep(min(wait, AHEAD))
            outcome = self._attempt(row)
            outcome.at = self.clock.now()
            if outcome.kind == "sent":
                self.failing = 0
            return row, outcome

        if config.send_threads > 1 and len(rows) > 1:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(config.send_threads, "outbox-send")
            tasks = [self._pool.submit(one, row) for row in rows]
        else:
            tasks = [_run_now(one, row) for row in rows]
        attempted, failure = [], None
        for task in tasks:
            try:
                attempted.append(task.result())
            except Exception as error:  # a bug, not a platform's refusal: raised below, once
                failure = failure or error
        # The others' outcomes are recorded all the same; the failed row's lease runs out.
        with unit_of_work(self.engine) as session:
            results = [self._finish(session, row, outcome) for row, outcome in attempted]
        if failure is not None:
            raise failure
        counted = Counter(results)
        return DeliveryStats(counted["sent"] + counted["found"], counted["retry"], counted["dead"],
                             counted["found"])

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None

    # -- one row ------------------------------------------------------------------------------

    def client_for(self, row: OutboxMessage) -> WebClient:
        return self.clients(row) if self.clients is not None else self.client

    def _attempt(self, row: OutboxMessage) -> Outcome:
        in_doubt = _needs_check(row)
        posted_now = False
        try:
            client = self.client_for(row)
            parts = slack_messages(row.payload)
            posted = self._posted_parts(row, client) if in_doubt else set()
            if posted >= set(range(len(parts))):
                return Outcome("found")
            for number, body in enumerate(parts):
                if number in posted:
                    continue
                self.limiter.wait(row.recipient, self.config.channel_interval, self.sleep)
                client.chat_postMessage(
                    channel=row.recipient,
                    metadata={"event_type": EVENT_TYPE,
                              "event_payload": {"key": row.key, "part": number}},
                    **body,
                )
                posted_now = True
            return Outcome("sent")
        except SlackApiError as error:
            outcome = self._classify(row, error)
        except NETWORK_ERRORS as error:
            outcome = Outcome("retry", f"network: {type(error).__name__}", self._backoff(row))
        # Refused before the history check could confirm anything, or after some parts went
        # out: the next attempt looks in the history first.
        if (in_doubt or posted_now) and outcome.error.startswith(outbox.RATE_LIMITED):
            # Refused before the history check could confirm anything: look again next time.
            outcome.error = f"unconfirmed, {outcome.error}"
        return outcome

    def _classify(self, row: OutboxMessage, error: SlackApiError) -> Outcome:
        response = error.response
        status = response.status_code
        code = response.get("error", "") if isinstance(response.data, dict) else ""
        if status == 429 or code == "ratelimited":
            headers = {k.lower(): v for k, v in (response.headers or {}).items()}
            wait = headers.get("retry-after")
            wait = float(wait[0] if isinstance(wait, list) else wait or 1)
            return Outcome("retry", f"{outbox.RATE_LIMITED}: Retry-After {wait:g} s",
                           max(wait, 1.0), count_attempt=False)
        if status >= 500 or code in TRANSIENT_ERRORS:
            return Outcome("retry", f"HTTP {status} {code}".strip(), self._backoff(row))
        return Outcome("dead", f"slack: {code or status}")

    def _backoff(self, row: OutboxMessage) -> float:
        """The wait after a 5xx or a network failure. The first retry after half the base (1 s
        by default, the channel's next slot); a later one too, a tenth later at most, while
        the platform is up (this sender's posts went through since its last failure); else
        exponential in the attempts so far, with jitter over its upper half.

        A single 5xx or timeout is most often a blip, and a fan-out's busiest channel waited up
        to 2 s for it where one second does: the history check that follows such an attempt
        keeps it from posting twice, and the channel's spacing is kept by the limiter and the
        claim as for any post. A row hit by a second or third blip waited 2–4 s, then 4–8 s
        more while its channel had a post to send every second, and a fan-out's span went a
        third past its bound. That tenth of jitter keeps a row's retries from falling in step
        with a failure that comes at a fixed rhythm. While failures come one after another the
        delays are as they were (2–4 s, 4–8 s, 8–16 s), so a row rides out half a minute of
        Slack being down before it becomes a dead letter.
        """
        self.failing += 1
        slot = self.config.backoff_base / 2
        if row.attempts <= 1:
            return slot
        if self.failing <= 1:  # the only failure since a post went through: a blip
            return slot * (1 + 0.1 * self.rng())
        ceiling = min(self.config.backoff_max, self.config.backoff_base * 2 ** (row.attempts - 1))
        return ceiling * (0.5 + 0.5 * self.rng())

    def _posted_parts(self, row: OutboxMessage, client: WebClient) -> set[int]:
        """The parts of this row's message found in the recipient's recent history."""
        found: set[int] = set()
        channel = row.recipient
        if channel[:1] in ("U", "W"):  # a DM by user id: history needs the D… conversation
            channel = client.conversations_open(users=channel)["channel"]["id"]
        cursor = None
        for _ in range(self.config.history_pages):
            response = client.conversations_history(
                channel=channel, limit=50, include_all_metadata=True, cursor=cursor
            )
            for message in response.get("messages", []):
                metadata = message.get("metadata") or {}
                event = metadata.get("event_payload") or {}
                if metadata.get("event_type") == EVENT_TYPE and event.get("key") == row.key:
                    found.add(int(event.get("part") or 0))
            cursor = (response.get("response_metadata") or {}).get("next_cursor")
            if not response.get("has_more") or not cursor:
                break
        return found

    def _finish(self, session, row: OutboxMessage, outcome: Outcome) -> str:
        """Records the outcome in the batch's unit of work; returns what happened."""
        now = outcome.at or self.clock.now()
        if outcome.kind == "released":
            outbox.mark_retry(session, row, now, row.last_error, count_attempt=False)
            return "released"
        if outcome.kind in ("sent", "found"):
            outbox.mark_sent(session, row, now)
            log.debug("outbox %s sent to %s", row.key, row.recipient)
            return outcome.kind
        give_up = outcome.kind == "dead" or (
            outcome.count_attempt and row.attempts >= self.config.max_attempts
        )
        if give_up:
            if not outbox.mark_dead(session, row, outcome.error):
                return "lost"  # the lease went to another worker meanwhile
            log.warning("outbox %s to %s is a dead letter after %d attempts: %s",
                        row.key, row.recipient, row.attempts, outcome.error)
            dead_letters.notify_secretaries(session, row, now)
            return "dead"
        next_at = now + timedelta(seconds=outcome.delay)
        if not outbox.mark_retry(session, row, next_at, outcome.error,
                                 count_attempt=outcome.count_attempt):
            return "lost"
        log.info("outbox %s to %s: %s; next try %s", row.key, row.recipient,
                 outcome.error, next_at.isoformat())
        return "retry"


def _run_now(fn, *args) -> Future:
    """`fn(*args)` in this thread, as a finished Future (one send thread, or one row)."""
    future: Future = Future()
    try:
        future.set_result(fn(*args))
    except Exception as error:
        future.set_exception(error)
    return future


def slack_messages(payload: dict) -> list[dict]:
    """chat.postMessage arguments, one per message: a neutral reply (what bot/ enqueues)
    rendered as Block Kit, or a ready Slack body as it is. Channel and metadata are the
    sender's to set."""
    if "reply" in payload:
        return reply_messages(reply_from_payload(payload))
    return [{k: v for k, v in payload.items() if k not in ("channel", "metadata")}]



def _needs_check(row: OutboxMessage) -> bool:
    """Only a row that may already be out is looked up: after a lost lease, a 5xx or a timeout.

    A 429 or a Slack error means nothing was posted; a first attempt has nothing to find.
    """
    return row.attempts > 1 and not row.last_error.startswith(outbox.RATE_LIMITED)
