"""Minutes shared with the bot: downloaded from Slack, read, then published on request."""

from __future__ import annotations

import logging
import re
import tempfile
from contextlib import contextmanager
from pathlib import Path

import httpx

from bot import texts
from bot.minutes import flow as minutes_flow
from bot.replies import Reply, Request
from bot.texts import minutes as t
from handlers.slack.app import SlackRuntime
from handlers.slack.render import reply_blocks
from handlers.slack.requests import is_dm_channel, run_bot

log = logging.getLogger(__name__)
MAX_BYTES = 25 * 1024 * 1024


class DownloadError(Exception):
    pass


def register(app, runtime: SlackRuntime) -> None:
    @app.event("file_shared")
    def on_file(event, client):
        runtime.later(read_file, event, client)

    def read_file(event, client):
        file_id, user, channel = event.get("file_id"), event.get("user_id"), event.get("channel_id")
        info = client.files_info(file=file_id)["file"]
        name = info.get("name") or texts.DOCUMENT_FALLBACK
        if not name.lower().endswith(minutes_flow.READABLE):
            return  # presentations, pictures…: not for the bot
        request = Request("slack", user, channel_id=channel, is_dm=is_dm_channel(channel),
                          now=runtime.clock.now())
        try:
            with downloaded(runtime, client, info) as path:
                reply = run_bot(runtime, "file_shared", lambda ctx: minutes_flow.received(
                    ctx, request, path, name, f"{file_id}|{channel}"))
        except DownloadError:
            reply = Reply(t.UPLOAD_FAILED)
        # In a DM every file gets an answer; in a channel only those who may publish hear back,
        # privately, so that ordinary file sharing is not answered by the bot.
        if request.is_dm:
            _answer(client, channel, user, reply, private=False)
        elif reply.buttons:
            _answer(client, channel, user, reply, private=True)

    @app.action(re.compile(r"^minutes\.publish(:|$)"))
    def on_publish(ack, body, action, client, respond):
        ack()
        runtime.later(publish, body, action, client, respond)

    def publish(body, action, client, respond):
        file_id, _, channel = (action.get("value") or "").partition("|")
        user = body["user"]["id"]
        request = Request("slack", user, channel_id=channel, is_dm=is_dm_channel(channel),
                          now=runtime.clock.now())
        try:
            info = client.files_info(file=file_id)["file"]
            with downloaded(runtime, client, info) as path:
                reply = run_bot(runtime, "minutes.publish", lambda ctx: minutes_flow.publish(
                    ctx, request, path, info.get("name") or texts.DOCUMENT_FALLBACK,
                    info.get("permalink") or ""))
        except DownloadError:
            reply = Reply(t.UPLOAD_FAILED)
        respond(text=reply.text, blocks=reply_blocks(reply), replace_original=True)

    @app.action(re.compile(r"^minutes\.discard(:|$)"))
    def on_discard(ack, body, respond):
        ack()
        runtime.later(discard, body, respond)

    def discard(body, respond):
        request = Request("slack", body["user"]["id"], now=runtime.clock.now())
        reply = run_bot(runtime, "minutes.discard",
                        lambda ctx: minutes_flow.discard(ctx, request, ""))
        respond(text=reply.text, blocks=reply_blocks(reply), replace_original=True)


def _answer(client, channel: str, user: str, reply: Reply, private: bool) -> None:
    text, blocks = reply.text or reply.plain_text()[:3000], reply_blocks(reply)
    if private:
        client.chat_postEphemeral(channel=channel, user=user, text=text, blocks=blocks)
    else:
        client.chat_postMessage(channel=channel, text=text, blocks=blocks)


@contextmanager
def downloaded(runtime: SlackRuntime, client, info: dict):
    """The file in a temporary folder, fetched with the bot token, removed afterwards."""
    url = info.get("url_private_download") or info.get("url_private")
    if not url or (info.get("size") or 0) > MAX_BYTES:
        raise DownloadError(info.get("id"))
    try:
        response = runtime.http.get(url, headers={"Authorization": f"Bearer {client.token}"},
                                    follow_redirects=True)
        response.raise_for_status()
    except httpx.HTTPError as error:
        log.warning("Could not download file %s: %s", info.get("id"), type(error).__name__)
        raise DownloadError(info.get("id")) from None
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / Path(info.get("name") or "underlag.txt").name
        path.write_bytes(response.content[:MAX_BYTES])
        yield path
