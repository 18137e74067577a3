"""Slack payloads → the neutral Request, and the one way listeners run the bot."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from bot import texts
from bot.context import Context
from bot.replies import Reply, Request
from handlers import afterwards
from handlers.slack.app import Asker, SlackRuntime
from handlers.slack.mrkdwn import from_slack
from handlers.slack.render import reply_messages
from storage import handled, plain, roster_cache
from storage.engine import unit_of_work, wrote

log = logging.getLogger(__name__)


def is_dm_channel(channel_id: str | None) -> bool:
    return bool(channel_id) and channel_id.startswith("D")


# A request from a workspace Slack did not name sees no group (see `workspace`).
NO_WORKSPACE = "-"


def workspace(runtime: SlackRuntime, body: dict) -> str | None:
    """The workspace (team id) a request came from when several are installed, so that it sees
    that workspace's groups only; None with one workspace (SLACK_BOT_TOKEN), where all count."""
    if runtime.settings is None or not runtime.settings.slack_installs:
        return None
    team = (body.get("team_id") or (body.get("team") or {}).get("id")
            or (body.get("user") or {}).get("team_id"))
    return team if isinstance(team, str) and team else NO_WORKSPACE


def command_request(runtime: SlackRuntime, body: dict) -> Request:
    channel = body.get("channel_id")
    return Request(
        platform="slack",
        user_id=body.get("user_id", ""),
        text=from_slack(body.get("text") or "").strip(),
        command=(body.get("command") or "").lstrip("/"),
        channel_id=channel,
        is_dm=is_dm_channel(channel) or body.get("channel_name") == "directmessage",
        now=runtime.clock.now(),
        workspace=workspace(runtime, body),
    )


def send_reply(reply: Reply, first: Callable, rest: Callable | None = None) -> None:
    """Every message of the reply, in order: the first through `first`, the others through
    `rest` (or `first`). A reply longer than one Slack message continues, it is never cut."""
    messages = reply_messages(reply)
    first(**messages[0])
    for message in messages[1:]:
        (rest or first)(**message)


class Replayed(Exception):
    """The request was handled before: its unit of work is rolled back, nothing is answered."""


def run_bot(runtime: SlackRuntime, what: str, call: Callable[[Context], Reply],
            once: str | None = None, trust_roster: bool = True,
            reads_only: bool = False) -> Reply | None:
    """One unit of work per request; an unexpected error is logged once and answered politely
    (the unit of work rolled back: nothing was saved). A commit that wrote is noted, so that a
    failure after it is not reported as "nothing was saved".

    `once`: the request's replay key (`_Once` in handlers/slack/app.py), remembered at the end of
    this same unit of work; None when it was there already (a replay: nothing saved, nothing to
    answer). One transaction for both rather than one before the command and one for it: what a
    request did and the note that it was handled are saved together.

    `reads_only`: the command never writes (bot.commands.reads_only), so its key has nothing to
    be saved together with: on PostgreSQL it goes ahead, in the message of the command's first
    read, a round trip less (storage.handled.remember_ahead); taken back should the command
    fail, so that a failed request leaves nothing here either.

    `trust_roster`: the roster snapshot is checked with the first read (storage/roster_cache.py)
    and the call run again should it have changed; False for a call too costly to run twice
    (reading a file of minutes), which checks the roster first as before.
    """
    ahead = False  # the key went ahead (it may have been saved): not again, taken back on failure
    for trusting in ((True, False) if trust_roster else (False,)):
        session = None
        try:
            with unit_of_work(runtime.engine) as session:
                # The roster snapshot on trust, its version checked with the first read
                # (storage/roster_cache.py): a round trip less on PostgreSQL.
                session.info[roster_cache.DEFER] = trusting
                sent_ahead = (reads_only and once is not None and not ahead
                              and handled.remember_ahead(session, once, datetime.now(UTC),
                                                         Replayed))
                reply = call(Context(session, runtime.clock, runtime.settings))
                plain.settle(session)  # the key ahead too, if no read took it along
                if once is not None and not (ahead or sent_ahead) and not handled.remember(
                        session, once, datetime.now(UTC), last=True):
                    raise Replayed
        except Replayed:
            log.warning("Refused a replayed Slack request")
            return None
        except Exception as error:
            ahead = ahead or (session is not None and bool(session.info.get(plain.EARLY_SENT)))
            # The roster taken on trust had changed, or the command failed before its version
            # was checked: nothing was written, so it runs again on the roster as it is now.
            if trusting and (isinstance(error, roster_cache.RosterChanged) or (
                    session is not None and plain.pending_check(session))):
                continue
            if ahead:
                _take_back(runtime, once)
            afterwards.log_failure(log, f"Slack {what}", error)
            return Reply(texts.SOMETHING_WENT_WRONG)
        break
    if wrote(session):
        afterwards.note_saved()
    return reply


def _take_back(runtime: SlackRuntime, once: str) -> None:
    try:
        handled.forget(runtime.engine, once)
    except Exception as error:  # the failure itself is what the person hears about
        afterwards.log_failure(log, "taking back a replay key", error)


# --- how a person is reached after the acknowledgement ---------------------------------------
def asker_where(client, user: str, channel: str | None, thread_ts: str | None = None) -> Asker:
    """Where they wrote: their DM, or privately in the channel (in the thread, if any)."""
    if not channel or is_dm_channel(channel):
        def answer(reply: Reply) -> None:
            send_reply(reply, lambda **message: client.chat_postMessage(channel=channel or user,
                                                                        **message))
    else:
        def answer(reply: Reply) -> None:
            send_reply(reply, lambda **message: client.chat_postEphemeral(
                channel=channel, user=user, thread_ts=thread_ts, **message))
    return Asker(user, channel, answer)


def asker_by_respond(respond, client, user: str, channel: str | None) -> Asker:
    """By the request's response_url, privately; by DM when that is gone (it lasts 30 min)."""
    def answer(reply: Reply) -> None:
        try:
            send_reply(reply, responder(respond, replace_original=False,
                                        response_type="ephemeral"))
        except Exception:
            send_reply(reply, lambda **message: client.chat_postMessage(channel=user, **message))
    return Asker(user, channel, answer)


class ResponseRefused(Exception):
    """Slack refused a post to a response_url (expired, or the message refused)."""


def responder(respond, **fixed) -> Callable:
    """Bolt's `respond`, raising when Slack refuses the post: its webhook client returns the
    error instead of raising it, and the person would never hear back."""
    def send(**message) -> None:
        status = getattr(respond(**fixed, **message), "status_code", 200)
        if status >= 300:
            raise ResponseRefused(f"HTTP {status}")
    return send
