"""The iCal feed: written as icalendar writes it, and never stale though its events are kept."""

from __future__ import annotations

import re
from datetime import datetime

from icalendar import Calendar, Event
from sqlmodel import select

from bot.meetings import calendar as feeds
from storage.engine import unit_of_work
from storage.models import AgendaItem, Group, Meeting
from tests.web.test_links_and_calendar import app, sign_in  # noqa: F401  (fixtures)

# What people write in agendas and places: å, ä, ö, dashes, quotes, semicolons and commas that
# iCalendar escapes with a backslash, a € and an emoji (four bytes), and lines long enough to
# be folded at every possible offset of a character or an escape.
HOSTILE = [
    "Återrapportering från länets tolv kommuner; Örebro, Kumla och Hallsberg – ”SAMS”",
    "ö" * 200, "å\\" * 90, "a;" * 120, "€😀" * 60, "x" * 73 + "\\,", "x" * 74 + "ä" + "\\n" * 20,
    "Punkt 1: lägesrapport\nPunkt 2: beslut om VFU-avtalet (Regionhuset, sal Sothönan)",
    "^" * 100, "x" * 72 + "^\\",
]


def test_the_feed_is_folded_byte_for_byte_as_icalendar_folds_it():
    for shift in range(80):
        for text in HOSTILE:
            event = Event()
            event.add("summary", "y" * shift + text)
            event.add("description", text + "z" * shift)
            event.add("location", text[:shift])
            calendar = Calendar()
            calendar.add("prodid", "-//test//SV")
            calendar.add_component(event)
            assert feeds.to_ical(calendar) == calendar.to_ical(), (shift, text)


def _feed(client, csrf) -> tuple[str, Calendar]:
    page = client.post("/webb/kalender/ny", data={"csrf": csrf}, follow_redirects=True).text
    address = re.search(r'value="http[^"]+(/ical/[^"]+\.ics)"', page).group(1)
    return address, Calendar.from_ical(client.get(address).data)


def _event_on(calendar: Calendar, day: str):
    (found,) = [e for e in calendar.walk("VEVENT") if e["dtstart"].dt.isoformat().startswith(day)]
    return found


def test_a_change_to_what_an_event_shows_is_in_the_next_fetch(app, loaded, clock):  # noqa: F811
    """The events are kept between fetches; what they show decides which one is served, so an
    agenda item renamed, a group renamed, a förhinder reported and taken back all show at once."""
    client = app.test_client()
    csrf = sign_in(client, loaded, clock)
    address, calendar = _feed(client, csrf)
    assert "Du har inte anmält förhinder." in str(_event_on(calendar, "2026-08-31")["description"])

    with unit_of_work(loaded) as session:
        meeting = session.exec(select(Meeting).where(Meeting.date == datetime(2026, 8, 31).date())
                               ).one()
        item = session.exec(select(AgendaItem).where(AgendaItem.meeting_id == meeting.id)
                            .order_by(AgendaItem.position)).first()
        item.title = "Ändrad punkt: länsgemensam färdplan för barn och unga"
        group = session.exec(select(Group).where(Group.slug == "sbu")).one()
        group.name = "Samverkansgrupp Barn, unga och familj"
        session.add_all([item, group])
        meeting_id = meeting.id
    event = _event_on(Calendar.from_ical(client.get(address).data), "2026-08-31")
    assert "Ändrad punkt: länsgemensam färdplan för barn och unga" in str(event["description"])
    assert str(event["summary"]) == "Samverkansgrupp Barn, unga och familj"

    client.post(f"/webb/moten/{meeting_id}/forhinder", data={"csrf": csrf, "substitute": "none"})
    event = _event_on(Calendar.from_ical(client.get(address).data), "2026-08-31")
    assert "Du har anmält förhinder till det här mötet." in str(event["description"])
    assert str(event["transp"]) == "TRANSPARENT"

    absence = re.search(r'action="/webb/forhinder/(\d+)/ta-tillbaka"',
                        client.get("/webb/").text).group(1)
    client.post(f"/webb/forhinder/{absence}/ta-tillbaka", data={"csrf": csrf})
    event = _event_on(Calendar.from_ical(client.get(address).data), "2026-08-31")
    assert "Du har inte anmält förhinder." in str(event["description"])
    assert "transp" not in event


def test_the_kept_events_are_bounded():
    kept = feeds._Events(3)
    for n in range(10):
        kept.put(bytes([n]), b"BEGIN:VEVENT")
        assert kept.get(bytes([0])) == b"BEGIN:VEVENT"  # used: kept
    assert len(kept.items) == 3 and kept.get(bytes([1])) is None


