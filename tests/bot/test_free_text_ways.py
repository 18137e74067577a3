"""Free text in a DM, said the ways members say it rather than the ways the help suggests.

The demo: Johanna Viberg (ledamot) is in Samverkansgrupp Barn och unga (next meeting Monday 31
August) and in one of the three chefsgrupper that meet together (Friday 25 September)."""

from __future__ import annotations

import pytest

from storage.models import Absence
from tests.bot.decision_samples import load_samples
from tests.bot.test_absences import rows, say

NOT_UNDERSTOOD = "Jag förstod inte riktigt."


def dm(engine, clock, text, user="U0JOHANNA"):
    return say(engine, clock, text, user=user, command=None)


@pytest.mark.parametrize(("text", "decision"), [
    ("vad bestämdes om SAMS?", "Gruppen bifaller Ingmars förslag."),
    ("Vad kom ni fram till om SIP?", "Uppdrag ges att revidera nuvarande SIP-överenskommelse."),
    ("vad landade gruppen i om SAMS", "Gruppen bifaller Ingmars förslag."),
])
def test_a_decision_asked_for_in_other_words_is_answered(engine, clock, text, decision):
    load_samples(engine)  # the five sample minutes, published
    assert f"”{decision}" in dm(engine, clock, text).text


@pytest.mark.parametrize("text", ["när ses vi nästa gång?", "När träffas vi härnäst?",
                                  "när möts gruppen?",
                                  # The web page's own name for them, and Teams has no App Home.
                                  "mina möten", "Visa mina möten", "mina kommande möten?"])
def test_when_we_meet_next_is_the_next_meetings(loaded, clock, text):
    reply = dm(loaded, clock, text)
    shown = reply.plain_text()
    assert "Samverkansgrupp Barn och unga: måndag 31 augusti 2026 kl. 13.00–15.00" in shown
    assert NOT_UNDERSTOOD not in shown


@pytest.mark.parametrize(("text", "shown", "not_shown"), [
    ("när är nästa möte i chefsgruppen?", "fredag 25 september 2026", "måndag 31 augusti"),
    ("när är nästa möte för barn och unga?", "måndag 31 augusti 2026", "fredag 25 september"),
    ("när träffas samverkansgruppen?", "måndag 31 augusti 2026", "fredag 25 september"),
])
def test_a_group_named_as_people_say_it_shows_that_groups_meeting(loaded, clock, text, shown,
                                                                  not_shown):
    reply = dm(loaded, clock, text).plain_text()
    assert shown in reply and not_shown not in reply


@pytest.mark.parametrize("text", ["vem kommer på mötet?", "Vilka har anmält förhinder?",
                                  "vilka som deltar den 31 augusti"])
def test_who_comes_is_the_attendance_overview_for_staff_and_a_pointer_for_members(
        loaded, clock, text):
    member = dm(loaded, clock, text).text
    assert member.startswith("Närvaroöversikten i Samverkansgrupp Barn och unga är till för")
    assert "fråga Daniel Berglund" in member
    secretary = dm(loaded, clock, text, user="U0DANIELB").plain_text()
    assert "måndag 31 augusti 2026" in secretary and NOT_UNDERSTOOD not in secretary
    assert "förhinder, men inte till vilket möte" not in secretary


def test_a_greeting_and_thanks_get_a_short_answer(loaded, clock):
    assert dm(loaded, clock, "Hej!").text.startswith("Hej! Fråga mig till exempel")
    assert dm(loaded, clock, "tack så mycket!").text == "Varsågod!"
    # A greeting with a question is the question.
    assert "Dina nästa möten" in dm(loaded, clock, "hej, när är nästa möte?").plain_text()


def test_who_goes_in_my_place_is_a_question_about_the_usual_ersattare(loaded, clock):
    reply = dm(loaded, clock, "vem går i mitt ställe?")
    assert "Din ordinarie ersättare i Samverkansgrupp Barn och unga är Marcus Boljang." in \
        reply.plain_text()
    assert rows(loaded, Absence) == []
    # Said with a name it is still a report: "Marcus går i mitt ställe 31 augusti".
    told = dm(loaded, clock, "Marcus går i mitt ställe 31 augusti")
    assert told.text.startswith("Klart. Du har anmält förhinder till måndag 31 augusti 2026")


SBU_POSTS = ("Samverkansgrupp Barn och unga: ordförande Ingmar Ångman (Region Örebro län), "
             "sekreterare Daniel Berglund (Region Örebro län).")


@pytest.mark.parametrize("text", ["vem är sekreterare?", "Vem är vår ordförande",
                                  "vem ska jag kontakta?", "vem leder gruppen?"])
def test_who_holds_the_posts_is_answered_from_the_roster_for_each_of_her_groups(loaded, clock,
                                                                              text):
    shown = dm(loaded, clock, text).plain_text()
    assert SBU_POSTS in shown
    assert "Chefsgrupp för samverkan social välfärd samt vård och omsorg: ordförande Ingmar " \
        "Ångman (Region Örebro län), sekreterare Malin Duckert Ek (Region Örebro län)." in shown
    assert "Chefsgrupp för folkhälsa" not in shown  # not one of hers


