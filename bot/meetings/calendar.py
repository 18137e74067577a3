"""Kalender: a personal iCalendar feed of the meetings of one's groups, behind a secret address.

Only the secret's hash is stored; making a new one replaces (and so invalidates) the old one.
"""

from __future__ import annotations

import secrets
from datetime import date, datetime, timedelta

from icalendar import Calendar, Event
from sqlmodel import Session, select

from bot import texts
from bot.meetings import mine
from bot.roster.signin import digest
from bot.roster.web_access import access_for
from bot.texts import web as t
from storage.models import Absence, CalendarFeed, Meeting, MeetingGroup, MeetingStatus, Person

PAST_DAYS = 92  # a season back, so last meetings stay in the calendar
AHEAD_DAYS = 400  # a year of planning ahead, and a little more
LIMIT = 500


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
    feed = session.exec(select(CalendarFeed).where(CalendarFeed.secret_hash == digest(secret))
                        ).first()
    return session.get(Person, feed.person_id) if feed else None


def feed(session: Session, person: Person, today: date, now: datetime) -> bytes:
    access = access_for(session, person)
    calendar = Calendar()
    calendar.add("prodid", "-//Region Örebro län//Samverkansboten//SV")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", t.CALENDAR_NAME)
    calendar.add("x-wr-timezone", "Europe/Stockholm")
    if not access.group_ids:
        return calendar.to_ical()
    meetings = session.exec(
        select(Meeting).join(MeetingGroup, MeetingGroup.meeting_id == Meeting.id)
        .where(MeetingGroup.group_id.in_(access.group_ids),
               Meeting.date >= today - timedelta(days=PAST_DAYS),
               Meeting.date <= today + timedelta(days=AHEAD_DAYS))
        .distinct().order_by(Meeting.date).limit(LIMIT)
    ).all()
    ids = [m.id for m in meetings]
    groups = mine._groups_by_meeting(session, ids)
    agenda = mine._agenda_by_meeting(session, ids)
    absent = {a.meeting_id for a in session.exec(
        select(Absence).where(Absence.meeting_id.in_(ids), Absence.person_id == person.id,
                              Absence.withdrawn_at.is_(None))).all()} if ids else set()
    for meeting in meetings:
        calendar.add_component(_event(meeting, groups.get(meeting.id, []),
                                      agenda.get(meeting.id, []), meeting.id in absent, now))
    return calendar.to_ical()


def _event(meeting: Meeting, groups, items, absent: bool, now: datetime) -> Event:
    event = Event()
    event.add("uid", f"mote-{meeting.id}@samverkansboten")
    event.add("dtstamp", now)
    names = texts.join_names([g.name for g in groups])
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
        lines.append(texts.AGENDA_EMPTY)
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
