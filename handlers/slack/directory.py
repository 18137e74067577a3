"""Slack ids for roster members who have only an e-mail address, looked up in the workspace."""

from __future__ import annotations

import logging

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from sqlalchemy.engine import Engine
from sqlmodel import select

from storage.engine import unit_of_work
from storage.models import Person

log = logging.getLogger(__name__)


def lookup_missing_ids(engine: Engine, client: WebClient) -> tuple[int, list[str]]:
    """(how many were found, names of those Slack does not know)."""
    found, unknown = 0, []
    with unit_of_work(engine) as session:
        people = session.exec(
            select(Person).where(Person.slack_id.is_(None), Person.email.is_not(None))
        ).all()
        for person in people:
            try:
                user = client.users_lookupByEmail(email=person.email)["user"]
            except SlackApiError as error:
                if error.response.get("error") != "users_not_found":
                    log.warning("users.lookupByEmail failed: %s", error.response.get("error"))
                unknown.append(person.name)
                continue
            person.slack_id = user["id"]
            session.add(person)
            found += 1
    return found, unknown
