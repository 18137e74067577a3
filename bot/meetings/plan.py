"""Möten on the web page: a secretary plans meetings (one, or a series) and their agendas.

Rules and storage calls only; the page renders what this returns. Everything is checked
before anything is written, so a bad series adds no meeting at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import Session, select

from bot import dates, texts
from bot.meetings import service
from bot.meetings.planning import ITEM_LIMITS, MEETING_LIMITS, read_time, too_long
from bot.roster.web_access import Access
from bot.texts import planning as t
from storage import meetings as store
from storage import row_locks
from storage.collation import by_name
from storage.ids import find_row
from storage.models import AgendaItem, AgendaKind, Group, Meeting, MeetingGroup

REPEATS = {"none": 0, "weekly": 7, "biweekly": 14, "fourweekly": 28, "monthly": -1}
MAX_SERIES = 24
KINDS = tuple(k.value for k in AgendaKind)


class PlanError(Exception):
    """Field → Swedish reason; nothing was saved."""

    def __init__(self, errors: dict[str, str]):
        super().__init__("; ".join(errors.values()))
        self.errors = errors


@dataclass
class MeetingRow:
    meeting: Meeting
    groups: list[Group]
    items: int


def planned(session: Session, access: Access, today: date, limit: int = 60) -> list[MeetingRow]:
    ids = [g.id for g in access.managed()]
    meetings = store.upcoming(session, ids, today - timedelta(days=30), limit=limit)
    if not meetings:
        return []
    mids = [m.id for m in meetings]
    groups: dict[int, list[Group]] = {}
    for link, group in session.exec(
        select(MeetingGroup, Group).join(Group, Group.id == MeetingGroup.group_id)
        .where(MeetingGroup.meeting_id.in_(mids))
    ).all():
        groups.setdefault(link.meeting_id, []).append(group)
    groups = {meeting_id: by_name(found) for meeting_id, found in groups.items()}
    counts: dict[int, int] = {}
    for item in session.exec(select(AgendaItem.meeting_id).where(
            AgendaItem.meeting_id.in_(mids))).all():
        counts[item] = counts.get(item, 0) + 1
    return [MeetingRow(m, groups.get(m.id, []), counts.get(m.id, 0)) for m in meetings]


def series_dates(first: date, repeat: str, count: int) -> list[date]:
    """The dates of a series: every week, every other week, every four weeks, or the same
    weekday of each month ("andra tisdagen i månaden")."""
    step = REPEATS[repeat]
    if step == 0:
        return [first]
    if step > 0:
        return [first + timedelta(days=step * n) for n in range(count)]
    nth = (first.day - 1) // 7  # which weekday of the month: 0 for the first, 1 the second …
    found, year, month = [], first.year, first.month
    while len(found) < count:
        day = date(year, month, 1)
        day += timedelta(days=(first.weekday() - day.weekday()) % 7 + 7 * nth)
        if day.month == month:  # a fifth weekday that some months lack is skipped
            found.append(day)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


def add_meetings(session: Session, access: Access, values: dict[str, str],
                 today: date) -> tuple[list[Meeting], int]:
    """(meetings added, meetings that were already there)."""
    errors: dict[str, str] = {}
    group_id = values.get("group", "")
    group = find_row(session, Group, group_id)
    if group is None or not access.manages(group.id):
        errors["group"] = t.CHOOSE_GROUP
    try:
        first = date.fromisoformat(values.get("date", "").strip())
        if not dates.in_planning_range(first, today):  # the same range as in chat
            errors["date"] = texts.DATE_OUT_OF_RANGE
    except ValueError:
        first = None
        errors["date"] = t.BAD_DATE
    start = read_time(values.get("start", "")) if values.get("start", "").strip() else None
    if start is None:
        errors["start"] = t.BAD_TIME
    end = read_time(values.get("end", "")) if values.get("end", "").strip() else None
    if values.get("end", "").strip() and end is None:
        errors["end"] = t.BAD_TIME
    if start and end and end <= start:
        errors["end"] = t.END_BEFORE_START
    repeat = values.get("repeat", "none")
    if repeat not in REPEATS:
        errors["repeat"] = t.BAD_REPEAT
    count_text = values.get("count", "1").strip() or "1"
    # isdigit() takes '²', which int() refuses; int() refuses 4,300 digits and more, too.
    count = int(count_text) if count_text.isdecimal() and len(count_text) <= 3 else 0
    if not 1 <= count <= MAX_SERIES:
        errors["count"] = t.BAD_COUNT.format(max=MAX_SERIES)
    # Too long is said, not cut: what she typed is what is stored, or nothing is.
    errors.update(too_long(values, MEETING_LIMITS))
    place, link = values.get("place", "").strip(), values.get("link", "").strip()
    if link and "link" not in errors and not link.startswith(("https://", "http://")):
        errors["link"] = t.BAD_LINK
    if errors:
        raise PlanError(errors)
    added, existing = [], 0
    for day in series_dates(first, repeat, count if repeat != "none" else 1):
        meeting, created = service.add_meeting(
            session, service.MeetingInput(group, day, start, end, place, link))
        if created:
            added.append(meeting)
        else:
            existing += 1
    return added, existing


def managed_meeting(session: Session, access: Access, meeting_id: int) -> Meeting | None:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None or not access.manages_meeting(session, meeting.id):
        return None
    return meeting


def add_item(session: Session, meeting: Meeting,
             values: dict[str, str]) -> tuple[AgendaItem, bool]:
    """The item, and whether it is new. A form sent twice (a double click, or again from the
    browser's history) adds it once; two items may still share a title ("Övrigt" twice).

    The form carries `shown`, the number of items on the page it was sent from: an item with the
    same title after those is this form's first sending. A form without it (an older page) takes
    an item with the same title at the end of the agenda for its first sending."""
    errors: dict[str, str] = {}
    title = values.get("title", "").strip()
    if not title:
        errors["title"] = t.NO_TITLE
    kind = values.get("kind", "information")
    if kind not in KINDS:
        errors["kind"] = t.BAD_KIND
    url = values.get("document_url", "").strip()
    if url and not url.startswith(("https://", "http://")):
        errors["document_url"] = t.BAD_LINK
    errors.update(too_long(values, {"title": ITEM_LIMITS["title"],
                                    "presenter": ITEM_LIMITS["presenter"],
                                    "document_url": ITEM_LIMITS["document"],
                                    "document_title": 200}))
    if errors:
        raise PlanError(errors)
    row_locks.hold(session, Meeting, meeting.id)  # a double click's second request waits here
    if (existing := _sent_before(store.agenda(session, meeting.id), title,
                                 values.get("shown", ""))) is not None:
        return existing, False
    item = service.add_item(session, meeting, title,
                            values.get("presenter", "").strip(), kind)
    if url:
        item.documents = [{"title": values.get("document_title", "").strip() or t.DOCUMENT,
                           "url": url}]
        session.add(item)
    return item, True


def _sent_before(items: list[AgendaItem], title: str, shown: str) -> AgendaItem | None:
    """The item this form already added, if it did (see `add_item`)."""
    since = int(shown) if shown.isascii() and shown.isdigit() and len(shown) < 10 else max(
        len(items) - 1, 0)  # isdigit() alone takes '²', which int() refuses
    return next((item for item in items[since:] if item.title.casefold() == title.casefold()),
                None)


def move_item(session: Session, meeting: Meeting, item_id: int, direction: str) -> bool | None:
    """Swaps the item with its neighbour; positions are renumbered 1, 2, 3 … on the way.
    False when it already stands first (up) or last (down); None when the meeting has no such
    item (a stale page after another secretary removed it, or a made-up id)."""
    items = store.agenda(session, meeting.id)
    index = next((i for i, item in enumerate(items) if item.id == item_id), None)
    if index is None:
        return None
    other = index - 1 if direction == "up" else index + 1
    if not 0 <= other < len(items):
        return False
    items[index], items[other] = items[other], items[index]
    for position, item in enumerate(items, start=1):
        item.position = position
        session.add(item)
    return True


def remove_item(session: Session, meeting: Meeting, item_id: int) -> bool:
    item = session.get(AgendaItem, item_id)
    if item is None or item.meeting_id != meeting.id:
        return False
    session.delete(item)
    return True
