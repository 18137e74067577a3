"""Queries about groups, people and memberships. They read and add; they never commit.

They answer from the roster snapshot (storage.roster_cache: one version check per unit of work)
and read the database only in a session that changed the roster itself.
"""

from __future__ import annotations

import threading
from typing import NamedTuple

from sqlmodel import Session, and_, or_, select

from storage import roster_cache
from storage.collation import by_name, swedish_key
from storage.models import Group, Membership, Person
from storage.roster_cache import attach


def person_by_platform_id(session: Session, platform: str, user_id: str) -> Person | None:
    snap = roster_cache.snapshot(session)
    if snap is not None:
        return attach(session, (snap.by_teams if platform == "teams" else snap.by_slack)
                      .get(user_id))
    column = Person.teams_id if platform == "teams" else Person.slack_id
    return session.exec(select(Person).where(column == user_id)).first()


def person_and_memberships(
    session: Session, platform: str, user_id: str
) -> tuple[Person | None, list[Membership]]:
    """Who a platform id is, with their active memberships: the snapshot, or one query."""
    snap = roster_cache.snapshot(session)
    if snap is not None:
        found = (snap.by_teams if platform == "teams" else snap.by_slack).get(user_id)
        if found is None:
            return None, []
        active = [m for m in snap.of_person.get(found.id, ()) if m.active]
        return attach(session, found), active
    column = Person.teams_id if platform == "teams" else Person.slack_id
    rows = session.exec(
        select(Person, Membership)
        .outerjoin(Membership, and_(Membership.person_id == Person.id, Membership.active))
        .where(column == user_id)
        .order_by(Membership.id)
    ).all()
    if not rows:
        return None, []
    return rows[0][0], [m for _, m in rows if m is not None]


def active_memberships(session: Session, person_id: int) -> list[Membership]:
    """A person's active memberships (their roles), by id; instances not to be changed."""
    snap = roster_cache.snapshot(session)
    if snap is not None:
        return [m for m in snap.of_person.get(person_id, ()) if m.active]
    return list(session.exec(
        select(Membership).where(Membership.person_id == person_id, Membership.active)
        .order_by(Membership.id)).all())


def groups_of(session: Session, person_id: int) -> list[Group]:
    """The groups a person is an active member of (any role), by name."""
    snap = roster_cache.snapshot(session)
    if snap is not None:
        ids = {m.group_id for m in snap.of_person.get(person_id, ()) if m.active}
        return [attach(session, g) for g in snap.groups if g.id in ids]
    statement = (
        select(Group)
        .join(Membership, Membership.group_id == Group.id)
        .where(Membership.person_id == person_id, Membership.active)
    )
    return by_name(session.exec(statement).all())


def group_by_channel(session: Session, channel_id: str | None) -> Group | None:
    """The group whose Slack channel (C…) or Teams channel (19:…) this is."""
    if not channel_id:
        return None
    snap = roster_cache.snapshot(session)
    if snap is not None:
        return attach(session, snap.by_channel.get(channel_id))
    return session.exec(
        select(Group).where(or_(Group.channel_id == channel_id,
                                Group.teams_channel_id == channel_id))
        .order_by(Group.name, Group.id)
    ).first()


def group_by_slug(session: Session, slug: str) -> Group | None:
    snap = roster_cache.snapshot(session)
    if snap is not None:
        return attach(session, snap.by_slug.get(slug))
    return session.exec(select(Group).where(Group.slug == slug)).first()


def group_by_id(session: Session, group_id: int) -> Group | None:
    snap = roster_cache.snapshot(session)
    if snap is not None:
        return attach(session, snap.group_by_id.get(group_id))
    return session.get(Group, group_id)


def all_groups(session: Session, workspace: str | None = None) -> list[Group]:
    """Every group; with a Slack workspace (several installed), only that workspace's."""
    snap = roster_cache.snapshot(session)
    if snap is not None:
        return [attach(session, g) for g in snap.groups if in_workspace(g, workspace)]
    statement = select(Group)
    if workspace:
        statement = statement.where(Group.slack_team_id == workspace)
    return by_name(session.exec(statement).all())


def all_groups_to_read(session: Session, workspace: str | None = None) -> list[Group]:
    """`all_groups` for a caller that only reads them (ids, names, slugs): the snapshot's own
    instances, not copied into the session one by one. Never change or add them."""
    snap = roster_cache.snapshot(session)
    if snap is not None:
        return [g for g in snap.groups if in_workspace(g, workspace)]
    return all_groups(session, workspace)


def in_workspace(group: Group | None, workspace: str | None) -> bool:
    """Whether a group is seen from a Slack workspace. None: one workspace, or not Slack at all
    (Teams, the web, the command line), where every group counts. A group that names no
    workspace belongs to none of several: it is never shown to all of them."""
    return group is not None and (not workspace or group.slack_team_id == workspace)


