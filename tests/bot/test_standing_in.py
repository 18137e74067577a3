"""'Vem är min ersättare?' asked as members and ersättare write it, in a DM and in a channel."""

from __future__ import annotations

from sqlmodel import select

from bot import commands
from bot.context import Context
from bot.replies import Request
from storage.engine import unit_of_work
from storage.models import Absence
from tests.handlers.test_console import talk
from tests.support import signing

JOHANNA, MARCUS, NOBODY = "U0JOHANNA", "U0MARCUSB", "U0NOBODY1"
SBU, SVOO = "C0SBU0001", "C0SVOO001"


def ask(engine, clock, text, user=JOHANNA, channel=None):
    request = Request("slack", user, text, None, channel_id=channel or f"D{user}",
                      is_dm=channel is None, now=clock.now())
    with unit_of_work(engine) as session:
        return commands.handle(Context(session, clock), request)


def test_a_member_is_told_her_usual_ersattare_in_each_of_her_groups(loaded, clock):
    reply = ask(loaded, clock, "Vem är min ersättare?")
    lines = reply.text.splitlines()
    assert "Din ordinarie ersättare i Samverkansgrupp Barn och unga är Marcus Boljang." in lines
    # Her other group gives her none: she is told so, and who can add one.
    assert any(line.startswith("Du har ingen ordinarie ersättare i Chefsgrupp för samverkan social"
                               " välfärd samt vård och omsorg.") and "be " in line
               for line in lines)


def test_in_a_groups_channel_only_that_group_is_answered(loaded, clock):
    reply = ask(loaded, clock, "vem blir min ersättare", channel=SBU)
    assert reply.text == ("Din ordinarie ersättare i Samverkansgrupp Barn och unga är "
                          "Marcus Boljang.")


def test_an_ersattare_learns_whom_they_stand_in_for(loaded, clock):
    reply = ask(loaded, clock, "vem är jag ersättare för?", user=MARCUS)
    assert set(reply.text.splitlines()) == {
        "Du är ordinarie ersättare för Johanna Viberg i Samverkansgrupp Barn och unga.",
        "Du är ordinarie ersättare för Katarina Arkehag i Chefsgrupp för skola, utbildning och "
        "kompetensförsörjning.",
    }


def test_someone_outside_the_roster_learns_nothing(loaded, clock):
    reply = ask(loaded, clock, "vem är min ersättare?", user=NOBODY)
    assert reply.refused and "Jag känner inte igen dig" in reply.text
    assert "Marcus" not in reply.text and "Samverkansgrupp" not in reply.text


def test_in_another_groups_channel_nothing_of_that_group_is_shown(loaded, clock):
    reply = ask(loaded, clock, "vem ersätter mig?", channel=SVOO)
    assert reply.refused and reply.text.startswith("Du är inte med i Specifika samverkansrådet")
    assert "ersättare för" not in reply.text


def test_a_forhinder_with_the_question_is_still_reported(loaded, clock):
    reply = ask(loaded, clock, "jag kan inte komma den 31 augusti, vem är min ersättare?")
    assert reply.text.startswith("Klart. Du har anmält förhinder till måndag 31 augusti 2026")
    with unit_of_work(loaded) as session:
        assert len(session.exec(select(Absence)).all()) == 1


def test_asked_in_a_signed_slack_dm_the_answer_is_posted_to_that_dm(served, fake_slack):
    event = {"type": "message", "channel_type": "im", "channel": "D0J", "user": JOHANNA,
             "text": "Vem är min ersättare?", "ts": "1.7"}
    assert signing.event(f"{served}/slack/events", event, "Ev0701").status_code == 200
    posted = fake_slack.wait_for("chat.postMessage")
    assert posted[0]["channel"] == "D0J"
    answer = str(posted[0]["blocks"]) + posted[0].get("text", "")
    assert "Din ordinarie ersättare i Samverkansgrupp Barn och unga är Marcus Boljang." in answer


def test_asked_in_the_console(loaded, clock):
    out = talk(loaded, clock, ["vem är jag ersättare för?"], user=MARCUS)
    assert "Du är ordinarie ersättare för Johanna Viberg i Samverkansgrupp Barn och unga." in out


def test_whom_do_i_stand_in_for_is_answered_as_asked(loaded, clock):
    """A ledamot who stands in for nobody is told so, not who her own ersättare is; an
    ersättare is told whom he stands in for (in the console, as typed)."""
    johanna = talk(loaded, clock, ["vem är jag ersättare för?"])
    assert johanna.strip() == ("Du är inte ordinarie ersättare för någon i Chefsgrupp för "
                               "samverkan social välfärd samt vård och omsorg och "
                               "Samverkansgrupp Barn och unga.")
    marcus = talk(loaded, clock, ["Vem är jag ersättare för?"], user=MARCUS)
    assert "Du är ordinarie ersättare för Johanna Viberg i Samverkansgrupp Barn och unga." in \
        marcus
    assert "Din ordinarie ersättare" not in marcus
