"""Finding the ersättare a member means, and the next one when someone cannot come."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, select

from bot.absences.parsing import SubstituteSpec
from storage import directory
from storage.collation import swedish_key
from storage.ids import find_row
from storage.models import Absence, Group, Membership, Person, SubstituteCall


@dataclass
class Resolved:
    person: Person | None
    # "not_found", "ambiguous", "self", "not_in_roster", "other_organisation"
    problem: str = ""
    candidates: list[str] | None = None


def resolve(
    session: Session, group: Group, member: Membership, absent: Person, spec: SubstituteSpec
) -> Resolved:
    """The ersättare a member means, if the roster lets them be one.

    An ersättare is someone in the roster from the member's own organisation, or the usual
    ersättare the secretary gave the member in the roster; naming anyone else (a Slack user
    outside the roster, someone from another organisation, a forged id) calls nobody.
    """
    if spec.kind == "none":
        return Resolved(None)
    if spec.kind == "default":
        return Resolved(session.get(Person, member.substitute_id) if member.substitute_id else None)
    if spec.kind == "person":  # chosen in the form (the value may be forged)
        person = find_row(session, Person, spec.value)
        return _eligible(session, member, person, absent) if person else Resolved(
            None, "not_found")
    if spec.kind == "slack":
        person = directory.person_by_platform_id(session, "slack", spec.value)
        if person is None:  # a Slack user the roster does not know: never called
            return Resolved(None, "not_in_roster")
        return _eligible(session, member, person, absent)
    return _by_name(session, group, member, absent, spec.value)


def same_organisation(session: Session, member: Membership) -> list[tuple[Membership, Person]]:
    """Active roster people of the member's organisation, in any group."""
    organisation = _folded(member.organisation)
    if not organisation:
        return []
    rows = session.exec(
        select(Membership, Person).join(Person, Person.id == Membership.person_id)
        .where(Membership.active).order_by(Person.name)
    ).all()
    return [(m, p) for m, p in rows if _folded(m.organisation) == organisation]


def may_stand_in(session: Session, member: Membership, person: Person) -> bool:
    """The usual ersättare, or anyone in the roster from the member's organisation."""
    if member.substitute_id == person.id:
        return True
    return any(p.id == person.id for _, p in same_organisation(session, member))


def _eligible(session: Session, member: Membership, person: Person, absent: Person) -> Resolved:
    if person.id == absent.id:
        return Resolved(None, "self")
    if may_stand_in(session, member, person):
        return Resolved(person)
    in_roster = session.exec(select(Membership.id).where(
        Membership.person_id == person.id, Membership.active)).first() is not None
    return Resolved(person, "other_organisation" if in_roster else "not_in_roster")


def _folded(text: str) -> str:
    return " ".join((text or "").split()).casefold()


def _by_name(session, group, member, absent, name: str) -> Resolved:
    """A name among the group's members, then among the organisation's people elsewhere."""
    wanted = name.lower().split()
    pairs = directory.memberships_of_group(session, group.id)
    pairs += [(m, p) for m, p in same_organisation(session, member)
              if all(p.id != q.id for _, q in pairs)]
    exact = [p for m, p in pairs if p.name.lower() == name.lower()]
    if exact:
        return _eligible(session, member, exact[0], absent)
    partial = [(m, p) for m, p in pairs if p.name.lower().split()[: len(wanted)] == wanted]
    # "ersättare Anna" from Anna Andersson means another Anna, never herself.
    others = [(m, p) for m, p in partial if p.id != absent.id]
    if partial and not others:
        return Resolved(None, "self")
    partial = others
    if not partial:
        return Resolved(None, "not_found")
    if len(partial) > 1:
        # "Per" among two Pers: the one from the member's own organisation is meant.
        same_org = [(m, p) for m, p in partial
                    if _folded(m.organisation) == _folded(member.organisation)]
        people = {p.id for _, p in same_org}
        if len(people) == 1:
            partial = same_org
        elif len({p.id for _, p in partial}) > 1:
            return Resolved(None, "ambiguous",
                            sorted({p.name for _, p in partial}, key=swedish_key))
    return _eligible(session, member, partial[0][1], absent)


def already_called(session: Session, meeting_id: int, person_id: int) -> Absence | None:
    """Another member's förhinder at the same meeting for which the person is already called."""
    return session.exec(
        select(Absence).join(SubstituteCall, SubstituteCall.absence_id == Absence.id)
        .where(Absence.meeting_id == meeting_id, Absence.withdrawn_at.is_(None),
               SubstituteCall.person_id == person_id,
               SubstituteCall.state.in_(("called", "confirmed")))
    ).first()


def is_absent(session: Session, meeting_id: int, person_id: int) -> bool:
    return session.exec(select(Absence.id).where(
        Absence.meeting_id == meeting_id, Absence.person_id == person_id,
        Absence.withdrawn_at.is_(None))).first() is not None


def is_substitute_in(session: Session, group_id: int, person_id: int) -> bool:
    membership = directory.membership(session, group_id, person_id)
    return bool(membership and membership.active and membership.role == "substitute")


def next_substitute(
    session: Session, group_id: int, organisation: str, absence_id: int, absent_id: int
) -> Person | None:
    """Another ersättare from the same organisation who has not been called for this absence."""
    called = set(
        session.exec(
            select(SubstituteCall.person_id).where(SubstituteCall.absence_id == absence_id)
        ).all()
    )
    meeting_id = session.get(Absence, absence_id).meeting_id
    for membership, person in directory.memberships_of_group(session, group_id):
        if (
            membership.role == "substitute"
            and membership.organisation == organisation
            and person.id not in called
            and person.id != absent_id
            # never double-booked by the bot itself, nor called while absent themselves
            and already_called(session, meeting_id, person.id) is None
            and not is_absent(session, meeting_id, person.id)
        ):
            return person
    return None
