"""Slack payloads → the neutral Request, and the one way listeners run the bot."""

from __future__ import annotations

import logging
from collections.abc import Callable

from bot import texts
from bot.context import Context
from bot.replies import Reply, Request
from handlers.slack.app import SlackRuntime
from handlers.slack.mrkdwn import from_slack
from handlers.slack.render import reply_messages
from storage.engine import unit_of_work

log = logging.getLogger(__name__)


def is_dm_channel(channel_id: str | None) -> bool:
    return bool(channel_id) and channel_id.startswith("D")


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
    )


def send_reply(reply: Reply, first: Callable, rest: Callable | None = None) -> None:
    """Every message of the reply, in order: the first through `first`, the others through
    `rest` (or `first`). A reply longer than one Slack message continues, it is never cut."""
    messages = reply_messages(reply)
    first(**messages[0])
    for message in messages[1:]:
        (rest or first)(**message)


def run_bot(runtime: SlackRuntime, what: str, call: Callable[[Context], Reply]) -> Reply:
    """One unit of work per request; an unexpected error is logged once and answered politely."""
    try:
        with unit_of_work(runtime.engine) as session:
            return call(Context(session, runtime.clock, runtime.settings))
    except Exception:
        log.exception("Error while handling %s", what)
        return Reply(texts.SOMETHING_WENT_WRONG)
