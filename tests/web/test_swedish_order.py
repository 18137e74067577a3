"""Lists people read are in Swedish alphabetical order: … Y, Z, Å, Ä, Ö, case ignored.
Python's own order (and SQLite's) put Ä before Å, and 'RF-SISU' before 'Region' because
capital F comes before small e. Närvaro on the web and in chat, the roster in chat and the
Grupper page, and who has not answered a remiss all use one key (storage/collation.py)."""

from __future__ import annotations

import re

import pytest

from bot.roster import manage
from storage import directory
from storage.collation import sort_names
from storage.engine import unit_of_work
from tests.bot.test_absences import say
from tests.web.test_hostile_forms import DANIEL, secretary  # noqa: F401  (the fixture)

# Added to Samverkansgrupp Barn och unga beside its roster's Region Örebro län, RF-SISU
# Örebro län, Örebro kommun and the others: one member each.
ADDED = [("Åke Zetterlund", "Åsbro kursgård"), ("Ärla Nyström", "Ädelfors folkhögskola"),
         ("Zelda Ek", "Zinkgruvans skola"), ("åsa berg", "Ängens förskola")]
SWEDISH = ["Zinkgruvans skola", "Åsbro kursgård", "Ädelfors folkhögskola", "Ängens förskola",
           "Örebro kommun"]


@pytest.mark.parametrize(("names", "ordered"), [
    (["Örebro", "Ädelfors", "Åsbro", "Zinkgruvan"], ["Zinkgruvan", "Åsbro", "Ädelfors", "Örebro"]),
    (["RF-SISU Örebro län", "Region Örebro län"], ["Region Örebro län", "RF-SISU Örebro län"]),
    (["åsa", "Åke", "ärla", "Zelda"], ["Zelda", "Åke", "åsa", "ärla"]),
    (["Éva", "Emil", "Erik"], ["Emil", "Erik", "Éva"]),  # é as e
])
def test_the_key_sorts_as_a_swedish_dictionary(names, ordered):
    assert sort_names(names) == ordered


@pytest.fixture
def added(loaded):
    with unit_of_work(loaded) as session:
        group = directory.group_by_slug(session, "sbu")
        for name, organisation in ADDED:
            manage.add_member(session, group, {"name": name, "organisation": organisation,
                                               "role": "member"})
    return loaded


def _in_order(text: str, names: list[str]) -> list[str]:
    """The names as they come in the text, each at its first place."""
    return sorted(names, key=text.index)


def test_narvaro_on_the_web_lists_organisations_in_swedish_order(added, secretary):  # noqa: F811
    client, _, group, _ = secretary
    index = client.get("/webb/narvaro").text
    link = re.search(rf'href="(/webb/narvaro/\d+/{group})">måndag 31 augusti 2026', index)
    page = client.get(link.group(1)).text
    assert _in_order(page, SWEDISH) == SWEDISH
    assert _in_order(page, ["Region Örebro län", "RF-SISU Örebro län"]) == [
        "Region Örebro län", "RF-SISU Örebro län"]


def test_narvaro_in_chat_lists_organisations_in_swedish_order(added, clock):
    reply = say(added, clock, "", user=DANIEL, channel="C0SBU0001", command="närvaro")
    text = "\n".join([reply.text] + [s.text for s in reply.sections])
    assert all(name in text for name in SWEDISH), text
    assert _in_order(text, SWEDISH) == SWEDISH


def test_the_roster_in_chat_and_on_grupper_is_in_swedish_order(added, clock,
                                                               secretary):  # noqa: F811
    reply = say(added, clock, "vilka är med i gruppen?", user=DANIEL, channel="C0SBU0001",
                command=None)
    text = "\n".join([reply.text] + [s.text for s in reply.sections])
    assert _in_order(text, SWEDISH) == SWEDISH
    client, _, group, _ = secretary
    page = client.get(f"/webb/grupper/{group}").text
    assert _in_order(page, SWEDISH) == SWEDISH
    # Within an organisation too: Åke before åsa would be Python's order only by chance.
    assert _in_order(page, ["Zelda Ek", "Åke Zetterlund", "Ärla Nyström"]) == [
        "Zelda Ek", "Åke Zetterlund", "Ärla Nyström"]
