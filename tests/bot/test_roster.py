"""The roster file: loaded, reloaded safely, and refused whole when wrong."""

from __future__ import annotations

import pytest
from sqlmodel import select

from bot.roster.service import RosterError, load_roster, read_roster
from storage.engine import unit_of_work
from storage.models import Group, Membership, Person
from tests.conftest import EXAMPLES

SMALL = """\
groups:
  - name: Samverkansgrupp Barn och unga
    slug: sbu
    channel: C0123456
    members:
      - name: Eva Ek
        email: eva.ek@example.se
        slack_id: U0123
        organisation: Askersunds kommun
        role: ledamot
        substitute: Per Lind
      - name: Per Lind
        email: per.lind@example.se
        organisation: Askersunds kommun
        role: ersättare
      - name: Daniel Berglund
        email: daniel@example.se
        role: sekreterare
"""


def load(engine, tmp_path, text: str):
    path = tmp_path / "roster.yaml"
    path.write_text(text, encoding="utf-8")
    with unit_of_work(engine) as session:
        return load_roster(session, path)


def counts(engine) -> tuple[int, int, int, int]:
    with unit_of_work(engine) as session:
        groups = len(session.exec(select(Group)).all())
        people = len(session.exec(select(Person)).all())
        members = session.exec(select(Membership)).all()
        return groups, people, len(members), sum(1 for m in members if m.active)


def test_the_example_roster_loads_every_group(engine):
    with unit_of_work(engine) as session:
        result = load_roster(session, EXAMPLES / "roster.yaml")
    assert result.groups_created == 5
    with unit_of_work(engine) as session:
        slugs = {g.slug for g in session.exec(select(Group)).all()}
    assert slugs == {"sbu", "svoo", "cg-svvo", "cg-skola", "cg-folkhalsa"}


def test_loading_twice_doubles_nothing(engine, tmp_path):
    load(engine, tmp_path, SMALL)
    first = counts(engine)
    result = load(engine, tmp_path, SMALL)
    assert counts(engine) == first == (1, 3, 3, 3)
    # The same file again changes nothing, and says so: nothing is counted as updated.
    assert (result.groups_updated, result.members_added, result.members_updated) == (0, 0, 0)
    # Two members' organisation changed, and one of them has a new e-mail address too: two
    # members updated.
    changed = SMALL.replace("Askersunds kommun", "Kumla kommun").replace(
        "eva.ek@example.se", "eva.ek@askersund.example.se")
    result = load(engine, tmp_path, changed)
    assert (result.groups_updated, result.members_added, result.members_updated) == (0, 0, 2)


def test_substitute_and_role_are_stored(engine, tmp_path):
    load(engine, tmp_path, SMALL)
    with unit_of_work(engine) as session:
        eva = session.exec(select(Person).where(Person.name == "Eva Ek")).one()
        per = session.exec(select(Person).where(Person.name == "Per Lind")).one()
        membership = session.exec(select(Membership).where(Membership.person_id == eva.id)).one()
        assert membership.substitute_id == per.id
        assert membership.role == "member"
        assert membership.organisation == "Askersunds kommun"
        assert eva.slack_id == "U0123"


def test_changes_are_applied_and_members_gone_from_the_file_become_inactive(engine, tmp_path):
    load(engine, tmp_path, SMALL)
    changed = SMALL.replace("Askersunds kommun\n        role: ledamot",
                            "Kumla kommun\n        role: ordförande")
    changed = changed.split("      - name: Daniel Berglund")[0]
    result = load(engine, tmp_path, changed)
    assert result.members_deactivated == 1
    with unit_of_work(engine) as session:
        eva = session.exec(select(Person).where(Person.name == "Eva Ek")).one()
        membership = session.exec(select(Membership).where(Membership.person_id == eva.id)).one()
        assert (membership.role, membership.organisation) == ("chair", "Kumla kommun")
    assert counts(engine) == (1, 3, 3, 2)  # Daniel is kept, inactive, not deleted
    load(engine, tmp_path, SMALL)
    assert counts(engine) == (1, 3, 3, 3)  # and comes back


@pytest.mark.parametrize(
    ("change", "line", "reason"),
    [
        (("role: ersättare", "role: suppleant"), 15, "okänd roll 'suppleant'"),
        (("substitute: Per Lind", "substitute: Ola Okänd"), 11, "ersättaren Ola Okänd finns inte"),
        (("      - name: Per Lind\n", "      - email: x@example.se\n"), 12, "saknar namn"),
        (("    slug: sbu\n", ""), 2, "saknar kortnamn"),
        (("email: eva.ek@example.se", "email: eva.ek"), 7, "ser inte giltig ut"),
    ],
)
def test_a_bad_file_is_refused_whole_with_line_and_reason(engine, tmp_path, change, line, reason):
    load(engine, tmp_path, SMALL)
    before = counts(engine)
    bad = SMALL.replace(*change).replace("Daniel Berglund", "Daniel Nybörjare")
    with pytest.raises(RosterError) as refused:
        load(engine, tmp_path, bad)
    assert any(at == line and reason in why for at, why in refused.value.problems), \
        refused.value.problems
    assert counts(engine) == before  # nothing written, not even the valid new name


