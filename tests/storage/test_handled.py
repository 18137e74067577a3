"""The table of handled event and request ids is pruned by the worker, not left to grow."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlmodel import select

from handlers.worker import run_schedulers, schedulers
from storage.engine import unit_of_work
from storage.models import ProcessedEvent

NOW = datetime(2026, 8, 24, 7, 0, tzinfo=UTC)


def ids(engine) -> list[str]:
    with unit_of_work(engine) as session:
        return sorted(e.event_id for e in session.exec(select(ProcessedEvent)).all())


def test_the_worker_prunes_handled_ids_older_than_two_days(engine):
    with unit_of_work(engine) as session:
        for name, age in [("Ev-new", timedelta(minutes=3)), ("Ev-day", timedelta(days=1)),
                          ("Ev-old", timedelta(days=3)), ("teams:old", timedelta(days=30))]:
            session.add(ProcessedEvent(event_id=name, received_at=NOW - age))
    assert run_schedulers(engine, NOW, schedulers()) == 0
    assert ids(engine) == ["Ev-day", "Ev-new"]
    assert run_schedulers(engine, NOW, schedulers()) == 0  # nothing left to prune: no error
    assert ids(engine) == ["Ev-day", "Ev-new"]


def test_many_old_ids_go_in_batches(engine):
    from storage import handled

    with unit_of_work(engine) as session:
        session.add_all(ProcessedEvent(event_id=f"Ev{n}", received_at=NOW - timedelta(days=5))
                        for n in range(120))
    with unit_of_work(engine) as session:
        assert handled.prune(session, NOW - timedelta(days=2), batch=50) == 50
    with unit_of_work(engine) as session:
        assert handled.prune(session, NOW - timedelta(days=2), batch=500) == 70
    assert ids(engine) == []


def test_a_command_key_remembered_on_the_cursor_is_read_and_pruned_like_any_other(engine):
    """`remember` writes on the driver's cursor: the time is stored as SQLAlchemy writes it (the
    worker's prune compares it), a second time is refused without spoiling the transaction, and
    a rolled-back unit of work leaves no key behind."""
    from storage import handled

    with unit_of_work(engine) as session:
        assert handled.remember(session, "slack-request:ny", NOW - timedelta(minutes=3))
        assert handled.remember(session, "slack-request:gammal", NOW - timedelta(days=3))
        assert not handled.remember(session, "slack-request:ny", NOW)
        session.add(ProcessedEvent(event_id="Ev-efter", received_at=NOW))  # still usable
    with unit_of_work(engine) as session:
        stored = {e.event_id: e.received_at for e in session.exec(select(ProcessedEvent))}
        assert stored["slack-request:ny"].replace(tzinfo=None) == (
            NOW - timedelta(minutes=3)).replace(tzinfo=None)
    try:
        with unit_of_work(engine) as session:
            assert handled.remember(session, "slack-request:återställd", NOW)
            raise RuntimeError("the command failed after its key was written")
    except RuntimeError:
        pass
    assert run_schedulers(engine, NOW, schedulers()) == 0
    assert ids(engine) == ["Ev-efter", "slack-request:ny"]
