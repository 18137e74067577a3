"""Finding the ersättare a member means, and the next one when someone cannot come."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, select

from bot.absences.parsing import SubstituteSpec
from storage import directory
from storage.models import Group, Membership, Person, SubstituteCall


@dataclass
class Resolved:
    person: Person | None
    problem: str = ""  # "not_found", "ambiguous", "self"
    candidates: list[str] | None = None


def resolve(
    session: Session, group: Group, member: Membership, absent: Person, spec: SubstituteSpec
) -> Resolved:
    if spec.kind == "none":
        return Resolved(None)
    if spec.kind == "default":
        return Resolved(session.get(Person, member.substitute_id) if member.substitute_id else None)
    if spec.kind == "person":  # chosen in the form
        person = session.get(Person, int(spec.value)) if spec.value.isdigit() else None
        return _not_self(person, absent) if person else Resolved(None, "not_found")
    if spec.kind == "slack":
        person = directory.person_by_platform_id(session, "slack", spec.value)
        if person is None:
            # Someone outside the roster can still be named; remember who they are.
            person = Person(name=spec.label or spec.value, slack_id=spec.value)
            session.add(person)
            session.flush()
        return _not_self(person, absent)
    return _by_name(session, group, member, absent, spec.value)


def _by_name(session, group, member, absent, name: str) -> Resolved:
    wanted = name.lower().split()
    pairs = directory.memberships_of_group(session, group.id)
    exact = [p for m, p in pairs if p.name.lower() == name.lower()]
    if exact:
        return _not_self(exact[0], absent)
    partial = [(m, p) for m, p in pairs if p.name.lower().split()[: len(wanted)] == wanted]
    if not partial:
        return Resolved(None, "not_found")
    if len(partial) > 1:
        # "Per" among two Pers: the one from the member's own organisation is meant.
        same_org = [(m, p) for m, p in partial if m.organisation == member.organisation]
        if len(same_org) == 1:
            partial = same_org
        else:
            return Resolved(None, "ambiguous", [p.name for _, p in partial])
    return _not_self(partial[0][1], absent)


def _not_self(person: Person, absent: Person) -> Resolved:
    if person.id == absent.id:
        return Resolved(None, "self")
    return Resolved(person)


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
    for membership, person in directory.memberships_of_group(session, group_id):
        if (
            membership.role == "substitute"
            and membership.organisation == organisation
            and person.id not in called
            and person.id != absent_id
        ):
            return person
    return None
