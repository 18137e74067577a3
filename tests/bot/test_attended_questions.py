"""“Vilka var med på förra mötet?”: who came to a held meeting, as its published minutes say,
asked in a DM as members write it, and told only about the groups the asker may see."""

from __future__ import annotations

import pytest

from bot import commands
from bot.context import Context
from bot.replies import Request
from storage.engine import unit_of_work
from tests.bot.decision_samples import load_samples

JOHANNA, JENNY, STRANGER = "U0JOHANNA", "U0JENNYST", "U0NOBODY1"


@pytest.fixture
def loaded(engine):
    """The roster and the five sample minutes, published as a secretary would."""
    load_samples(engine)
    return engine


def say(engine, clock, text, user=JOHANNA):
    request = Request("slack", user, text, None, channel_id=f"D{user}", is_dm=True,
                      now=clock.now())
    with unit_of_work(engine) as session:
        return commands.handle(Context(session, clock), request).plain_text()


@pytest.mark.parametrize("question", [
    "vilka var med på förra mötet?",
    "Vilka var närvarande på mötet den 12 maj?",
    "vilka deltog på mötet i maj",
    "vem var frånvarande på senaste mötet?",
])
def test_a_member_is_told_who_came_to_her_groups_last_meeting(loaded, clock, question):
    answer = say(loaded, clock, question)
    assert answer.startswith("Enligt protokollet från mötet tisdag 12 maj 2026 "
                             "(Samverkansgrupp Barn och unga):")
    assert "Närvarande (11): Monica Skantz" in answer
    # Organisations the minutes leave out are the roster's, for the group's members.
    assert ("Frånvarande (2): Annika Karlsson Juliussen (RF-SISU Örebro län) och Jaana Jansson "
            "(Hallsbergs kommun).") in answer
    assert "Källa: samverkansgrupp-barn-och-unga-2026-05-12.txt" in answer


def test_asking_who_was_absent_leads_with_the_absent(loaded, clock):
    answer = say(loaded, clock, "vem var frånvarande på senaste mötet?")
    assert answer.index("Frånvarande (2)") < answer.index("Närvarande (11)")
    answer = say(loaded, clock, "vilka var med på senaste mötet?")
    assert answer.index("Närvarande (11)") < answer.index("Frånvarande (2)")


def test_a_month_picks_that_months_meeting_and_a_named_group_its_own(loaded, clock):
    answer = say(loaded, clock, "vilka var med i chefsgruppen i mars?")
    assert answer.startswith("Enligt protokollet från mötet fredag 6 mars 2026 (Chefsgrupp")
    assert "Johanna Viberg (Örebro kommun)" in answer
    assert "Protokollet nämner ingen som var frånvarande." in answer


def test_a_date_without_minutes_gets_an_honest_no(loaded, clock):
    answer = say(loaded, clock, "vilka var med på mötet den 3 mars 2019?")
    assert answer.startswith("Jag hittade inget publicerat protokoll med närvaro den 3 mars 2019.")


def test_a_group_she_is_not_in_is_not_told(loaded, clock):
    """Johanna is not in the samverkansråd: asking about it must not name its members, nor fall
    back to her own group's meeting."""
    answer = say(loaded, clock, "vilka var med på samverkansrådets möte?")
    assert answer.startswith("Du är inte med i Specifika samverkansrådet för social välfärd "
                             "samt vård och omsorg, så vilka som var med där berättar jag inte.")
    assert "Närvarande" not in answer
    member = say(loaded, clock, "vilka var med på samverkansrådets möte?", user=JENNY)
    assert member.startswith("Enligt protokollet från mötet")
    assert "Specifika samverkansrådet" in member


def test_someone_outside_every_group_learns_nothing(loaded, clock):
    answer = say(loaded, clock, "vilka var med på förra mötet?", user=STRANGER)
    assert "Närvarande" not in answer and "Johanna Viberg" not in answer


