"""Minutes shared with the bot: checked, downloaded within limits, read, published on request.

Files come from anyone in a channel the bot is in, so nothing is fetched before the bot knows
the sender may publish minutes somewhere and the name and reported size are sane; the download
counts the bytes itself and has a deadline (handlers/downloads.py), and the reading happens in
a bounded child process (bot/minutes/reading/bounded.py). Downloads and readings run in their
own small pool, so a flood of files never holds up buttons and forms.
"""

from __future__ import annotations

import logging
import re
import tempfile
from contextlib import contextmanager
from pathlib import Path

from bot import texts
from bot.minutes import chat_review, intake
from bot.minutes import flow as minutes_flow
from bot.minutes.reading.bounded import LIMITS
from bot.replies import Reply, Request
from bot.texts import minutes as t
from handlers.downloads import DownloadFailed, fetch
from handlers.slack.app import Asker, SlackRuntime
from handlers.slack.requests import (
    asker_by_respond,
    asker_where,
    is_dm_channel,
    responder,
    run_bot,
    send_reply,
    workspace,
)

log = logging.getLogger(__name__)
# Slack's own file types worth reading; in a channel everything else is ordinary sharing.
DOCUMENT_TYPES = {"pdf", "docx", "text", "markdown", "md"}


class Refused(Exception):
    """A file not fetched or not read; `reply` says why (None: say nothing)."""

    def __init__(self, reply: Reply | None):
        super().__init__("refused")
        self.reply = reply


def register(app, runtime: SlackRuntime) -> None:
    @app.event("file_shared")
    def on_file(event, body, client):
        user, channel = event.get("user_id") or "", event.get("channel_id")
        # In a channel most files are not for the bot: a failure is told only once the file
        # is known to be minutes from someone who may publish (see read_file).
        for_the_bot: list[bool] = []
        where = asker_where(client, user, channel)

        def answer(reply: Reply) -> None:
            if is_dm_channel(channel) or for_the_bot:
                where.answer(reply)

        runtime.later(read_file, event, workspace(runtime, body), client, for_the_bot,
                      asker=Asker(user, channel, answer), pool=runtime.files)

    def read_file(event, team, client, for_the_bot: list[bool]):
        file_id, user, channel = event.get("file_id"), event.get("user_id"), event.get("channel_id")
        request = Request("slack", user, channel_id=channel, is_dm=is_dm_channel(channel),
                          now=runtime.clock.now(), workspace=team)
        info = client.files_info(file=file_id)["file"]
        name = info.get("name") or texts.DOCUMENT_FALLBACK
        if not request.is_dm and not _looks_like_a_document(info, name):
            return  # pictures, presentations… shared in a channel: not for the bot
        if run_bot(runtime, "file_shared", lambda ctx: intake.may_send(ctx, request)):
            for_the_bot.append(True)
        else:
            # In a DM the sender hears why; in a channel sharing files is ordinary work.
            if request.is_dm:
                reply = run_bot(runtime, "file_shared",
                                lambda ctx: intake.not_a_sender(ctx, request))
                _answer(client, channel, user, reply, private=False)
            return
        try:
            with downloaded(runtime, client, info, name) as path:
                reply = run_bot(runtime, "file_shared", lambda ctx: minutes_flow.received(
                    ctx, request, path, name, f"{file_id}|{channel}"), trust_roster=False)
        except Refused as refused:
            reply = refused.reply or Reply(t.UPLOAD_FAILED)
        # In a DM every file gets an answer; in a channel only the publisher hears back,
        # privately, and only about minutes or a file refused for its size or shape.
        if reply.text:
            _answer(client, channel, user, reply, private=not request.is_dm)

    def with_shared_file(what: str, request: Request, client, file_id: str, work) -> Reply:
        """A button on a shared file (Publicera, Granska på webben): the person's right to
        send minutes first, then the file downloaded afresh and `work(ctx, path, name, info)`
        on it in one unit of work."""
        if not run_bot(runtime, what, lambda ctx: intake.may_send(ctx, request)):
            return run_bot(runtime, what, lambda ctx: intake.not_a_sender(ctx, request))
        try:
            info = client.files_info(file=file_id)["file"]
            name = info.get("name") or texts.DOCUMENT_FALLBACK
            with downloaded(runtime, client, info, name) as path:
                return run_bot(runtime, what, lambda ctx: work(ctx, path, name, info),
                               trust_roster=False)
        except Refused as refused:
            return refused.reply or Reply(t.UPLOAD_FAILED)

    @app.action(re.compile(r"^minutes\.publish(:|$)"))
    def on_publish(ack, body, action, client, respond):
        ack()
        runtime.later(publish, body, action, client, respond, pool=runtime.files,
                      asker=_asker(body, client, respond))

    def publish(body, action, client, respond):
        file_id, channel, chosen, quietly = minutes_flow.read_button(action.get("value") or "")
        user = body["user"]["id"]
        request = Request("slack", user, channel_id=channel, is_dm=is_dm_channel(channel),
                          now=runtime.clock.now(), workspace=workspace(runtime, body))
        reply = with_shared_file("minutes.publish", request, client, file_id,
                                 lambda ctx, path, name, info: minutes_flow.publish(
                                     ctx, request, path, name, info.get("permalink") or "",
                                     chosen=chosen, ref=f"{file_id}|{channel}",
                                     quietly=quietly))
        _replace(respond, reply)

    @app.action(re.compile(r"^minutes\.review(:|$)"))
    def on_review(ack, body, action, client, respond):
        ack()
        runtime.later(review, body, action, client, respond, pool=runtime.files,
                      asker=_asker(body, client, respond))

    def review(body, action, client, respond):
        """Granska på webben: the file becomes a draft, and a link leads to it."""
        file_id, _, channel = (action.get("value") or "").partition("|")
        request = Request("slack", body["user"]["id"], channel_id=channel,
                          is_dm=is_dm_channel(channel), now=runtime.clock.now(),
                          workspace=workspace(runtime, body))
        reply = with_shared_file("minutes.review", request, client, file_id,
                                 lambda ctx, path, name, info: chat_review.review_link(
                                     ctx, request, path, name))
        _replace(respond, reply)

    @app.action(re.compile(r"^minutes\.discard(:|$)"))
    def on_discard(ack, body, action, client, respond):
        ack()
        runtime.later(discard, body, action, respond, asker=_asker(body, client, respond))

    def discard(body, action, respond):
        request = Request("slack", body["user"]["id"], now=runtime.clock.now(),
                          workspace=workspace(runtime, body))
        reply = run_bot(runtime, "minutes.discard", lambda ctx: minutes_flow.discard(
            ctx, request, action.get("value") or ""))
        _replace(respond, reply)


