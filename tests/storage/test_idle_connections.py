"""PostgreSQL: a pooled connection the server dropped while it sat idle is tried and replaced
before a unit of work gets it; one in use a moment ago is handed out without a round trip."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool

from storage import engine as engines
from storage.engine import unit_of_work


def _drop_pooled_connection(engine) -> None:
    """The server ends the pool's one connection, as a restart or an idle timeout would."""
    with unit_of_work(engine) as session:
        pid = session.connection().execute(text("SELECT pg_backend_pid()")).scalar()
    killer = create_engine(engine.url, poolclass=NullPool)
    with killer.connect() as connection:
        assert connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}).scalar()
    killer.dispose()


def _answer(engine) -> int:
    with unit_of_work(engine) as session:
        return session.connection().execute(text("SELECT 1")).scalar()


@pytest.fixture
def postgres(engine):
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite has no server to drop a connection")
    engine.dispose()
    return engine


def test_an_idle_connection_the_server_dropped_is_replaced_unseen(postgres, monkeypatch):
    _drop_pooled_connection(postgres)
    monkeypatch.setattr(engines, "PING_AFTER_IDLE", 0.0)  # it has been idle long enough
    assert _answer(postgres) == 1


def test_a_connection_in_use_a_moment_ago_is_not_tried_and_the_pool_recovers(postgres,
                                                                               monkeypatch):
    """What the ping saves, and what it costs: without it, the work that gets the dropped
    connection fails, and the next unit of work has a new one."""
    monkeypatch.setattr(engines, "PING_AFTER_IDLE", 3600.0)
    _drop_pooled_connection(postgres)
    with pytest.raises(OperationalError):
        _answer(postgres)
    assert _answer(postgres) == 1
