"""Slash commands: answered in the acknowledgement itself, forms opened right after."""

from __future__ import annotations

import logging

from bot import commands
from handlers.slack.app import SlackRuntime
from handlers.slack.render import form_view, reply_blocks
from handlers.slack.requests import command_request, run_bot

log = logging.getLogger(__name__)


def register(app, runtime: SlackRuntime) -> None:
    for name in commands.command_names():
        app.command(f"/{name}")(_listener(runtime))


def _listener(runtime: SlackRuntime):
    def on_command(ack, body, client):
        request = command_request(runtime, body)
        reply = run_bot(runtime, f"/{request.command}", lambda ctx: commands.handle(ctx, request))
        if reply.form is not None and body.get("trigger_id"):
            ack()
            runtime.later(_open, client, body["trigger_id"], form_view(reply.form))
            return
        ack(
            response_type="ephemeral" if reply.ephemeral else "in_channel",
            text=reply.text or reply.plain_text()[:3000],
            blocks=reply_blocks(reply),
        )

    return on_command


def _open(client, trigger_id: str, view: dict) -> None:
    client.views_open(trigger_id=trigger_id, view=view)
