"""The ersättare a member names is the one called, however the name is written; a name that
cannot be found is said back, and the usual ersättare is never called in its place."""

from __future__ import annotations

import pytest
from sqlmodel import select

from bot import commands
from bot.context import Context
from bot.replies import Request
from storage.engine import unit_of_work
from storage.models import Absence, Person, SubstituteCall

JOHANNA, ANNA = "U0JOHANNA", "U0ANNAAND"  # usual ersättare: Marcus Boljang, Madelene Larsson


def say(engine, clock, text, user=JOHANNA, command="anmäl-förhinder", platform="slack"):
    request = Request(platform, user, text, command, channel_id=f"D{user}", is_dm=True,
                      now=clock.now())
    with unit_of_work(engine) as session:
        return commands.handle(Context(session, clock), request)


def called(engine) -> list[str]:
    with unit_of_work(engine) as session:
        return [session.get(Person, call.person_id).name
                for call in session.exec(select(SubstituteCall)).all()]


@pytest.mark.parametrize("text", [
    "31 augusti ersättare @Jessica Ekerbring",  # the README's syntax, outside Slack's list
    "31 augusti ersättare jessica ekerbring",
    "31 augusti ersättare @jessica",
    "ersättare Jessica Ekerbring den 31 augusti",
    "ersättare: jessica ekerbring, nästa möte",
])
def test_the_named_ersattare_is_called_however_the_name_is_written(loaded, clock, text):
    reply = say(loaded, clock, text)
    assert reply.text.startswith("Klart. Du har anmält förhinder till måndag 31 augusti 2026")
    assert called(loaded) == ["Jessica Ekerbring"]  # not Marcus Boljang, the usual one


def test_the_readmes_own_example_calls_madelene(loaded, clock):
    reply = say(loaded, clock, "31 augusti ersättare @Madelene Larsson", user=ANNA)
    assert "Madelene Larsson är kallad som ersättare." in reply.text
    assert called(loaded) == ["Madelene Larsson"]


@pytest.mark.parametrize("text, said", [
    ("31 augusti ersättare @Nils Nilsson", "Nils Nilsson"),
    ("31 augusti ersättare nils", "nils"),
    ("jag kan inte komma 31 augusti, ersättare @okänd person", "okänd person"),
])
def test_a_name_not_found_is_said_back_and_nothing_is_stored(loaded, clock, text, said):
    command = None if text.startswith("jag") else "anmäl-förhinder"
    reply = say(loaded, clock, text, command=command)
    assert f"”{said}”" in reply.text and "ingenting är sparat" in reply.text
    with unit_of_work(loaded) as session:
        assert session.exec(select(Absence)).all() == []
    assert called(loaded) == []


def test_free_text_in_teams_names_the_ersattare_with_an_at(loaded, clock):
    with unit_of_work(loaded) as session:
        johanna = session.exec(select(Person).where(Person.slack_id == JOHANNA)).one()
        johanna.teams_id = "29:johanna"
        session.add(johanna)
    reply = say(loaded, clock, "jag kan inte komma den 31 augusti, @Jessica Ekerbring går i "
                "mitt ställe", user="29:johanna", command=None, platform="teams")
    assert "Jessica Ekerbring är kallad som ersättare." in reply.text
