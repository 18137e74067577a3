"""Queries about groups, people and memberships. They read and add; they never commit."""

from __future__ import annotations

from sqlmodel import Session, or_, select

from storage.models import Group, Membership, Person


def person_by_platform_id(session: Session, platform: str, user_id: str) -> Person | None:
    column = Person.teams_id if platform == "teams" else Person.slack_id
    return session.exec(select(Person).where(column == user_id)).first()


def groups_of(session: Session, person_id: int) -> list[Group]:
    """The groups a person is an active member of (any role), by name."""
    statement = (
        select(Group)
        .join(Membership, Membership.group_id == Group.id)
        .where(Membership.person_id == person_id, Membership.active)
        .order_by(Group.name)
    )
    return list(session.exec(statement).all())


def group_by_channel(session: Session, channel_id: str | None) -> Group | None:
    """The group whose Slack channel (C…) or Teams channel (19:…) this is."""
    if not channel_id:
        return None
    return session.exec(
        select(Group).where(or_(Group.channel_id == channel_id,
                                Group.teams_channel_id == channel_id))
    ).first()


def group_by_slug(session: Session, slug: str) -> Group | None:
    return session.exec(select(Group).where(Group.slug == slug)).first()


def all_groups(session: Session) -> list[Group]:
    return list(session.exec(select(Group).order_by(Group.name)).all())


def membership(session: Session, group_id: int, person_id: int) -> Membership | None:
    return session.exec(
        select(Membership).where(Membership.group_id == group_id, Membership.person_id == person_id)
    ).first()


def memberships_of_group(session: Session, group_id: int, active_only: bool = True):
    """(Membership, Person) pairs of a group, by organisation and name."""
    statement = (
        select(Membership, Person)
        .join(Person, Person.id == Membership.person_id)
        .where(Membership.group_id == group_id)
        .order_by(Membership.organisation, Person.name)
    )
    if active_only:
        statement = statement.where(Membership.active)
    return list(session.exec(statement).all())


def people_in_roles(session: Session, group_id: int, roles: tuple[str, ...]) -> list[Person]:
    statement = (
        select(Person)
        .join(Membership, Membership.person_id == Person.id)
        .where(Membership.group_id == group_id, Membership.active, Membership.role.in_(roles))
        .order_by(Person.name)
    )
    return list(session.exec(statement).all())