def _replace(respond, reply: Reply) -> None:
    """The answer takes the place of the preview; a long one continues below it."""
    send_reply(reply, responder(respond, replace_original=True),
               responder(respond, replace_original=False))


def _asker(body: dict, client, respond) -> Asker:
    return asker_by_respond(respond, client, body["user"]["id"],
                            (body.get("channel") or {}).get("id"))


def _looks_like_a_document(info: dict, name: str) -> bool:
    """Only decides whether the bot takes an interest; what a file is comes from its content."""
    return (info.get("filetype") or "").lower() in DOCUMENT_TYPES or name.lower().endswith(
        minutes_flow.READABLE)


def _answer(client, channel: str, user: str, reply: Reply, private: bool) -> None:
    if private:
        send_reply(reply, lambda **message: client.chat_postEphemeral(
            channel=channel, user=user, **message))
    else:
        send_reply(reply, lambda **message: client.chat_postMessage(channel=channel, **message))


@contextmanager
def downloaded(runtime: SlackRuntime, client, info: dict, name: str):
    """The file in a temporary folder under a name of our own, fetched with the bot token
    within the size cap and the deadline, removed afterwards; Refused otherwise."""
    refusal = intake.before_download(name, info.get("size"))
    if refusal is not None:
        raise Refused(refusal)
    url = info.get("url_private_download") or info.get("url_private")
    if not url:
        raise Refused(None)
    with tempfile.TemporaryDirectory(prefix="samverkansbot-file-") as folder:
        path = Path(folder) / "upload"  # never the sender's name: it may hold anything
        try:
            fetch(runtime.http, url, path, LIMITS.max_bytes, intake.DOWNLOAD_SECONDS,
                  headers={"Authorization": f"Bearer {client.token}"})
        except DownloadFailed as failure:
            log.warning("Shared file %s not downloaded: %s", info.get("id"), failure.reason)
            raise Refused(intake.download_failed(failure.reason, failure.size)) from None
        yield path
