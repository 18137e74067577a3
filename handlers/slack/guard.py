"""What a request to /slack/events must look like before Bolt sees it.

Bolt trusts the shape of what arrives: a timestamp of `abc`, `payload=notjson`, a JSON `null`,
form state of the wrong types or an empty `actions` list each ended in a 500 and a traceback,
before or after the signature check. Here every body is read the way Bolt reads it and checked
against the shapes Slack sends; anything else gets a 4xx and one short log line, never the body
(it may carry someone's message).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping
from urllib.parse import parse_qsl

from handlers.shapes import has_nul

log = logging.getLogger(__name__)

# Slack's own limits keep real requests far below this: messages end at 40,000 characters and
# form fields at 3,000, and an interaction carries at most one message of 50 blocks.
MAX_BODY = 1024 * 1024
MAX_FIELDS = 200  # form fields in a slash command or an interaction (Slack sends about 15)
TIMESTAMP = re.compile(r"[0-9]{1,12}")
SIGNATURE = re.compile(r"v0=[0-9a-f]{64}")


class Malformed(Exception):
    """The request is refused; `status` is the HTTP status, the message a short reason."""

    def __init__(self, status: int, reason: str):
        super().__init__(reason)
        self.status = status


def check(headers: Mapping[str, str], raw: bytes) -> dict:
    """The parsed body, or Malformed. The signature itself is Bolt's to check."""
    if len(raw) > MAX_BODY:
        raise Malformed(413, "body too large")
    timestamp = headers.get("X-Slack-Request-Timestamp") or ""
    signature = headers.get("X-Slack-Signature") or ""
    if not TIMESTAMP.fullmatch(timestamp) or not SIGNATURE.fullmatch(signature):
        raise Malformed(401, "timestamp or signature missing or malformed")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise Malformed(400, "body is not UTF-8") from None
    content_type = (headers.get("Content-Type") or "").split(";")[0].strip().lower()
    body = _parse(text, content_type)
    if has_nul(body):
        raise Malformed(400, "a NUL character, which Slack never sends")
    problem = shape_problem(body)
    if problem:
        raise Malformed(400, problem)
    return body


def _parse(text: str, content_type: str) -> dict:
    """As Bolt parses it (slack_bolt.request.internals.parse_body), but refusing what breaks."""
    try:
        if content_type == "application/json" or text.startswith("{"):
            body = json.loads(text)
        else:
            params = dict(parse_qsl(text, keep_blank_values=True, max_num_fields=MAX_FIELDS))
            body = json.loads(params["payload"]) if "payload" in params else params
    except (ValueError, RecursionError):  # not JSON, too deep, or too many fields
        raise Malformed(400, "body cannot be read") from None
    if not isinstance(body, dict):
        raise Malformed(400, "body is not an object")
    return body


# --- the shapes Slack sends -------------------------------------------------------------------
def shape_problem(body: dict) -> str:
    """'' when the body has the shape of something Slack sends, else what is wrong."""
    problem = _read_by_bolt(body)
    if problem:
        return problem
    if "command" in body:
        return _command(body)
    if body.get("ssl_check"):
        return ""
    kind = body.get("type")
    if not isinstance(kind, str):
        return "no type"
    check_kind = _KINDS.get(kind)
    return check_kind(body) if check_kind else ""


# Bolt reads these from every request before any listener, whatever its kind: `event` and `view`
# as objects (`body.get("event", {}).get("bot_id")` in its self-events middleware, its warning
# about an unhandled request reads `view`), the ids below as a string or an object with an id
# (`"id" in user`), `authorizations` as a list of objects. Anything else in their place was a
# 500 inside Bolt (a url_verification with `"event": null`, found by the hostile tests).
_BOLT_OBJECTS = ("event", "view")
_BOLT_IDS = ("user", "team", "enterprise", "channel")


