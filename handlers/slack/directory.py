"""Slack ids for roster members who have only an e-mail address, looked up in the workspace."""

from __future__ import annotations

import logging

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from sqlalchemy.engine import Engine
from sqlmodel import select

from storage.engine import unit_of_work
from storage.models import Group, Membership, Person

log = logging.getLogger(__name__)


def lookup_missing_ids(engine: Engine, client: WebClient,
                       workspace: str | None = None) -> tuple[int, list[str]]:
    """(how many were found, names of those Slack does not know); with a workspace (several
    installed), only the people of its groups, asked with its own token.

    Slack is asked between two units of work, not inside one: on SQLite a unit of work holds
    the write lock, and the bot would stand still for as long as Slack takes to answer.
    """
    with unit_of_work(engine) as session:
        statement = select(Person).where(Person.slack_id.is_(None), Person.email.is_not(None))
        if workspace:
            statement = statement.where(Person.id.in_(
                select(Membership.person_id).join(Group, Group.id == Membership.group_id)
                .where(Group.slack_team_id == workspace, Membership.active)))
        people = [(p.id, p.name, p.email) for p in session.exec(statement).all()]
    found: dict[int, str] = {}
    unknown: list[str] = []
    for person_id, name, email in people:
        try:
            found[person_id] = client.users_lookupByEmail(email=email)["user"]["id"]
        except SlackApiError as error:
            if error.response.get("error") != "users_not_found":
                log.warning("users.lookupByEmail failed: %s", error.response.get("error"))
            unknown.append(name)
    with unit_of_work(engine) as session:
        for person_id, slack_id in found.items():
            person = session.get(Person, person_id)
            if person is not None and person.slack_id is None:  # nobody set it meanwhile
                person.slack_id = slack_id
                session.add(person)
    return len(found), unknown
