"""A loopback stand-in for Slack's Web API that records every call the bot makes."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs


class FakeSlack:
    """Answers like Slack (ok: true), remembers (method, params) in order."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict]] = []
        # file id → (name, content); content may be a function giving chunks, sent without a
        # Content-Length, for downloads that never end or trickle.
        self.files: dict[str, tuple[str, bytes | Callable[[], Iterable[bytes]]]] = {}
        self.sizes: dict[str, int] = {}  # file id → the size files.info reports, if not the real
        self.users: dict[str, str] = {}  # e-mail → Slack user id, for users.lookupByEmail
        self.downloads: list[str] = []  # Authorization headers seen on downloads
        self.held: dict[str, threading.Event] = {}  # method → answered only once the event is set
        self.members: dict[str, set[str]] = {}  # channel id → the users in it (see seen_by)
        # method → how its next calls fail, in order: an error code (ok: false, as Slack
        # answers) or an HTTP status (as a response_url that has expired answers).
        self.failures: dict[str, list[str | int]] = {}
        self.uploads: dict[str, bytes] = {}  # file id → bytes the bot uploaded (files v2)
        # OAuth: code → (team id, team name, bot token) that oauth.v2.access hands out, once.
        self.oauth_codes: dict[str, tuple[str, str, str]] = {}
        self.tokens: list[tuple[str, str]] = []  # (method, bearer token) of every API call
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/api/"

    def start(self) -> FakeSlack:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def calls_to(self, method: str) -> list[dict]:
        with self.lock:
            return [params for name, params in self.calls if name == method]

    def seen_by(self, user: str) -> str:
        """Everything posted so far that `user` can read, as one text: messages in channels
        they are in (see `members`) or in their DM, ephemeral messages shown to them, their
        App Home."""
        seen = []
        with self.lock:
            for method, params in self.calls:
                if method == "chat.postMessage":
                    channel = params.get("channel")
                    visible = channel == user or user in self.members.get(channel, ())
                elif method == "chat.postEphemeral":
                    visible = params.get("user") == user
                elif method == "views.publish":
                    visible = params.get("user_id") == user
                else:
                    visible = False
                if visible:
                    seen.append(json.dumps({k: params.get(k) for k in ("text", "blocks", "view")},
                                           ensure_ascii=False))
        return "\n".join(seen)

    def tokens_of(self, method: str) -> list[str]:
        """The bot tokens the calls to `method` were made with, in order."""
        with self.lock:
            return [token for name, token in self.tokens if name == method]

    def wait_for(self, method: str, count: int = 1, timeout: float = 15.0) -> list[dict]:
        """Listeners run after the acknowledgement: wait until they have called Slack."""
        # Returns as soon as the calls are there: the long limit only matters on a loaded machine
        # (reading and publishing minutes took over 5 s at a load average of 11 on 2 cores).
        import time

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.calls_to(method)
            if len(found) >= count:
                return found
            time.sleep(0.01)
        return self.calls_to(method)

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (Web API reads, and file downloads)
                path, _, query = self.path.partition("?")
                if path.startswith("/api/"):
                    params = {k: v[0] for k, v in parse_qs(query).items()}
                    return self._api(path.rsplit("/", 1)[-1], params)
                file_id = path.rsplit("/", 1)[-1]
                fake.downloads.append(self.headers.get("Authorization", ""))
                if file_id not in fake.files:
                    self.send_response(404)
                    self.end_headers()
                    return
                data = fake.files[file_id][1]
                self.send_response(200)
                if callable(data):
                    self.end_headers()
                    try:
                        for chunk in data():
                            self.wfile.write(chunk)
                    except OSError:  # the bot hung up: what a capped download does
                        pass
                    return
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_POST(self):  # noqa: N802 (http.server's naming)
                length = int(self.headers.get("Content-Length") or 0)
                if self.path.startswith("/upload/"):  # step 2 of files_upload_v2: the bytes
                    with fake.lock:
                        fake.uploads[self.path.rsplit("/", 1)[-1]] = self.rfile.read(length)
                    self.send_response(200)
                    self.send_header("Content-Length", "2")
                    self.end_headers()
                    self.wfile.write(b"OK")
                    return
                raw = self.rfile.read(length).decode("utf-8")
                if "json" in (self.headers.get("Content-Type") or ""):
                    params = json.loads(raw or "{}")
                else:
                    params = {k: v[0] for k, v in parse_qs(raw).items()}
                for key in ("blocks", "view"):
                    if isinstance(params.get(key), str):
                        params[key] = json.loads(params[key])
                self._api(self.path.split("?")[0].rsplit("/", 1)[-1], params)

            def _api(self, method: str, params: dict) -> None:
                bearer = (self.headers.get("Authorization") or "").removeprefix("Bearer ")
                with fake.lock:
                    fake.calls.append((method, params))
                    fake.tokens.append((method, bearer))
                if method in fake.held:  # a slow Slack: this method hangs until released
                    fake.held[method].wait(30)
                with fake.lock:
                    pending = fake.failures.get(method)
                    failure = pending.pop(0) if pending else None
                if failure is not None:
                    return self._fail(failure)
                body = {"ok": True}
                if method == "chat.postMessage":
                    body.update(channel=params.get("channel"), ts="1700000000.000100")
                if method == "files.info" and params.get("file") in fake.files:
                    name, content = fake.files[params["file"]]
                    base = fake.url.removesuffix("api/")
                    size = fake.sizes.get(params["file"], len(content) if isinstance(
                        content, bytes) else 1_000_000)
                    body["file"] = {
                        "id": params["file"], "name": name, "size": size,
                        "url_private_download": f"{base}download/{params['file']}",
                        "permalink": f"https://example.slack.com/files/{params['file']}",
                    }
                if method == "users.lookupByEmail":
                    if params.get("email") in fake.users:
                        body["user"] = {"id": fake.users[params["email"]]}
                    else:
                        body = {"ok": False, "error": "users_not_found"}
                if method == "conversations.open":
                    body["channel"] = {"id": "D" + str(params.get("users", ""))[1:]}
                if method == "files.getUploadURLExternal":
                    file_id = f"FUP{len(fake.calls)}"
                    body.update(file_id=file_id,
                                upload_url=f"{fake.url.removesuffix('api/')}upload/{file_id}")
                if method == "files.completeUploadExternal":
                    body["files"] = [{"id": f["id"]} for f in json.loads(params.get("files")
                                                                          or "[]")]
                if method == "auth.test":
                    teams = {token: team for team, _, token in fake.oauth_codes.values()}
                    body.update(user_id="UBOT", bot_id="BBOT", team_id=teams.get(bearer, "T1"))
                if method == "oauth.v2.access":
                    with fake.lock:
                        granted = fake.oauth_codes.pop(params.get("code"), None)
                    if granted is None:
                        body = {"ok": False, "error": "invalid_code"}
                    else:
                        team, name, token = granted
                        fake.oauth_codes[f"used-{team}"] = granted  # auth.test still knows it
                        body.update(app_id="A0SAMVERK", token_type="bot", access_token=token,
                                    bot_user_id="UBOT", scope="commands,chat:write",
                                    team={"id": team, "name": name}, enterprise=None,
                                    is_enterprise_install=False, authed_user={"id": "U0INSTALL"})
                data = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _fail(self, failure: str | int) -> None:
                status = failure if isinstance(failure, int) else 200
                data = json.dumps({"ok": False, "error": failure if isinstance(failure, str)
                                   else "failed"}).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):  # keep test output quiet
                pass

        return Handler
