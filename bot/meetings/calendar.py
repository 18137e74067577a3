"""Kalender: a personal iCalendar feed of the meetings of one's groups, behind a secret address.

Only the secret's hash is stored; making a new one replaces (and so invalidates) the old one.
Calendar apps fetch a feed every few minutes to hours, and it rarely changes between fetches,
while icalendar takes a third of a millisecond an event to write: each event is written once
and kept (bounded) under a digest of everything it shows, so a changed meeting, agenda or
förhinder is a new entry and never an old one served.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
from collections import OrderedDict
from datetime import date, datetime, timedelta
from functools import cache

from icalendar import Calendar, Event
from sqlmodel import Session, select

from bot import texts
from bot.roster.signin import digest
from bot.texts import web as t
from storage.collation import swedish_key
from storage.models import (
    Absence,
    AgendaItem,
    CalendarFeed,
    Group,
    Meeting,
    MeetingGroup,
    MeetingStatus,
    Membership,
    Person,
)

PAST_DAYS = 92  # a season back, so last meetings stay in the calendar
AHEAD_DAYS = 400  # a year of planning ahead, and a little more
LIMIT = 500
CACHED_EVENTS = 5000  # about 2 MB: a county's meetings in the window, with and without förhinder


def new_secret(session: Session, person: Person, now: datetime) -> str:
    secret = secrets.token_urlsafe(24)
    feed = session.get(CalendarFeed, person.id)
    if feed is None:
        feed = CalendarFeed(person_id=person.id, secret_hash=digest(secret), created_at=now)
    feed.secret_hash, feed.created_at = digest(secret), now
    session.add(feed)
    session.flush()
    return secret


def has_feed(session: Session, person: Person) -> CalendarFeed | None:
    return session.get(CalendarFeed, person.id)


def person_for(session: Session, secret: str) -> Person | None:
    if not secret or len(secret) > 100:
        return None
    return session.exec(select(Person).join(CalendarFeed, CalendarFeed.person_id == Person.id)
                        .where(CalendarFeed.secret_hash == digest(secret))).first()


def feed(session: Session, person: Person, today: date, now: datetime) -> bytes:
    """The feed in four queries (meetings, their groups, agendas, my förhinder), read as plain
    rows; the events from the cache when nothing they show has changed."""
    mine = select(Membership.group_id).where(Membership.person_id == person.id,
                                             Membership.active)
    meetings = session.exec(
        select(Meeting.id, Meeting.date, Meeting.starts_at, Meeting.ends_at, Meeting.place,
               Meeting.online_link, Meeting.status)
        .where(Meeting.id.in_(select(MeetingGroup.meeting_id)
                              .where(MeetingGroup.group_id.in_(mine))),
               Meeting.date >= today - timedelta(days=PAST_DAYS),
               Meeting.date <= today + timedelta(days=AHEAD_DAYS))
        .order_by(Meeting.date, Meeting.starts_at, Meeting.id).limit(LIMIT)
    ).all()
    if not meetings:
        return _shell()[0] + _shell()[1]
    ids = [m.id for m in meetings]
    groups: dict[int, list[str]] = {}
    for meeting_id, name in session.exec(
        select(MeetingGroup.meeting_id, Group.name).join(Group, Group.id == MeetingGroup.group_id)
        .where(MeetingGroup.meeting_id.in_(ids))
    ).all():
        groups.setdefault(meeting_id, []).append(name)
    for names in groups.values():
        names.sort(key=swedish_key)
    agenda: dict[int, list] = {}
    for item in session.exec(
        select(AgendaItem.meeting_id, AgendaItem.title, AgendaItem.presenter,
               AgendaItem.documents)
        .where(AgendaItem.meeting_id.in_(ids)).order_by(AgendaItem.position, AgendaItem.id)
    ).all():
        agenda.setdefault(item.meeting_id, []).append(item)
    absent = set(session.exec(
        select(Absence.meeting_id).where(Absence.meeting_id.in_(ids),
                                         Absence.person_id == person.id,
                                         Absence.withdrawn_at.is_(None))).all())
    head, tail = _shell()
    return head + b"".join(
        _event_bytes(meeting, groups.get(meeting.id, []), agenda.get(meeting.id, []),
                     meeting.id in absent, now)
        for meeting in meetings) + tail


@cache
def _shell() -> tuple[bytes, bytes]:
    """The calendar around the events, as icalendar writes it (it never changes)."""
    calendar = Calendar()
    calendar.add("prodid", "-//Region Örebro län//Samverkansboten//SV")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", t.CALENDAR_NAME)
    calendar.add("x-wr-timezone", "Europe/Stockholm")
    whole, end = to_ical(calendar), b"END:VCALENDAR\r\n"
    assert whole.endswith(end)
    return whole[:-len(end)], end


class _Events:
    """Written events by the digest of what they show, the least recently used dropped."""

    def __init__(self, size: int) -> None:
        self.size, self.items, self.lock = size, OrderedDict(), threading.Lock()

    def get(self, key: bytes) -> bytes | None:
        with self.lock:
            found = self.items.get(key)
            if found is not None:
                self.items.move_to_end(key)
            return found

    def put(self, key: bytes, value: bytes) -> None:
        with self.lock:
            self.items[key] = value
            while len(self.items) > self.size:
                self.items.popitem(last=False)


EVENTS = _Events(CACHED_EVENTS)


def _event_bytes(meeting, groups: list[str], items, absent: bool, now: datetime) -> bytes:
    # Everything the event shows, and the texts it is written with (a new release may
    # change them); DTSTAMP stays the moment it was first written.
    shown = (tuple(meeting), tuple(groups),
             tuple((i.title, i.presenter, repr(i.documents)) for i in items), absent,
             t.CALENDAR_ABSENT, t.CALENDAR_COMING, t.CALENDAR_LINK, texts.AGENDA_EMPTY)
    key = hashlib.blake2b(repr(shown).encode("utf-8"), digest_size=20).digest()
    found = EVENTS.get(key)
    if found is None:
        found = to_ical(_event(meeting, groups, items, absent, now))
        EVENTS.put(key, found)
    return found


def to_ical(calendar: Calendar | Event) -> bytes:
    """`calendar.to_ical()`, byte for byte, with the lines folded in a few slices each:
    icalendar folds character by character in Python, which took over half of a feed's
    time (the agendas in the descriptions are long). The library still writes every line."""
    return b"".join(fold(line) + b"\r\n" for line in calendar.content_lines() if line)


def fold(line: str, limit: int = 74) -> bytes:
    """A content line folded as icalendar folds it (RFC 5545 3.1): pieces of at most `limit`
    octets, never inside a UTF-8 character, and never ending in a lone backslash or caret
    (an escape is not split across lines)."""
    data = line.encode("utf-8")
    if len(data) <= limit:
        return data
    pieces, start = [], 0
    while len(data) - start > limit:
        end = start + limit
        while data[end] & 0xC0 == 0x80:  # a continuation byte: back to the character's start
            end -= 1
        if end - 1 > start and data[end - 1] in b"\\^":
            end -= 1
        pieces.append(data[start:end])
        start = end
    pieces.append(data[start:])
    return b"\r\n ".join(pieces)


def _event(meeting, groups: list[str], items, absent: bool, now: datetime) -> Event:
    """One meeting (a Meeting, or a row of its columns) as an event."""
    event = Event()
    event.add("uid", f"mote-{meeting.id}@samverkansboten")
    event.add("dtstamp", now)
    names = texts.join_names(groups)
    event.add("summary", names or t.CALENDAR_MEETING)
    if meeting.starts_at is not None:
        event.add("dtstart", meeting.starts_at)
        event.add("dtend", meeting.ends_at or meeting.starts_at + timedelta(hours=2))
    else:
        event.add("dtstart", meeting.date)
        event.add("dtend", meeting.date + timedelta(days=1))
    if meeting.place or meeting.online_link:
        event.add("location", meeting.place or meeting.online_link)
    if meeting.online_link:
        event.add("url", meeting.online_link)
    lines = [t.CALENDAR_ABSENT if absent else t.CALENDAR_COMING, "", t.CALENDAR_AGENDA]
    if items:
        for number, item in enumerate(items, start=1):
            presenter = f" ({item.presenter})" if item.presenter else ""
            lines.append(f"{number}. {item.title}{presenter}")
            lines.extend(f"   {d.get('title') or texts.DOCUMENT_FALLBACK}: {d.get('url', '')}"
                         for d in item.documents or [])
    else:
        lines.append(texts.AGENDA_NONE_KEPT if meeting.status == MeetingStatus.held
                     else texts.AGENDA_EMPTY)
    if meeting.online_link:
        lines += ["", f"{t.CALENDAR_LINK} {meeting.online_link}"]
    event.add("description", "\n".join(lines))
    if meeting.status == MeetingStatus.cancelled:
        event.add("status", "CANCELLED")
    else:
        event.add("status", "CONFIRMED")
    if absent:
        event.add("transp", "TRANSPARENT")  # not busy: the person will not be there
    return event
