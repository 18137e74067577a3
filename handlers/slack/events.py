"""Events: DMs and mentions are free text to the bot; App Home shows the next meetings."""

from __future__ import annotations

import re

from bot import commands
from bot.meetings.home import home
from bot.replies import Request
from handlers.slack.app import Asker, SlackRuntime
from handlers.slack.mrkdwn import from_slack
from handlers.slack.render import home_view
from handlers.slack.requests import asker_where, run_bot, send_reply, workspace

MENTION = re.compile(r"<@[A-Z0-9]+(\|[^>]*)?>")


def register(app, runtime: SlackRuntime) -> None:
    @app.event("message")
    def on_message(event, body, client):
        # Only plain messages from people in a DM; edits, joins and bot posts are not questions.
        if event.get("channel_type") != "im" or event.get("subtype") or event.get("bot_id"):
            return
        runtime.later(answer_dm, event, workspace(runtime, body), client, asker=asker_where(
            client, event.get("user", ""), event.get("channel")))

    def answer_dm(event, team, client):
        request = _request(runtime, event, event.get("text", ""), is_dm=True, team=team)
        reply = run_bot(runtime, "message.im", lambda ctx: commands.handle(ctx, request))
        send_reply(reply, lambda **message: client.chat_postMessage(channel=event["channel"],
                                                                     **message))

    @app.event("app_mention")
    def on_mention(event, body, client):
        runtime.later(answer_mention, event, workspace(runtime, body), client, asker=asker_where(
            client, event.get("user", ""), event.get("channel"),
            event.get("thread_ts") or event.get("ts")))

    def answer_mention(event, team, client):
        # The bot's own mention opens the message; later ones name people ("… <@U0PER> går i
        # mitt ställe") and stay for the bot to resolve.
        text = MENTION.sub("", event.get("text", ""), count=1).strip()
        request = _request(runtime, event, text, is_dm=False, team=team)
        reply = run_bot(runtime, "app_mention", lambda ctx: commands.handle(ctx, request))
        thread = event.get("thread_ts") or event.get("ts")
        if reply.ephemeral:
            # Everyone in a channel reads its threads, members of the group or not: an agenda,
            # a link, absentees or who stood in for whom are shown to the asker alone.
            send_reply(reply, lambda **message: client.chat_postEphemeral(
                channel=event["channel"], user=event["user"], thread_ts=thread, **message))
            return
        send_reply(reply, lambda **message: client.chat_postMessage(
            channel=event["channel"], thread_ts=thread, **message))

    @app.event("app_home_opened")
    def on_home(event, body, client):
        if event.get("tab", "home") != "home":
            return
        user = event.get("user", "")
        runtime.later(publish_home, event, workspace(runtime, body), client, asker=Asker(
            user, None, lambda reply: client.views_publish(user_id=user, view=home_view(reply))))

    def publish_home(event, team, client):
        request = Request("slack", event.get("user", ""), now=runtime.clock.now(), workspace=team)
        reply = run_bot(runtime, "app_home_opened", lambda ctx: home(ctx, request))
        client.views_publish(user_id=event["user"], view=home_view(reply))


def _request(runtime: SlackRuntime, event: dict, text: str, is_dm: bool,
             team: str | None) -> Request:
    return Request(
        platform="slack",
        user_id=event.get("user", ""),
        text=from_slack(text),
        command=None,
        channel_id=event.get("channel"),
        is_dm=is_dm,
        now=runtime.clock.now(),
        workspace=team,
    )
