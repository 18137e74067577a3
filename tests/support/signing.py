"""Requests signed the way Slack signs them (v0 HMAC-SHA256 over timestamp and body)."""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import time
import uuid
from urllib.parse import urlencode

import httpx

SECRET = "test-signing-secret"


def signature(body: str, timestamp: int, secret: str = SECRET) -> str:
    base = f"v0:{timestamp}:{body}".encode()
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


def post(
    url: str,
    body: str,
    content_type: str,
    *,
    secret: str = SECRET,
    timestamp: int | None = None,
    forged: bool = False,
    headers: dict | None = None,
) -> httpx.Response:
    timestamp = int(time.time()) if timestamp is None else timestamp
    sig = signature(body, timestamp, "wrong-secret" if forged else secret)
    all_headers = {
        "Content-Type": content_type,
        "X-Slack-Request-Timestamp": str(timestamp),
        "X-Slack-Signature": sig,
        **(headers or {}),
    }
    return httpx.post(url, content=body.encode(), headers=all_headers, timeout=10)


def slash_command(url: str, command: str, text: str, user: str, channel: str,
                  response_url: str = "http://127.0.0.1:9/unused", team: str = "T1", **kw):
    form = {
        "token": "legacy",
        "team_id": team,
        "channel_id": channel,
        "channel_name": "directmessage" if channel.startswith("D") else "grupp",
        "user_id": user,
        "command": command,
        "text": text,
        "response_url": response_url,
        "trigger_id": _trigger_id(),
    }
    return post(url, urlencode(form), "application/x-www-form-urlencoded", **kw)


def event(url: str, event: dict, event_id: str, team: str = "T1", **kw):
    payload = {
        "token": "legacy",
        "team_id": team,
        "api_app_id": "A1",
        "type": "event_callback",
        "event_id": event_id,
        "event_time": int(time.time()),
        "event": event,
    }
    return post(url, json.dumps(payload), "application/json", **kw)


def interaction(url: str, payload: dict, **kw):
    """A button press or form submission as Slack sends it: every one has its own trigger_id
    (and each action its own action_ts), so two presses are never the same signed body."""
    payload = {**payload, "trigger_id": _trigger_id()}
    if isinstance(payload.get("actions"), list):
        payload["actions"] = [
            {**a, "action_ts": f"{time.time():.6f}"} if isinstance(a, dict) else a
            for a in payload["actions"]
        ]
    body = urlencode({"payload": json.dumps(payload)})
    return post(url, body, "application/x-www-form-urlencoded", **kw)


_triggers = itertools.count(1)


def _trigger_id() -> str:
    return f"{next(_triggers)}.{time.time_ns()}.{uuid.uuid4().hex[:8]}"
