"""Queries about meetings, agendas and absences. They read and add; they never commit.

The statements are built once, with bound parameters: building a `select()` costs more than
running it (a chat command runs several), and the compiled form is cached either way.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy import bindparam, exists, literal_column, null, union_all
from sqlalchemy.orm import aliased
from sqlmodel import Session, select

from storage import plain, roster_cache
from storage.collation import by_name, swedish_key
from storage.engine import wrote
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
from storage.plain import Read

_GROUPS = bindparam("group_ids", expanding=True)
# A meeting held by one of the asked groups. The meetings are read by date (their own index)
# and each checked against meetinggroup's key, rather than every meeting of the groups read
# through meetinggroup's group index and then filtered by date: that read grew with a group's
# past, every meeting it ever held, and sorted them all for the next one (SQLite: 105 us
# against 14 us of CPU for the next meeting of a group with 43 meetings). The answers are the
# same: each meeting once, in the same order.
_OF_GROUPS = (exists().where(MeetingGroup.meeting_id == Meeting.id,
                             MeetingGroup.group_id.in_(_GROUPS)))
_PLANNED = Meeting.status != MeetingStatus.cancelled
_UPCOMING = (
    select(Meeting)
    .where(Meeting.date >= bindparam("today"), _PLANNED, _OF_GROUPS)
    .order_by(Meeting.date, Meeting.starts_at, Meeting.id)
    .limit(bindparam("limit"))
)
_HELD = (
    select(Meeting)
    .where(Meeting.date < bindparam("today"), _PLANNED, _OF_GROUPS)
    .order_by(Meeting.date.desc(), Meeting.starts_at.desc(), Meeting.id.desc())
    .limit(bindparam("limit"))
)
_ON_DATE = (
    select(Meeting)
    .where(Meeting.date == bindparam("day"), _OF_GROUPS)
    .order_by(Meeting.starts_at, Meeting.id)
)
# The next meeting of each group: for each asked group, its first meeting by date and start
# (LIMIT 1 inside the group), then those meetings once each (a joint meeting is next for several).
# A window over all the groups' meetings (row_number() per group) read and sorted every row:
# twice the cost on SQLite for the same answer, on every /dagordning. Within the group, as
# above, the meetings from today on are read by date until the group's first.
_Next = aliased(Meeting)
_FIRST_OF_GROUP = (
    select(_Next.id)
    .where(_Next.date >= bindparam("today"), _Next.status != MeetingStatus.cancelled,
           exists().where(MeetingGroup.meeting_id == _Next.id,
                          MeetingGroup.group_id == Group.id)
           .correlate_except(MeetingGroup))  # the outer query's group
    .order_by(_Next.date, _Next.starts_at, _Next.id)
    .limit(1)
    .correlate(Group)
    .scalar_subquery()
)
_NEXT_PER_GROUP = (
    select(Meeting)
    .where(Meeting.id.in_(select(_FIRST_OF_GROUP).where(Group.id.in_(_GROUPS))))
    .order_by(Meeting.date, Meeting.starts_at, Meeting.id)
)
_GROUP_IDS = Read(select(MeetingGroup.group_id)
                  .where(MeetingGroup.meeting_id == bindparam("meeting")))
_GROUPS_OF_MEETING = (
    select(Group)
    .join(MeetingGroup, MeetingGroup.group_id == Group.id)
    .where(MeetingGroup.meeting_id == bindparam("meeting"))
)
_AGENDA = (
    select(AgendaItem)
    .where(AgendaItem.meeting_id == bindparam("meeting"))
    .order_by(AgendaItem.position, AgendaItem.id)
)
_ABSENT_NAMES = Read(
    select(Person.name)
    .join(Absence, Absence.person_id == Person.id)
    .where(Absence.meeting_id == bindparam("meeting"), Absence.withdrawn_at.is_(None))
)
# What a reply shows of an agenda: values, not instances (storage/plain.py).
_AGENDA_SHOWN = Read(
    select(AgendaItem.title, AgendaItem.presenter, AgendaItem.documents)
    .where(AgendaItem.meeting_id == bindparam("meeting"))
    .order_by(AgendaItem.position, AgendaItem.id)
)
_ABSENT = (
    select(Person)
    .join(Absence, Absence.person_id == Person.id)
    .where(Absence.meeting_id == bindparam("meeting"), Absence.withdrawn_at.is_(None))
)


class ShownMeeting(NamedTuple):
    """A meeting as a reply shows it: its columns as values, no instance for the session to
    track (a Meeting made by the ORM cost more than the query that found it)."""

    id: int
    date: date
    starts_at: datetime | None
    ends_at: datetime | None
    place: str
    online_link: str
    status: str


_SHOWN_COLUMNS = (Meeting.id, Meeting.date, Meeting.starts_at, Meeting.ends_at, Meeting.place,
                  Meeting.online_link, Meeting.status)
# On the driver's cursor (storage/plain.py): /dagordning and /anmäl-förhinder read one of these
# each time.
_UPCOMING_SHOWN = Read(_UPCOMING.with_only_columns(*_SHOWN_COLUMNS))
_NEXT_PER_GROUP_SHOWN = Read(_NEXT_PER_GROUP.with_only_columns(*_SHOWN_COLUMNS))


def upcoming_shown(session: Session, group_ids: list[int], today: date,
                   limit: int = 10, details: bool = False) -> list[ShownMeeting]:
    """`upcoming` as values to show, not to change. `details`: each meeting's
    `meeting_details` will be asked for next; read them along (one round trip on PostgreSQL)."""
    if not group_ids:
        return []
    params = {"group_ids": list(group_ids), "today": today, "limit": limit}
    if details:
        return _with_details(session, _UPCOMING_SHOWN, _DETAILS_OF_UPCOMING, params)
    return [ShownMeeting(*row) for row in _UPCOMING_SHOWN.rows(session, **params)]


_ON_DATE_SHOWN = Read(_ON_DATE.with_only_columns(*_SHOWN_COLUMNS))


def on_date_shown(session: Session, group_ids: list[int], day: date) -> list[ShownMeeting]:
    """`on_date` as values to show, not to change."""
    if not group_ids:
        return []
    return [ShownMeeting(*row) for row in _ON_DATE_SHOWN.rows(
        session, group_ids=list(group_ids), day=day)]


def next_per_group_shown(session: Session, group_ids: list[int], today: date,
                         details: bool = False) -> list[ShownMeeting]:
    """`next_per_group` as values to show, not to change; `details` as for `upcoming_shown`."""
    if not group_ids:
        return []
    params = {"group_ids": list(group_ids), "today": today}
    if details:
        return _with_details(session, _NEXT_PER_GROUP_SHOWN, _DETAILS_OF_NEXT, params)
    return [ShownMeeting(*row) for row in _NEXT_PER_GROUP_SHOWN.rows(session, **params)]


def upcoming(session: Session, group_ids: list[int], today: date, limit: int = 10) -> list[Meeting]:
    """Planned meetings of any of the groups from today on, soonest first, each once."""
    if not group_ids:
        return []
    params = {"group_ids": list(group_ids), "today": today, "limit": limit}
    return list(session.exec(_UPCOMING, params=params).all())


def held(session: Session, group_ids: list[int], today: date, limit: int = 20) -> list[Meeting]:
    """Meetings of any of the groups before today, latest first, each once."""
    if not group_ids:
        return []
    params = {"group_ids": list(group_ids), "today": today, "limit": limit}
    return list(session.exec(_HELD, params=params).all())


def next_per_group(session: Session, group_ids: list[int], today: date) -> list[Meeting]:
    """The next planned meeting of each group (a joint meeting once), soonest first."""
    if not group_ids:
        return []
    params = {"group_ids": list(group_ids), "today": today}
    return list(session.exec(_NEXT_PER_GROUP, params=params).all())


def on_date(session: Session, group_ids: list[int], day: date) -> list[Meeting]:
    if not group_ids:
        return []
    return list(session.exec(_ON_DATE, params={"group_ids": list(group_ids), "day": day}).all())


def group_ids_of_meeting(session: Session, meeting_id: int) -> list[int]:
    return _GROUP_IDS.column(session, meeting=meeting_id)


def groups_of_meeting(session: Session, meeting_id: int,
                      group_ids: list[int] | None = None) -> list[Group]:
    """The meeting's groups, by name (from the roster snapshot: only their ids are read, or
    taken from `group_ids` when the caller has just read them)."""
    snap = roster_cache.snapshot(session)
    if snap is None:
        return by_name(session.exec(_GROUPS_OF_MEETING, params={"meeting": meeting_id}).all())
    ids = set(group_ids_of_meeting(session, meeting_id) if group_ids is None else group_ids)
    return [roster_cache.attach(session, g) for g in snap.groups if g.id in ids]


def agenda(session: Session, meeting_id: int) -> list[AgendaItem]:
    return list(session.exec(_AGENDA, params={"meeting": meeting_id}).all())


class ShownItem(NamedTuple):
    """An agenda item as a reply shows it."""

    title: str
    presenter: str
    documents: list[dict]


def agenda_shown(session: Session, meeting_id: int) -> list[ShownItem]:
    """The meeting's agenda in order, as values to show (not to change): `agenda` without the
    ORM's cost, for the replies that show it on every /dagordning."""
    return [ShownItem(*row) for row in _AGENDA_SHOWN.rows(session, meeting=meeting_id)]


