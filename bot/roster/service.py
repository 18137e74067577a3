"""Loading the roster file: groups and members, validated whole before anything is written."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from sqlmodel import Session, select

from bot.texts import roster as t
from storage.models import Group, Membership, Person, Role

WORKSPACE = re.compile(r"^[TE][A-Z0-9]{2,30}$")  # a Slack team (or Enterprise Grid) id
ROLES_SV = {
    "ordförande": Role.chair,
    "ledamot": Role.member,
    "ersättare": Role.substitute,
    "sekreterare": Role.secretary,
    "tjänsteperson": Role.official,
}


class RosterError(Exception):
    """The file is refused as a whole; each problem is (line, Swedish reason)."""

    def __init__(self, problems: list[tuple[int, str]]):
        self.problems = problems
        super().__init__("; ".join(f"rad {line}: {reason}" for line, reason in problems))


@dataclass
class RosterMember:
    line: int
    name: str
    email: str | None
    slack_id: str | None
    teams_id: str | None
    organisation: str
    role: Role
    substitute: str | None
    digest: bool = False


@dataclass
class RosterGroup:
    line: int
    name: str
    slug: str
    channel: str | None
    teams_channel: str | None = None
    members: list[RosterMember] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    reminder_days: list[int] = field(default_factory=list)
    workspace: str | None = None  # the Slack workspace (team id) the group lives in


@dataclass(frozen=True)
class RoleChange:
    """A person's role in a group before and after (None: no active place there)."""

    person_id: int
    group: str  # the group's slug
    before: str | None
    after: str | None


@dataclass
class RosterResult:
    groups_created: int = 0
    groups_updated: int = 0
    members_added: int = 0
    members_updated: int = 0
    members_deactivated: int = 0
    changes: list[RoleChange] = field(default_factory=list)  # for the audit log


class _LineLoader(yaml.SafeLoader):
    """Keeps each mapping's line number so errors can point at the line.

    Refuses aliases (`*name`): a roster never needs them, and nine lines of nested aliases
    ("billion laughs") stand for a billion values that reading the names would expand.
    """

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            raise _AliasRefused(self.peek_event().start_mark)
        return super().compose_node(parent, index)


class _AliasRefused(Exception):
    def __init__(self, mark) -> None:
        super().__init__("alias")
        self.line = mark.line + 1


def _mapping_with_line(loader, node):
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    mapping["__lines__"] = {key.value: key.start_mark.line + 1 for key, _ in node.value}
    return mapping


def _line(raw: dict, key: str) -> int:
    """The line of `key` in a mapping, or of the mapping itself when the key is missing."""
    return raw.get("__lines__", {}).get(key, raw.get("__line__", 0))


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)


def read_roster(text: str) -> list[RosterGroup]:
    """Parses and validates; raises RosterError listing every problem found."""
    try:
        data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 (a SafeLoader subclass)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise RosterError([(mark.line + 1 if mark else 0, t.NOT_YAML)]) from None
    except _AliasRefused as alias:
        raise RosterError([(alias.line, t.NO_ALIASES)]) from None
    if not isinstance(data, dict) or not isinstance(data.get("groups"), list):
        raise RosterError([(1, t.NO_GROUPS)])
    problems: list[tuple[int, str]] = []
    groups = [_read_group(raw, problems) for raw in data["groups"]]
    # A file for one region may name its workspace once, at the top; a group may name its own.
    default_workspace = _text(data.get("workspace")) or None
    for group in groups:
        group.workspace = group.workspace or default_workspace
        if group.workspace and not WORKSPACE.match(group.workspace):
            problems.append((group.line, t.BAD_WORKSPACE.format(workspace=group.workspace)))
    problems.extend(shared_ids([m for group in groups for m in group.members]))
    slugs = [group.slug for group in groups]
    for group in groups:
        if group.slug and slugs.count(group.slug) > 1:
            problems.append((group.line, t.DUPLICATE_SLUG.format(slug=group.slug)))
    if problems:
        raise RosterError(sorted(set(problems)))
    return groups


