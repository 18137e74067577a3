"""The free-text ways of the absence features, said in a DM over signed Slack HTTP: taking a
förhinder back in words, an ersättare's 'ja, jag kommer', 'vem kommer på mötet?' and 'vem går i
mitt ställe?'. What the person reads is what the bot posts to the loopback Slack."""

from __future__ import annotations

import itertools

import pytest
from sqlmodel import select

from storage.engine import unit_of_work
from storage.models import Absence, SubstituteCall
from tests.bot.decision_samples import publish_samples
from tests.handlers.test_end_to_end import DANIEL, JOHANNA, MARCUS, SBU, command, posts_to, work
from tests.support import signing

_events = itertools.count(1)


@pytest.fixture(autouse=True)
def quick_channels(monkeypatch):
    monkeypatch.setenv("SAMVERKANSBOT_CHANNEL_INTERVAL", "0")


def say_in_dm(served, fake_slack, user: str, text: str) -> str:
    """Sends `text` as a DM to the bot and returns what the bot posted back in that DM."""
    channel = f"D{user}"
    before = len(posts_to(fake_slack, channel))
    event = {"type": "message", "channel_type": "im", "channel": channel, "user": user,
             "text": text, "ts": f"17000.{next(_events)}"}
    response = signing.event(f"{served}/slack/events", event, f"EvFree{next(_events)}")
    assert response.status_code == 200
    fake_slack.wait_for("chat.postMessage", len(fake_slack.calls_to("chat.postMessage")) + 1)
    posted = posts_to(fake_slack, channel)[before:]
    assert len(posted) == 1, posted
    return "\n".join([posted[0]["text"], str(posted[0]["blocks"])])


def states(engine) -> list[str]:
    with unit_of_work(engine) as session:
        return [c.state for c in session.exec(select(SubstituteCall)).all()]


def test_the_ersattare_answers_yes_in_words_and_the_secretary_sees_it(served, fake_slack,
                                                                      loaded):
    said = say_in_dm(served, fake_slack, JOHANNA, "jag kan inte komma 31 augusti")
    assert "Marcus Boljang är kallad som ersättare." in said
    work(loaded, fake_slack, "2026-08-24T09:01")
    answer = say_in_dm(served, fake_slack, MARCUS, "Ja, jag kommer!")
    assert "Tack! Du är anmäld som ersättare för Johanna Viberg måndag 31 augusti 2026" in answer
    assert states(loaded) == ["confirmed"]
    overview = command(served, "/narvaro", "", DANIEL, SBU).json()
    assert "Marcus Boljang: ersättare för Johanna Viberg, kommer" in str(overview["blocks"])


def test_the_ersattare_says_no_in_words_and_a_no_after_yes_changes_nothing(served, fake_slack,
                                                                          loaded):
    say_in_dm(served, fake_slack, JOHANNA, "jag kan inte komma 31 augusti")
    assert "Jag frågar någon annan." in say_in_dm(served, fake_slack, MARCUS,
                                                   "jag kan tyvärr inte")
    assert "declined" in states(loaded)


def test_a_forderhinder_taken_back_in_words_tells_the_ersattare(served, fake_slack, loaded):
    say_in_dm(served, fake_slack, JOHANNA, "jag kan inte komma 31 augusti")
    work(loaded, fake_slack, "2026-08-24T09:01")
    told = say_in_dm(served, fake_slack, JOHANNA, "ta tillbaka mitt förhinder")
    assert "Ditt förhinder till måndag 31 augusti 2026 kl. 13.00–15.00" in told
    assert "Marcus Boljang får veta att ersättaren inte behövs." in told
    work(loaded, fake_slack, "2026-08-24T09:02")
    assert "du behöver inte gå som ersättare" in posts_to(fake_slack, MARCUS)[-1]["text"]
    with unit_of_work(loaded) as session:
        assert all(a.withdrawn_at is not None for a in session.exec(select(Absence)).all())
    again = say_in_dm(served, fake_slack, JOHANNA, "jag kan komma ändå den 31 augusti")
    assert "inget att ta tillbaka" in again