def test_who_stood_in_for_whom_still_answers_by_name(loaded, clock):
    answer = say(loaded, clock, "vem var ersättare för Karin Haster?")
    assert answer.startswith("Anna Bürger Sjödin ersatte Karin Haster på mötet fredag 14 juni 2024")


def test_asking_for_ersattare_says_there_were_none_first(loaded, clock):
    answer = say(loaded, clock, "vilka var ersättare på förra mötet?")
    assert answer.index("Protokollet nämner inga tjänstgörande ersättare.") \
        < answer.index("Närvarande (11)")
    assert "inga tjänstgörande ersättare" not in say(loaded, clock, "vilka var med på förra mötet?")


@pytest.mark.parametrize(("question", "user", "expected"), [
    ("Vem var sekreterare på mötet den 12 maj?", JOHANNA, "Sekreterare: Daniel Berglund"),
    ("vem var ordförande på mötet i maj 2024?", JENNY, "Ordförande: Jenny Steen"),
])
def test_who_held_a_post_at_a_meeting_is_answered_with_that_post_alone(
        loaded, clock, question, user, expected):
    # Before: "Jag förstod inte riktigt."
    answer = say(loaded, clock, question, user=user)
    assert answer.startswith("Enligt protokollet från mötet ")
    assert expected in answer
    assert "Närvarande (" not in answer  # the post asked about, not the whole list
    assert "Källa: " in answer


def test_a_post_the_minutes_leave_unsaid_is_told_as_the_rosters_not_the_minutes(loaded, clock):
    # The minutes of 12 May name no ordförande; Ingmar Ångman is the group's chair in the
    # roster. Before: "Enligt protokollet … Ordförande: Ingmar Ångman", which they do not say.
    answer = say(loaded, clock, "Vem var ordförande på förra mötet?")
    assert answer.startswith("Mötet tisdag 12 maj 2026 (Samverkansgrupp Barn och unga):")
    assert "Enligt protokollet" not in answer
    assert ("Protokollet säger inte vem som var ordförande. Ingmar Ångman var med på mötet och "
            "är ordförande i Samverkansgrupp Barn och unga enligt gruppens medlemslista."
            ) in answer
    assert "Källa: samverkansgrupp-barn-och-unga-2026-05-12.txt" in answer


@pytest.mark.parametrize("question, meeting", [
    # Before: the latest meeting (12 May 2026) for the first, 15 November 2024 (the year's
    # latest) for the second: another meeting's list, told as this one's.
    ("vilka var med på mötet 12.5?", "tisdag 12 maj 2026 (Samverkansgrupp Barn och unga)"),
    ("vilka var med på mötet 14.6.2024?", "fredag 14 juni 2024 (Chefsgrupp för folkhälsa"),
])
def test_a_meetings_day_written_with_dots_is_that_meeting(loaded, clock, question, meeting):
    assert say(loaded, clock, question).startswith(f"Enligt protokollet från mötet {meeting}")


def test_a_day_with_dots_that_had_no_meeting_is_no_other_meeting(loaded, clock):
    answer = say(loaded, clock, "vilka var med på mötet 14.6?")  # 14 June 2026: none
    assert answer.startswith("Jag hittade inget publicerat protokoll med närvaro den 14 juni "
                             "2026.")


@pytest.mark.parametrize("question, expected", [
    ("vad beslutades på mötet 12.5?", "Senaste besluten den 12 maj 2026:"),
    ("vem ersatte Karin Haster den 14.6?", "Anna Bürger Sjödin ersatte Karin Haster på mötet "
                                           "fredag 14 juni 2024"),
])
def test_decisions_and_substitutes_by_a_day_with_dots(loaded, clock, question, expected):
    assert say(loaded, clock, question).startswith(expected)


def test_punkt_3_9_stays_a_subject(loaded, clock):
    assert "punkt 3" in say(loaded, clock, "vad beslutades under punkt 3.9?")
