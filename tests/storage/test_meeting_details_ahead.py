"""The details of the meetings a /dagordning finds, read along with them (one round trip on
PostgreSQL), are what `meeting_details` reads of each afterwards; and what the unit of work
writes after that read is seen."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import event
from sqlmodel import select

from storage import directory
from storage import meetings as store
from storage.engine import unit_of_work
from storage.models import Absence, AgendaItem, Group, MeetingGroup

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def _joint_meeting_with_absences(engine) -> None:
    """The next sbu meeting made joint with every other group, an agenda item and förhinder."""
    with unit_of_work(engine) as session:
        sbu = directory.group_by_slug(session, "sbu").id
        meeting = store.upcoming(session, [sbu], date(2026, 8, 1), limit=1)[0]
        have = set(store.group_ids_of_meeting(session, meeting.id))
        for group in session.exec(select(Group)).all():
            if group.id not in have:
                session.add(MeetingGroup(meeting_id=meeting.id, group_id=group.id))
        session.add(AgendaItem(meeting_id=meeting.id, position=99, title="Övriga frågor – 100 %",
                               presenter="Åsa Öberg", documents=[{"url": "https://ex.se/ö"}]))
        for n, (_, person) in enumerate(directory.memberships_of_group(session, sbu)[:3]):
            session.add(Absence(meeting_id=meeting.id, person_id=person.id, group_id=sbu,
                                created_at=NOW, withdrawn_at=NOW if n == 1 else None))


def test_the_details_read_along_are_those_read_one_by_one(loaded):
    _joint_meeting_with_absences(loaded)
    with unit_of_work(loaded) as session:
        groups = [[g.id] for g in directory.all_groups(session)]
        groups.append([g[0] for g in groups])
    for group_ids in groups:
        for today in (date(2026, 8, 1), date(2026, 9, 15), date(2027, 6, 1), date(2031, 1, 1)):
            for read in (lambda s, ahead, g=group_ids, t=today: store.upcoming_shown(
                             s, g, t, limit=1, details=ahead),
                         lambda s, ahead, g=group_ids, t=today: store.next_per_group_shown(
                             s, g, t, details=ahead)):
                with unit_of_work(loaded) as session:
                    found = read(session, True)
                    ahead = [store.meeting_details(session, m.id) for m in found]
                with unit_of_work(loaded) as session:
                    assert read(session, False) == found
                    assert [store.meeting_details(session, m.id) for m in found] == ahead


def test_a_forhinder_written_after_the_read_ahead_is_in_the_details(loaded):
    with unit_of_work(loaded) as session:
        sbu = directory.group_by_slug(session, "sbu").id
        meeting = store.upcoming_shown(session, [sbu], date(2026, 8, 1), limit=1,
                                       details=True)[0]
        person = directory.memberships_of_group(session, sbu)[0][1]
        session.add(Absence(meeting_id=meeting.id, person_id=person.id, group_id=sbu,
                            created_at=NOW))
        session.flush()
        assert person.name in store.meeting_details(session, meeting.id).absent_names


def test_on_postgresql_the_meeting_and_its_details_come_in_one_message(loaded, monkeypatch):
    if loaded.dialect.name != "postgresql":
        pytest.skip("SQLite: no round trip to save")
    from storage import postgres

    messages, statements = [], []
    original = postgres._Connection.read_along

    def read_along(self, alone, first, query, params, after=()):
        messages.append(after)
        return original(self, alone, first, query, params, after)

    def sent(*_args) -> None:
        statements.append(1)

    monkeypatch.setattr(postgres._Connection, "read_along", read_along)
    with unit_of_work(loaded) as session:
        sbu = directory.group_by_slug(session, "sbu").id
        event.listen(loaded, "before_cursor_execute", sent)
        try:
            found = store.next_per_group_shown(session, [sbu], date(2026, 8, 1), details=True)
            before = len(statements)
            details = store.meeting_details(session, found[0].id)
            assert len(statements) == before  # nothing more was sent
        finally:
            event.remove(loaded, "before_cursor_execute", sent)
    assert len(messages) == 1 and "agendaitem" in messages[0][0]
    assert details.agenda and details.group_ids == [sbu]
