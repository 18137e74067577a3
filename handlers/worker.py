"""The worker process: scheduled sends. Until reminders and pings land it only idles."""

from __future__ import annotations

import logging
import signal
import time

from sqlalchemy.engine import Engine

from bot import texts
from bot.settings import Settings

log = logging.getLogger(__name__)
POLL_SECONDS = 30


def run(settings: Settings, engine: Engine, once: bool = False, now: str | None = None) -> int:
    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    log.info(texts.CLI_WORKER_IDLE)
    if once:
        print(texts.CLI_WORKER_IDLE)
        return 0
    while not stopping:
        time.sleep(POLL_SECONDS)
    return 0
