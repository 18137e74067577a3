"""Närvaro on the web page: each meeting, organisation by organisation, for the group's staff."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlmodel import Session

from bot import markup, texts
from bot.absences.overview import Row, counts, minutes_rows, roster_rows, summary
from bot.roster.web_access import Access
from bot.settings import Settings
from bot.texts import absences as t
from storage import meetings as store
from storage.collation import swedish_key
from storage.models import Group, Meeting


@dataclass
class Organisation:
    name: str
    rows: list[Row] = field(default_factory=list)
    represented: bool = False


@dataclass
class AttendanceView:
    meeting: Meeting
    group: Group
    organisations: list[Organisation]
    coming: int
    members: int
    absent: int
    missing: list[str]
    warning: bool
    held: bool = False  # as its minutes say: who was there, not who comes
    past: bool = False  # before today, with no minutes read: what was reported beforehand
    summary: str = ""  # who comes, ledamöter and ordförande apart (a meeting not held)


def meetings_for(session: Session, access: Access, today: date, limit: int = 20):
    """The staff's groups' next meetings (with the group each is shown for)."""
    staffed = [g.id for g in access.staffed()]
    return _with_group(session, access, store.upcoming(session, staffed, today, limit=limit))


def held_for(session: Session, access: Access, today: date, limit: int = 20):
    """The staff's groups' latest past meetings, latest first (with the group each is shown
    for): who was there, as the minutes say, and what the roster expected where none were read."""
    staffed = [g.id for g in access.staffed()]
    return _with_group(session, access, store.held(session, staffed, today, limit=limit))


def _with_group(session: Session, access: Access, meetings: list[Meeting]):
    groups = store.groups_of_meetings(session, [m.id for m in meetings])  # one query for all
    return [(meeting, next(g for g in groups[meeting.id] if access.staffs(g.id)))
            for meeting in meetings]


def view(session: Session, meeting: Meeting, group: Group,
         today: date | None = None) -> AttendanceView:
    held = minutes_rows(session, meeting)
    rows = held or roster_rows(session, meeting, group)
    by_org: dict[str, Organisation] = {}
    for row in rows:
        name = row.organisation or texts.OTHER_ORGANISATIONS
        org = by_org.setdefault(name, Organisation(name))
        org.rows.append(row)
        if row.status == "substitute":
            org.represented |= row.detail.split("|")[1] in ("called", "confirmed")
        else:
            org.represented |= row.status == "present" or row.comes_for_part
    found = counts(rows)
    coming, members, absent = found.voting_coming, found.voting, found.absent
    share = Settings.from_env().quorum_share
    organisations = sorted(by_org.values(), key=lambda o: swedish_key(o.name))
    if held:  # the minutes' count: everyone listed as there, ersättare included
        coming = sum(1 for r in rows if r.status in ("present", "substitute"))
        absent = sum(1 for r in rows if r.status == "absent")
    past = not held and today is not None and meeting.date < today
    return AttendanceView(meeting, group, organisations, coming, members, absent,
                          [o.name for o in organisations if not o.represented],
                          not held and (today is None or meeting.date >= today)
                          and bool(members) and coming <= members * share,
                          held=bool(held), past=past,
                          summary="" if held else summary(found, past=past))


def describe(row: Row, held: bool = False) -> str:
    """'förhinder', 'kommer', 'ersättare för Johanna Viberg, kallad, inte svarat'; for a held
    meeting 'närvarande', 'frånvarande', 'ersättare för Johanna Viberg'."""
    if row.status == "substitute":
        absent, state = row.detail.split("|")
        if state == "minutes":
            return t.ATTENDANCE_SUBSTITUTE.format(absent=absent)
        return f"{t.ATTENDANCE_SUBSTITUTE.format(absent=absent)}, {t.CALL_STATES[state]}"
    if held:
        return t.ATTENDANCE_WAS_THERE if row.status == "present" else t.ATTENDANCE_WAS_ABSENT
    if row.comes_for_part:  # as /närvaro says it: which part she misses
        return markup.plain(t.ATTENDANCE_ABSENT_PART.format(part=row.part))
    return t.ATTENDANCE_COMES if row.status == "present" else t.ATTENDANCE_ABSENT
