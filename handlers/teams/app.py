"""POST /api/messages: check the token, run the bot once per activity, post the card back.

The bot runs inside the request (one unit of work, milliseconds against the database), so a
refused or broken activity is answered and logged in context. The reply is posted to the Bot
Connector from a small thread pool after the 200 has gone: that post needs an app token (a
round trip to the identity platform when the cached one is due) and a second round trip to the
connector, and the Bot Framework redelivers an activity that is not acknowledged in time
(15 seconds for messages, 5 for invokes). The cost is that a reply whose post fails is logged,
not retried; nothing is stored by the post, so no state is lost with it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import tempfile
import threading
from collections.abc import Mapping
from concurrent.futures import Future, ThreadPoolExecutor, wait
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

import httpx
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from bot import commands, texts
from bot.clock import Clock
from bot.context import Context
from bot.replies import Reply, Request
from bot.welcome import welcome
from handlers import afterwards
from handlers.teams import guard, lifecycle, private
from handlers.teams.activities import Incoming, parse
from handlers.teams.activities import conversation as activity_conversation
from handlers.teams.auth import AuthError, InboundVerifier, OutboundTokens
from handlers.teams.render import reply_activities, reply_activity
from handlers.teams.sender import reference_from
from handlers.teams.settings import LOGIN_URL, OPENID_METADATA_URL
from handlers.teams.settings import TeamsSettings as TeamsSettings  # where callers look for it
from storage import teams as references
from storage.engine import unit_of_work, wrote
from storage.models import ProcessedEvent

log = logging.getLogger(__name__)

SEND_THREADS = 4
READABLE = (".pdf", ".docx", ".md", ".markdown", ".txt")
INVOKE_OK = {"statusCode": 200, "type": "application/vnd.microsoft.activity.message", "value": ""}


class TeamsHandler:
    """(headers, body) → (status, JSON body); see build_teams_handler."""

    def __init__(self, settings, engine: Engine, clock: Clock, http: httpx.Client) -> None:
        app_id = settings.microsoft_app_id
        self.engine = engine
        self.clock = clock
        self.http = http
        self.verifier = InboundVerifier(
            http, app_id,
            getattr(settings, "teams_openid_metadata_url", "") or OPENID_METADATA_URL,
        )
        self.tokens = OutboundTokens(
            http, app_id, settings.microsoft_app_password,
            getattr(settings, "microsoft_app_tenant_id", ""),
            getattr(settings, "teams_login_url", "") or LOGIN_URL,
        )
        self._pool = ThreadPoolExecutor(SEND_THREADS, thread_name_prefix="teams-send")
        self._pending: set[Future] = set()
        self._lock = threading.Lock()

    def __call__(self, headers: Mapping[str, str], body: bytes) -> tuple[int, dict]:
        authorization = _header(headers, "Authorization")
        if not authorization:
            log.warning("Refused Teams activity: no Authorization header")
            return 401, {}
        if len(body or b"") > guard.MAX_BODY:
            log.warning("Refused Teams activity: body too large")
            return 413, {}
        try:
            activity = json.loads(body or b"null")
        except (ValueError, RecursionError):  # not JSON, not UTF-8, or nested past reading
            activity = None
        if not isinstance(activity, dict):
            log.warning("Refused Teams activity: body is not a JSON object")
            return 400, {}
        try:
            self.verifier.verify(authorization, activity)
        except AuthError as error:
            log.warning("Refused Teams activity: %s", error)
            return 401, {}
        problem = guard.shape_problem(activity)
        if problem:  # signed, but not what the Bot Framework sends: the body stays unlogged
            log.warning("Refused Teams activity: %s", problem)
            return 400, {}
        invoke = activity.get("type") == "invoke"
        incoming = parse(activity, self.clock.now())
        if incoming is None:
            came = lifecycle.change(activity)
            if came == "removed":  # nothing may be sent there any more
                self._forget(activity)
                return 200, {}
            # Installs and other silent activities still say where proactive messages go.
            self._remember_only(activity)
            if came == "added":
                self._welcome(activity)
            return 200, INVOKE_OK if invoke else {}
        if not self._first_delivery(activity):
            return 200, INVOKE_OK if invoke else {}
        with afterwards.attempt() as attempt:  # notes whether the bot's work saved anything
            reply = self._run(incoming, activity)
        self._post_later(activity, reply, attempt)
        return 200, INVOKE_OK if invoke else {}

    def flask_view(self):
        """The handler as a Flask view, so the web app mounts it with one line."""
        from flask import jsonify, request

        request.max_content_length = guard.MAX_BODY  # read no further than a real activity
        status, payload = self(request.headers, request.get_data())
        return jsonify(payload), status

    def flush(self, timeout: float = 10.0) -> None:
        """Wait for the replies still being posted (tests, and a graceful shutdown)."""
        with self._lock:
            pending = list(self._pending)
        wait(pending, timeout=timeout)

    def _run(self, incoming: Incoming, activity: dict) -> Reply:
        """One unit of work per activity; an unexpected error is logged once, answered politely."""
        request = incoming.request
        try:
            with unit_of_work(self.engine) as session:
                _remember(session, activity, self.clock.now())
                session.info["wrote"] = False  # where to answer is no work of the person's
                ctx = Context(session, self.clock)
                if incoming.kind == "action":
                    reply = commands.handle_action(ctx, request, incoming.name, incoming.value)
                elif incoming.kind == "file":
                    reply = self._file(ctx, incoming)
                elif incoming.kind == "form":
                    reply = commands.handle_form(
                        ctx, request, incoming.name, incoming.value, incoming.values
                    )
                else:
                    reply = commands.handle(ctx, request)
        except Exception as error:
            what = f"{incoming.kind} {incoming.name or request.command or 'text'}"
            afterwards.log_failure(log, f"Teams {what}", error, person=request.user_id)
            return Reply(texts.SOMETHING_WENT_WRONG)
        if wrote(session):
            afterwards.note_saved()
        return reply

    def _file(self, ctx: Context, incoming: Incoming) -> Reply:
        """Minutes shared in the chat: downloaded (bounded), read into a draft, previewed."""
        from bot.minutes import chat_review, intake
        from bot.minutes.reading.bounded import LIMITS
        from bot.texts import review as rt

        name = Path(incoming.name).name or "protokoll"
        if not name.lower().endswith(READABLE):
            return Reply(rt.NOT_READABLE.format(file=name))
        if not intake.may_send(ctx, incoming.request):  # nobody else's file is fetched
            return intake.not_a_sender(ctx, incoming.request)
        refused = intake.before_download(name, None)
        if refused is not None:
            return refused
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / ("underlag" + Path(name).suffix.lower())
            try:
                timeout = httpx.Timeout(intake.DOWNLOAD_SECONDS)
                with self.http.stream("GET", incoming.value, follow_redirects=True,
                                      timeout=timeout) as response:
                    response.raise_for_status()
                    size = 0
                    with path.open("wb") as out:
                        for chunk in response.iter_bytes():
                            size += len(chunk)
                            if size > LIMITS.max_bytes:
                                raise ValueError("too large")
                            out.write(chunk)
            except (httpx.HTTPError, ValueError) as error:
                log.warning("Teams file not downloaded: %s", type(error).__name__)
                return Reply(rt.DOWNLOAD_FAILED)
            return chat_review.received(ctx, incoming.request, path, name)

    def _remember_only(self, activity: dict) -> None:
        try:
            with unit_of_work(self.engine) as session:
                _remember(session, activity, self.clock.now())
        except Exception:
            log.exception("Could not store a Teams conversation reference")

    def _welcome(self, activity: dict) -> None:
        """A welcome card, once per chat or channel, however many install events Teams sends."""
        conversation = (activity.get("conversation") or {}).get("id", "")
        digest = hashlib.sha256(conversation.encode()).hexdigest()[:64]
        try:
            with unit_of_work(self.engine) as session:
                session.add(ProcessedEvent(event_id=f"teams-welcome:{digest}"[:100],
                                           received_at=_utcnow()))
        except IntegrityError:
            return
        channel, personal = activity_conversation(activity)
        request = Request("teams", (activity.get("from") or {}).get("id", ""),
                          channel_id=channel, is_dm=personal, now=self.clock.now())
        try:
            with unit_of_work(self.engine) as session:
                reply = welcome(Context(session, self.clock), request)
        except Exception:
            log.exception("Could not write the Teams welcome")
            return
        self._post_later(activity, reply, reply_to=False)

    def _forget(self, activity: dict) -> None:
        """The bot was removed: its references there are dropped, so the worker stops trying."""
        channel, personal = activity_conversation(activity)
        conversation = str((activity.get("conversation") or {}).get("id") or "").split(";")[0]
        keys = [str((activity.get("from") or {}).get("id") or "")] if personal else [channel]
        try:
            with unit_of_work(self.engine) as session:
                gone = references.forget(session, keys, "" if personal else conversation)
            log.info("Teams: removed from a %s; %d references forgotten",
                     "personal chat" if personal else "team", gone)
        except Exception:
            log.exception("Could not forget Teams conversation references")

    def _first_delivery(self, activity: dict) -> bool:
        """The Bot Framework redelivers an activity it thinks was lost; answer it once."""
        conversation = (activity.get("conversation") or {}).get("id", "")
        activity_id = activity.get("id")
        if not activity_id:
            return True
        # Conversation ids run past the column's 100 characters; a digest fits and stays unique.
        digest = hashlib.sha256(f"{conversation}\n{activity_id}".encode()).hexdigest()[:64]
        try:
            with unit_of_work(self.engine) as session:
                session.add(ProcessedEvent(event_id=f"teams:{digest}", received_at=_utcnow()))
        except IntegrityError:
            log.info("Skipping redelivered Teams activity")
            return False
        return True

    def _post_later(self, activity: dict, reply: Reply,
                    attempt: afterwards.Attempt | None = None, reply_to: bool = True) -> None:
        """The reply goes out after the 200. Should it not (a reply that cannot be rendered,
        a card the connector refuses), the person still hears something went wrong, and
        whether anything was saved (`attempt`). `reply_to` is False for what the bot says
        on its own (the welcome), which answers no message."""
        attempt = attempt or afterwards.Attempt()
        conversation = activity.get("conversation") or {}
        base = str(activity.get("serviceUrl", "")).rstrip("/")
        url = f"{base}/v3/conversations/{quote(conversation.get('id', ''), safe='')}/activities"
        if activity.get("id") and reply_to:
            url += f"/{quote(str(activity['id']), safe='')}"
        person = (activity.get("from") or {}).get("id")
        fallback = self._envelope(activity, reply_activity(Reply(attempt.failure_text()),
                                                           activity.get("locale")), reply_to)
        try:
            if reply_to and private.needed(activity, reply):  # not for the whole channel's eyes
                self._track(self._pool.submit(private.answer, self, activity, reply, url,
                                              fallback))
                return
            # The person's own language and region travel with the answer (dates, screen
            # readers).
            payloads = [self._envelope(activity, payload, reply_to)
                        for payload in reply_activities(reply, activity.get("locale"))]
        except Exception as error:
            afterwards.log_failure(log, "Teams reply", error, person=person)
            payloads, fallback = [fallback], None
        self._track(self._pool.submit(self._post_all, url, payloads, fallback))

    @staticmethod
    def _envelope(activity: dict, payload: dict, reply_to: bool = True) -> dict:
        payload.update(conversation=activity.get("conversation") or {},
                       recipient=activity.get("from"), **{"from": activity.get("recipient")})
        if reply_to:
            payload["replyToId"] = activity.get("id")
        return payload

    def _track(self, future: Future) -> None:
        with self._lock:
            self._pending.add(future)
        future.add_done_callback(self._done)

    def _done(self, future: Future) -> None:
        with self._lock:
            self._pending.discard(future)

    def _post_all(self, url: str, payloads: list[dict], fallback: dict | None = None) -> None:
        """A long reply's cards in order, from one thread, so they arrive as written; when
        the connector refuses one, the short `fallback` says so instead of the rest."""
        for payload in payloads:
            if not self._post(url, payload):
                if fallback is not None:
                    self._post(url, fallback)
                return

    def _post(self, url: str, payload: dict) -> bool:
        """Whether the connector took it; a failure is logged here."""
        try:
            response = self._send(url, payload)
            if response.status_code == 401:  # a token revoked before its time: get a new one
                self.tokens.forget()
                response = self._send(url, payload)
            if response.status_code >= 300:
                log.warning("Teams reply refused by the connector: HTTP %s", response.status_code)
                return False
            return True
        except Exception as error:  # a thread of our own: nothing above would log it
            log.warning("Teams reply not sent: %s", type(error).__name__)
            return False

    def _send(self, url: str, payload: dict) -> httpx.Response:
        headers = {"Authorization": f"Bearer {self.tokens.token()}"}
        return self.http.post(url, json=payload, headers=headers)


def build_teams_handler(settings, engine: Engine, clock: Clock, http: httpx.Client) -> TeamsHandler:
    """The /api/messages endpoint. `settings` needs microsoft_app_id and microsoft_app_password
    (TeamsSettings, or Settings once it carries them)."""
    return TeamsHandler(settings, engine, clock, http)


def _remember(session, activity: dict, now: datetime) -> None:
    """Keep where this activity came from, for the outbox's proactive messages (sender.py).

    Called only after the token was verified: the stored serviceUrl later gets our app token.
    """
    found = reference_from(activity)
    if found is not None:
        references.remember(session, *found, now)


def _header(headers: Mapping[str, str], name: str) -> str:
    value = headers.get(name)
    if value is None:  # a plain dict from a test or another server may not fold case
        value = next((v for k, v in headers.items() if k.lower() == name.lower()), "")
    return value or ""


def _utcnow() -> datetime:
    return datetime.now(UTC)
