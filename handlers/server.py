"""One web app: /slack/events for Slack, /healthz for the platform's health checks.

/healthz answers 200 when the database answers and deliveries flow, 503 otherwise:

    {"status": "ok", "database": true,
     "delivery": {"status": "ok", "last_pass": "2026-08-24T07:00:12+00:00",
                  "oldest_waiting": null, "waiting": 0}}
"""

from __future__ import annotations

import gc
import logging

from flask import Flask, jsonify, request
from slack_bolt import App
from slack_bolt.adapter.flask import SlackRequestHandler
from sqlalchemy import text
from sqlalchemy.engine import Engine

from bot import health
from bot.clock import SystemClock
from handlers.slack import guard
from storage.engine import unit_of_work

log = logging.getLogger(__name__)


def build_web_app(slack_app: App | None, engine: Engine, teams=None, clock=None,
                  settings=None) -> Flask:
    """Slack at /slack/events; Teams at /api/messages when `teams` (its handler) is given; the
    web page at /webb/ and the calendar feeds at /ical/ when `settings` and `clock` are."""
    health_clock = clock or SystemClock()
    web = Flask("samverkansbot")
    if slack_app is not None:  # the demo serves the web page without Slack
        slack = SlackRequestHandler(slack_app)

        @web.post("/slack/events")
        def slack_events():
            # Malformed bodies, signed or not, get a 4xx here rather than a 500 inside Bolt.
            request.max_content_length = guard.MAX_BODY  # read no further than a real request
            try:
                guard.check(request.headers, request.get_data(cache=True))
            except guard.Malformed as refused:
                log.warning("Refused a Slack request: %s", refused)
                return jsonify(error=str(refused)), refused.status
            return slack.handle(request)

        if slack_app.oauth_flow is not None:  # several workspaces: Slack's install flow
            @web.get("/slack/install")
            def slack_install():
                return slack.handle(request)

            @web.get("/slack/oauth_redirect")
            def slack_oauth_redirect():
                return slack.handle(request)

    if teams is not None:
        web.post("/api/messages")(teams.flask_view)

    if settings is not None and clock is not None:
        from handlers.web.app import register

        register(web, engine, clock, settings)

    @web.get("/healthz")
    def healthz():
        try:
            with engine.connect() as connection:
                connection.execute(text("SELECT 1"))
            with unit_of_work(engine) as session:
                delivery = health.delivery(session, health_clock.now())
        except Exception:
            log.exception("Health check: database unreachable")
            return jsonify(status="fel", database=False), 503
        if delivery["status"] != "ok":
            log.warning("Health check: deliveries have stalled (%d waiting since %s)",
                        delivery["waiting"], delivery["oldest_waiting"])
            return jsonify(status="fel", database=True, delivery=delivery), 503
        return jsonify(status="ok", database=True, delivery=delivery)

    return web


def settle_heap() -> None:
    """What start-up made (modules, templates, the apps: some 200,000 objects) lives as long as
    the process. Frozen out of the collector's reach, it is no longer walked by each full
    collection, which took 0.1–0.5 s on a loaded machine in the middle of whichever request
    set it off: the heavy pages' p95 (bench/bench_web.py)."""
    gc.collect()
    gc.freeze()


def serve(web: Flask, host: str, port: int, threads: int) -> None:
    """waitress: a production WSGI server with a pool of worker threads."""
    from waitress import serve as waitress_serve

    settle_heap()

    log.info("Serving on http://%s:%s with %s threads", host, port, threads)
    waitress_serve(web, host=host, port=port, threads=threads, ident="samverkansbot")
