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


with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=SQLModel.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_name=include_name,
    )
    context.run_migrations()