@pytest.mark.parametrize("field", ["slack_id", "teams_id"])
def test_one_id_on_two_people_is_refused_not_merged(engine, tmp_path, field):
    """Per Lind's row copied from Eva Ek's with her id left on it: stored, Per took Eva's
    place, name, e-mail and all (a Slack id), or the load ended in 'Något gick fel' (Teams)."""
    first = SMALL.replace("        slack_id: U0123\n", f"        {field}: U0123\n")
    load(engine, tmp_path, first)
    before = counts(engine)
    copied = first.replace("        email: per.lind@example.se\n",
                           f"        email: per.lind@example.se\n        {field}: U0123\n")
    with pytest.raises(RosterError) as refused:
        load(engine, tmp_path, copied)
    platform = "Slack" if field == "slack_id" else "Teams"
    assert refused.value.problems == [
        (12, f"{platform}-id U0123 står både på Per Lind och på Eva Ek; varje person har sitt "
             "eget")]
    assert counts(engine) == before
    with unit_of_work(engine) as session:
        eva = session.exec(select(Person).where(Person.email == "eva.ek@example.se")).one()
        assert eva.name == "Eva Ek"


def test_an_id_another_person_in_the_bot_has_is_refused_with_both_names(engine, tmp_path):
    load(engine, tmp_path, SMALL)
    before = counts(engine)
    other = SMALL.replace("Eva Ek", "Ann Al").replace("eva.ek@", "ann.al@").replace(
        "        email: per.lind@example.se\n",
        "        email: per.lind@example.se\n        slack_id: U0PER\n")
    load(engine, tmp_path, other.replace("slack_id: U0123", "slack_id: U0ANN"))
    taken = SMALL.replace("        email: per.lind@example.se\n",
                          "        email: per.lind@example.se\n        slack_id: U0ANN\n")
    with pytest.raises(RosterError) as refused:
        load(engine, tmp_path, taken)
    assert refused.value.problems == [
        (12, "Slack-id U0ANN hör redan till Ann Al i boten, inte till Per Lind; rätta id:t")]
    assert counts(engine)[1] == before[1] + 1  # Ann Al, from the second file; nothing more


def test_not_yaml_is_refused():
    with pytest.raises(RosterError) as refused:
        read_roster("groups: [\n  - name: x\n")
    assert "YAML" in refused.value.problems[0][1]


def test_group_reminders_and_secretary_digest_are_read(engine, tmp_path):
    text = SMALL.replace("    channel: C0123456\n",
                         "    channel: C0123456\n    reminders: [1, 7]\n")
    text = text.replace("        role: sekreterare\n",
                        "        role: sekreterare\n        digest: true\n")
    load(engine, tmp_path, text)
    with unit_of_work(engine) as session:
        group = session.exec(select(Group)).one()
        secretary = session.exec(select(Membership).where(Membership.role == "secretary")).one()
        assert group.reminder_days == [7, 1]
        assert secretary.digest is True
    with pytest.raises(RosterError) as refused:
        load(engine, tmp_path, text.replace("reminders: [1, 7]", "reminders: [nästa vecka]"))
    assert "reminders" in refused.value.problems[0][1]


def test_teams_ids_and_the_groups_teams_channel_are_read(engine, tmp_path):
    text = SMALL.replace("    channel: C0123456\n",
                         "    channel: C0123456\n    teams_channel: '19:sbu@thread.tacv2'\n")
    text = text.replace("        slack_id: U0123\n",
                        "        slack_id: U0123\n        teams_id: '29:eva'\n")
    load(engine, tmp_path, text)
    from storage import directory

    with unit_of_work(engine) as session:
        assert directory.group_by_channel(session, "19:sbu@thread.tacv2").slug == "sbu"
        assert directory.group_by_channel(session, "C0123456").slug == "sbu"
        assert directory.person_by_platform_id(session, "teams", "29:eva").name == "Eva Ek"


def test_yaml_aliases_are_refused_with_their_line():
    # An alias could make a small file stand for a billion values; a roster never needs one.
    text = "groups:\n  - &g\n    name: Grupp\n    slug: g\n    members: []\n  - *g\n"
    with pytest.raises(RosterError) as refused:
        read_roster(text)
    assert refused.value.problems == [
        (6, "skriv ut varje värde; en deltagarlista får inte hänvisa till andra värden med * "
            "(YAML-alias)")]