PLATFORM_IDS = (("slack_id", "Slack"), ("teams_id", "Teams"))


def shared_ids(members: list[RosterMember]) -> list[tuple[int, str]]:
    """A Slack or Teams id written on two different people (a row copied and not changed):
    stored, the second took the first one's place, name, e-mail and all. The same person in
    several groups (the same e-mail, or the same name without one) is no problem."""
    problems = []
    for column, platform in PLATFORM_IDS:
        first: dict[str, RosterMember] = {}
        for member in members:
            value = getattr(member, column)
            if not value:
                continue
            seen = first.setdefault(value, member)
            if (seen.email or seen.name) != (member.email or member.name):
                problems.append((member.line, t.SHARED_ID.format(
                    platform=platform, id=value, name=member.name, other=seen.name)))
    return problems


def _read_group(raw, problems: list[tuple[int, str]]) -> RosterGroup:
    if not isinstance(raw, dict):
        problems.append((0, t.GROUP_SHAPE))
        return RosterGroup(0, "", "", None)
    line = raw.get("__line__", 0)
    name, slug = _text(raw.get("name")), _text(raw.get("slug"))
    if not name:
        problems.append((line, t.GROUP_NO_NAME))
    if not slug:
        problems.append((line, t.GROUP_NO_SLUG))
    elif not slug.replace("-", "").replace("_", "").isalnum():
        reason = t.BAD_SLUG.format(slug=slug)
        problems.append((line, reason))
    group = RosterGroup(line, name, slug.lower(), _text(raw.get("channel")) or None,
                        _text(raw.get("teams_channel")) or None)
    group.workspace = _text(raw.get("workspace")) or None
    aliases = raw.get("aliases") or []
    if not isinstance(aliases, list):
        problems.append((_line(raw, "aliases"), t.BAD_ALIASES))
    else:
        group.aliases = [_text(alias) for alias in aliases if _text(alias)]
    reminders = raw.get("reminders") or []
    if not isinstance(reminders, list) or not all(
            isinstance(d, int) and 0 < d <= 60 for d in reminders):
        problems.append((_line(raw, "reminders"),
                         t.BAD_REMINDERS))
    else:
        group.reminder_days = sorted(set(reminders), reverse=True)
    for member in raw.get("members") or []:
        group.members.append(_read_member(member, problems))
    names = [member.name for member in group.members]
    for member in group.members:
        if member.name and names.count(member.name) > 1:
            problems.append((member.line, t.MEMBER_TWICE.format(name=member.name, group=name)))
        if member.substitute and member.substitute not in names:
            problems.append(
                (member.line, t.UNKNOWN_SUBSTITUTE.format(name=member.substitute, group=name))
            )
    return group


def _read_member(raw, problems: list[tuple[int, str]]) -> RosterMember:
    if not isinstance(raw, dict):
        problems.append((0, t.MEMBER_SHAPE))
        return RosterMember(0, "", None, None, None, "", Role.member, None)
    line = raw.get("__line__", 0)
    name = _text(raw.get("name"))
    if not name:
        problems.append((line, t.MEMBER_NO_NAME))
    role_text = (_text(raw.get("role")) or "ledamot").lower()
    role = ROLES_SV.get(role_text)
    if role is None:
        allowed = " | ".join(ROLES_SV)
        reason = t.UNKNOWN_ROLE.format(role=role_text, allowed=allowed)
        problems.append((_line(raw, "role"), reason))
        role = Role.member
    email = _text(raw.get("email")).lower() or None
    if email and "@" not in email:
        problems.append((_line(raw, "email"), t.BAD_EMAIL.format(email=email)))
    return RosterMember(
        line=_line(raw, "substitute"),
        name=name,
        email=email,
        slack_id=_text(raw.get("slack_id")) or None,
        teams_id=_text(raw.get("teams_id")) or None,
        organisation=_text(raw.get("organisation")),
        role=role,
        substitute=_text(raw.get("substitute")) or None,
        digest=bool(raw.get("digest", False)),
    )


