"""Someone who is in no group (she left it, or was never added, and signs in with a link or
her organisation's account) is told so on Mina möten and who can add her, not that she has no
meetings planned, which read as if her group had none."""

from __future__ import annotations

import html

from sqlmodel import select

from storage.engine import unit_of_work
from storage.models import Membership, Person
from tests.web.conftest import assert_accessible, main_text, sign_in
from tests.web.test_web_matrix import _app, _sign_in

KATARINA = "U0KATARIN"  # ledamot in Samverkansgrupp Barn och unga only
NO_GROUP = ("Du är inte med i någon grupp just nu, så här finns inga möten att visa. Be "
            "sekreteraren i din grupp att lägga till dig i deltagarlistan.")


def _leaves_every_group(engine, slack_id: str) -> None:
    with unit_of_work(engine) as session:
        person = session.exec(select(Person).where(Person.slack_id == slack_id)).one()
        for membership in session.exec(select(Membership).where(
                Membership.person_id == person.id)).all():
            membership.active = False
            session.add(membership)


def test_a_member_who_left_her_group_is_told_so(loaded, clock, tmp_path):
    _leaves_every_group(loaded, KATARINA)
    client = _app(loaded, clock, tmp_path).test_client()
    _sign_in(client, loaded, clock, KATARINA)
    page = html.unescape(client.get("/webb/").text)
    assert NO_GROUP in page
    assert "Du har inga planerade möten just nu." not in page


def test_the_page_without_a_group_in_the_browser(site, chromium):
    _leaves_every_group(site.engine, KATARINA)
    sign_in(chromium, site, KATARINA)
    assert NO_GROUP in main_text(chromium)
    assert_accessible(chromium)