def _read_by_bolt(body: dict) -> str:
    for key in _BOLT_OBJECTS:
        if key in body and not isinstance(body[key], dict):
            return f"{key} of the wrong type"
    for key in _BOLT_IDS:
        if body.get(key) is not None and not isinstance(body[key], (str, dict)):
            return f"{key} of the wrong type"
    authorizations = body.get("authorizations")
    if authorizations is not None and not (
            isinstance(authorizations, list) and all(isinstance(a, dict) for a in authorizations)):
        return "authorizations of the wrong type"
    return ""


def _command(body: dict) -> str:
    if not str(body.get("command", "")).startswith("/"):
        return "command without a slash"
    if not body.get("user_id"):
        return "command without a user"
    return ""


def _user(body: dict) -> str:
    user = body.get("user")
    if not isinstance(user, dict) or not _text(user.get("id"), required=True):
        return "no user"
    return ""


def _event(body: dict) -> str:
    event = body.get("event")
    if not isinstance(event, dict) or not _text(event.get("type"), required=True):
        return "no event"
    if not _text(body.get("event_id")):
        return "event id of the wrong type"
    for key in ("user", "user_id", "channel", "channel_id", "text", "file_id", "tab", "ts",
                "thread_ts", "subtype", "channel_type", "bot_id"):
        if not _text(event.get(key)):
            return f"event {key} of the wrong type"
    return ""


def _block_actions(body: dict) -> str:
    problem = _user(body)
    actions = body.get("actions")
    if problem:
        return problem
    if not isinstance(actions, list) or not actions:
        return "no actions"
    for action in actions:
        if not isinstance(action, dict) or not _text(action.get("action_id"), required=True):
            return "an action without an id"
        if not _text(action.get("value")):
            return "an action value of the wrong type"
    for key in ("channel", "container", "message", "view"):
        if body.get(key) is not None and not isinstance(body[key], dict):
            return f"{key} of the wrong type"
    for key in ("trigger_id", "response_url"):
        if not _text(body.get(key)):
            return f"{key} of the wrong type"
    channel = body.get("channel") or {}
    container = body.get("container") or {}
    if not _text(channel.get("id")) or not _text(container.get("channel_id")):
        return "channel id of the wrong type"
    return ""


def _view(body: dict) -> str:
    problem = _user(body)
    view = body.get("view")
    if problem:
        return problem
    if not isinstance(view, dict) or not _text(view.get("callback_id"), required=True) \
            or not _text(view.get("type"), required=True):  # Bolt reads view.type itself
        return "no view"
    if not _text(view.get("private_metadata")):
        return "private_metadata of the wrong type"
    state = view.get("state")
    if state is None:
        return ""
    if not isinstance(state, dict):
        return "state of the wrong type"
    values = state.get("values")
    if values is None:
        return ""
    if not isinstance(values, dict):
        return "state values of the wrong type"
    for actions in values.values():
        if not isinstance(actions, dict):
            return "state block of the wrong type"
        for element in actions.values():
            problem = _element(element)
            if problem:
                return problem
    return ""


def _element(element) -> str:
    if not isinstance(element, dict):
        return "form element of the wrong type"
    for key in ("type", "value", "selected_date", "selected_time", "selected_user"):
        if not _text(element.get(key)):
            return f"form {key} of the wrong type"
    option = element.get("selected_option")
    if option is not None and not _option(option):
        return "selected option of the wrong type"
    options = element.get("selected_options")
    if options is not None and (not isinstance(options, list)
                                or not all(_option(o) for o in options)):
        return "selected options of the wrong type"
    return ""


def _option(option) -> bool:
    return isinstance(option, dict) and _text(option.get("value"), required=True)


def _text(value, required: bool = False) -> bool:
    """A string (non-empty when required), or absent when not required."""
    if value is None:
        return not required
    return isinstance(value, str) and (bool(value) or not required)


_KINDS = {
    "event_callback": _event,
    "url_verification": lambda body: "" if _text(body.get("challenge"), True) else "no challenge",
    "block_actions": _block_actions,
    "view_submission": _view,
    "view_closed": _view,
    "block_suggestion": _user,
    "shortcut": _user,
    "message_action": _user,
    "interactive_message": _user,
}
