"""The next meeting of each group, as /dagordning and App Home list them: hand-written
expectations on both databases (the ORM read and the cursor read must both give them)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from storage import meetings as store
from storage.engine import unit_of_work
from storage.models import Group, Meeting, MeetingGroup, MeetingStatus

TODAY = date(2026, 12, 2)


def _meeting(session, groups, day, hour=None, status=MeetingStatus.planned):
    starts = datetime(day.year, day.month, day.day, hour, tzinfo=UTC) if hour else None
    meeting = Meeting(date=day, status=status, starts_at=starts)
    session.add(meeting)
    session.flush()
    for group in groups:
        session.add(MeetingGroup(meeting_id=meeting.id, group_id=group.id))
    session.flush()
    return meeting.id


def test_each_group_gets_its_first_planned_meeting_from_today_and_a_joint_one_comes_once(engine):
    with unit_of_work(engine) as session:
        barn, skola, vard, tyst = (Group(slug=s, name=n) for s, n in (
            ("barn", "Barn och unga"), ("skola", "Skolchefer"), ("vard", "Vårdsamverkan"),
            ("tyst", "Vilande grupp")))
        session.add_all([barn, skola, vard, tyst])
        session.flush()
        _meeting(session, [barn], date(2026, 11, 30), 9)                  # past
        _meeting(session, [barn], date(2026, 12, 3), 8, MeetingStatus.cancelled)
        later_same_day = _meeting(session, [barn], date(2026, 12, 10), 13)
        joint = _meeting(session, [barn, skola], date(2026, 12, 10), 9)  # earlier that day
        _meeting(session, [skola], date(2026, 12, 17), 9)
        today_vard = _meeting(session, [vard], TODAY, 15)                # today counts
        _meeting(session, [vard], date(2027, 1, 14), 9)
        _meeting(session, [tyst], date(2025, 5, 1), 9)                   # nothing ahead
        ids = [barn.id, skola.id, vard.id, tyst.id]

        expected = [today_vard, joint]
        assert [m.id for m in store.next_per_group_shown(session, ids, TODAY)] == expected
        assert [m.id for m in store.next_per_group(session, ids, TODAY)] == expected
        assert [m.id for m in store.next_per_group_shown(session, [barn.id], date(2026, 12, 11))
                ] == []
        assert later_same_day not in expected
        assert store.next_per_group_shown(session, [tyst.id], TODAY) == []
        assert store.next_per_group_shown(session, [], TODAY) == []


def test_two_meetings_at_the_same_moment_give_the_one_entered_first(engine):
    with unit_of_work(engine) as session:
        group = Group(slug="lg", name="Ledningsgrupp")
        session.add(group)
        session.flush()
        first = _meeting(session, [group], date(2026, 12, 8), 10)
        _meeting(session, [group], date(2026, 12, 8), 10)
        undated_time = _meeting(session, [group], date(2026, 12, 7))
        assert [m.id for m in store.next_per_group_shown(session, [group.id], TODAY)] == [
            undated_time]
        assert [m.id for m in store.next_per_group_shown(session, [group.id],
                                                         date(2026, 12, 8))] == [first]
