"""The Alembic history builds exactly the tables the models describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlmodel import SQLModel

import storage.models  # noqa: F401
from storage.engine import make_engine
from storage.migrate import current_revision, upgrade
from storage.search import is_search_table


def _not_search(name, kind, _parents) -> bool:
    return not (kind == "table" and is_search_table(name))


def test_migrations_match_the_models(engine):
    with engine.connect() as connection:
        # The search tables are raw SQL per dialect (migration 0003); no model describes them.
        context = MigrationContext.configure(connection, opts={"include_name": _not_search})
        assert compare_metadata(context, SQLModel.metadata) == []


def test_migrating_twice_is_harmless(engine):
    revision = current_revision(engine)
    upgrade(engine)
    assert current_revision(engine) == revision is not None


def test_sqlite_runs_in_wal_mode_with_a_busy_timeout(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'x.db'}")
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
