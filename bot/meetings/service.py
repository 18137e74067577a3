"""Meetings and agendas: finding them, showing them, and adding them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlmodel import Session, select

from bot import markup, texts
from bot.clock import STOCKHOLM
from bot.replies import Button, Section
from bot.settings import Settings
from storage import directory
from storage import meetings as store
from storage.models import AgendaItem, Group, Meeting, MeetingGroup


def moment(day: date, at: time | None) -> datetime | None:
    """A local date and clock time as a UTC-aware moment (what the database stores)."""
    if at is None:
        return None
    return datetime.combine(day, at, tzinfo=STOCKHOLM)


def group_names(session: Session, meeting: Meeting, group_ids: list[int] | None = None) -> str:
    """The meeting's groups' names, by name: from the roster snapshot, no instances made."""
    ids = store.group_ids_of_meeting(session, meeting.id) if group_ids is None else group_ids
    return texts.join_names(list(directory.group_names(session, ids).values()))


def when(meeting: Meeting) -> str:
    return texts.meeting_when(meeting.date, meeting.starts_at, meeting.ends_at)


def short_list(meetings: list[Meeting]) -> str:
    """'torsdag 3 december, torsdag 17 december' for suggestions."""
    return ", ".join(f"{texts.weekday(m.date)} {texts.day_month(m.date)}" for m in meetings)


SHORT_AGENDA = 10  # items shown in a notice; the rest are counted and pointed to


def meeting_sections(
    session: Session, meeting: Meeting, *, can_edit: bool = False, short: bool = False,
    group_ids: list[int] | None = None, details: store.MeetingDetails | None = None,
) -> tuple[list[Section], list[Button]]:
    """The meeting written out: headline, place, numbered agenda, absences so far.

    `short` (a kallelse, an ersättare's call, "när är nästa möte?") keeps the first items of a
    long agenda and says where the whole of it is, instead of a message of 40 items.
    `group_ids`: the meeting's groups when the caller has read them already; `details`: its
    groups, agenda and förhinder when the caller has read them (`store.meeting_details`).
    """
    if details is not None:
        group_ids = details.group_ids
    lines = [texts.MEETING_HEADLINE.format(group=group_names(session, meeting, group_ids),
                                           when=when(meeting))]
    if meeting.place:
        lines.append(texts.PLACE.format(place=meeting.place))
    if meeting.online_link:
        lines.append(texts.ONLINE.format(link=meeting.online_link))
    sections = [Section("\n".join(lines))]
    items = details.agenda if details is not None else store.agenda_shown(session, meeting.id)
    sections.append(Section(agenda_text(items, SHORT_AGENDA if short else None, meeting)))
    held = store.minutes_attendance(session, meeting.id) if meeting.status == "held" else []
    if held:  # the minutes were read: who was there, not who had förhinder
        sections.append(Section(held_attendance(held)))
    else:
        absent = (details.absent_names if details is not None
                  else store.absent_names(session, meeting.id))
        sections.append(
            Section(
                texts.ABSENT_SO_FAR.format(names=texts.join_names(absent))
                if absent
                else texts.NO_ABSENT_SO_FAR
            )
        )
    buttons = []
    if can_edit and meeting.status != "held":  # no items are added to a meeting that was held
        buttons.append(Button(texts.ADD_ITEM_BUTTON, "meeting.add_item", str(meeting.id)))
    return sections, buttons


def held_attendance(rows) -> str:
    """'Enligt protokollet: 10 närvarande. Frånvarande: … Ersättare: A för B.'"""
    present = [r for r in rows if r.status == "present"]
    lines = [texts.HELD_ATTENDANCE.format(present=len(present))]
    absent = [r.name for r in rows if r.status == "absent"]
    if absent:
        lines.append(texts.HELD_ABSENT.format(names=texts.join_names(absent)))
    pairs = [texts.HELD_SUBSTITUTE_PAIR.format(substitute=r.name, absent=r.stands_in_for)
             for r in present if r.stands_in_for]
    if pairs:
        lines.append(texts.HELD_SUBSTITUTES.format(pairs=markup.Markup(", ").join(pairs)))
    return " ".join(lines)


def agenda_text(items: list[AgendaItem] | list[store.ShownItem], limit: int | None = None,
                meeting: Meeting | None = None) -> str:
    if not items:
        # A held meeting's agenda is no longer coming: say that none was kept.
        empty = (texts.AGENDA_NONE_KEPT if meeting is not None and meeting.status == "held"
                 else texts.AGENDA_EMPTY)
        return f"{texts.AGENDA_HEADING}\n{empty}"
    lines = [texts.AGENDA_HEADING]
    shown = items if limit is None or len(items) <= limit else items[:limit]
    for number, item in enumerate(shown, start=1):
        line = markup.escape(f"{number}. {item.title}")
        if item.presenter:
            line += " " + texts.PRESENTER.format(presenter=item.presenter)
        lines.append(line)
        for document in item.documents or []:
            title = document.get("title") or texts.DOCUMENT_FALLBACK
            lines.append("    " + markup.link(document.get("url", ""), title))
    if len(shown) < len(items):
        lines.append(texts.AGENDA_MORE.format(count=len(items) - len(shown),
                                              where=whole_agenda(meeting)))
    return "\n".join(lines)


def whole_agenda(meeting: Meeting | None):
    """Where the whole agenda is: the meeting's web page when the bot has one, else the
    command that shows it."""
    base = Settings.from_env().public_url
    if meeting is not None and base:
        return markup.link(f"{base}/webb/moten/{meeting.id}", texts.AGENDA_ON_THE_WEB)
    day = texts.day_month(meeting.date) if meeting is not None else ""
    return markup.code(f"/dagordning {day}".strip())


@dataclass
class MeetingInput:
    group: Group
    day: date
    start: time | None
    end: time | None
    place: str = ""
    online_link: str = ""


def find_same(session: Session, data: MeetingInput) -> Meeting | None:
    """A meeting of the group on that day and at that start already (adding again is a no-op)."""
    statement = (
        select(Meeting)
        .join(MeetingGroup, MeetingGroup.meeting_id == Meeting.id)
        .where(MeetingGroup.group_id == data.group.id, Meeting.date == data.day)
    )
    start = moment(data.day, data.start)
    for meeting in session.exec(statement).all():
        if start is None or meeting.starts_at is None or meeting.starts_at == start:
            return meeting
    return None


def add_meeting(session: Session, data: MeetingInput) -> tuple[Meeting, bool]:
    """Adds the meeting, or returns the one that is already there; the flag says it was new."""
    existing = find_same(session, data)
    if existing is not None:
        return existing, False
    meeting = Meeting(
        date=data.day,
        starts_at=moment(data.day, data.start),
        ends_at=moment(data.day, data.end),
        place=data.place,
        online_link=data.online_link,
    )
    return store.add_meeting(session, meeting, [data.group.id]), True


def add_item(
    session: Session,
    meeting: Meeting,
    title: str,
    presenter: str = "",
    kind: str = "information",
    document_url: str = "",
) -> AgendaItem:
    documents = [{"title": texts.DOCUMENT_FALLBACK, "url": document_url}] if document_url else []
    item = AgendaItem(
        meeting_id=meeting.id, title=title, presenter=presenter, kind=kind, documents=documents
    )
    return store.add_agenda_item(session, item)
