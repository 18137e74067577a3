"""Buttons: acknowledged at once, then a form is opened or an answer sent."""

from __future__ import annotations

import re

from bot import commands, markup
from bot.replies import Reply, Request
from bot.texts import privacy as privacy_texts
from handlers.slack.app import SlackRuntime
from handlers.slack.render import MENU_BLOCK, MENU_CHOICE, form_view
from handlers.slack.requests import (
    asker_by_respond,
    asker_where,
    is_dm_channel,
    responder,
    run_bot,
    send_reply,
    workspace,
)


def register(app, runtime: SlackRuntime) -> None:
    @app.action(re.compile(r".+"))
    def on_action(ack, body, action, client, respond):
        ack()
        if action.get("action_id") == MENU_CHOICE:
            return  # choosing in a menu sends nothing: its button does, with the choice
        runtime.later(act, body, action, client, respond, asker=_asker(body, client, respond))

    def act(body, action, client, respond):
        name, _, value = action.get("action_id", "").partition(":")
        value = action.get("value") or value
        if action.get("block_id") == MENU_BLOCK:
            value = f"{_menu_choice(body)}:{action.get('value') or ''}"
        channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get(
            "channel_id"
        )
        request = Request(
            "slack", body["user"]["id"], channel_id=channel, is_dm=is_dm_channel(channel),
            now=runtime.clock.now(), workspace=workspace(runtime, body),
        )
        reply = run_bot(
            runtime, f"action {name}", lambda ctx: commands.handle_action(ctx, request, name, value)
        )
        if reply.attachment is not None:
            send_file(client, request.user_id, reply)
            if not request.is_dm and body.get("response_url"):
                respond(text=markup.plain(privacy_texts.EXPORT_IN_DM), replace_original=False,
                        response_type="ephemeral")
        elif reply.form is not None and body.get("trigger_id"):
            client.views_open(trigger_id=body["trigger_id"], view=form_view(reply.form))
        elif body.get("response_url"):
            send_reply(reply, responder(respond, replace_original=False,
                                        response_type="ephemeral"))
        else:
            send_reply(reply, lambda **message: client.chat_postMessage(
                channel=request.user_id, **message))


def _menu_choice(body: dict) -> str:
    """The option chosen in the menu beside the button pressed ("" when none was)."""
    values = ((body.get("state") or {}).get("values") or {}).get(MENU_BLOCK) or {}
    option = (values.get(MENU_CHOICE) or {}).get("selected_option") or {}
    return str(option.get("value") or "")


def _asker(body: dict, client, respond):
    user = body["user"]["id"]
    channel = (body.get("channel") or {}).get("id")
    if body.get("response_url"):
        return asker_by_respond(respond, client, user, channel)
    return asker_where(client, user, None)  # a button in App Home: a DM


def send_file(client, user_id: str, reply: Reply) -> None:
    """The reply's file, uploaded to the person's DM with the reply's text as its comment:
    an export is never posted where others can see it."""
    channel = client.conversations_open(users=user_id)["channel"]["id"]
    attachment = reply.attachment
    client.files_upload_v2(channel=channel, filename=attachment.name, title=attachment.name,
                           content=attachment.content,
                           initial_comment=markup.plain(reply.text))