def test_who_holds_the_posts_of_a_named_group(loaded, clock):
    assert dm(loaded, clock, "vem är ordförande för barn och unga?").plain_text() == SBU_POSTS
    # A group she is not in, named by a word of its name: she is told so and whom to ask.
    other = dm(loaded, clock, "Vem är ordförande i samverkansrådet?").plain_text()
    assert other.startswith("Du är inte med i Specifika samverkansrådet för social välfärd")
    assert "Kontakta Malin Duckert Ek" in other
    # Past tense is about a held meeting (bot/retrieval/attended), not the roster.
    assert "ordförande Ingmar" not in dm(loaded, clock, "vem var ordförande på förra mötet?").text
    assert dm(loaded, clock, "vem är sekreterare?", user="U0NOBODY").text.startswith(
        "Jag känner inte igen dig ännu.")


@pytest.mark.parametrize(("text", "command", "shown"), [
    ("vecka 36", "dagordning", "Samverkansgrupp Barn och unga: måndag 31 augusti 2026 kl. 13.00"),
    ("v39", "dagordning", "fredag 25 september 2026 kl. 13.00–16.00"),
    ("när är mötet i v. 39?", None, "fredag 25 september 2026 kl. 13.00–16.00"),
    ("vad står på dagordningen vecka 36?", None, "måndag 31 augusti 2026 kl. 13.00–15.00"),
    ("när är mötet i vecka 40?", None, "Jag hittade inget möte vecka 40 i Chefsgrupp för "
     "samverkan social välfärd samt vård och omsorg och Samverkansgrupp Barn och unga. Nästa "
     "möten: måndag 31 augusti, fredag 25 september, måndag 19 oktober."),
    ("vecka 54", "dagordning", "Jag förstod inte vilket datum du menar med ”vecka 54”."),
])
def test_a_week_by_its_number_shows_that_weeks_meetings(loaded, clock, text, command, shown):
    reply = say(loaded, clock, text, user="U0JOHANNA", command=command).plain_text()
    assert shown in reply
    if "måndag 31 augusti 2026" in shown:
        assert "fredag 25 september 2026" not in reply
    if "fredag 25 september 2026" in shown:
        assert "måndag 31 augusti 2026" not in reply


def test_a_past_week_in_the_past_tense_shows_the_meeting_held_then(engine, clock):
    load_samples(engine)  # the sample minutes: Barn och unga met on Tuesday 12 May (week 20)
    reply = dm(engine, clock, "vad stod på dagordningen vecka 20?", user="U0INGMARA")
    assert "tisdag 12 maj 2026" in reply.plain_text()


def test_who_is_in_the_group_is_the_roster_by_organisation(loaded, clock):
    shown = dm(loaded, clock, "vilka sitter i samverkansgruppen?").plain_text()
    assert shown.startswith("Enligt deltagarlistan\n\nSamverkansgrupp Barn och unga (14)\n")
    assert "• Örebro kommun: Johanna Viberg och Marcus Boljang (ersättare)" in shown
    assert "Daniel Berglund (sekreterare), Ingmar Ångman (ordförande)" in shown
    assert "Chefsgrupp" not in shown
    # By organisation, in each of her groups; an organisation nobody is from is said so.
    kumla = dm(loaded, clock, "vem är med från Kumla?").plain_text()
    assert "• Kumla kommun: Malin Bäcklund" in kumla and "Barn och unga" not in kumla
    assert dm(loaded, clock, "vilka är med från Gotland?").text == (
        "Ingen i Chefsgrupp för samverkan social välfärd samt vård och omsorg och "
        "Samverkansgrupp Barn och unga är från ”Gotland” enligt deltagarlistan.")
    # A meeting's attendance stays /närvaro's; a group she is not in is not listed.
    assert dm(loaded, clock, "vilka är med på mötet?").text.startswith("Närvaroöversikten")
    assert dm(loaded, clock, "vilka är med i samverkansrådet?").text.startswith(
        "Du är inte med i Specifika samverkansrådet")


@pytest.mark.parametrize(("text", "shown"), [
    ("var är mötet?", "Plats: Sothönan, Regionhuset, Klostergatan 23, Örebro"),
    ("finns det en länk till mötet?", "måndag 31 augusti 2026 kl. 13.00–15.00"),
    ("vilken tid börjar mötet?", "måndag 31 augusti 2026 kl. 13.00–15.00"),
    ("hur lång tid är mötet?", "måndag 31 augusti 2026 kl. 13.00–15.00"),
    ("är mötet inställt?", "måndag 31 augusti 2026 kl. 13.00–15.00"),
    ("har vi möte på måndag?", "måndag 31 augusti 2026 kl. 13.00–15.00"),
    ("vad ska vi prata om på mötet?", "4. Uppföljning av gruppens interna utvärdering"),
    ("vilka remisser har jag inte svarat på?", "Öppna remisser"),
    ("när är sista dag för synpunkter?", "Sista dag fredag 11 september 2026"),
    ("hur anmäler jag förhinder?", "• `/anmäl-förhinder` – anmäl att du inte kan komma"),
])
def test_questions_about_the_meeting_as_members_ask_them(loaded, clock, text, shown):
    reply = dm(loaded, clock, text)
    assert shown in reply.plain_text() or shown in reply.text
    assert NOT_UNDERSTOOD not in reply.plain_text()


def test_what_happened_at_the_last_meeting_is_its_decisions(engine, clock):
    load_samples(engine)
    reply = dm(engine, clock, "vad hände på senaste mötet?", user="U0INGMARA").plain_text()
    assert reply.startswith("Senaste besluten på mötet tisdag 12 maj 2026:")
