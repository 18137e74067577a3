"""Reads on the driver's cursor (storage/plain.py) answer what the ORM answers, on both
databases: the same rows in the same order, JSON decoded, a unit of work's own writes seen."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import event, select

from storage import meetings as store
from storage.engine import unit_of_work
from storage.models import Absence, AgendaItem, Meeting, MeetingGroup, Person
from storage.plain import adopt, columns_of


def test_an_agenda_shown_is_the_agenda_read_through_the_orm(loaded):
    with unit_of_work(loaded) as session:
        meeting_ids = session.exec(select(AgendaItem.meeting_id).distinct()).scalars().all()
        assert meeting_ids
        for meeting_id in meeting_ids:
            items = store.agenda(session, meeting_id)
            shown = store.agenda_shown(session, meeting_id)
            assert [(s.title, s.presenter, s.documents) for s in shown] == [
                (i.title, i.presenter, i.documents) for i in items]


def test_documents_come_back_as_lists_and_a_write_in_the_unit_of_work_is_seen(loaded):
    with unit_of_work(loaded) as session:
        meeting = session.exec(select(Meeting).limit(1)).scalars().first()
        meeting_id = meeting.id
        person = session.exec(select(Person).order_by(Person.name).limit(1)).scalars().first()
        before = store.absent_names(session, meeting.id)
        session.add(AgendaItem(meeting_id=meeting.id, position=99, title="Övrigt: Åsa på ön",
                               documents=[{"title": "Underlag", "url": "https://x.se/ä"}]))
        if person.name not in before:
            group_id = store.group_ids_of_meeting(session, meeting.id)[0]
            session.add(Absence(meeting_id=meeting.id, person_id=person.id, group_id=group_id,
                                created_at=datetime(2026, 8, 24, tzinfo=UTC)))
        session.flush()
        shown = store.agenda_shown(session, meeting.id)
        assert shown[-1].title == "Övrigt: Åsa på ön"
        assert shown[-1].documents == [{"title": "Underlag", "url": "https://x.se/ä"}]
        assert person.name in store.absent_names(session, meeting.id)
        session.rollback()
    with unit_of_work(loaded) as session:  # rolled back: gone for the next unit of work
        assert "Övrigt: Åsa på ön" not in [s.title for s in store.agenda_shown(session,
                                                                               meeting_id)]


def test_a_read_is_seen_by_the_engines_cursor_events(loaded):
    seen = []

    def count(_conn, _cursor, sql, *_args):
        seen.append(sql)

    event.listen(loaded, "before_cursor_execute", count)
    try:
        with unit_of_work(loaded) as session:
            store.group_ids_of_meeting(session, 1)
    finally:
        event.remove(loaded, "before_cursor_execute", count)
    assert len(seen) == 1 and "meetinggroup" in seen[0]


def test_dates_and_lists_are_compared_as_the_orm_compares_them(loaded):
    """A date goes through its type's bind processor (sqlite3 alone would write it its own way)
    and an IN list is written out for its length: the same meetings as through the ORM, for
    lists of one, two and three groups and for the same length twice."""
    with unit_of_work(loaded) as session:
        group_ids = sorted(session.exec(select(MeetingGroup.group_id).distinct()).scalars())
        days = sorted(session.exec(select(Meeting.date).distinct()).scalars())
        assert len(group_ids) >= 3 and days
        for ids in ([group_ids[0]], group_ids[:2], group_ids[1:3], group_ids[:3], group_ids):
            for day in (days[0], days[len(days) // 2], date(2026, 9, 3)):
                assert [m.id for m in store.upcoming_shown(session, ids, day)] == [
                    m.id for m in store.upcoming(session, ids, day)]
                assert [m.id for m in store.next_per_group_shown(session, ids, day)] == [
                    m.id for m in store.next_per_group(session, ids, day)]
                shown = store.on_date_shown(session, ids, day)
                assert [(m.id, m.date, m.starts_at, m.status) for m in shown] == [
                    (m.id, m.date, m.starts_at, m.status) for m in store.on_date(session, ids, day)]
        on_days = [m for d in days for m in store.on_date_shown(session, group_ids, d)]
        assert on_days and all(isinstance(m.date, date) for m in on_days)
        assert {m.date for m in on_days} == set(days)


def test_an_insert_takes_each_left_out_column_from_the_models_own_default():
    from storage.models import SubstituteCall
    from storage.plain import ColumnDefaults

    absence = ColumnDefaults(Absence).complete(
        {"meeting_id": 1, "person_id": 2, "group_id": 3, "created_at": datetime(2026, 12, 2)})
    assert absence == {
        "meeting_id": 1, "person_id": 2, "group_id": 3, "substitute_id": None,
        "part_from": None, "part_to": None, "part_items": [],
        "created_at": datetime(2026, 12, 2), "withdrawn_at": None}
    call = ColumnDefaults(SubstituteCall).complete({"absence_id": 1, "person_id": 2,
                                                    "created_at": datetime(2026, 12, 2)})
    assert call["state"] == "called" and call["answered_at"] is None
    # a factory's list is made anew for every row: two förhinder never share one
    given = {k: v for k, v in absence.items() if k != "part_items"}
    first, second = (ColumnDefaults(Absence).complete(given) for _ in range(2))
    assert first["part_items"] == [] and first["part_items"] is not second["part_items"]


def test_an_insert_missing_a_required_value_or_naming_no_column_is_refused_before_writing():
    from storage.plain import ColumnDefaults

    with pytest.raises(TypeError, match="created_at"):
        ColumnDefaults(Absence).complete({"meeting_id": 1, "person_id": 2, "group_id": 3})
    with pytest.raises(TypeError, match="reason"):
        ColumnDefaults(Absence).complete({"meeting_id": 1, "person_id": 2, "group_id": 3,
                                          "created_at": datetime(2026, 12, 2), "reason": "sjuk"})


def test_a_row_the_session_already_holds_is_adopted_as_that_instance_with_its_changes(loaded):
    """`adopt` stands in for a query: a row the unit of work already loaded (and perhaps
    changed, not yet flushed) comes back as that same instance, the change kept, as a query
    would return it; a row it does not hold comes back as its own, persistent instance."""
    columns = columns_of(Person)
    with unit_of_work(loaded) as session:
        first, second = session.exec(select(Person).order_by(Person.id).limit(2)).scalars()
        values = {name: getattr(first, name) for name in columns}
        first.name = "Åsa Öberg-Ärlig"  # changed in this unit of work, not flushed
        assert adopt(session, Person, dict(values)) is first
        assert first.name == "Åsa Öberg-Ärlig"
        other = {name: getattr(second, name) for name in columns}
        session.expunge(second)
        adopted = adopt(session, Person, other)
        assert adopted is not second and adopted in session
        assert adopted.name == second.name and not session.is_modified(adopted)
        assert session.get(Person, second.id) is adopted  # no second copy of the row


def test_statements_one_after_another_on_one_connection_each_answer_their_own(loaded):
    """On PostgreSQL the statements of storage/plain.py share one cursor per connection: each
    still answers with its own rows or count, also right after one that failed, and the
    connection serves the next unit of work as before."""
    from sqlalchemy import text

    from storage import handled
    from storage.plain import Read

    broken = Read(text("SELECT no_such_column FROM meeting"))
    at = datetime(2026, 8, 24, 9, tzinfo=UTC)
    with unit_of_work(loaded) as session:
        meeting_id = session.exec(select(MeetingGroup.meeting_id).limit(1)).scalars().first()
        groups = store.group_ids_of_meeting(session, meeting_id)
        agenda = [s.title for s in store.agenda_shown(session, meeting_id)]
    for _ in range(3):  # the pool hands the same connection out again
        with unit_of_work(loaded) as session:
            assert handled.remember(session, "åter-1", at)
            assert store.group_ids_of_meeting(session, meeting_id) == groups
            assert not handled.remember(session, "åter-1", at)  # a count of 0, not the rows
            assert [s.title for s in store.agenda_shown(session, meeting_id)] == agenda
            session.rollback()
        with pytest.raises(Exception, match="no_such_column"), unit_of_work(loaded) as session:
            broken.rows(session)
        with unit_of_work(loaded) as session:
            assert store.group_ids_of_meeting(session, meeting_id) == groups
            assert [s.title for s in store.agenda_shown(session, meeting_id)] == agenda


def test_on_postgresql_the_statements_of_a_connection_share_one_cursor(loaded, monkeypatch):
    """psycopg sets a cursor up in some 20 us, more than a small SELECT costs SQLite: a chat
    command's reads and its replay key made one each."""
    if loaded.dialect.name != "postgresql":
        pytest.skip("sqlite3 makes its cursors in C, for next to nothing")
    from storage import handled
    from storage.postgres import _Connection

    made = []
    cursor = _Connection.cursor
    monkeypatch.setattr(_Connection, "cursor", lambda self, *a, **k: made.append(1) or cursor(
        self, *a, **k))
    with unit_of_work(loaded) as session:
        meeting_id = store.group_ids_of_meeting(session, 1) and 1
        for _ in range(3):
            store.group_ids_of_meeting(session, meeting_id)
            store.agenda_shown(session, meeting_id)
        handled.remember(session, "en-gång", datetime(2026, 8, 24, tzinfo=UTC), last=True)
    assert len(made) <= 1


