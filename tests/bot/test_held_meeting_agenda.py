"""A meeting that was held, whose minutes named no agenda: /dagordning says none was kept,
not that it is coming, and offers no button to add an item to it."""

from __future__ import annotations

from datetime import date

from sqlmodel import select

from bot.meetings.service import meeting_sections
from storage.engine import unit_of_work
from storage.models import Group, Meeting, MeetingGroup


def _sections(loaded, status):
    with unit_of_work(loaded) as session:
        group = session.exec(select(Group).order_by(Group.id)).first()
        meeting = Meeting(date=date(2026, 11, 5), status=status)
        session.add(meeting)
        session.flush()
        session.add(MeetingGroup(meeting_id=meeting.id, group_id=group.id))
        session.flush()
        sections, buttons = meeting_sections(session, meeting, can_edit=True)
        session.rollback()
    return "\n".join(s.text for s in sections), buttons


def test_a_held_meeting_without_agenda_says_none_was_kept_and_offers_no_new_item(loaded):
    text, buttons = _sections(loaded, "held")
    assert "Ingen dagordning finns sparad för mötet." in text
    assert "inte klar ännu" not in text
    assert buttons == []


def test_a_planned_meeting_without_agenda_still_says_it_is_coming(loaded):
    text, buttons = _sections(loaded, "planned")
    assert "Dagordningen är inte klar ännu." in text
    assert [b.label for b in buttons] == ["Lägg till punkt"]


def test_asked_in_the_console_after_it_was_held(loaded, clock):
    """The same, as a member types it: /dagordning for the day of a meeting marked held."""
    import io

    from handlers import console

    with unit_of_work(loaded) as session:
        meeting = session.exec(select(Meeting).where(Meeting.date == date(2026, 10, 19))).one()
        meeting.status = "held"
    out = io.StringIO()
    console.run(loaded, clock, "U0JOHANNA", stdin=io.StringIO("/dagordning sbu 19 oktober\n"),
                stdout=out)
    assert "måndag 19 oktober 2026" in out.getvalue()
    assert "Ingen dagordning finns sparad för mötet." in out.getvalue()
    assert "inte klar ännu" not in out.getvalue()
