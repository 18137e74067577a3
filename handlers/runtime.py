"""Start-up shared by every entry point: settings, logging, the database."""

from __future__ import annotations

import logging

from sqlalchemy.engine import Engine

from bot.settings import Settings
from storage.engine import is_sqlite, make_engine
from storage.migrate import ensure_current, upgrade


def configure_logging(settings: Settings) -> None:
    logging.basicConfig(
        level=getattr(logging, settings.log_level, logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    # The Web API client logs request bodies (and so tokens and messages) at debug level.
    logging.getLogger("slack_sdk").setLevel(max(logging.INFO, logging.root.level))
    # Migration chatter would drown the console; failures still show as errors.
    logging.getLogger("alembic").setLevel(logging.WARNING)


def open_database(settings: Settings, migrate: bool | None = None) -> Engine:
    """The engine; a SQLite file is migrated on the spot when it is behind (one look at its
    revision, Alembic only when needed), PostgreSQL by `migrate`/release."""
    engine = make_engine(settings.effective_database_url)
    if migrate:
        upgrade(engine)
    elif migrate is None and is_sqlite(engine):
        ensure_current(engine)
    return engine
