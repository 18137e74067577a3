"""What an activity posted to /api/messages must look like before the bot reads it.

A valid token says the Bot Framework sent the activity, not that every field has the type the
code expects: `from` as a string, `conversation` missing, a `value` of the wrong type or an
`attachments` list of junk each ended in a 500 and a traceback. Every field the handler,
activities.py, sender.py or the lifecycle code reads is checked here against the shapes the
Bot Framework sends; anything else gets a 400 and one short log line, never the body.
"""

from __future__ import annotations

from handlers.shapes import has_nul

MAX_BODY = 1024 * 1024  # Teams caps a message at about 28 KB; cards and entities stay far below
# The bot's own limits (bot/commands.py) apply to what people wrote; raw text longer than
# this is never read through the markup patterns at all (see activities.message_text).
MAX_TEXT = 100_000
MAX_LIST = 100  # entities, attachments, members: Teams sends a handful


def shape_problem(activity: dict) -> str:
    """'' when the activity has the shape of one the Bot Framework sends, else what is wrong."""
    kind = activity.get("type")
    if not _text(kind, required=True):
        return "no type"
    if has_nul(activity):
        return "a NUL character, which the Bot Framework never sends"
    for key in ("id", "name", "locale", "textFormat", "action", "replyToId"):
        if not _text(activity.get(key)):
            return f"{key} of the wrong type"
    for key in ("from", "recipient"):
        problem = _account(activity.get(key), key, required=key == "from"
                           and kind in ("message", "invoke"))
        if problem:
            return problem
    problem = _conversation(activity.get("conversation")) or _channel_data(
        activity.get("channelData"))
    if problem:
        return problem
    if not _text(activity.get("text")):
        return "text of the wrong type"
    for key, check in (("entities", _entity), ("attachments", _attachment),
                       ("membersAdded", _member), ("membersRemoved", _member)):
        problem = _list(activity.get(key), key, check)
        if problem:
            return problem
    return _value(kind, activity)


def _account(account, key: str, required: bool) -> str:
    if account is None and not required:
        return ""
    if not isinstance(account, dict) or not _text(account.get("id"), required=required):
        return f"{key} of the wrong type"
    for field in ("name", "aadObjectId", "role"):
        if not _text(account.get(field)):
            return f"{key} of the wrong type"
    return ""


def _conversation(conversation) -> str:
    # Every reply goes to the conversation the activity came from: without one, nowhere.
    if not isinstance(conversation, dict) or not _text(conversation.get("id"), required=True):
        return "no conversation"
    for key in ("conversationType", "tenantId", "name"):
        if not _text(conversation.get(key)):
            return f"conversation {key} of the wrong type"
    return ""


def _channel_data(data) -> str:
    if data is None:
        return ""
    if not isinstance(data, dict):
        return "channelData of the wrong type"
    for key in ("channel", "team", "tenant"):
        part = data.get(key)
        if part is not None and (not isinstance(part, dict) or not _text(part.get("id"))):
            return f"channelData {key} of the wrong type"
    return ""


def _list(items, key: str, check) -> str:
    if items is None:
        return ""
    if not isinstance(items, list) or len(items) > MAX_LIST:
        return f"{key} of the wrong type"
    if not all(isinstance(item, dict) and check(item) for item in items):
        return f"{key} of the wrong type"
    return ""


def _entity(entity: dict) -> bool:
    mentioned = entity.get("mentioned")
    return (_text(entity.get("type")) and _text(entity.get("text"))
            and (mentioned is None or (isinstance(mentioned, dict)
                                       and _text(mentioned.get("id")))))


def _attachment(attachment: dict) -> bool:
    content = attachment.get("content")
    if not all(_text(attachment.get(key)) for key in ("contentType", "contentUrl", "name")):
        return False
    if isinstance(content, dict):  # a file sent to the bot: its download URL and type
        return all(_text(content.get(key)) for key in ("downloadUrl", "uniqueId", "fileType"))
    return content is None or isinstance(content, str | list)


def _member(member: dict) -> bool:
    return _text(member.get("id")) and _text(member.get("name"))


def _value(kind: str, activity: dict) -> str:
    """A card's submission: Teams sends its inputs as strings, ours as our buttons made them."""
    value = activity.get("value")
    if kind == "invoke" and activity.get("name") == "adaptiveCard/action":
        if not isinstance(value, dict) or not isinstance(value.get("action"), dict):
            return "invoke value of the wrong type"
        data = value["action"].get("data")
        if data is not None and not isinstance(data, dict):
            return "invoke data of the wrong type"
        return _data(data or {})
    if kind == "message" and isinstance(value, dict):
        return _data(value)
    return ""


def _data(data: dict) -> str:
    for key, item in data.items():
        if key == "msteams":  # Teams' own (e.g. the text shown for the click); never read
            continue
        if not _text(item):
            return "card data of the wrong type"
    return ""


def _text(value, required: bool = False) -> bool:
    """A string (non-empty when required), or absent when not required."""
    if value is None:
        return not required
    return isinstance(value, str) and (bool(value) or not required)
