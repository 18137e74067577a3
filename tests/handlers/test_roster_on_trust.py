"""A slash command takes the roster it keeps in memory on trust and checks its version with its
first read (one round trip on PostgreSQL): a change made elsewhere in the meantime is still seen
by the very next command, and a command that ran on the old roster is run again, its write made
once."""

from __future__ import annotations

import pytest
from sqlmodel import func, select

from storage import plain, postgres
from storage.engine import make_engine, unit_of_work
from storage.models import Absence, Group, Membership, Person
from tests.support import signing

JOHANNA = "U0JOHANNA"  # ledamot in sbu
SBU_CHANNEL = "C0SBU0001"
NOT_IN_SBU = "Du är inte med i Samverkansgrupp Barn och unga"


@pytest.fixture
def elsewhere(loaded):
    """Another process's engine on the same database: its roster changes bump the version."""
    other = make_engine(loaded.url.render_as_string(hide_password=False))
    yield other
    other.dispose()


def johanna_leaves_sbu(engine) -> None:
    with unit_of_work(engine) as session:
        membership = session.exec(
            select(Membership).join(Person, Person.id == Membership.person_id)
            .join(Group, Group.id == Membership.group_id)
            .where(Person.slack_id == JOHANNA, Group.slug == "sbu")).one()
        membership.active = False


def agenda(served, user=JOHANNA) -> str:
    response = signing.slash_command(f"{served}/slack/events", "/dagordning", "", user,
                                     SBU_CHANNEL)
    assert response.status_code == 200
    return response.json()["text"] + str(response.json().get("blocks", ""))


def test_a_member_taken_out_elsewhere_is_refused_at_the_next_command(served, elsewhere):
    assert "SAMS – kartläggning av aktuella behov" in agenda(served)  # the roster is kept
    johanna_leaves_sbu(elsewhere)
    assert agenda(served).startswith(NOT_IN_SBU)
    assert agenda(served).startswith(NOT_IN_SBU)


def test_a_forhinder_on_an_old_roster_is_run_again_and_written_once(served, elsewhere, loaded):
    assert "SAMS" in agenda(served)
    with unit_of_work(elsewhere) as session:  # a change that does not touch her: a rename
        person = session.exec(select(Person).where(Person.slack_id == "U0DANIELB")).one()
        person.name = "Daniel Bergman Ny"
    response = signing.slash_command(f"{served}/slack/events", "/anmäl-förhinder",
                                     "31 augusti", JOHANNA, "D0JOHANNA")
    assert response.status_code == 200
    assert response.json()["text"].startswith("Klart. Du har anmält förhinder")
    with unit_of_work(loaded) as session:
        assert session.exec(select(func.count()).select_from(Absence)).one() == 1


def test_the_version_goes_with_the_first_read_on_postgresql(served, loaded, monkeypatch):
    if loaded.dialect.name != "postgresql":
        pytest.skip("SQLite answers the version check without a round trip")
    pairs = []
    original = postgres._Connection.read_along

    def read_along(self, alone, first, query, params, after=()):
        if alone is not None or first is not None:  # not a read along with the meeting
            pairs.append((alone, first))
        return original(self, alone, first, query, params, after)

    monkeypatch.setattr(postgres._Connection, "read_along", read_along)
    agenda(served)  # the roster read and kept
    agenda(served)
    # /dagordning writes nothing: its replay key goes ahead in the same message, each time.
    assert len(pairs) == 2 and pairs[0][1] is None and "rosterversion" in pairs[1][1]
    assert all("processedevent" in alone for alone, _ in pairs)


def test_a_check_left_pending_is_settled_before_any_write(loaded):
    class Changed(Exception):
        pass

    from storage.roster_cache import VERSION

    with pytest.raises(Changed), unit_of_work(loaded) as session:
        plain.defer_check(session, VERSION, -1, Changed, default=0)
        session.add(Person(name="Ny Person", slack_id="U0NYPERSO"))
        session.flush()
    with unit_of_work(loaded) as session:
        assert session.exec(select(Person).where(Person.slack_id == "U0NYPERSO")).first() is None
