"""The roster in memory: no queries for who is asking and where, and never out of date.

Every process keeps a copy of groups, people and memberships and checks one version number
per unit of work; a change bumps the number in its own transaction, whoever makes it.
"""

from __future__ import annotations

import os
import subprocess

from sqlalchemy import event
from sqlmodel import select

from bot import commands, texts
from bot.clock import FixedClock
from bot.context import Context
from bot.replies import Request
from storage import directory, roster_cache
from storage.engine import unit_of_work
from storage.models import Membership, Person
from tests.conftest import DEMO_NOW, EXAMPLES, ROOT

JOHANNA = "U0JOHANNA"
SBU = "C0SBU0001"
CLOCK = FixedClock(DEMO_NOW)


def agenda_in_sbu(engine, user=JOHANNA):
    request = Request("slack", user, "", "dagordning", channel_id=SBU, is_dm=False,
                      now=CLOCK.now())
    with unit_of_work(engine) as session:
        return commands.handle(Context(session, CLOCK), request).plain_text()


def without_johanna_in_sbu(folder):
    """The example roster with Johanna Viberg taken out of Samverkansgrupp Barn och unga."""
    text = (EXAMPLES / "roster.yaml").read_text(encoding="utf-8")
    entry = ("      - name: Johanna Viberg\n        email: johanna.viberg@orebro.example.se\n"
             "        slack_id: U0JOHANNA\n        organisation: Örebro kommun\n"
             "        role: ledamot\n        substitute: Marcus Boljang\n")
    assert text.count(entry) == 1
    path = folder / "utan-johanna.yaml"
    path.write_text(text.replace(entry, ""), encoding="utf-8")
    return path


def test_who_is_asking_and_where_cost_one_look_at_the_version(loaded):
    agenda_in_sbu(loaded)  # the copy is read once
    statements = []

    def seen(_conn, _cursor, sql, *_args):
        statements.append(sql)

    event.listen(loaded, "before_cursor_execute", seen)
    try:
        request = Request("slack", JOHANNA, "", "dagordning", channel_id=SBU, is_dm=False,
                          now=CLOCK.now())
        with unit_of_work(loaded) as session:
            ctx = Context(session, CLOCK)
            actor = ctx.actor(request)
            groups, in_channel = ctx.scope(request)
            mine = directory.groups_of(session, actor.person.id)
    finally:
        event.remove(loaded, "before_cursor_execute", seen)
    assert actor.person.name == "Johanna Viberg" and in_channel
    assert [g.slug for g in groups] == ["sbu"]
    assert "sbu" in {g.slug for g in mine} and actor.role_in(groups[0].id) == "member"
    assert [" ".join(sql.split()).split(" = ")[0] for sql in statements] == [
        "SELECT rosterversion.version FROM rosterversion WHERE rosterversion.id"]


def test_a_roster_loaded_by_another_process_counts_at_the_next_command(loaded, tmp_path):
    assert "SAMS – kartläggning av aktuella behov" in agenda_in_sbu(loaded)
    env = {**os.environ, "DATABASE_URL": loaded.url.render_as_string(hide_password=False),
           "SAMVERKANSBOT_DATA_DIR": str(tmp_path)}
    done = subprocess.run([str(ROOT / ".venv" / "bin" / "samverkansbot"), "roster", "load",
                           str(without_johanna_in_sbu(tmp_path))],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert agenda_in_sbu(loaded).startswith(
        "Du är inte med i Samverkansgrupp Barn och unga")


def test_a_unit_of_work_that_changes_the_roster_reads_its_own_changes(loaded):
    agenda_in_sbu(loaded)
    with unit_of_work(loaded) as session:
        person = directory.person_by_platform_id(session, "slack", JOHANNA)
        person.name = "Johanna Viberg Ek"
        session.flush()
        assert directory.person_by_platform_id(session, "slack", JOHANNA).name == (
            "Johanna Viberg Ek")
        membership = session.exec(select(Membership).where(
            Membership.person_id == person.id)).first()
        membership.active = False
        session.flush()
        assert membership.group_id not in {
            g.id for g in directory.groups_of(session, person.id)}
    with unit_of_work(loaded) as session:
        assert directory.person_by_platform_id(session, "slack", JOHANNA).name == (
            "Johanna Viberg Ek")


def test_a_roster_change_rolled_back_is_not_seen(loaded):
    agenda_in_sbu(loaded)
    try:
        with unit_of_work(loaded) as session:
            session.add(Person(name="Ny Person", slack_id="U0NYPERSO"))
            session.flush()
            raise RuntimeError("given up")
    except RuntimeError:
        pass
    with unit_of_work(loaded) as session:
        assert directory.person_by_platform_id(session, "slack", "U0NYPERSO") is None
    assert agenda_in_sbu(loaded, user="U0NYPERSO") == texts.UNKNOWN_USER


def test_roster_rows_and_names_follow_a_change_at_once(loaded):
    """The plain rows and names the web pages read (made once per snapshot) are never those of
    an older roster: a renamed member, an ersättare made inactive."""
    with unit_of_work(loaded) as session:
        person = directory.person_by_platform_id(session, "slack", JOHANNA)
        group_id = directory.groups_of(session, person.id)[0].id
        before = directory.roster_of_group(session, group_id)
        assert person.id in {r.person_id for r in before}
        assert directory.names(session, [person.id]) == {person.id: "Johanna Viberg"}
    with unit_of_work(loaded) as session:
        person = session.get(Person, person.id)
        person.name = "Johanna Viberg Ek"
        other = session.exec(select(Membership).where(
            Membership.group_id == group_id, Membership.person_id != person.id,
            Membership.active)).first()
        other.active = False
        session.add_all([person, other])
    with unit_of_work(loaded) as session:
        rows = directory.roster_of_group(session, group_id)
        assert {r.name for r in rows if r.person_id == person.id} == {"Johanna Viberg Ek"}
        assert other.person_id not in {r.person_id for r in rows}
        assert directory.names(session, [person.id]) == {person.id: "Johanna Viberg Ek"}
        assert directory.person(session, person.id).name == "Johanna Viberg Ek"


def test_an_attached_copy_is_the_sessions_own_and_a_change_to_it_is_saved(loaded):
    """The copy a look-up hands out behaves as merge's did: persistent in the session, without
    history, the session's own instance if it has one, and a change to it is written (and
    bumps the roster) while the snapshot stays as it was."""
    with unit_of_work(loaded) as session:
        johanna = directory.person_by_platform_id(session, "slack", JOHANNA)
        assert johanna in session and not session.is_modified(johanna)
        assert directory.person(session, johanna.id) is johanna
        snapshot = roster_cache.snapshot(session)
        assert snapshot.people[johanna.id] is not johanna
        membership = directory.membership(session, directory.group_by_slug(session, "sbu").id,
                                          johanna.id)
        assert (membership.role, membership.organisation) == ("member", "Örebro kommun")
        johanna.name = "Johanna Viberg Ek"
    assert snapshot.people[johanna.id].name == "Johanna Viberg"
    with unit_of_work(loaded) as session:
        assert directory.person_by_platform_id(session, "slack", JOHANNA).name == \
            "Johanna Viberg Ek"
        assert session.exec(select(Person.name).where(Person.slack_id == JOHANNA)).one() == \
            "Johanna Viberg Ek"
