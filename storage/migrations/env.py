"""Alembic environment: the engine comes from the caller (storage.migrate), never from a file."""

from alembic import context
from sqlmodel import SQLModel

import storage.models
from storage.search import is_search_table

storage.models.load_all()  # every table on SQLModel.metadata, also those mapped when named

engine = context.config.attributes["engine"]


def include_name(name, type_, parent_names) -> bool:
    # The full-text search tables are raw SQL per dialect (migration 0003), not models.
    return not (type_ == "table" and is_search_table(name))


def _foreign_keys(connection, on: bool) -> None:
    """SQLite's foreign keys, switched outside any transaction (inside one the PRAGMA does
    nothing): a batch migration copies a table, drops the old one and renames the copy, and
    with them on, dropping a table other rows point to (document, under decisions) fails."""
    connection.connection.dbapi_connection.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")


with engine.connect() as connection:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        _foreign_keys(connection, False)
    try:
        with connection.begin():
            context.configure(
                connection=connection,
                target_metadata=SQLModel.metadata,
                render_as_batch=sqlite,
                include_name=include_name,
            )
            context.run_migrations()
            if sqlite:  # what the copies point to must still be there
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                if broken:
                    raise RuntimeError(f"foreign keys broken by the migration: {broken[:5]}")
    finally:
        if sqlite:
            _foreign_keys(connection, True)
