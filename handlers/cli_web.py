"""`samverkansbot web link EMAIL`: a sign-in link for someone in the roster (an admin's tool)."""

from __future__ import annotations

import sys

from bot.clock import Clock
from bot.roster.signin import issue_link_token, person_by_email
from bot.roster.weblink import link_path
from bot.settings import Settings
from bot.texts import web as t
from storage.engine import unit_of_work


def link(engine, clock: Clock, settings: Settings, email: str) -> int:
    with unit_of_work(engine) as session:
        person = person_by_email(session, email)
        if person is None:
            from bot import texts

            print(texts.CLI_NO_SUCH_PERSON.format(email=email), file=sys.stderr)
            return 2
        token = issue_link_token(session, person, clock.now())
        name = person.name
    print(t.CLI_LINK.format(name=name, url=settings.web_url() + link_path(token)))
    return 0
