"""The Bolt app, built by a factory so tests can build it against a loopback Slack."""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime

import httpx
from slack_bolt import App, BoltResponse
from slack_sdk import WebClient
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from bot.clock import Clock
from bot.settings import Settings
from handlers.slack.identity import BotIdentity
from storage.engine import unit_of_work
from storage.models import ProcessedEvent

log = logging.getLogger(__name__)


@dataclass
class SlackRuntime:
    """What every listener needs: the database, the clock, the Web API client, and a pool for
    the work that comes after the acknowledgement."""

    engine: Engine
    clock: Clock
    client: WebClient
    http: httpx.Client  # downloads of files people share with the bot
    pool: ThreadPoolExecutor = field(
        default_factory=lambda: ThreadPoolExecutor(8, thread_name_prefix="after-ack"))
    # Shared files are downloaded and read here, apart: a flood of them waits its turn
    # without holding up the buttons and forms that run in `pool`.
    files: ThreadPoolExecutor = field(
        default_factory=lambda: ThreadPoolExecutor(2, thread_name_prefix="files"))
    # The process's settings, read once: not from the environment again in every request.
    settings: Settings | None = None

    def later(self, work, *args, pool: ThreadPoolExecutor | None = None) -> Future:
        """Runs `work` after Slack has its answer: Web API calls never delay an acknowledgement.

        Bolt answers Slack when the listener returns (process_before_response), without the
        10 ms polling it does otherwise; what follows the answer runs here.
        """

        def run():
            try:
                work(*args)
            except Exception:
                log.exception("Error after the acknowledgement in %s", getattr(work, "__name__",
                                                                                work))

        return (pool or self.pool).submit(run)


def make_client(settings: Settings) -> WebClient:
    kwargs = {"token": settings.slack_bot_token or None, "timeout": 10}
    if settings.slack_api_url:
        kwargs["base_url"] = settings.slack_api_url.rstrip("/") + "/"
    return WebClient(**kwargs)


def build_app(
    settings: Settings,
    engine: Engine,
    clock: Clock,
    client: WebClient | None = None,
    http: httpx.Client | None = None,
) -> App:
    client = client or make_client(settings)
    identity = BotIdentity(client)
    app = App(
        # Bolt's own clients carry no token: `authorize` hands each request the bot token.
        client=WebClient(base_url=client.base_url, timeout=client.timeout),
        authorize=identity.authorizer(),
        logger=_bolt_logger(settings),
        signing_secret=settings.slack_signing_secret,
        process_before_response=True,
    )
    # Not in a request, and not blocking the start: Slack may be slow or down right now.
    identity.resolve_in_background()
    runtime = SlackRuntime(engine, clock, client, http or httpx.Client(timeout=20),
                           settings=settings)
    app.middleware(_once_per_event(runtime))
    app.middleware(_once_per_request(runtime))

    from handlers.slack import actions, commands, events, files, views

    commands.register(app, runtime)
    events.register(app, runtime)
    files.register(app, runtime)  # its buttons before the catch-all in actions
    actions.register(app, runtime)
    views.register(app, runtime)

    @app.error
    def on_error(error, body, logger):  # one place where unexpected errors are logged
        kind = body.get("type") or body.get("command") or "request"
        log.exception("Unhandled error in Slack %s: %s", kind, type(error).__name__)

    return app


def _bolt_logger(settings: Settings) -> logging.Logger:
    """Bolt's own logger, quiet below WARNING unless we debug.

    Bolt logs the whole body of a request with a bad signature at INFO, and a forged request
    may carry someone's message: bodies are never logged at INFO here. Bolt copies this
    logger's level to each of its own loggers when the app is built.
    """
    logger = logging.getLogger("samverkansbot.bolt")
    logger.setLevel(logging.DEBUG if settings.log_level == "DEBUG" else logging.WARNING)
    return logger


def _once_per_request(runtime: SlackRuntime):
    """A signed command, button or form sent again within Slack's five minutes does nothing.

    Slack never resends these (only events, which carry an event_id), so a second request with
    the same signature is a replay: its signature covers the timestamp and the whole body.
    """

    def middleware(req, body, next):
        if body.get("type") in ("event_callback", "url_verification") or body.get("ssl_check"):
            return next()
        signature = (req.headers.get("x-slack-signature") or [""])[0]
        if not signature.startswith("v0="):  # Socket Mode: no HTTP signature to go by
            return next()
        key = "slack-request:" + signature[3:67]
        try:
            with unit_of_work(runtime.engine) as session:
                session.add(ProcessedEvent(event_id=key, received_at=datetime.now(UTC)))
        except IntegrityError:
            log.warning("Refused a replayed Slack request")
            return BoltResponse(status=200, body="")
        return next()

    return middleware


def _once_per_event(runtime: SlackRuntime):
    """Slack redelivers an event up to three times; remember event_id and skip repeats."""

    def middleware(body, next):
        event_id = body.get("event_id") if body.get("type") == "event_callback" else None
        if not event_id:
            return next()
        try:
            with unit_of_work(runtime.engine) as session:
                session.add(ProcessedEvent(event_id=event_id, received_at=datetime.now(UTC)))
        except IntegrityError:
            log.info("Skipping redelivered event %s", event_id)
            return BoltResponse(status=200, body="")
        return next()

    return middleware