class MeetingDetails(NamedTuple):
    """What a reply shows of one meeting besides its own columns, read in one statement."""

    group_ids: list[int]
    agenda: list[ShownItem]  # in order
    absent_names: list[str]  # standing förhinder, by name


# The meeting's groups, agenda and standing förhinder: three reads as one (one round trip on
# PostgreSQL, one statement's set-up in Python), told apart by the first column. The agenda's
# row comes first so that its column types (documents: JSON) decode every row.
_DETAILS = Read(union_all(
    select(literal_column("'a'").label("kind"), AgendaItem.position.label("k1"),
           AgendaItem.id.label("k2"), AgendaItem.title.label("text"), AgendaItem.presenter,
           AgendaItem.documents)
    .where(AgendaItem.meeting_id == bindparam("meeting")),
    select(literal_column("'g'"), MeetingGroup.group_id, null(), null(), null(), null())
    .where(MeetingGroup.meeting_id == bindparam("meeting")),
    select(literal_column("'n'"), null(), null(), Person.name, null(), null())
    .join(Absence, Absence.person_id == Person.id)
    .where(Absence.meeting_id == bindparam("meeting"), Absence.withdrawn_at.is_(None)),
).order_by(literal_column("kind"), literal_column("k1"), literal_column("k2"),
           literal_column("text")))