def test_who_is_asking_is_adopted_without_beginning_a_transaction_yet_is_the_sessions_own(loaded):
    """Every chat command adopts who is asking and the channel's group from the roster: that
    begins no transaction of the session's (a command that only reads ends without one), yet
    each is the session's own as a loaded row is: persistent, without history, found again by
    `get`, a change written at the end; and a unit of work that fails after the change saves
    nothing of it."""
    from sqlalchemy import inspect

    from storage import directory

    with unit_of_work(loaded) as session:
        johanna = directory.person_by_platform_id(session, "slack", "U0JOHANNA")
        group = directory.group_by_channel(session, "C0SBU0001")
        assert session.get_transaction() is None
        assert inspect(johanna).persistent and inspect(group).persistent
        assert johanna in session and not session.is_modified(johanna)
        assert session.get(Person, johanna.id) is johanna
        johanna.name = "Johanna Viberg Ek"
        assert johanna in session.dirty
    with pytest.raises(RuntimeError), unit_of_work(loaded) as session:
        person = directory.person_by_platform_id(session, "slack", "U0JOHANNA")
        assert person.name == "Johanna Viberg Ek"
        person.name = "Någon annan"
        raise RuntimeError("the command failed")
    with unit_of_work(loaded) as session:
        assert session.exec(select(Person.name).where(Person.slack_id == "U0JOHANNA")
                            ).scalars().one() == "Johanna Viberg Ek"
