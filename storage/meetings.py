"""Queries about meetings, agendas and absences. They read and add; they never commit."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, select

from storage.models import (
    Absence,
    AgendaItem,
    Attendance,
    Group,
    Meeting,
    MeetingGroup,
    MeetingStatus,
    Person,
)


def upcoming(session: Session, group_ids: list[int], today: date, limit: int = 10) -> list[Meeting]:
    """Planned meetings of any of the groups from today on, soonest first, each once."""
    if not group_ids:
        return []
    statement = (
        select(Meeting)
        .join(MeetingGroup, MeetingGroup.meeting_id == Meeting.id)
        .where(
            MeetingGroup.group_id.in_(group_ids),
            Meeting.date >= today,
            Meeting.status != MeetingStatus.cancelled,
        )
        .distinct()
        .order_by(Meeting.date, Meeting.starts_at)
        .limit(limit)
    )
    return list(session.exec(statement).all())


def on_date(session: Session, group_ids: list[int], day: date) -> list[Meeting]:
    if not group_ids:
        return []
    statement = (
        select(Meeting)
        .join(MeetingGroup, MeetingGroup.meeting_id == Meeting.id)
        .where(MeetingGroup.group_id.in_(group_ids), Meeting.date == day)
        .distinct()
        .order_by(Meeting.starts_at)
    )
    return list(session.exec(statement).all())


def groups_of_meeting(session: Session, meeting_id: int) -> list[Group]:
    statement = (
        select(Group)
        .join(MeetingGroup, MeetingGroup.group_id == Group.id)
        .where(MeetingGroup.meeting_id == meeting_id)
        .order_by(Group.name)
    )
    return list(session.exec(statement).all())


def agenda(session: Session, meeting_id: int) -> list[AgendaItem]:
    statement = (
        select(AgendaItem)
        .where(AgendaItem.meeting_id == meeting_id)
        .order_by(AgendaItem.position, AgendaItem.id)
    )
    return list(session.exec(statement).all())


def minutes_attendance(session: Session, meeting_id: int) -> list[Attendance]:
    """Who was at a held meeting as its minutes say, in the minutes' order."""
    statement = select(Attendance).where(Attendance.meeting_id == meeting_id)
    return list(session.exec(statement.order_by(Attendance.id)).all())


def absent_people(session: Session, meeting_id: int) -> list[Person]:
    """Who has a standing (not withdrawn) absence for the meeting."""
    statement = (
        select(Person)
        .join(Absence, Absence.person_id == Person.id)
        .where(Absence.meeting_id == meeting_id, Absence.withdrawn_at.is_(None))
        .order_by(Person.name)
    )
    return list(session.exec(statement).all())


def add_meeting(session: Session, meeting: Meeting, group_ids: list[int]) -> Meeting:
    session.add(meeting)
    session.flush()
    for group_id in group_ids:
        session.add(MeetingGroup(meeting_id=meeting.id, group_id=group_id))
    session.flush()
    return meeting


def add_agenda_item(session: Session, item: AgendaItem) -> AgendaItem:
    """Appends the item after the meeting's last one when no position is given."""
    if not item.position:
        items = agenda(session, item.meeting_id)
        item.position = (items[-1].position + 1) if items else 1
    session.add(item)
    session.flush()
    return item