def meeting_details(session: Session, meeting_id: int) -> MeetingDetails:
    """`group_ids_of_meeting`, `agenda_shown` and `absent_names` of a meeting, in one read (or
    none: read along with the meeting, and nothing written since)."""
    ahead = session.info.get(_DETAILS_AHEAD)
    if ahead is not None:
        found = ahead.pop(meeting_id, None)
        if found is not None and not wrote(session):
            return found
    details = MeetingDetails([], [], [])
    for row in _DETAILS.rows(session, meeting=meeting_id):
        _add_detail(details, *row)
    return details


def _add_detail(details: MeetingDetails, kind, k1, _k2, text, _presenter, _documents) -> None:
    if kind == "a":
        details.agenda.append(ShownItem(text, _presenter, _documents))
    elif kind == "g":
        details.group_ids.append(k1)
    else:
        details.absent_names.append(text)


# The details of the meetings a /dagordning is about, read in the message that finds them
# (PostgreSQL: one round trip, not two): `_DETAILS` for every meeting the same statement finds,
# as a subquery of the same values, with each row's meeting first and in `_DETAILS`'s order
# within it. Kept in the unit of work for `meeting_details`, which takes each once, and only
# while the unit of work has written nothing (what it wrote may be among them).
_DETAILS_AHEAD = "meetings.details_ahead"