def workspace_of(session: Session, group_id: int | None, recipient: str) -> str | None:
    """The Slack workspace a message goes to: its group's, the channel's group's, or that of
    the groups the person it is for is in; None when no group says."""
    group = group_by_id(session, group_id) if group_id else None
    if group is None and recipient[:1] in ("C", "G"):
        group = group_by_channel(session, recipient)
    if group is not None:
        return group.slack_team_id
    if recipient[:1] in ("U", "W"):
        person = person_by_platform_id(session, "slack", recipient)
        if person is not None:
            for candidate in groups_of(session, person.id):
                if candidate.slack_team_id:
                    return candidate.slack_team_id
    return None


def membership(session: Session, group_id: int, person_id: int) -> Membership | None:
    snap = roster_cache.snapshot(session)
    if snap is not None:
        found = next((m for m in snap.of_group.get(group_id, ()) if m.person_id == person_id),
                     None)
        return attach(session, found)
    return session.exec(
        select(Membership).where(Membership.group_id == group_id, Membership.person_id == person_id)
    ).first()


def memberships_of_group(session: Session, group_id: int, active_only: bool = True):
    """(Membership, Person) pairs of a group, by organisation and name."""
    snap = roster_cache.snapshot(session)
    if snap is not None:
        return [(attach(session, m), attach(session, snap.people[m.person_id]))
                for m in snap.of_group.get(group_id, ()) if m.active or not active_only]
    statement = (
        select(Membership, Person)
        .join(Person, Person.id == Membership.person_id)
        .where(Membership.group_id == group_id)
    )
    if active_only:
        statement = statement.where(Membership.active)
    return sorted(session.exec(statement).all(), key=lambda row: (
        swedish_key(row[0].organisation), swedish_key(row[1].name), row[0].id))


def people_in_roles(session: Session, group_id: int, roles: tuple[str, ...]) -> list[Person]:
    snap = roster_cache.snapshot(session)
    if snap is not None:
        people = [snap.people[m.person_id] for m in snap.of_group.get(group_id, ())
                  if m.active and m.role in roles]
        return [attach(session, p) for p in sorted(people, key=lambda p: snap.rank[p.id])]
    statement = (
        select(Person)
        .join(Membership, Membership.person_id == Person.id)
        .where(Membership.group_id == group_id, Membership.active, Membership.role.in_(roles))
    )
    return by_name(session.exec(statement).all())


def person(session: Session, person_id: int | None) -> Person | None:
    """A person by id: from the snapshot (no SQL), or `session.get`."""
    if person_id is None:
        return None
    snap = roster_cache.snapshot(session)
    if snap is not None:
        return attach(session, snap.people.get(person_id))
    return session.get(Person, person_id)


def names(session: Session, person_ids) -> dict[int, str]:
    """People's names by id, for pages that list many (synpunkter, calls): the snapshot, or
    one query. Only people still in the roster are in it."""
    ids = {i for i in person_ids if i is not None}
    if not ids:
        return {}
    snap = roster_cache.snapshot(session)
    if snap is not None:
        return {i: snap.people[i].name for i in ids if i in snap.people}
    return dict(session.exec(select(Person.id, Person.name).where(Person.id.in_(sorted(ids))))
                .all())



def group_names(session: Session, group_ids) -> dict[int, str]:
    """Groups' names by id, in name order, for pages that list many: the snapshot, or one
    query."""
    ids = {i for i in group_ids if i is not None}
    if not ids:
        return {}
    snap = roster_cache.snapshot(session)
    if snap is not None:
        return {g.id: g.name for g in snap.groups if g.id in ids}
    rows = session.exec(select(Group.id, Group.name).where(Group.id.in_(sorted(ids)))).all()
    return dict(sorted(rows, key=lambda row: (swedish_key(row[1]), row[0])))


class RosterRow(NamedTuple):
    person_id: int
    name: str
    role: str
    organisation: str
    substitute_id: int | None


def roster_of_group(session: Session, group_id: int) -> list[RosterRow]:
    """A group's active members as plain values, by organisation and name: for pages that read
    many rosters or many people (nothing attached to the session, no SQL with a snapshot)."""
    snap = roster_cache.snapshot(session)
    if snap is not None:
        return _rows_of(snap).get(group_id, [])
    return [RosterRow(p.id, p.name, m.role, m.organisation, m.substitute_id)
            for m, p in memberships_of_group(session, group_id)]


_ROWS: dict[int, tuple[roster_cache.Snapshot, dict[int, list[RosterRow]]]] = {}
_ROWS_LOCK = threading.Lock()


def _rows_of(snap: roster_cache.Snapshot) -> dict[int, list[RosterRow]]:
    """Every group's rows, made once per snapshot (an administrator's page reads a hundred
    rosters; reading the snapshot's ORM attributes is most of the time that takes)."""
    found = _ROWS.get(id(snap))
    if found is not None and found[0] is snap:
        return found[1]
    rows = {group_id: [RosterRow(m.person_id, snap.people[m.person_id].name, m.role,
                                 m.organisation, m.substitute_id)
                       for m in memberships if m.active]
            for group_id, memberships in snap.of_group.items()}
    with _ROWS_LOCK:
        if len(_ROWS) > 4:  # snapshots of old versions, or of other databases (tests)
            _ROWS.clear()
        _ROWS[id(snap)] = (snap, rows)
    return rows
