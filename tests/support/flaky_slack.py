"""A loopback Slack Web API that misbehaves on purpose: 429s, 500s, failing channels, a stall.

It keeps what a real workspace would: every accepted chat.postMessage (channel, metadata, ts,
arrival time), returned by conversations.history with their metadata, newest first.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

TRUE = {True, "1", "true", "True"}


@dataclass
class Accepted:
    channel: str  # the conversation it landed in (a DM's D… id for a user id)
    text: str
    metadata: dict
    ts: str
    at: float  # time.time() when accepted

    @property
    def key(self) -> str | None:
        return (self.metadata.get("event_payload") or {}).get("key")


@dataclass
class Faults:
    """What goes wrong. Counters run over chat.postMessage calls, 1-based, in arrival order."""

    rate_limit_every: int = 0  # every Nth call answers 429
    retry_after: int = 1
    error_every: int = 0  # every Mth call answers 500 (before any 429 on the same call)
    fail_channels: dict[str, str] = field(default_factory=dict)  # channel → "500" or error code
    stall_after: int = 0  # the Nth accepted message is kept, but its answer is held back


class _Server(ThreadingHTTPServer):
    # The default backlog of 5 drops connections when several senders connect at once, and a
    # dropped SYN costs a second: the fake would be the bottleneck it is meant to measure around.
    request_queue_size = 128


class FlakySlack:
    def __init__(self, faults: Faults | None = None) -> None:
        self.faults = faults or Faults()
        self.accepted: list[Accepted] = []
        self.posts: list[dict] = []  # the parameters of every accepted post, as sent
        self.refused: list[tuple[str, int]] = []  # (channel, status) of every refused post
        self.calls: dict[str, int] = {}
        self.post_calls = 0
        self.lock = threading.Lock()
        self.release = threading.Event()
        self.stalled = threading.Event()
        self.server = _Server(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/api/"

    def start(self) -> FlakySlack:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()

    @staticmethod
    def conversation(channel: str) -> str:
        """Where a post to a user id lands: the DM, whose id conversations.open hands out."""
        return "D" + channel[1:] if channel[:1] in ("U", "W") else channel

    def keys(self) -> list[str]:
        with self.lock:
            return [m.key for m in self.accepted]

    def by_channel(self) -> dict[str, list[Accepted]]:
        found: dict[str, list[Accepted]] = {}
        with self.lock:
            for message in self.accepted:
                found.setdefault(message.channel, []).append(message)
        return found

    def wait_for(self, count: int, timeout: float = 10.0) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and len(self.accepted) < count:
            time.sleep(0.01)
        return len(self.accepted)

    # -- the API ----------------------------------------------------------------------------

    def answer(self, method: str, params: dict) -> tuple[int, dict, dict]:
        """(status, headers, body) for one call."""
        with self.lock:
            self.calls[method] = self.calls.get(method, 0) + 1
        if method == "chat.postMessage":
            return self._post(params)
        if method == "conversations.history":
            return 200, {}, self._history(params)
        if method == "conversations.open":
            user = str(params.get("users", "")).split(",")[0]
            return 200, {}, {"ok": True, "channel": {"id": self.conversation(user)}}
        if method == "auth.test":
            return 200, {}, {"ok": True, "user_id": "UBOT", "bot_id": "BBOT", "team_id": "T1"}
        return 200, {}, {"ok": False, "error": "unknown_method"}

    def _post(self, params: dict) -> tuple[int, dict, dict]:
        faults = self.faults
        channel = str(params.get("channel", ""))
        with self.lock:
            self.post_calls += 1
            n = self.post_calls
            failure = faults.fail_channels.get(channel)
            if failure == "500" or (faults.error_every and n % faults.error_every == 0):
                self.refused.append((channel, 500))
                return 500, {}, {"ok": False, "error": "internal_error"}
            if faults.rate_limit_every and n % faults.rate_limit_every == 0:
                self.refused.append((channel, 429))
                return 429, {"Retry-After": str(faults.retry_after)}, {"ok": False,
                                                                        "error": "ratelimited"}
            if failure:
                return 200, {}, {"ok": False, "error": failure}
            metadata = params.get("metadata") or {}
            if isinstance(metadata, str):
                metadata = json.loads(metadata)
            ts = f"{1_700_000_000 + len(self.accepted)}.{n:06d}"
            conversation = self.conversation(channel)
            self.posts.append(params)
            self.accepted.append(
                Accepted(conversation, str(params.get("text", "")), metadata, ts, time.time())
            )
            stall = faults.stall_after and len(self.accepted) == faults.stall_after
        if stall:
            # Slack has the message, but the sender never hears so: a kill now leaves it in doubt.
            self.stalled.set()
            self.release.wait(30)
        return 200, {}, {"ok": True, "channel": conversation, "ts": ts}

    def _history(self, params: dict) -> dict:
        channel = str(params.get("channel", ""))
        limit = int(params.get("limit") or 100)
        offset = int(params.get("cursor") or 0)
        with self.lock:
            found = [m for m in self.accepted if m.channel == channel][::-1]
        page = found[offset:offset + limit]
        messages = []
        for m in page:
            message = {"type": "message", "text": m.text, "ts": m.ts, "bot_id": "BBOT"}
            if params.get("include_all_metadata") in TRUE and m.metadata:
                message["metadata"] = m.metadata
            messages.append(message)
        more = offset + limit < len(found)
        return {
            "ok": True,
            "messages": messages,
            "has_more": more,
            "response_metadata": {"next_cursor": str(offset + limit) if more else ""},
        }

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 (http.server's naming)
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                if len(body) < length:
                    # The caller died mid-request (a worker killed during its send): Slack never
                    # acts on a request whose body did not arrive, and neither does this fake.
                    # Read as empty, it once counted as a post to nowhere without metadata.
                    self.close_connection = True
                    return
                raw = body.decode("utf-8")
                url = urlsplit(self.path)
                params = {k: v[0] for k, v in parse_qs(url.query).items()}
                if "json" in (self.headers.get("Content-Type") or ""):
                    params.update(json.loads(raw or "{}"))
                else:
                    params.update({k: v[0] for k, v in parse_qs(raw).items()})
                status, headers, body = fake.answer(url.path.rsplit("/", 1)[-1], params)
                data = json.dumps(body).encode()
                try:
                    self.send_response(status)
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:  # the caller was killed while we held the answer back
                    pass

            do_GET = do_POST  # noqa: N815

            def log_message(self, *args):  # keep test output quiet
                pass

        return Handler
