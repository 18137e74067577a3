"""Alembic, run from code: `samverkansbot migrate`, and on the fly for a fresh SQLite file.

Alembic (with Mako and its templates) takes longer to import than most commands take to run,
so a start looks once at `alembic_version` and compares it with `HEAD`, the newest migration
this code knows; Alembic is imported only when they differ. `HEAD` must follow every new
migration: tests/storage/test_migrations.py fails when it is not Alembic's own head.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

MIGRATIONS = Path(__file__).parent / "migrations"
HEAD = "0014"  # the revision of the newest file in migrations/versions


def alembic_config(engine: Engine):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision`; does nothing when it is already there."""
    from alembic import command

    command.upgrade(alembic_config(engine), revision)


def ensure_current(engine: Engine) -> None:
    """The schema at `HEAD`: one query when it is, Alembic's upgrade when it is not (a new
    database, or one a migration behind)."""
    if stamped_revision(engine) != HEAD:
        upgrade(engine)


def stamped_revision(engine: Engine) -> str | None:
    """The revision in `alembic_version`, without Alembic; None for a database without one."""
    try:
        with engine.connect() as connection:
            rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    except DBAPIError:  # no such table: nothing migrated yet
        return None
    return rows[0][0] if len(rows) == 1 else None


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def new_revision(engine: Engine, message: str) -> None:
    """Writes a migration for what the models have that the database lacks (autogenerate)."""
    from alembic import command

    upgrade(engine)
    command.revision(alembic_config(engine), message=message, autogenerate=True)


if __name__ == "__main__":  # python -m storage.migrate "what changed"
    import sys
    import tempfile

    from storage.engine import make_engine

    with tempfile.TemporaryDirectory() as folder:
        new_revision(make_engine(f"sqlite:///{folder}/scratch.db"), " ".join(sys.argv[1:]))
        print(f"Now set HEAD in {__file__} to the new revision.", file=sys.stderr)
