"""Events: DMs and mentions are free text to the bot; App Home shows the next meetings."""

from __future__ import annotations

import re

from bot import commands
from bot.meetings.home import home
from bot.replies import Request
from handlers.slack.app import SlackRuntime
from handlers.slack.render import home_view, reply_blocks
from handlers.slack.requests import run_bot

MENTION = re.compile(r"<@[A-Z0-9]+(\|[^>]*)?>")


def register(app, runtime: SlackRuntime) -> None:
    @app.event("message")
    def on_message(event, client):
        # Only plain messages from people in a DM; edits, joins and bot posts are not questions.
        if event.get("channel_type") != "im" or event.get("subtype") or event.get("bot_id"):
            return
        runtime.later(answer_dm, event, client)

    def answer_dm(event, client):
        request = _request(runtime, event, event.get("text", ""), is_dm=True)
        reply = run_bot(runtime, "message.im", lambda ctx: commands.handle(ctx, request))
        client.chat_postMessage(
            channel=event["channel"], text=reply.text or reply.plain_text()[:3000],
            blocks=reply_blocks(reply),
        )

    @app.event("app_mention")
    def on_mention(event, client):
        runtime.later(answer_mention, event, client)

    def answer_mention(event, client):
        text = MENTION.sub("", event.get("text", "")).strip()
        request = _request(runtime, event, text, is_dm=False)
        reply = run_bot(runtime, "app_mention", lambda ctx: commands.handle(ctx, request))
        client.chat_postMessage(
            channel=event["channel"], thread_ts=event.get("thread_ts") or event.get("ts"),
            text=reply.text or reply.plain_text()[:3000], blocks=reply_blocks(reply),
        )

    @app.event("app_home_opened")
    def on_home(event, client):
        if event.get("tab", "home") != "home":
            return
        runtime.later(publish_home, event, client)

    def publish_home(event, client):
        request = Request("slack", event.get("user", ""), now=runtime.clock.now())
        reply = run_bot(runtime, "app_home_opened", lambda ctx: home(ctx, request))
        client.views_publish(user_id=event["user"], view=home_view(reply))


def _request(runtime: SlackRuntime, event: dict, text: str, is_dm: bool) -> Request:
    return Request(
        platform="slack",
        user_id=event.get("user", ""),
        text=text,
        command=None,
        channel_id=event.get("channel"),
        is_dm=is_dm,
        now=runtime.clock.now(),
    )