def _text(value) -> str:
    return "" if value is None else str(value).strip()


def load_roster(session: Session, path: Path | str) -> RosterResult:
    """Creates or updates groups and members; members gone from the file become inactive."""
    return store_roster(session, read_roster(Path(path).read_text(encoding="utf-8")))


def store_roster(session: Session, groups: list[RosterGroup]) -> RosterResult:
    """Groups read and checked whole (the roster file, a group's list from Excel), stored."""
    result = RosterResult()
    for roster_group in groups:
        group = session.exec(select(Group).where(Group.slug == roster_group.slug)).first()
        created = group is None
        if created:
            group = Group(slug=roster_group.slug, name=roster_group.name)
            result.groups_created += 1
        changed = _assign(group, name=roster_group.name, channel_id=roster_group.channel,
                          teams_channel_id=roster_group.teams_channel,
                          aliases=roster_group.aliases, reminder_days=roster_group.reminder_days,
                          slack_team_id=roster_group.workspace)
        result.groups_updated += changed and not created
        session.add(group)
        session.flush()
        _apply_members(session, group, roster_group, result)
    return result


def _assign(row, **values) -> bool:
    """Sets the values; whether any of them differed (a file loaded again changes nothing, and
    the secretary is told '0 uppdaterade', not every member)."""
    changed = any(getattr(row, key) != value for key, value in values.items())
    for key, value in values.items():
        setattr(row, key, value)
    return changed


def _apply_members(session: Session, group: Group, roster: RosterGroup, result: RosterResult):
    people: dict[str, Person] = {}
    people_changed: set[str] = set()
    for member in roster.members:
        people[member.name], changed = _upsert_person(session, member)
        if changed:
            people_changed.add(member.name)
    seen: set[int] = set()
    for member in roster.members:
        person = people[member.name]
        substitute = people.get(member.substitute) if member.substitute else None
        existing = session.exec(
            select(Membership).where(
                Membership.group_id == group.id, Membership.person_id == person.id
            )
        ).first()
        created = existing is None
        if created:
            existing = Membership(group_id=group.id, person_id=person.id)
            result.members_added += 1
        before = existing.role if existing.id is not None and existing.active else None
        if before != member.role.value:
            result.changes.append(RoleChange(person.id, group.slug, before, member.role.value))
        changed = _assign(existing, role=member.role.value, organisation=member.organisation,
                          substitute_id=substitute.id if substitute else None, active=True,
                          digest=member.digest)
        result.members_updated += (changed or member.name in people_changed) and not created
        session.add(existing)
        seen.add(person.id)
    for gone in session.exec(
        select(Membership).where(Membership.group_id == group.id, Membership.active)
    ).all():
        if gone.person_id not in seen:
            gone.active = False
            session.add(gone)
            result.members_deactivated += 1
            result.changes.append(RoleChange(gone.person_id, group.slug, gone.role, None))
    session.flush()


def _upsert_person(session: Session, member: RosterMember) -> tuple[Person, bool]:
    """The person, and whether the file changed anything of theirs."""
    person = None
    if member.email:
        person = session.exec(select(Person).where(Person.email == member.email)).first()
    if person is None and member.slack_id:
        person = session.exec(select(Person).where(Person.slack_id == member.slack_id)).first()
    if person is None and not member.email:
        person = session.exec(
            select(Person).where(Person.name == member.name, Person.email.is_(None))
        ).first()
    if person is None:
        person = Person(name=member.name)
    for column, platform in PLATFORM_IDS:  # an id another person in the bot already has
        value = getattr(member, column)
        holder = value and session.exec(
            select(Person).where(getattr(Person, column) == value)).first()
        if holder and holder is not person:
            raise RosterError([(member.line, t.ID_TAKEN.format(
                platform=platform, id=value, name=member.name, other=holder.name))])
    changed = _assign(person, name=member.name, email=member.email or person.email,
                      slack_id=member.slack_id or person.slack_id,
                      teams_id=member.teams_id or person.teams_id)
    session.add(person)
    session.flush()
    return person, changed
