"""Mina möten: a member's next meetings with agenda, documents, förhinder so far and their own.

Platform-free: the web page (and the Teams tab, the same page) render what this returns.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlmodel import Session, select

from bot.absences.service import has_started
from bot.roster.web_access import Access
from storage import directory
from storage import meetings as store
from storage.collation import swedish_key
from storage.models import (
    Absence,
    AgendaItem,
    Group,
    Meeting,
    Person,
    SubstituteCall,
)


@dataclass
class MyAbsence:
    id: int
    substitute: str  # name of the ersättare called last, "" for none
    state: str  # the call's state: called, confirmed, declined, …; "" without an ersättare


@dataclass
class MeetingCard:
    meeting: Meeting
    groups: list[Group]
    my_group: Group | None  # through which group I take part (joint meetings)
    agenda: list[AgendaItem]
    absent: list[str]
    mine: MyAbsence | None
    can_report: bool
    substitutes: list[tuple[int, str]] = field(default_factory=list)  # (person id, name)
    usual: str = ""  # my usual ersättare's name in that group


def my_meetings(session: Session, access: Access, today: date, now: datetime,
                limit: int = 10) -> list[MeetingCard]:
    """The cards in six queries whatever their number: the meetings, then one query per kind
    of thing on them (groups, agenda, förhinder, mine with the ersättare called, the rosters
    to choose an ersättare from)."""
    meetings = store.upcoming(session, access.group_ids, today, limit=limit)
    if not meetings:
        return []
    ids = [m.id for m in meetings]
    groups = groups_by_meeting(session, ids)
    agenda = agenda_by_meeting(session, ids)
    absent = _absent_by_meeting(session, ids)
    mine = _my_absences(session, ids, access.person.id)
    cards = []
    for meeting in meetings:
        mine_here = mine.get(meeting.id)
        # The group through which I take part (my own membership, not an administrator's view).
        my_group = next((g for g in groups.get(meeting.id, []) if g.id in access.actor.roles),
                        None)
        cards.append(MeetingCard(
            meeting, groups.get(meeting.id, []), my_group, agenda.get(meeting.id, []),
            absent.get(meeting.id, []), mine_here,
            can_report=my_group is not None and access.may_report_absence(my_group.id)
            and not has_started(meeting, now, today),
        ))
    choosing = [c for c in cards if c.can_report and c.mine is None]
    choices = substitute_choices(session, {c.my_group.id for c in choosing}, access.person)
    for card in choosing:
        card.substitutes, card.usual = choices[card.my_group.id]
    return cards


def substitute_choices(session: Session, group_ids: set[int], person: Person):
    """Per group: who may stand in (the group's ersättare and members, same organisation
    first) and my usual ersättare's name, from the roster snapshot."""
    return {group_id: _choices(directory.roster_of_group(session, group_id), person)
            for group_id in group_ids}


def _choices(rows: list[directory.RosterRow], person: Person):
    mine = next((r for r in rows if r.person_id == person.id), None)
    organisation = mine.organisation if mine else ""
    usual = next((r.name for r in rows if mine and r.person_id == mine.substitute_id), "")
    others = [r for r in rows if r.person_id != person.id and r.role in ("substitute", "member")]
    others.sort(key=lambda r: (r.organisation != organisation, r.role != "substitute",
                               swedish_key(r.name)))
    return [(r.person_id, f"{r.name} ({r.organisation})" if r.organisation else r.name)
            for r in others], usual


def groups_by_meeting(session: Session, ids: list[int]) -> dict[int, list[Group]]:
    return store.groups_of_meetings(session, ids)


def agenda_by_meeting(session: Session, ids: list[int]) -> dict[int, list[AgendaItem]]:
    found: dict[int, list[AgendaItem]] = {}
    for item in session.exec(
        select(AgendaItem).where(AgendaItem.meeting_id.in_(ids))
        .order_by(AgendaItem.position, AgendaItem.id)
    ).all():
        found.setdefault(item.meeting_id, []).append(item)
    return found


def _absent_by_meeting(session: Session, ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for meeting_id, name in session.exec(
        select(Absence.meeting_id, Person.name).join(Person, Person.id == Absence.person_id)
        .where(Absence.meeting_id.in_(ids), Absence.withdrawn_at.is_(None))
    ).all():
        found.setdefault(meeting_id, []).append(name)
    for names in found.values():
        names.sort(key=swedish_key)
    return found


def _my_absences(session: Session, ids: list[int], person_id: int) -> dict[int, MyAbsence]:
    """My standing förhinder with the ersättare called last (and the call's state)."""
    found: dict[int, MyAbsence] = {}
    for absence, call, called in session.exec(
        select(Absence, SubstituteCall, Person)
        .outerjoin(SubstituteCall, SubstituteCall.absence_id == Absence.id)
        .outerjoin(Person, Person.id == SubstituteCall.person_id)
        .where(Absence.meeting_id.in_(ids), Absence.person_id == person_id,
               Absence.withdrawn_at.is_(None))
        .order_by(Absence.id, SubstituteCall.id)
    ).all():  # the last row of an absence is its latest call
        found[absence.meeting_id] = MyAbsence(absence.id, called.name if called else "",
                                              call.state if call else "")
    return found


def meeting_for_member(session: Session, access: Access, meeting_id: int) -> Meeting | None:
    """The meeting when it is one of the person's groups', else None (a 404, not a hint)."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        return None
    groups = store.groups_of_meeting(session, meeting.id)
    return meeting if any(access.is_member(g.id) for g in groups) else None
