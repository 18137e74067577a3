"""A unit of work is all or nothing, also when part of it ran inside a savepoint."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, text
from sqlmodel import select

from bot import commands
from bot.absences import service
from bot.context import Context
from bot.replies import Request
from storage.engine import unit_of_work
from storage.models import Absence, OutboxMessage, SubstituteCall

JOHANNA = "U0JOHANNA"


class Abandoned(Exception):
    """Whatever made the unit of work give up after the absence was stored."""


def count(engine, model) -> int:
    with unit_of_work(engine) as session:
        return session.exec(select(func.count()).select_from(model)).one()


def report(session, clock, text="31 augusti"):
    request = Request("slack", JOHANNA, text, "anmäl-förhinder", channel_id=f"D{JOHANNA}",
                      is_dm=True, now=clock.now())
    return commands.handle(Context(session, clock), request)


def test_a_failure_after_the_command_leaves_no_absence(loaded, clock):
    """/anmäl-förhinder stores the absence in a savepoint; the unit of work then fails."""
    with pytest.raises(Abandoned), unit_of_work(loaded) as session:
        reply = report(session, clock)
        assert reply.text.startswith("Klart. Du har anmält förhinder")
        raise Abandoned
    assert count(loaded, Absence) == 0
    assert count(loaded, SubstituteCall) == 0
    assert count(loaded, OutboxMessage) == 0


def test_a_failure_right_after_the_store_leaves_nothing(loaded, clock, monkeypatch):
    """The command itself breaks between storing the absence and telling anyone."""

    def broken(*args, **kwargs):
        raise Abandoned

    monkeypatch.setattr(service, "_confirm_and_notify", broken)
    with pytest.raises(Abandoned), unit_of_work(loaded) as session:
        report(session, clock)
    assert count(loaded, Absence) == 0
    # Afterwards the same report goes through in full: nothing half-saved stands in its way.
    monkeypatch.undo()
    with unit_of_work(loaded) as session:
        assert report(session, clock).text.startswith("Klart.")
    assert count(loaded, Absence) == 1 and count(loaded, SubstituteCall) == 1


def test_on_sqlite_a_unit_of_work_locks_from_its_first_write_to_its_end(sqlite_engine):
    """Reading takes no lock; the first write takes SQLite's write lock until the end.

    So a unit of work that read while someone else wrote can still write afterwards (a
    transaction begun before the read could not: "database is locked"), and slow work before
    the first write, such as reading an uploaded file, holds nobody up.
    """
    engine = sqlite_engine
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE counter (n INTEGER)"))
        connection.execute(text("INSERT INTO counter VALUES (1)"))
    with unit_of_work(engine) as session:
        assert session.execute(text("SELECT n FROM counter")).scalar() == 1
        meanwhile = threading.Thread(target=_bump, args=(engine,))
        meanwhile.start()
        meanwhile.join(10)
        assert not meanwhile.is_alive()  # nobody waited for our read
        session.execute(text("UPDATE counter SET n = n * 10"))  # on top of the other write
        later = threading.Thread(target=_bump, args=(engine,))
        later.start()
        later.join(0.5)
        assert later.is_alive()  # waits for our end now
        assert session.execute(text("SELECT n FROM counter")).scalar() == 20
    later.join(10)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT n FROM counter")).scalar() == 21


def _bump(engine) -> None:
    with engine.begin() as connection:
        connection.execute(text("UPDATE counter SET n = n + 1"))


def test_the_second_of_two_requests_for_the_same_absence_stores_nothing_and_spoils_nothing(
        loaded, clock):
    """Two /anmäl-förhinder for the same meeting at once: both saw no absence, one stores it.
    The other's INSERT finds the first one's row and gives None, and its unit of work goes on
    (on PostgreSQL a failed INSERT would have spoilt the whole transaction) to save the rest."""
    from datetime import UTC, datetime

    from storage import absences, handled

    with unit_of_work(loaded) as session:
        assert report(session, clock).text.startswith("Klart.")
    with unit_of_work(loaded) as session:
        stored = session.exec(select(Absence)).one()
        values = dict(meeting_id=stored.meeting_id, person_id=stored.person_id,
                      group_id=stored.group_id, substitute_id=None, part_from=None, part_to=None,
                      part_items=[], created_at=clock.now())
    with unit_of_work(loaded) as session:
        assert absences.add_absence(session, **values) is None
        assert handled.remember(session, "slack-request:the-second", datetime.now(UTC))
    assert count(loaded, Absence) == 1
    with unit_of_work(loaded) as session:  # the rest of the loser's unit of work was saved
        assert not handled.remember(session, "slack-request:the-second", datetime.now(UTC))
        session.rollback()


def _seen_elsewhere(engine, key: str) -> bool:
    with engine.connect() as other:
        return other.execute(text("SELECT count(*) FROM processedevent WHERE event_id = :k"),
                             {"k": key}).scalar() == 1


def _in_transaction(session) -> bool:
    """Whether the database has a transaction open for the session (not SQLAlchemy's idea)."""
    dbapi = session.connection().connection.dbapi_connection
    if session.get_bind().dialect.name == "sqlite":
        return dbapi.in_transaction
    return dbapi.info.transaction_status != 0  # psycopg: IDLE


def test_a_command_that_only_reads_opens_no_transaction_and_its_key_commits_alone(loaded, clock):
    """/dagordning reads, then its replay key is written: no BEGIN and COMMIT around reads that
    see the latest data anyway (two round trips of five on PostgreSQL), the key one statement
    that commits by itself."""
    from datetime import UTC, datetime

    from storage import handled

    request = Request("slack", JOHANNA, "", "dagordning", channel_id=f"D{JOHANNA}", is_dm=True,
                      now=clock.now())
    with unit_of_work(loaded) as session:
        assert "Dagordning" in commands.handle(Context(session, clock), request).plain_text()
        assert not _in_transaction(session)
        assert handled.remember(session, "slack-request:läsning", datetime.now(UTC), last=True)
        assert not _in_transaction(session)
        assert _seen_elsewhere(loaded, "slack-request:läsning")  # committed already
        assert not handled.remember(session, "slack-request:läsning", datetime.now(UTC),
                                    last=True)


def test_a_unit_of_work_that_only_read_ends_without_a_commit(loaded, clock):
    """The session's transaction (its begin, commit and close) was half of what a read-only
    chat command cost beyond a bare Bolt app: /dagordning and its replay key open none, and
    the unit of work ends without a commit; one that wrote commits once, and keeps it."""
    from datetime import UTC, datetime

    from sqlalchemy import event

    from storage import handled

    commits = []

    def committed(connection) -> None:
        commits.append(connection)

    request = Request("slack", JOHANNA, "", "dagordning", channel_id=f"D{JOHANNA}", is_dm=True,
                      now=clock.now())
    event.listen(loaded, "commit", committed)
    try:
        with unit_of_work(loaded) as session:
            reply = commands.handle(Context(session, clock), request)
            assert handled.remember(session, "slack-request:bara-läsning", datetime.now(UTC),
                                    last=True)
        assert "Dagordning" in reply.plain_text()
        assert commits == []
        with unit_of_work(loaded) as session:
            assert report(session, clock).text.startswith("Klart.")
        assert len(commits) == 1
    finally:
        event.remove(loaded, "commit", committed)
    assert _seen_elsewhere(loaded, "slack-request:bara-läsning")
    assert count(loaded, Absence) == 1


def test_a_command_that_wrote_keeps_its_key_in_its_own_transaction(loaded, clock):
    """/anmäl-förhinder wrote: its key joins its transaction, and goes if the rest does."""
    from datetime import UTC, datetime

    from storage import handled

    with pytest.raises(Abandoned), unit_of_work(loaded) as session:
        assert report(session, clock).text.startswith("Klart.")
        assert _in_transaction(session)
        assert handled.remember(session, "slack-request:skrivning", datetime.now(UTC))
        assert not _seen_elsewhere(loaded, "slack-request:skrivning")
        raise Abandoned
    assert not _seen_elsewhere(loaded, "slack-request:skrivning")
    assert count(loaded, Absence) == 0


def test_a_command_that_wrote_and_whose_key_was_there_saves_nothing(loaded, clock):
    """A replayed /anmäl-förhinder: the key, written last (on PostgreSQL in one message with
    the COMMIT), finds itself there, and nothing of the command is saved."""
    from datetime import UTC, datetime

    from storage import handled

    with unit_of_work(loaded) as session:
        assert handled.remember(session, "slack-request:igen", datetime.now(UTC), last=True)

    class Replayed(Exception):
        pass

    with pytest.raises(Replayed), unit_of_work(loaded) as session:
        assert report(session, clock).text.startswith("Klart.")
        if not handled.remember(session, "slack-request:igen", datetime.now(UTC), last=True):
            raise Replayed
    assert count(loaded, Absence) == 0
    with unit_of_work(loaded) as session:  # the connection is good for the next
        assert report(session, clock).text.startswith("Klart.")
        assert handled.remember(session, "slack-request:första", datetime.now(UTC), last=True)
    assert count(loaded, Absence) == 1 and _seen_elsewhere(loaded, "slack-request:första")


def test_a_read_that_locks_rows_opens_the_transaction_it_locks_for(loaded):
    """SELECT … FOR UPDATE (storage/row_locks.py, the outbox) holds its locks to the end of the
    unit of work: it begins the transaction, where a plain read does not."""
    from storage.models import Meeting

    with unit_of_work(loaded) as session:
        meeting_id = session.exec(select(Meeting.id)).first()
        assert not _in_transaction(session)
        session.exec(select(Meeting.id).where(Meeting.id == meeting_id).with_for_update()).one()
        assert _in_transaction(session) or session.get_bind().dialect.name == "sqlite"


def test_writes_on_the_cursor_count_as_the_commands_own_and_follow_what_the_orm_holds(
        loaded, clock):
    """A förhinder, its call and its messages are written on the driver's cursor: the unit of
    work still knows it wrote (a failure after the commit must not say "nothing was saved"),
    and a message queued after an ORM change finds that change written before it."""
    from datetime import timedelta

    from storage import outbox
    from storage.engine import wrote
    from storage.models import Meeting

    with unit_of_work(loaded) as session:
        assert not wrote(session)
        assert report(session, clock).text.startswith("Klart.")
        assert wrote(session)
    with unit_of_work(loaded) as session:
        meeting = session.exec(select(Meeting)).first()
        meeting.place = "Länsstyrelsen, sal Örebro"
        session.add(meeting)
        assert outbox.enqueue(session, "test:efter-ändringen", "C0SBU0001", {"text": "x"},
                              clock.now() + timedelta(hours=1))
        assert not session.dirty  # written before the message, as session.execute did
        assert session.execute(text("SELECT place FROM meeting WHERE id = :m"),
                               {"m": meeting.id}).scalar() == "Länsstyrelsen, sal Örebro"
        assert not outbox.enqueue(session, "test:efter-ändringen", "C0SBU0001", {}, clock.now())
        assert wrote(session)
    assert count(loaded, OutboxMessage) >= 1


def test_a_connection_sqlalchemy_put_in_autocommit_is_ours_again_at_its_next_unit_of_work(
        loaded, clock):
    """CREATE DATABASE and the like run on a connection in SQLAlchemy's AUTOCOMMIT: no BEGIN of
    ours may go before them. Back in the pool, the connection must again roll back a unit of
    work that fails after it wrote."""
    if loaded.dialect.name != "postgresql":
        pytest.skip("the driver's autocommit is PostgreSQL's")
    with loaded.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("CREATE TEMPORARY TABLE scratch (n int)"))
        connection.execute(text("INSERT INTO scratch VALUES (1)"))
        assert not connection.connection.dbapi_connection.begin_before_write
        assert connection.connection.dbapi_connection.pgconn.transaction_status == 0  # idle
    before = count(loaded, Absence)
    with pytest.raises(Abandoned), unit_of_work(loaded) as session:
        assert report(session, clock).text.startswith("Klart.")
        raise Abandoned
    assert count(loaded, Absence) == before


