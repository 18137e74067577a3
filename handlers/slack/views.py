"""Modal submissions: field errors go back in the acknowledgement, a receipt goes by DM."""

from __future__ import annotations

import re

from bot import commands
from bot.replies import Request
from handlers import afterwards
from handlers.slack.app import SlackRuntime
from handlers.slack.render import view_values
from handlers.slack.requests import asker_where, run_bot, send_reply, workspace


def register(app, runtime: SlackRuntime) -> None:
    @app.view(re.compile(r".+"))
    def on_submit(ack, body, view, client):
        user_id = body["user"]["id"]
        request = Request("slack", user_id, now=runtime.clock.now(),
                          workspace=workspace(runtime, body))
        values = view_values(view)
        with afterwards.attempt() as form:  # whether the form saved anything
            reply = run_bot(
                runtime,
                f"view {view.get('callback_id')}",
                lambda ctx: commands.handle_form(
                    ctx, request, view.get("callback_id", ""), view.get("private_metadata", ""),
                    values),
            )
        if reply.field_errors:
            ack(response_action="errors", errors=reply.field_errors)
            return
        ack()
        runtime.later(_receipt, client, user_id, reply, saved=form.saved,
                      asker=asker_where(client, user_id, None))


def _receipt(client, user_id: str, reply) -> None:
    send_reply(reply, lambda **message: client.chat_postMessage(channel=user_id, **message))