def _details_of(meetings) -> Read:
    ids = meetings.with_only_columns(Meeting.id)
    return Read(union_all(
        select(literal_column("'a'").label("kind"), AgendaItem.meeting_id.label("m"),
               AgendaItem.position.label("k1"), AgendaItem.id.label("k2"),
               AgendaItem.title.label("text"), AgendaItem.presenter, AgendaItem.documents)
        .where(AgendaItem.meeting_id.in_(ids)),
        select(literal_column("'g'"), MeetingGroup.meeting_id, MeetingGroup.group_id, null(),
               null(), null(), null())
        .where(MeetingGroup.meeting_id.in_(ids)),
        select(literal_column("'n'"), Absence.meeting_id, null(), null(), Person.name, null(),
               null())
        .join(Absence, Absence.person_id == Person.id)
        .where(Absence.meeting_id.in_(ids), Absence.withdrawn_at.is_(None)),
    ).order_by(literal_column("m"), literal_column("kind"), literal_column("k1"),
               literal_column("k2"), literal_column("text")))


_DETAILS_OF_UPCOMING = _details_of(_UPCOMING)
_DETAILS_OF_NEXT = _details_of(_NEXT_PER_GROUP)


def _with_details(session: Session, meetings: Read, details: Read,
                  params: dict) -> list[ShownMeeting]:
    if not plain.pairs(session):  # SQLite: no round trip to save, the subquery's cost to pay
        return [ShownMeeting(*row) for row in meetings.rows(session, **params)]
    rows, detail_rows = meetings.rows_and(session, (details, params), **params)
    found = [ShownMeeting(*row) for row in rows]
    ahead = {m.id: MeetingDetails([], [], []) for m in found}
    for kind, meeting_id, *rest in detail_rows:
        if meeting_id in ahead:
            _add_detail(ahead[meeting_id], kind, *rest)
    session.info[_DETAILS_AHEAD] = ahead
    return found


def minutes_attendance(session: Session, meeting_id: int) -> list[Attendance]:
    """Who was at a held meeting as its minutes say, in the minutes' order."""
    statement = select(Attendance).where(Attendance.meeting_id == meeting_id)
    return list(session.exec(statement.order_by(Attendance.id)).all())


def absent_people(session: Session, meeting_id: int) -> list[Person]:
    """Who has a standing (not withdrawn) absence for the meeting."""
    return by_name(session.exec(_ABSENT, params={"meeting": meeting_id}).all())


def absent_names(session: Session, meeting_id: int) -> list[str]:
    """The names of those with a standing absence for the meeting, by name."""
    return sorted(_ABSENT_NAMES.column(session, meeting=meeting_id), key=swedish_key)


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


def groups_of_meetings(session: Session, meeting_ids: list[int]) -> dict[int, list[Group]]:
    """The groups of several meetings, each list by name, in one query (the groups themselves
    from the roster snapshot when there is one)."""
    found: dict[int, list[Group]] = {i: [] for i in meeting_ids}
    if not meeting_ids:
        return found
    snap = roster_cache.snapshot(session)
    if snap is None:
        for meeting_id, group in session.exec(
            select(MeetingGroup.meeting_id, Group).join(Group, Group.id == MeetingGroup.group_id)
            .where(MeetingGroup.meeting_id.in_(sorted(set(meeting_ids))))
        ).all():
            found[meeting_id].append(group)
        return {meeting_id: by_name(groups) for meeting_id, groups in found.items()}
    ids: dict[int, set[int]] = {}
    for meeting_id, group_id in session.exec(
        select(MeetingGroup.meeting_id, MeetingGroup.group_id)
        .where(MeetingGroup.meeting_id.in_(sorted(set(meeting_ids))))
    ).all():
        ids.setdefault(meeting_id, set()).add(group_id)
    for meeting_id, group_ids in ids.items():
        found[meeting_id] = [roster_cache.attach(session, g) for g in snap.groups
                             if g.id in group_ids]
    return found
