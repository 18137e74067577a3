"""The Alembic history builds exactly the tables the models describe."""

from __future__ import annotations

import subprocess
import sys

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlmodel import SQLModel

import storage.models
from storage.engine import make_engine
from storage.migrate import current_revision, upgrade
from storage.search import is_search_table


def _not_search(name, kind, _parents) -> bool:
    return not (kind == "table" and is_search_table(name))


def test_migrations_match_the_models(engine):
    storage.models.load_all()
    with engine.connect() as connection:
        # The search tables are raw SQL per dialect (migration 0003); no model describes them.
        context = MigrationContext.configure(connection, opts={"include_name": _not_search})
        assert compare_metadata(context, SQLModel.metadata) == []


# A fresh interpreter that imports no table itself: Alembic's environment must map them all,
# also those storage.models maps only when first named (storage/models_lazy.py).
FRESH_COMPARISON = """
import sys
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel
from storage.engine import make_engine
from storage.migrate import upgrade
from storage.search import is_search_table
engine = make_engine("sqlite:///" + sys.argv[1])
upgrade(engine)
with engine.connect() as connection:
    context = MigrationContext.configure(connection, opts={"include_name": lambda name, kind, _p:
        not (kind == "table" and is_search_table(name))})
    print(len(SQLModel.metadata.tables), compare_metadata(context, SQLModel.metadata))
"""


def test_alembic_sees_every_table_also_those_mapped_when_named(tmp_path):
    done = subprocess.run([sys.executable, "-c", FRESH_COMPARISON, str(tmp_path / "fresh.db")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    tables, differences = done.stdout.split(" ", 1)
    assert (int(tables), differences.strip()) == (len(SQLModel.metadata.tables), "[]")


def test_migrating_twice_is_harmless(engine):
    revision = current_revision(engine)
    upgrade(engine)
    assert current_revision(engine) == revision is not None


def test_sqlite_runs_in_wal_mode_with_a_busy_timeout(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'x.db'}")
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 1000


def test_the_known_head_is_alembics_head():
    """Starts compare the database with storage.migrate.HEAD instead of asking Alembic: a new
    migration whose revision is not written there would never be applied on a start."""
    from alembic.script import ScriptDirectory

    from storage.migrate import HEAD, alembic_config

    scripts = ScriptDirectory.from_config(alembic_config(None))
    assert scripts.get_heads() == [HEAD]


def test_a_start_migrates_a_database_that_is_behind_and_only_looks_at_a_current_one(tmp_path):
    from storage.migrate import HEAD, ensure_current, stamped_revision

    engine = make_engine(f"sqlite:///{tmp_path / 'x.db'}")
    assert stamped_revision(engine) is None  # nothing there yet: not even alembic_version
    upgrade(engine, "0011")
    assert stamped_revision(engine) == "0011"
    ensure_current(engine)
    assert stamped_revision(engine) == current_revision(engine) == HEAD
    with engine.connect() as connection:  # the last migration's table is there
        assert connection.execute(text("SELECT count(*) FROM rosterversion")).scalar() >= 0
    ensure_current(engine)  # current: one look, nothing changes
    assert current_revision(engine) == HEAD


def test_a_sqlite_database_with_published_minutes_is_migrated_and_keeps_them(tmp_path):
    """Migration 0014 copies the document table (SQLite adds a foreign key only so) and drops
    the old one: with decisions pointing at a document, that DROP failed on foreign keys, and
    every deployment on SQLite with published minutes stopped at its next start."""
    from storage.migrate import HEAD, ensure_current

    engine = make_engine(f"sqlite:///{tmp_path / 'county.db'}")
    upgrade(engine, "0013")
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO meeting (id, date, status, place, online_link) "
            "VALUES (1, '2026-06-11', 'held', 'Regionhuset', '')"))
        connection.execute(text(
            "INSERT INTO document (id, sha256, filename, title, url, meeting_id, status, "
            "created_at) VALUES (1, 'a', 'minnesanteckningar-2026-06-11.pdf', "
            "'Minnesanteckningar', '', 1, 'published', '2026-06-11 10:00:00')"))
        connection.execute(text(
            "INSERT INTO decision (meeting_id, document_id, position, item, text, context) "
            "VALUES (1, 1, 1, '3. SAMS', 'Gruppen bifaller förslaget.', '')"))
    ensure_current(engine)
    assert current_revision(engine) == HEAD
    with engine.connect() as connection:
        assert connection.execute(text(
            "SELECT d.text FROM decision d JOIN document m ON m.id = d.document_id")).all() == [
            ("Gruppen bifaller förslaget.",)]
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1  # on again
