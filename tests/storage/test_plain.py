"""Reads on the driver's cursor (storage/plain.py) answer what the ORM answers, on both
databases: the same rows in the same order, JSON decoded, a unit of work's own writes seen."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import bindparam, event, select

from storage import meetings as store
from storage.engine import unit_of_work
from storage.models import Absence, AgendaItem, Meeting, Person
from storage.plain import Read


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


def test_a_read_is_seen_by_the_engines_cursor_events_and_refuses_expanding_parameters(loaded):
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
    with unit_of_work(loaded) as session, pytest.raises(ValueError):
        Read(select(Meeting.id).where(Meeting.id.in_(bindparam("ids", expanding=True)))
             ).rows(session, ids=[1])


def test_a_date_parameter_is_refused_rather_than_compared_as_the_driver_writes_it(loaded):
    """Parameters go to the driver as they are; a date would be compared as sqlite3 writes it,
    not as SQLAlchemy stores it, so only ids and strings are taken."""
    read = Read(select(Meeting.id).where(Meeting.date == bindparam("day")))
    with unit_of_work(loaded) as session, pytest.raises(TypeError):
        read.rows(session, day=date(2026, 9, 3))