def test_on_postgresql_a_key_alone_commits_without_waiting_for_the_disk(loaded, clock,
                                                                         monkeypatch):
    """The replay key of a command that only read is a transaction of its own whose commit does
    not wait for the server's WAL flush (an fdatasync after every /dagordning); a command that
    wrote commits as before, its key with it, waiting for the disk."""
    if loaded.dialect.name != "postgresql":
        pytest.skip("SQLite's commits already go without that wait (synchronous=NORMAL)")
    from datetime import UTC, datetime

    import psycopg

    from storage import handled

    sent = []  # the messages that write a key (a /dagordning's reads go in one of their own)
    execute = psycopg.ClientCursor.execute
    monkeypatch.setattr(psycopg.ClientCursor, "execute",
                        lambda self, query, *a, **k: (
                            "processedevent" in query and sent.append(query)) or execute(
                            self, query, *a, **k))
    request = Request("slack", JOHANNA, "", "dagordning", channel_id=f"D{JOHANNA}", is_dm=True,
                      now=clock.now())
    with unit_of_work(loaded) as session:
        assert "Dagordning" in commands.handle(Context(session, clock), request).plain_text()
        assert handled.remember(session, "slack-request:utan-väntan", datetime.now(UTC),
                                last=True)
        assert not _in_transaction(session)
    assert len(sent) == 1 and "SET LOCAL synchronous_commit TO OFF" in sent[0]
    assert "processedevent" in sent[0]
    assert _seen_elsewhere(loaded, "slack-request:utan-väntan")
    with unit_of_work(loaded) as session:  # a replay: the key is there, nothing is answered
        assert not handled.remember(session, "slack-request:utan-väntan", datetime.now(UTC),
                                    last=True)
    with unit_of_work(loaded) as session:
        assert report(session, clock).text.startswith("Klart.")
        assert handled.remember(session, "slack-request:med-väntan", datetime.now(UTC),
                                last=True)
    # The command that wrote: its key and its COMMIT in one message, which waits for the disk.
    assert len(sent) == 3 and sent[2].rstrip().endswith("; COMMIT")
    assert "synchronous_commit" not in sent[2] and "processedevent" in sent[2]
    assert _seen_elsewhere(loaded, "slack-request:med-väntan")
    assert count(loaded, Absence) == 1
