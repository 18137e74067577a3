"""The Bolt app, built by a factory so tests can build it against a loopback Slack."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime

import httpx
from slack_bolt import App, BoltResponse
from slack_bolt.middleware import Middleware
from slack_sdk import WebClient
from sqlalchemy.engine import Engine

from bot.clock import Clock
from bot.replies import Reply
from bot.settings import Settings
from handlers import afterwards
from handlers.slack.identity import BotIdentity
from storage import handled

log = logging.getLogger(__name__)

ONCE = "samverkansbot_once"  # Bolt context: a slash command's replay key, for its listener


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

    def later(self, work, *args, asker: Asker | None = None, saved: bool = False,
              pool: ThreadPoolExecutor | None = None) -> Future:
        """Runs `work` after Slack has its answer: Web API calls never delay an acknowledgement.

        Bolt answers Slack when the listener returns (process_before_response), without the
        10 ms polling it does otherwise; what follows the answer runs here. Should it fail, the
        error is logged once (handlers/afterwards.py) and `asker` is told in a sentence that
        says whether anything was saved (`saved`: a unit of work before this one already did).
        """
        name = getattr(work, "__name__", "work")

        def run():
            with afterwards.attempt(saved) as current:
                try:
                    work(*args)
                except Exception as error:
                    afterwards.log_failure(log, f"Slack {name}", error,
                                           person=asker and asker.user,
                                           channel=asker and asker.channel)
                    if asker is not None:
                        asker.tell(Reply(current.failure_text()), name)

        return (pool or self.pool).submit(run)


@dataclass(frozen=True)
class Asker:
    """Whom work after the acknowledgement is for, and how a reply reaches them."""

    user: str
    channel: str | None
    answer: Callable[[Reply], object]

    def tell(self, reply: Reply, what: str) -> None:
        try:
            self.answer(reply)
        except Exception as error:  # Slack itself failing: the log is all that is left
            log.warning("Could not tell %s that %s failed: %s", self.user, what,
                        type(error).__name__)


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
    # Bolt's own clients carry no token: each request gets the bot token of its workspace.
    tokenless = WebClient(base_url=client.base_url, timeout=client.timeout)
    if settings.slack_installs:  # several workspaces: tokens from /slack/install, encrypted
        from handlers.slack.oauth import oauth_settings

        app = App(client=tokenless, oauth_settings=oauth_settings(settings, engine),
                  installation_store_bot_only=True, logger=_bolt_logger(settings),
                  signing_secret=settings.slack_signing_secret, process_before_response=True)
        app.enable_token_revocation_listeners()  # an uninstalled workspace is forgotten
    else:
        identity = BotIdentity(client)
        app = App(client=tokenless, authorize=identity.authorizer(),
                  logger=_bolt_logger(settings), signing_secret=settings.slack_signing_secret,
                  process_before_response=True)
        # Not in a request, and not blocking the start: Slack may be slow or down right now.
        identity.resolve_in_background()
        app.bot_identity = identity  # to stop asking, should Slack never answer (tests)
    runtime = SlackRuntime(engine, clock, client, http or httpx.Client(timeout=20),
                           settings=settings)
    app.middleware(_Once(runtime))

    from handlers.slack import actions, commands, events, files, views

    commands.register(app, runtime)
    events.register(app, runtime)
    files.register(app, runtime)  # its buttons before the catch-all in actions
    actions.register(app, runtime)
    views.register(app, runtime)

    @app.error
    def on_error(error, body, logger):  # one place where unexpected errors are logged
        kind = body.get("type") or body.get("command") or "request"
        afterwards.log_failure(log, f"Slack {kind}", error)

    return app


def _bolt_logger(settings: Settings) -> logging.Logger:
    """Bolt's own logger: WARNING and up only, whatever LOG_LEVEL says, and without bodies.

    Bolt logs whole request bodies at INFO (a request with a bad signature) and at DEBUG (every
    response), and a body may carry someone's synpunkt or the text of a message: they are
    never written, not even when we debug. Bolt copies this logger's level and filters to each
    of its own loggers when the app is built; the filter also blanks a body that a warning
    quotes (an unhandled request).
    """
    logger = logging.getLogger("samverkansbot.bolt")
    logger.setLevel(logging.WARNING)
    if not any(isinstance(f, NoBodies) for f in logger.filters):
        logger.addFilter(NoBodies())
    return logger


class NoBodies(logging.Filter):
    """Replaces anything that looks like a request body in a log message with "…"."""

    QUOTED = re.compile(r"\{.*\}|(body|payload)\s*[:=].*", re.DOTALL | re.IGNORECASE)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        blanked = self.QUOTED.sub("…", message)
        if blanked != message:
            record.msg, record.args = blanked, ()
        return True


class _Once(Middleware):
    """Each event, command, button and form is handled once.

    Slack redelivers an event up to three times: its event_id is remembered and repeats are
    skipped. Slack never resends a command, button or form, so a second request with the same
    signature within Slack's five minutes is a replay, refused: the signature covers the
    timestamp and the whole body. A slash command, the requests that come most, is not
    remembered here in a transaction of its own: its key goes to the listener (`context[ONCE]`),
    which remembers it in the command's own unit of work (handlers/slack/requests.run_bot).

    A `Middleware` of Bolt's own kind rather than a function: Bolt matches a function's
    arguments by name on every request.
    """

    def __init__(self, runtime: SlackRuntime) -> None:
        self.runtime = runtime

    @property
    def name(self) -> str:
        return "samverkansbot.once"

    def process(self, *, req, resp, next):  # noqa: A002 (Bolt's own name)
        body = req.body
        if body.get("type") == "event_callback":
            event_id = body.get("event_id")
            if event_id and not handled.first_time(self.runtime.engine, event_id,
                                                   datetime.now(UTC)):
                log.info("Skipping redelivered event %s", event_id)
                return BoltResponse(status=200, body="")
            return next()
        if body.get("type") == "url_verification" or body.get("ssl_check"):
            return next()
        signature = (req.headers.get("x-slack-signature") or [""])[0]
        if not signature.startswith("v0="):  # Socket Mode: no HTTP signature to go by
            return next()
        key = "slack-request:" + signature[3:67]
        if body.get("command"):
            req.context[ONCE] = key
            return next()
        if not handled.first_time(self.runtime.engine, key, datetime.now(UTC)):
            log.warning("Refused a replayed Slack request")
            return BoltResponse(status=200, body="")
        return next()
