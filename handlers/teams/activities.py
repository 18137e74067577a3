"""Bot Framework activities → the neutral Request, plus what a card submission asks for."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import datetime

from bot import commands
from bot.replies import Request
from handlers.teams.guard import MAX_TEXT
from handlers.teams.render import MENU_CHOICE

# Both patterns stop at the next "<": a lazy `.*?` or `[^>]+` would rescan the rest of the
# text from every "<" that is never closed, quadratic in the length of a hostile message.
AT_TAG = re.compile(r"<at>([^<]*)</at>", re.I)
# A tag is "<" then a letter or "/": "kostnaden < 5 mkr & tidplanen > 1 år" typed as plain
# text is no tag, and is kept as written.
TAG = re.compile(r"</?[A-Za-z][^<>]*>")
SPACES = re.compile(r"[ \t\u00a0]+")
RESERVED = ("form", "metadata", "msteams")  # keys of ours (and Teams') beside the inputs


@dataclass(frozen=True)
class Incoming:
    """What one activity asks of the bot: a message, a button press or a filled-in form."""

    kind: str  # "message", "action", "form" or "file" (minutes shared in a personal chat)
    request: Request
    name: str = ""  # the action, or the form's callback
    value: str = ""  # the button's value, or the form's metadata
    values: dict[str, str] = field(default_factory=dict)  # form inputs by field name


def parse(activity: dict, now: datetime) -> Incoming | None:
    """None for activities that ask nothing (members added, reactions, typing, …)."""
    kind = activity.get("type")
    data = None
    if kind == "invoke" and activity.get("name") == "adaptiveCard/action":
        data = ((activity.get("value") or {}).get("action") or {}).get("data")
    elif kind == "message" and isinstance(activity.get("value"), dict):
        data = activity["value"]  # an Action.Submit from a card we sent
    elif kind != "message":
        return None
    if isinstance(data, dict):
        return _submission(activity, data, now)
    if data is not None:
        return None
    shared = shared_file(activity)
    if shared is not None:
        name, url = shared
        return Incoming("file", _request(activity, now, "", None), name, url)
    text = message_text(activity)
    if not text:
        return None
    command, rest = split_command(text)
    return Incoming("message", _request(activity, now, rest if command else text, command))


FILE_INFO = "application/vnd.microsoft.teams.file.download.info"


def shared_file(activity: dict) -> tuple[str, str] | None:
    """(file name, download URL) of a file sent to the bot in a personal chat. Teams gives the
    bot a short-lived, pre-authenticated https URL (the app declares supportsFiles)."""
    if (activity.get("conversation") or {}).get("conversationType", "personal") != "personal":
        return None
    for attachment in activity.get("attachments") or []:
        content = attachment.get("content") or {}
        url = str(content.get("downloadUrl") or "")
        if attachment.get("contentType") == FILE_INFO and url.startswith("https://"):
            return str(attachment.get("name") or "protokoll"), url
    return None


def message_text(activity: dict) -> str:
    """The text a person typed: the bot's own @-mention removed, other mentions as plain names."""
    text = activity.get("text") or ""
    if len(text) > MAX_TEXT:  # far over any limit: refused by its length, never read
        return text
    bot_id = (activity.get("recipient") or {}).get("id")
    for entity in activity.get("entities") or []:
        if entity.get("type") == "mention" and (entity.get("mentioned") or {}).get("id") == bot_id:
            text = text.replace(entity.get("text") or "\0", " ")
    # Any mention left names a person ("ersättare <at>Per Lind</at>"): keep the name only.
    text = AT_TAG.sub(lambda m: m.group(1), text)
    text = html.unescape(TAG.sub(" ", text))
    return SPACES.sub(" ", text).strip()


def split_command(text: str) -> tuple[str | None, str]:
    """`/dagordning 31 augusti` or `dagordning 31 augusti` → ("dagordning", "31 augusti").

    Teams has no slash commands of its own, so a leading slash or a first word that is one of
    the bot's commands is read as the command; everything else is free text.
    """
    first, _, rest = text.partition(" ")
    slashed = first.startswith("/")
    name = commands.canonical(first)
    if (slashed and name) or first.lower() in commands.command_names():
        return name, rest.strip()
    return None, text


def conversation(activity: dict) -> tuple[str | None, bool]:
    """(channel id, is a personal chat). A channel's id is the channel's, not the thread's."""
    conv = activity.get("conversation") or {}
    personal = conv.get("conversationType", "personal") == "personal"
    if personal:
        return conv.get("id"), True
    channel = ((activity.get("channelData") or {}).get("channel") or {}).get("id")
    # A reply in a channel thread has "19:…@thread.tacv2;messageid=…" as conversation id.
    return channel or (conv.get("id") or "").split(";")[0] or None, False


def _request(activity: dict, now: datetime, text: str, command: str | None) -> Request:
    channel, personal = conversation(activity)
    return Request(
        platform="teams",
        user_id=(activity.get("from") or {}).get("id", ""),
        text=text,
        command=command,
        channel_id=channel,
        is_dm=personal,
        now=now,
    )


def _submission(activity: dict, data: dict, now: datetime) -> Incoming | None:
    request = _request(activity, now, "", None)
    if "form" in data:
        values = {k: _plain(v) for k, v in data.items() if k not in RESERVED}
        return Incoming("form", request, str(data["form"]), str(data.get("metadata", "")), values)
    if "action" in data:
        value = _plain(data.get("value"))
        if data.get("menu"):  # a menu's button: the choice goes first (bot/replies.Menu)
            value = f"{_plain(data.get(MENU_CHOICE))}:{value}"
        return Incoming("action", request, str(data["action"]), value)
    return None


def _plain(value) -> str:
    return "" if value is None else str(value)
