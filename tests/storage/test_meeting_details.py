"""A meeting's groups, agenda and standing förhinder, read in one statement, are what the three
reads of each give."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import select

from storage import directory
from storage import meetings as store
from storage.engine import unit_of_work
from storage.models import Absence, AgendaItem, Meeting, MeetingGroup

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def test_one_read_of_a_meeting_gives_what_three_did(loaded):
    with unit_of_work(loaded) as session:
        meeting = session.exec(select(Meeting).order_by(Meeting.date.desc())).first()
        joint = directory.group_by_slug(session, "sbu").id
        others = {m.group_id for m in session.exec(select(MeetingGroup).where(
            MeetingGroup.meeting_id == meeting.id))}
        if joint not in others:  # a joint meeting: two groups
            session.add(MeetingGroup(meeting_id=meeting.id, group_id=joint))
        for position, title, presenter, documents in [
            (2, "SAMS – lägesbild inför vintern", "Åsa Öberg",
             [{"title": "Lägesbild.pdf", "url": "https://example.se/l.pdf"}]),
            (1, "Inledning & föregående minnesanteckningar", "", []),
            (3, "Övriga frågor", "", [{"url": "https://example.se/ö.docx"}]),
        ]:
            session.add(AgendaItem(meeting_id=meeting.id, position=position, title=title,
                                   presenter=presenter, documents=documents))
        members = [p for _, p in directory.memberships_of_group(session, joint)][:3]
        for n, person in enumerate(members):
            session.add(Absence(meeting_id=meeting.id, person_id=person.id, group_id=joint,
                                created_at=NOW, withdrawn_at=NOW if n == 1 else None))
    with unit_of_work(loaded) as session:
        for meeting_id in session.exec(select(Meeting.id)).all():
            details = store.meeting_details(session, meeting_id)
            assert sorted(details.group_ids) == sorted(
                store.group_ids_of_meeting(session, meeting_id))
            assert details.agenda == store.agenda_shown(session, meeting_id)
            assert details.absent_names == store.absent_names(session, meeting_id)
        details = store.meeting_details(session, meeting.id)
    titles = [item.title for item in details.agenda]
    ours = ["Inledning & föregående minnesanteckningar", "SAMS – lägesbild inför vintern",
            "Övriga frågor"]
    assert sorted(ours, key=titles.index) == ours  # by position
    assert details.agenda[titles.index("Övriga frågor")].documents == [
        {"url": "https://example.se/ö.docx"}]
    assert len(details.absent_names) == 2 and joint in details.group_ids
