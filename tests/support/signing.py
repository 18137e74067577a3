"""Requests signed the way Slack signs them (v0 HMAC-SHA256 over timestamp and body)."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
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
                  response_url: str = "http://127.0.0.1:9/unused", **kw):
    form = {
        "token": "legacy",
        "team_id": "T1",
        "channel_id": channel,
        "channel_name": "directmessage" if channel.startswith("D") else "grupp",
        "user_id": user,
        "command": command,
        "text": text,
        "response_url": response_url,
        "trigger_id": "1337.42.abcd",
    }
    return post(url, urlencode(form), "application/x-www-form-urlencoded", **kw)


def event(url: str, event: dict, event_id: str, **kw):
    payload = {
        "token": "legacy",
        "team_id": "T1",
        "api_app_id": "A1",
        "type": "event_callback",
        "event_id": event_id,
        "event_time": int(time.time()),
        "event": event,
    }
    return post(url, json.dumps(payload), "application/json", **kw)


def interaction(url: str, payload: dict, **kw):
    body = urlencode({"payload": json.dumps(payload)})
    return post(url, body, "application/x-www-form-urlencoded", **kw)
