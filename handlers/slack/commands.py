"""Slash commands: answered in the acknowledgement itself, forms opened right after."""

from __future__ import annotations

import logging
import re

from bot import commands
from handlers.slack.app import ONCE, SlackRuntime
from handlers.slack.render import form_view, reply_messages
from handlers.slack.requests import (
    asker_by_respond,
    command_request,
    is_dm_channel,
    responder,
    run_bot,
)

log = logging.getLogger(__name__)


def register(app, runtime: SlackRuntime) -> None:
    # One listener for every command: Bolt tries its listeners in turn, matching each one's
    # arguments by name, so twenty listeners cost a command up to twenty tries. The pattern
    # matches the names exactly, as the listeners' strings did.
    names = "|".join(re.escape(name) for name in commands.command_names())
    app.command(re.compile(rf"^/(?:{names})\Z"))(_listener(runtime))


def _listener(runtime: SlackRuntime):
    def on_command(ack, body, client, respond, context):
        request = command_request(runtime, body)
        reply = run_bot(runtime, f"/{request.command}", lambda ctx: commands.handle(ctx, request),
                        once=context.get(ONCE), reads_only=commands.reads_only(request.command))
        if reply is None:  # a replay: handled before, answered with nothing
            ack()
            return
        asker = asker_by_respond(respond, client, request.user_id, request.channel_id)
        if reply.form is not None and body.get("trigger_id"):
            ack()
            runtime.later(_open, client, body["trigger_id"], form_view(reply.form), asker=asker)
            return
        kind = "ephemeral" if reply.ephemeral else "in_channel"
        first, *rest = reply_messages(reply)
        ack(response_type=kind, **first)
        if rest:  # the acknowledgement holds one message; the rest follow by response_url
            runtime.later(_continue, respond, kind, rest, client, request.user_id,
                          request.channel_id, asker=asker)

    return on_command


RESPONSE_URL_USES = 5  # Slack takes five posts to one response_url, in 30 minutes


def _continue(respond, kind: str, messages: list[dict], client, user: str,
              channel: str | None) -> None:
    """The rest of a long answer: by the response_url as far as Slack takes it, then by the
    Web API, where it would have gone (a sixth post to the URL is refused: the tail was lost)."""
    send = responder(respond, response_type=kind, replace_original=False)
    for message in messages[:RESPONSE_URL_USES]:
        send(**message)
    for message in messages[RESPONSE_URL_USES:]:
        if not channel or is_dm_channel(channel):
            client.chat_postMessage(channel=user, **message)
        elif kind == "in_channel":
            client.chat_postMessage(channel=channel, **message)
        else:
            client.chat_postEphemeral(channel=channel, user=user, **message)


def _open(client, trigger_id: str, view: dict) -> None:
    client.views_open(trigger_id=trigger_id, view=view)
