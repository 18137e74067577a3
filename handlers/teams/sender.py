"""The Teams sender: claims the outbox's Teams rows and posts them to the Bot Connector.

It is the Slack `Deliverer` with another `_attempt`: the claim (platform "teams"), the spacing
per recipient, the lease, retries, backoff and dead letters are the same code. A row's recipient
is a person's Teams id (29:…) or a group's Teams channel id (19:…); where to post is the
conversation reference stored from the activities the bot received (see `reference_from`).

A person the bot has no personal chat with gets one created, when a tenant and a connector are
known (from any stored reference, or MICROSOFT_APP_TENANT_ID with the global connector). With
neither, the row waits long intervals, since the person may write to the bot meanwhile, and is a
dead letter after the usual number of tries.

Teams delivery is at-least-once in one case. Slack messages carry their key in metadata that
the sender reads back from the channel's history; the Bot Connector has no history to read.
A row whose worker died after the POST and before marking it sent (or whose POST timed out, or
got a 5xx after the connector accepted it) is posted again: the recipient may see it twice. The
outbox key travels in the activity's `channelData` so that a reconciliation (e.g. over Graph)
could tell the copies apart later; the window itself is kept small by marking each row sent in
its own short transaction right after the POST.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import quote

import httpx
from sqlalchemy.engine import Engine

from bot import markup
from bot.clock import Clock
from bot.replies import Reply, reply_from_payload
from handlers.delivery import LIMITER, ChannelLimiter, Deliverer, DeliveryConfig, Outcome
from handlers.teams.activities import conversation
from handlers.teams.auth import LOGIN_URL, OutboundTokens
from handlers.teams.render import reply_activities
from storage import outbox
from storage import teams as references
from storage.engine import unit_of_work
from storage.models import OutboxMessage

log = logging.getLogger(__name__)

# Where a 1:1 conversation is created when no stored reference names a regional connector.
DEFAULT_SERVICE_URL = "https://smba.trafficmanager.net/teams/"
OUTBOX_FIELD = "samverkansbot"  # channelData.samverkansbot.outboxKey
NO_REFERENCE = "teams: no conversation reference"
UNREACHABLE_BASE = 900.0  # seconds before looking again for a recipient with no reference
UNREACHABLE_MAX = 6 * 3600.0
LIMITS = {"key": 200, "service_url": 500, "conversation_id": 500, "tenant_id": 100}


@dataclass(frozen=True)
class Target:
    service_url: str
    conversation_id: str
    tenant_id: str


def reference_from(activity: dict) -> tuple[str, str, str, str] | None:
    """(key, serviceUrl, conversation id, tenant) of an activity; call it only once the
    activity's token was verified, since the stored serviceUrl later receives our token."""
    service_url = str(activity.get("serviceUrl") or "")
    conv = activity.get("conversation") or {}
    conversation_id = str(conv.get("id") or "")
    tenant = ((activity.get("channelData") or {}).get("tenant") or {}).get("id")
    tenant = str(tenant or conv.get("tenantId") or "")
    channel, personal = conversation(activity)
    if personal:  # the person's own chat with the bot, keyed by their Teams id
        key = str((activity.get("from") or {}).get("id") or "")
    else:  # the channel itself, not the thread the message was in
        key, conversation_id = str(channel or ""), conversation_id.split(";")[0]
    found = (key, service_url, conversation_id, tenant)
    if not (key and service_url and conversation_id):
        return None
    if any(len(value) > limit for value, limit in zip(found, LIMITS.values(), strict=True)):
        return None  # never seen; refusing it beats failing the request's unit of work
    return found


