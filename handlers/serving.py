"""Long-running Slack front ends: HTTP (production) and Socket Mode."""

from __future__ import annotations

import sys
from contextlib import contextmanager

from sqlalchemy.engine import Engine

from bot import texts
from bot.clock import SystemClock
from bot.settings import Settings
from handlers.server import build_web_app, serve
from handlers.slack.app import build_app
from handlers.worker import slack_key_problem


def serve_http(settings: Settings, engine: Engine, host: str, port: int,
               worker: bool = True) -> int:
    """The web app; by default with the worker in the same process (`--no-worker` when the
    deployment runs `samverkansbot worker` on its own, as the Procfile does)."""
    if not settings.slack_signing_secret:
        print(texts.CLI_NO_SLACK_SECRET, file=sys.stderr)
        return 2
    problem = slack_key_problem(settings, engine)
    if problem:  # several workspaces, and their tokens cannot be stored or read
        print(problem, file=sys.stderr)
        return 2
    clock = SystemClock()
    slack_app = build_app(settings, engine, clock)
    web = build_web_app(slack_app, engine, _teams(engine), clock=clock, settings=settings)
    with _worker(settings, engine, clock, worker):
        serve(web, host, port, settings.web_threads)
    return 0


@contextmanager
def _worker(settings: Settings, engine: Engine, clock, wanted: bool):
    if not wanted:
        yield None
        return
    from handlers.worker import InProcess

    running = InProcess(settings, engine, clock).start()
    try:
        yield running
    finally:
        running.stop()


def _teams(engine: Engine):
    """The Teams handler when the bot is registered with Microsoft (app id and password set)."""
    from handlers.teams.settings import TeamsSettings

    teams_settings = TeamsSettings.from_env()
    if not teams_settings.enabled:  # and then nothing of Teams is imported
        return None
    import httpx

    from handlers.teams.app import build_teams_handler

    return build_teams_handler(teams_settings, engine, SystemClock(), httpx.Client(timeout=10))


def serve_socket(settings: Settings, engine: Engine, worker: bool = True) -> int:
    if not settings.slack_app_token:
        print(texts.CLI_NO_APP_TOKEN, file=sys.stderr)
        return 2
    problem = slack_key_problem(settings, engine)
    if problem:
        print(problem, file=sys.stderr)
        return 2
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    clock = SystemClock()
    slack_app = build_app(settings, engine, clock)
    with _worker(settings, engine, clock, worker):
        SocketModeHandler(slack_app, settings.slack_app_token).start()
    return 0
