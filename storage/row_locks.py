"""Holding a row to the end of a unit of work, so a check and the write it allows are one step.

A double click sends the same form twice at the same moment. Each request checks that its agenda
item or remiss is not there yet, and without a lock both checks pass before either insert commits:
the item is stored twice. Holding the parent row (the meeting, the group) first makes the second
request wait until the first has committed, and its check then sees the first one's row.

PostgreSQL: `SELECT … FOR UPDATE` on the parent row. SQLite has one write lock for the whole
database and no row locks: `BEGIN IMMEDIATE` takes it now instead of at the unit of work's first
write (storage.engine would send the same BEGIN there; it sees the transaction open and does not).
"""

from __future__ import annotations

from sqlmodel import Session, SQLModel, select

from storage.engine import is_sqlite


def hold(session: Session, model: type[SQLModel], row_id: int) -> None:
    """Waits for, then holds, the row until the unit of work ends."""
    connection = session.connection()
    if is_sqlite(connection.engine):
        dbapi_connection = connection.connection.dbapi_connection
        if not dbapi_connection.in_transaction:
            dbapi_connection.execute("BEGIN IMMEDIATE")
        return
    session.exec(select(model.id).where(model.id == row_id).with_for_update()).first()