class TeamsDeliverer(Deliverer):
    """`deliver_due(should_stop)` → DeliveryStats, `close()`: the Slack sender's contract."""

    platform = "teams"

    def __init__(
        self,
        engine: Engine,
        http: httpx.Client,
        clock: Clock,
        settings,
        config: DeliveryConfig | None = None,
        *,
        tokens: OutboundTokens | None = None,
        limiter: ChannelLimiter = LIMITER,
        sleep: Callable[[float], None] = time.sleep,
        rng: Callable[[], float] = random.random,
        unreachable_base: float = UNREACHABLE_BASE,
    ) -> None:
        """`settings`: TeamsSettings (or anything with its microsoft_* attributes)."""
        super().__init__(engine, http, clock, config, limiter=limiter, sleep=sleep, rng=rng)
        self.http = http
        self.app_id = settings.microsoft_app_id
        self.tenant_id = getattr(settings, "microsoft_app_tenant_id", "")
        self.tokens = tokens or OutboundTokens(
            http, self.app_id, settings.microsoft_app_password, self.tenant_id,
            getattr(settings, "teams_login_url", "") or LOGIN_URL,
        )
        self.unreachable_base = unreachable_base

    def _attempt(self, row: OutboxMessage) -> Outcome:
        if row.last_error == outbox.IN_DOUBT:
            log.info("outbox %s: in doubt, sent again (the connector has no history)", row.key)
        try:
            target = self._target(row)
            if isinstance(target, Outcome):
                return target
            base = target.service_url.rstrip("/")
            url = f"{base}/v3/conversations/{quote(target.conversation_id, safe='')}/activities"
            outcome = None
            # A reply too large for one message goes as several, in order; Teams keeps no
            # history to look in, so a row that fails midway is sent whole again.
            for activity in self._activities(row, target):
                self.limiter.wait(row.recipient, self.config.channel_interval, self.sleep)
                outcome = self._classify(row, self._post(url, activity), "post")
                if outcome.kind != "sent":
                    break
            return outcome
        except httpx.TransportError as error:  # timeouts included: the post may have gone out
            return Outcome("retry", f"network: {type(error).__name__}", self._backoff(row))
        except (httpx.HTTPError, KeyError, ValueError) as error:  # mostly the token endpoint
            return Outcome("retry", f"teams: {type(error).__name__}", self._backoff(row))

    def _target(self, row: OutboxMessage) -> Target | Outcome:
        with unit_of_work(self.engine) as session:
            found = references.reference(session, row.recipient)
            other = None if found else references.latest(session, self.tenant_id)
        if found:
            return Target(found.service_url, found.conversation_id, found.tenant_id)
        service_url = other.service_url if other else DEFAULT_SERVICE_URL
        tenant = other.tenant_id if other else self.tenant_id
        if not tenant:
            return Outcome("retry", NO_REFERENCE, self._unreachable_delay(row))
        if row.recipient.startswith("19:"):
            # A channel's id is its conversation id: a post to it starts a thread in the channel
            # (and is refused, so a dead letter, when the bot is not in the team).
            return Target(service_url, row.recipient, tenant)
        return self._create_personal(row, service_url, tenant)

    def _create_personal(self, row: OutboxMessage, service_url: str, tenant: str):
        body = {
            "bot": {"id": f"28:{self.app_id}"},
            "members": [{"id": row.recipient}],
            "channelData": {"tenant": {"id": tenant}},
            "isGroup": False,
        }
        response = self._post(f"{service_url.rstrip('/')}/v3/conversations", body)
        if not response.is_success:
            return self._classify(row, response, "create conversation")
        conversation_id = str(response.json().get("id") or "")
        if not conversation_id or len(conversation_id) > LIMITS["conversation_id"]:
            return Outcome("retry", "teams: created conversation has no id", self._backoff(row))
        with unit_of_work(self.engine) as session:
            references.remember(session, row.recipient, service_url, conversation_id, tenant,
                                self.clock.now())
        log.info("outbox %s: created a personal chat with %s", row.key, row.recipient)
        return Target(service_url, conversation_id, tenant)

    def _activities(self, row: OutboxMessage, target: Target) -> list[dict]:
        payload = row.payload
        reply = reply_from_payload(payload) if "reply" in payload else Reply(
            markup.escape(str(payload.get("text", ""))))
        activities = reply_activities(reply)
        for number, activity in enumerate(activities):
            channel_data: dict = {OUTBOX_FIELD: {"outboxKey": row.key, "part": number}}
            if target.tenant_id:
                channel_data["tenant"] = {"id": target.tenant_id}
            activity.update(conversation={"id": target.conversation_id},
                            channelData=channel_data)
            activity["from"] = {"id": f"28:{self.app_id}"}
        return activities

    def _post(self, url: str, body: dict) -> httpx.Response:
        response = self._send(url, body)
        if response.status_code == 401:  # a token revoked before its time: one fresh token
            self.tokens.forget()
            response = self._send(url, body)
        return response

    def _send(self, url: str, body: dict) -> httpx.Response:
        headers = {"Authorization": f"Bearer {self.tokens.token()}"}
        return self.http.post(url, json=body, headers=headers)

    def _classify(self, row: OutboxMessage, response: httpx.Response, what: str) -> Outcome:
        status = response.status_code
        if response.is_success:
            return Outcome("sent")
        if status == 429:  # refused, so nothing was posted: not an attempt
            wait = retry_after(response.headers.get("Retry-After"))
            return Outcome("retry", f"{outbox.RATE_LIMITED}: Retry-After {wait:g} s",
                           max(wait, 1.0), count_attempt=False)
        error = f"teams {what}: HTTP {status} {_error_code(response)}".strip()
        # 401 twice in a row is our credentials, not the message: try again later.
        if status >= 500 or status in (401, 408):
            return Outcome("retry", error, self._backoff(row))
        return Outcome("dead", error)

    def _unreachable_delay(self, row: OutboxMessage) -> float:
        ceiling = min(UNREACHABLE_MAX, self.unreachable_base * 2 ** max(row.attempts - 1, 0))
        return ceiling * (0.5 + 0.5 * self.rng())


def retry_after(value: str | None) -> float:
    """Retry-After in seconds: a number, or an HTTP date; one second when absent or odd."""
    if not value:
        return 1.0
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return 1.0
    return max(moment.timestamp() - time.time(), 0.0)


def _error_code(response: httpx.Response) -> str:
    """The connector's error code ("BotNotInConversationRoster"); never its message text."""
    try:
        error = response.json().get("error") or {}
    except (ValueError, AttributeError):
        return ""
    return str(error.get("code", "")) if isinstance(error, dict) else ""
