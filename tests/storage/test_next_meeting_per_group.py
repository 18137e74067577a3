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


def _reference(session, group_ids, *, today=None, day=None, held=False):
    """The groups' meetings asked for the plain way: every meeting of the groups through
    meetinggroup, each once, then filtered here (what the statements read before they read the
    meetings by date)."""
    from sqlmodel import select

    rows = session.exec(select(Meeting).join(MeetingGroup, MeetingGroup.meeting_id == Meeting.id)
                        .where(MeetingGroup.group_id.in_(group_ids))).all()
    found = {m.id: m for m in rows}.values()
    if day is not None:
        return [m for m in found if m.date == day]
    return [m for m in found if m.status != MeetingStatus.cancelled
            and (m.date < today if held else m.date >= today)]


def test_upcoming_held_and_on_a_date_read_by_date_give_each_groups_meetings_once(engine):
    """The statements read the meetings by date and check each against its groups: the same
    meetings, each once (joint ones too), in date and time order, whatever a group held
    before; groups of others, cancelled meetings and other days stay out."""
    with unit_of_work(engine) as session:
        barn, skola, annan = (Group(slug=s, name=n) for s, n in (
            ("barn", "Barn och unga"), ("skola", "Skolchefer"), ("annan", "Annan grupp")))
        session.add_all([barn, skola, annan])
        session.flush()
        for week in range(30):  # a long past, and a future, for barn
            day = date.fromordinal(date(2026, 6, 4).toordinal() + 7 * week)
            _meeting(session, [barn], day, 13)
        for week in range(10):  # another group's meetings in between
            _meeting(session, [annan], date.fromordinal(TODAY.toordinal() + 3 * week), 9)
        joint = _meeting(session, [barn, skola], date(2026, 12, 10), 9)
        _meeting(session, [skola], date(2026, 12, 10), 15)
        _meeting(session, [skola], date(2026, 12, 9), 10, MeetingStatus.cancelled)
        skola_later = _meeting(session, [skola], date(2027, 2, 4), 10)
        ids = [barn.id, skola.id]

        upcoming = [m.id for m in store.upcoming(session, ids, TODAY, limit=6)]
        shown = [m.id for m in store.upcoming_shown(session, ids, TODAY, limit=6)]
        keep = _reference(session, ids, today=TODAY)
        expected = [m.id for m in sorted(keep, key=lambda m: (m.date, m.starts_at, m.id))][:6]
        assert upcoming == shown == expected and len(set(upcoming)) == 6
        assert upcoming.count(joint) == 1
        assert [m.id for m in store.upcoming(session, [skola.id], date(2026, 12, 11))] == [
            skola_later]

        held = _reference(session, ids, today=TODAY, held=True)
        expected_held = [m.id for m in sorted(held, key=lambda m: (m.date, m.starts_at, m.id),
                                              reverse=True)][:5]
        assert [m.id for m in store.held(session, ids, TODAY, limit=5)] == expected_held

        on_day = [m.id for m in store.on_date(session, ids, date(2026, 12, 10))]
        assert on_day == [m.id for m in store.on_date_shown(session, ids, date(2026, 12, 10))]
        assert sorted(on_day) == sorted(m.id for m in _reference(session, ids,
                                                                 day=date(2026, 12, 10)))
        assert len(on_day) == 3 and on_day.count(joint) == 1  # barn's 13.00, joint, skola 15.00
        assert store.on_date(session, [annan.id], date(2026, 12, 10)) == []

        assert [m.id for m in store.next_per_group_shown(session, [barn.id, skola.id, annan.id],
                                                         TODAY)] == [
            m.id for m in store.next_per_group(session, [barn.id, skola.id, annan.id], TODAY)]


def test_the_next_meeting_is_found_by_date_not_among_everything_the_group_ever_held(engine):
    """On SQLite: the next meeting is looked for from today on in the meetings' date index,
    not among every meeting the group ever held (which grew with each year of meetings)."""
    if engine.dialect.name != "sqlite":
        return
    from sqlalchemy.dialects import sqlite

    from storage.meetings import _NEXT_PER_GROUP_SHOWN, _UPCOMING_SHOWN

    with unit_of_work(engine) as session:
        group = Group(slug="lg", name="Ledningsgrupp")
        session.add(group)
        session.flush()
        connection = session.connection()
        for read in (_UPCOMING_SHOWN, _NEXT_PER_GROUP_SHOWN):
            sql = str(read.statement.compile(dialect=sqlite.dialect()))
            sql = sql.replace("(__[POSTCOMPILE_group_ids])", "(1)")
            plan = " | ".join(row[-1] for row in connection.exec_driver_sql(
                "EXPLAIN QUERY PLAN " + sql.replace("?", "NULL")).all())
            assert "ix_meeting_date" in plan, plan
            assert "ix_meetinggroup_group_id" not in plan, plan
