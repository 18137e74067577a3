"""Närvaro on the web page: each meeting, organisation by organisation, for the group's staff."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlmodel import Session

from bot import texts
from bot.absences.overview import VOTING_ROLES, Row, rows_for
from bot.roster.web_access import Access
from bot.settings import Settings
from bot.texts import absences as t
from storage import meetings as store
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


def meetings_for(session: Session, access: Access, today: date, limit: int = 20):
    """The staff's groups' next meetings (with the group each is shown for)."""
    staffed = access.staffed()
    meetings = store.upcoming(session, [g.id for g in staffed], today, limit=limit)
    groups = store.groups_of_meetings(session, [m.id for m in meetings])  # one query for all
    return [(meeting, next(g for g in groups[meeting.id] if access.staffs(g.id)))
            for meeting in meetings]


def view(session: Session, meeting: Meeting, group: Group) -> AttendanceView:
    rows = rows_for(session, meeting, group)
    by_org: dict[str, Organisation] = {}
    for row in rows:
        name = row.organisation or texts.OTHER_ORGANISATIONS
        org = by_org.setdefault(name, Organisation(name))
        org.rows.append(row)
        if row.status == "substitute":
            org.represented |= row.detail.split("|")[1] in ("called", "confirmed")
        else:
            org.represented |= row.status == "present"
    voting = [r for r in rows if r.role in VOTING_ROLES]
    coming = sum(1 for r in voting if r.status == "present")
    coming += sum(1 for r in rows if r.status == "substitute" and r.detail.endswith("confirmed"))
    absent = sum(1 for r in voting if r.status == "absent")
    share = Settings.from_env().quorum_share
    organisations = sorted(by_org.values(), key=lambda o: o.name)
    return AttendanceView(meeting, group, organisations, coming, len(voting), absent,
                          [o.name for o in organisations if not o.represented],
                          bool(voting) and coming <= len(voting) * share)


def describe(row: Row) -> str:
    """'förhinder', 'kommer', 'ersättare för Johanna Viberg, kallad, inte svarat'."""
    if row.status == "substitute":
        absent, state = row.detail.split("|")
        return f"{t.ATTENDANCE_SUBSTITUTE.format(absent=absent)}, {t.CALL_STATES[state]}"
    return t.ATTENDANCE_COMES if row.status == "present" else t.ATTENDANCE_ABSENT