def test_who_comes_is_the_overview_for_the_secretary_and_a_pointer_for_a_member(
        served, fake_slack, loaded):
    say_in_dm(served, fake_slack, JOHANNA, "jag kan inte komma 31 augusti")
    secretary = say_in_dm(served, fake_slack, DANIEL, "vem kommer på mötet?")
    assert "Johanna Viberg (ledamot): förhinder" in secretary
    member = say_in_dm(served, fake_slack, JOHANNA, "vem kommer på mötet?")
    assert "Närvaroöversikten i Samverkansgrupp Barn och unga är till för" in member
    assert "Johanna Viberg (ledamot)" not in member


def test_who_goes_in_my_place_names_the_usual_ersattare_before_any_forhinder(
        served, fake_slack, loaded):
    said = say_in_dm(served, fake_slack, JOHANNA, "vem går i mitt ställe?")
    assert "Din ordinarie ersättare i Samverkansgrupp Barn och unga är Marcus Boljang." in said
    with unit_of_work(loaded) as session:
        assert session.exec(select(Absence)).all() == []


def test_with_calls_to_two_meetings_the_ersattare_chooses_with_a_button(served, fake_slack,
                                                                        loaded):
    say_in_dm(served, fake_slack, JOHANNA, "jag kan inte komma 31 augusti")
    say_in_dm(served, fake_slack, JOHANNA, "jag kan inte komma 19 oktober")
    asked = say_in_dm(served, fake_slack, MARCUS, "ja, jag kommer")
    assert "31 augusti" in asked and "19 oktober" in asked
    assert states(loaded) == ["called", "called"]
    (dm,) = [p for p in posts_to(fake_slack, f"D{MARCUS}") if "19 oktober" in str(p)]
    button = next(e for b in dm["blocks"] if b["type"] == "actions" for e in b["elements"]
                  if "19 oktober" in e["text"]["text"])
    payload = {"type": "block_actions", "user": {"id": MARCUS},
               "channel": {"id": f"D{MARCUS}"}, "container": {"type": "message"},
               "response_url": f"{fake_slack.url}choice", "actions": [button]}
    assert signing.interaction(f"{served}/slack/events", payload).status_code == 200
    (answer,) = fake_slack.wait_for("choice")
    assert answer["text"].startswith("Tack! Du är anmäld som ersättare för Johanna Viberg "
                                     "måndag 19 oktober 2026")
    assert sorted(states(loaded)) == ["called", "confirmed"]
    # The same button, forged by someone else, answers nothing.
    forged = {**payload, "user": {"id": JOHANNA}, "response_url": f"{fake_slack.url}forged"}
    signing.interaction(f"{served}/slack/events", forged)
    (refusal,) = fake_slack.wait_for("forged")
    assert "Tack!" not in refusal["text"]
    assert sorted(states(loaded)) == ["called", "confirmed"]


def test_who_goes_in_my_place_after_a_forhinder_names_who_is_called_and_what_they_said(
        served, fake_slack, loaded):
    """Asked after reporting förhinder, the question is about that meeting: the usual ersättare
    is no answer once they have said no."""
    say_in_dm(served, fake_slack, JOHANNA, "jag kan inte komma 31 augusti")
    called = say_in_dm(served, fake_slack, JOHANNA, "vem går i mitt ställe?")
    assert ("Marcus Boljang är kallad att gå i ditt ställe måndag 31 augusti 2026 kl. "
            "13.00–15.00 (Samverkansgrupp Barn och unga) men har inte svarat ännu.") in called
    say_in_dm(served, fake_slack, MARCUS, "ja, jag kommer")
    coming = say_in_dm(served, fake_slack, JOHANNA, "vem går i mitt ställe?")
    assert ("Marcus Boljang går i ditt ställe måndag 31 augusti 2026 kl. 13.00–15.00 "
            "(Samverkansgrupp Barn och unga) och har tackat ja.") in coming


def test_who_goes_in_my_place_after_the_ersattare_said_no_does_not_name_them(
        served, fake_slack, loaded):
    say_in_dm(served, fake_slack, JOHANNA, "jag kan inte komma 31 augusti")
    say_in_dm(served, fake_slack, MARCUS, "nej tyvärr")
    nobody = say_in_dm(served, fake_slack, JOHANNA, "vem går i mitt ställe?")
    assert ("Ingen går i ditt ställe måndag 31 augusti 2026 kl. 13.00–15.00 (Samverkansgrupp "
            "Barn och unga): Marcus Boljang kan inte. Kontakta Daniel Berglund om någon annan "
            "ska kallas.") in nobody


