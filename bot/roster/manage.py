"""Grupper on the web page: members, organisations, roles and usual ersättare edited in place;
the roster file in and out. A member who leaves is made inactive, never deleted (their
förhinder, synpunkter and history stay)."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml
from sqlmodel import Session, func, select

from bot.roster import csv_roster
from bot.roster.service import (
    ROLES_SV,
    RosterError,
    RosterResult,
    load_roster,
    read_roster,
    store_roster,
)
from bot.roster.web_access import Access
from bot.texts import web as t
from storage.collation import swedish_key
from storage.ids import find_row, row_id
from storage.models import Group, Membership, Person

ROLE_CHOICES = tuple((role.value, word) for word, role in ROLES_SV.items())
ROLE_WORDS = {role.value: word for word, role in ROLES_SV.items()}


class RosterEditError(Exception):
    def __init__(self, errors: dict[str, str]):
        super().__init__("; ".join(errors.values()))
        self.errors = errors


@dataclass
class MemberRow:
    membership: Membership
    person: Person
    substitute: str


def members(session: Session, group: Group) -> list[MemberRow]:
    rows = session.exec(
        select(Membership, Person).join(Person, Person.id == Membership.person_id)
        .where(Membership.group_id == group.id)
    ).all()
    rows = sorted(rows, key=lambda row: (not row[0].active, swedish_key(row[0].organisation),
                                         swedish_key(row[1].name), row[0].id))
    names = {person.id: person.name for _, person in rows}
    return [MemberRow(m, p, names.get(m.substitute_id, "") if m.substitute_id else "")
            for m, p in rows]


def substitute_labels(rows: list[MemberRow]) -> dict[int, str]:
    """How each active person of the group is written in the ersättare field: the name, or
    the name and organisation when two share a name. One list for the page, not a list of
    everyone in every row (a group of 160 made a page of 1.3 MB)."""
    active = [row for row in rows if row.membership.active]
    count: dict[str, int] = {}
    for row in active:
        count[row.person.name.casefold()] = count.get(row.person.name.casefold(), 0) + 1
    return {row.person.id: row.person.name if count[row.person.name.casefold()] == 1
            else f"{row.person.name} ({row.membership.organisation})" for row in active}


def _substitute(session: Session, group: Group, value: str) -> int | None:
    """The person an ersättare field names: an id (the add form's list), or a label of
    `substitute_labels` (the rows' fields), in any case; None when it names nobody."""
    if value.isdigit():
        person_id = row_id(value)
        if person_id is None:
            return None  # no id the database holds ('²', or a number typed past its range)
        found = session.exec(select(Membership).where(
            Membership.group_id == group.id, Membership.person_id == person_id,
            Membership.active)).first()
        return found.person_id if found is not None else None
    wanted = value.casefold()
    labels = substitute_labels(members(session, group))
    matches = [person_id for person_id, label in labels.items() if label.casefold() == wanted]
    return matches[0] if len(matches) == 1 else None


def managed_group(session: Session, access: Access, group_id: int) -> Group | None:
    group = session.get(Group, group_id)
    return group if group is not None and access.manages(group.id) else None


def _check(session: Session, group: Group, values: dict[str, str], person: Person | None):
    errors: dict[str, str] = {}
    name = values.get("name", "").strip()
    if not name or len(name) > 200:
        errors["name"] = t.MEMBER_NAME
    email = values.get("email", "").strip().lower()
    if email and ("@" not in email or len(email) > 320 or " " in email):
        errors["email"] = t.MEMBER_EMAIL
    elif email:
        other = session.exec(select(Person).where(func.lower(Person.email) == email)).first()
        # Adding someone already in another group by the same name and address reuses them.
        taken = other is not None and (other.id != person.id if person else other.name != name)
        if taken:
            errors["email"] = t.MEMBER_EMAIL_TAKEN.format(name=other.name)
    role = values.get("role", "member")
    if role not in ROLE_WORDS:
        errors["role"] = t.MEMBER_ROLE
    substitute = values.get("substitute", "").strip()
    substitute_id = None
    if substitute:
        substitute_id = _substitute(session, group, substitute)
        if substitute_id is None or (person is not None and substitute_id == person.id):
            errors["substitute"] = t.MEMBER_SUBSTITUTE
            substitute_id = None
    if errors:
        raise RosterEditError(errors)
    return name, email or None, role, values.get("organisation", "").strip()[:300], substitute_id


def add_member(session: Session, group: Group, values: dict[str, str]) -> Person:
    name, email, role, organisation, substitute_id = _check(session, group, values, None)
    person = session.exec(select(Person).where(func.lower(Person.email) == email)).first() \
        if email else None
    if person is None:
        person = Person(name=name, email=email)
        session.add(person)
        session.flush()
    membership = session.exec(select(Membership).where(
        Membership.group_id == group.id, Membership.person_id == person.id)).first()
    if membership is None:
        membership = Membership(group_id=group.id, person_id=person.id)
    membership.role, membership.organisation = role, organisation
    membership.substitute_id, membership.active = substitute_id, True
    session.add(membership)
    session.flush()
    return person


def update_member(session: Session, group: Group, membership_id: int,
                  values: dict[str, str]) -> Person | None:
    membership = session.get(Membership, membership_id)
    if membership is None or membership.group_id != group.id:
        return None
    person = session.get(Person, membership.person_id)
    name, email, role, organisation, substitute_id = _check(session, group, values, person)
    person.name, person.email = name, email
    membership.role, membership.organisation = role, organisation
    membership.substitute_id = substitute_id
    session.add(person)
    session.add(membership)
    return person


def set_active(session: Session, group: Group, membership_id: int, active: bool):
    membership = session.get(Membership, membership_id)
    if membership is None or membership.group_id != group.id:
        return None
    membership.active = active
    if not active:  # nobody is called in for a member who has left
        for other in session.exec(select(Membership).where(
                Membership.group_id == group.id,
                Membership.substitute_id == membership.person_id)).all():
            other.substitute_id = None
            session.add(other)
    session.add(membership)
    return session.get(Person, membership.person_id)


def export_yaml(session: Session, groups: list[Group]) -> str:
    """The roster file (README, Deltagarlistan) for these groups, active members only."""
    data = {"groups": []}
    for group in groups:
        entry = {"name": group.name, "slug": group.slug}
        if group.channel_id:
            entry["channel"] = group.channel_id
        if group.teams_channel_id:
            entry["teams_channel"] = group.teams_channel_id
        if group.aliases:
            entry["aliases"] = list(group.aliases)
        if group.reminder_days:
            entry["reminders"] = list(group.reminder_days)
        rows = [r for r in members(session, group) if r.membership.active]
        entry["members"] = []
        for row in rows:
            member = {"name": row.person.name}
            for key, value in (("email", row.person.email), ("slack_id", row.person.slack_id),
                               ("teams_id", row.person.teams_id),
                               ("organisation", row.membership.organisation)):
                if value:
                    member[key] = value
            member["role"] = ROLE_WORDS.get(row.membership.role, "ledamot")
            if row.substitute:
                member["substitute"] = row.substitute
            if row.membership.digest:
                member["digest"] = True
            entry["members"].append(member)
        data["groups"].append(entry)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def import_yaml(session: Session, access: Access, text: str) -> RosterResult:
    """Loads a roster file, refused whole when it is bad or names a group the person does not
    run (a secretary changes her own groups only)."""
    groups = read_roster(text)  # RosterError with line numbers when the file is bad
    mine = {g.slug for g in access.managed()}
    foreign = [g for g in groups if g.slug not in mine]
    if foreign:
        raise RosterError([(g.line, t.ROSTER_NOT_YOUR_GROUP.format(slug=g.slug))
                           for g in foreign])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "deltagarlista.yaml"
        path.write_text(text, encoding="utf-8")
        return load_roster(session, path)


def import_csv(session: Session, access: Access, text: str, group_id: object) -> RosterResult:
    """A group's member list from Excel (bot/roster/csv_roster.py), into a group she runs;
    refused whole, with every row's problem, when anything in it is wrong. The group as the
    form sends it: an id past the database's range ('9' * 30) is no group, not an error."""
    group = find_row(session, Group, group_id)
    if group is None or not access.manages(group.id):
        raise RosterError([(1, t.ROSTER_CSV_CHOOSE_GROUP)])
    return store_roster(session, [csv_roster.read_csv(text, group)])
