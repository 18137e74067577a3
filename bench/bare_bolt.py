"""The baseline of `bench_ack`: a bare Bolt app that only acknowledges, on the bot's web stack.

Same stack as `samverkansbot serve`: waitress with the same number of threads, one Flask app
with Bolt's Flask adapter at /slack/events and a /healthz, Bolt with the signing secret and
`process_before_response=True`, one listener per slash command the bot answers. Each listener
calls `ack()` and nothing else: no database, no reply. What the bot costs beyond this is what
the bot itself does.

    python -m bench.bare_bolt --port N   (SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN, SLACK_API_URL)
"""

from __future__ import annotations

import argparse
import os


def build():
    from flask import Flask, jsonify, request
    from slack_bolt import App
    from slack_bolt.adapter.flask import SlackRequestHandler
    from slack_sdk import WebClient

    from bot.commands import command_names

    client = WebClient(token=os.environ["SLACK_BOT_TOKEN"],
                       base_url=os.environ["SLACK_API_URL"].rstrip("/") + "/")
    app = App(client=client, signing_secret=os.environ["SLACK_SIGNING_SECRET"],
              token_verification_enabled=False, process_before_response=True)
    for name in command_names():
        app.command(f"/{name}")(lambda ack: ack())
    web = Flask("bare-bolt")
    handler = SlackRequestHandler(app)

    @web.post("/slack/events")
    def slack_events():
        return handler.handle(request)

    @web.get("/healthz")
    def healthz():
        return jsonify(status="ok")

    return web


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.bare_bolt")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--threads", type=int, default=8)
    args = parser.parse_args()
    from waitress import serve

    serve(build(), host="127.0.0.1", port=args.port, threads=args.threads, ident="bare-bolt")


if __name__ == "__main__":
    main()
