"""On SQLite the pool hands out the connection used last: its page cache is still valid for what
it wrote itself (storage/engine.py), where a connection handed out in turn reads its pages again."""

from __future__ import annotations

from sqlalchemy import text

from storage.engine import make_engine, unit_of_work


def driver_connection(session):
    return session.connection().connection.dbapi_connection


def test_a_request_after_a_busy_moment_gets_the_connection_used_last(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'bot.db'}")
    try:
        # Three requests at once leave three connections in the pool.
        with unit_of_work(engine) as a, unit_of_work(engine) as b, unit_of_work(engine) as c:
            held = [driver_connection(s) for s in (a, b, c)]
            a.execute(text("SELECT 1"))
        with unit_of_work(engine) as last:
            used_last = driver_connection(last)
        for _ in range(3):
            with unit_of_work(engine) as session:
                assert driver_connection(session) is used_last
        assert used_last in held
    finally:
        engine.dispose()
