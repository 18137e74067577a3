"""Alembic, run from code: `samverkansbot migrate`, and on the fly for a fresh SQLite file."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Engine

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision`; does nothing when it is already there."""
    command.upgrade(alembic_config(engine), revision)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def new_revision(engine: Engine, message: str) -> None:
    """Writes a migration for what the models have that the database lacks (autogenerate)."""
    upgrade(engine)
    command.revision(alembic_config(engine), message=message, autogenerate=True)


if __name__ == "__main__":  # python -m storage.migrate "what changed"
    import sys
    import tempfile

    from storage.engine import make_engine

    with tempfile.TemporaryDirectory() as folder:
        new_revision(make_engine(f"sqlite:///{folder}/scratch.db"), " ".join(sys.argv[1:]))
