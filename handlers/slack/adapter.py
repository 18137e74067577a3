"""Flask → Bolt for /slack/events, reading each body once.

Bolt's own Flask adapter hands Bolt the raw body, which Bolt parses again (form fields, the
JSON payload) after handlers/slack/guard.py has parsed and checked it: the same work twice on
every request, some 150 Python calls. Here Bolt gets the guard's parse along with the raw body,
which it still needs for the signature check. The guard parses JSON and form fields as Bolt
does; a form body with "payload" anywhere in it (every button and form, and a command whose
text says "payload", which Bolt reads as an empty body) is left to Bolt to parse as before.
"""

from __future__ import annotations

from flask import Request, Response
from slack_bolt import BoltRequest
from slack_bolt.adapter.flask.handler import SlackRequestHandler, to_flask_response
from slack_bolt.context.context import BoltContext
from slack_bolt.request.internals import (
    build_context,
    build_normalized_headers,
    extract_content_type,
    parse_query,
)


class ParsedRequestHandler(SlackRequestHandler):
    """Bolt's Flask handler, taking the body as the guard read it."""

    def handle_parsed(self, req: Request, body: dict) -> Response:
        return to_flask_response(self.app.dispatch(bolt_request(req, body)))


def bolt_request(req: Request, body: dict) -> BoltRequest:
    """What `BoltRequest(body=raw, query=…, headers=…)` builds, with `body` as its parse."""
    raw = req.get_data(as_text=True)
    headers = build_normalized_headers(req.headers)  # type: ignore[arg-type]
    content_type = extract_content_type(headers)
    if not _same_parse(raw, content_type):
        return BoltRequest(body=raw, query=req.query_string.decode("utf-8"), headers=req.headers)
    bolt = BoltRequest.__new__(BoltRequest)
    bolt.raw_body = raw
    bolt.query = parse_query(req.query_string.decode("utf-8"))
    bolt.headers = headers
    bolt.content_type = content_type
    bolt.body = body
    bolt.context = build_context(BoltContext({}), body)
    bolt.lazy_only = bool(headers.get("x-slack-bolt-lazy-only", [False])[0])
    bolt.lazy_function_name = headers.get("x-slack-bolt-lazy-function-name", [None])[0]
    bolt.mode = "http"
    return bolt


def _same_parse(raw: str, content_type: str | None) -> bool:
    """Whether Bolt's parse_body reads `raw` as the guard does."""
    if not raw:
        return False  # Bolt: {}
    if content_type == "application/json" or raw.startswith("{"):
        return True  # json.loads, both
    # A form: the same fields (the guard reads them as parse_qsl does), unless "payload" is
    # anywhere in it, where Bolt decodes the payload field or, without one, reads nothing.
    return "payload" not in raw