def test_a_ledamot_called_as_ersattare_elsewhere_reports_her_own_next_meeting(
        served, fake_slack, loaded):
    """Anna Bürger Sjödin is a ledamot of Samverkansgrupp Barn och unga (next meeting 31
    August) and Karin Haster's ersättare in the chefsgrupp (25 September). Called for 25
    September, her 'jag kan inte komma på nästa möte' is about her own next meeting: it reports
    förhinder for 31 August and leaves the call for 25 September open."""
    say_in_dm(served, fake_slack, "U0KARINHA", "jag kan inte komma på nästa möte")
    assert states(loaded) == ["called"]
    said = say_in_dm(served, fake_slack, "U0ANNABUR", "jag kan inte komma på nästa möte")
    assert "Klart. Du har anmält förhinder till måndag 31 augusti 2026" in said
    assert states(loaded)[0] == "called"
    # Said about the called meeting, or with no meeting named, it still answers the call.
    declined = say_in_dm(served, fake_slack, "U0ANNABUR", "nej, jag kan tyvärr inte")
    assert "Tack för beskedet. Jag frågar någon annan." in declined
    assert states(loaded)[0] == "declined"


def test_an_ersattare_answering_a_call_taken_back_is_told_it_is_not_needed(
        served, fake_slack, loaded):
    say_in_dm(served, fake_slack, JOHANNA, "jag kan inte komma 31 augusti")
    say_in_dm(served, fake_slack, JOHANNA, "ta tillbaka mitt förhinder")
    for text in ("ja, jag kommer", "jag kan tyvärr inte"):
        said = say_in_dm(served, fake_slack, MARCUS, text)
        assert ("Johanna Viberg kan komma till mötet måndag 31 augusti 2026 kl. 13.00–15.00 "
                "ändå, så du behöver inte gå som ersättare. Ingenting ändrades.") in said, text
    assert states(loaded) == ["released"]


def test_this_sessions_ways_of_asking_reach_the_answer_over_slack(served, fake_slack, loaded):
    """A week alone, a subject alone, a meeting's day without 'den' and a post at a meeting,
    said in a DM as members write them; before, each was 'Jag förstod inte riktigt' or 'no
    date'."""
    publish_samples(loaded)  # the five sample minutes, published
    said = say_in_dm(served, fake_slack, JOHANNA, "jag kan inte komma vecka 36")
    assert "Klart. Du har anmält förhinder till måndag 31 augusti 2026" in said
    assert "modellen SAMS" in say_in_dm(served, fake_slack, JOHANNA, "sams")
    assert "Senaste besluten den 12 maj 2026" in say_in_dm(
        served, fake_slack, JOHANNA, "vad beslutades på mötet 12 maj?")
    # The minutes of 12 May name no ordförande: the roster's, said as the roster's.
    assert ("Ingmar Ångman var med på mötet och är ordförande i Samverkansgrupp Barn och unga "
            "enligt gruppens medlemslista.") in say_in_dm(
        served, fake_slack, JOHANNA, "vem var ordförande på förra mötet?")
    assert "Jag förstod inte riktigt" in say_in_dm(served, fake_slack, JOHANNA, "ok")


def test_questions_about_the_group_and_its_meetings_over_slack(served, fake_slack, loaded):
    """The group's posts and roster, a week by its number, the meeting's place and the open
    remisser, asked in a DM as members write them; before, each was 'Jag förstod inte
    riktigt', or for the remisser 'no group by that name'."""
    said = say_in_dm(served, fake_slack, JOHANNA, "vem är sekreterare?")
    assert "sekreterare Daniel Berglund (Region Örebro län)" in said
    said = say_in_dm(served, fake_slack, JOHANNA, "vem är med från Kumla?")
    assert "Kumla kommun: Malin Bäcklund" in said and "Barn och unga" not in said
    said = say_in_dm(served, fake_slack, JOHANNA, "när är mötet i vecka 40?")
    assert "Jag hittade inget möte vecka 40" in said
    said = say_in_dm(served, fake_slack, JOHANNA, "var är mötet?")
    assert "Sothönan, Regionhuset, Klostergatan 23, Örebro" in said
    said = say_in_dm(served, fake_slack, JOHANNA, "vilka remisser har jag inte svarat på?")
    assert "Riktlinjer för barnhälsoteam och fristående förskolor" in said
    assert "Jag hittade ingen grupp" not in said
