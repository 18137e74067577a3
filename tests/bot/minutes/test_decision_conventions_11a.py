"""An annual meeting named by its kind in its title's first words, and a relative clause that
ends the sentence with what became of what it presented (pages written for the rules, none
copied from the corpus)."""

from __future__ import annotations

import pytest

from bot.minutes.reading import parse_text
from bot.minutes.reading.verdicts import ANNUAL_MEETING, is_decision

# An association's web page: the title names the meeting as an årsmöte, '§ N' over each
# paragraph, the annual meeting its own subject
ANNUAL = """\
Årsmöte Lillbyns intresseförening 9 mars 2023 i Bygdegården

Omkring 30 medlemmar deltog.

§ 1

Till mötesordförande valdes Per Ek.

§ 2

Årsmötet beslutades vara behörigt utlyst.

§ 3

Revisorerna tillstyrker att styrelsen ges ansvarsfrihet.

§ 4

Årsmötet beslutade att ge styrelsen ansvarsfrihet för verksamhetsåret 2022.

§ 5

Årsmötet beslutade att medlemsavgiften ska vara 100 kr per hushåll.
"""

# A board's minutes that speak of the annual meeting: there "Årsmötet beslutade" is an earlier
# decision reported, even under a heading that begins with the word
BOARD = """\
Årsmötet 2023 – Lillbyns intresseförening
Styrelsemöte 20 april 2023

§ 1

Till justerare valdes Eva Lind.

§ 2

Årsmötet beslutade att medlemsavgiften ska vara 100 kr per hushåll. Kassören skickar ut
fakturor.
"""


def _texts(text: str) -> list[str]:
    return [d.text for d in parse_text(text, "protokoll.txt").decisions]


def test_a_title_that_opens_with_the_kind_of_meeting_makes_it_an_annual_meeting():
    found = " ".join(_texts(ANNUAL))
    assert "Årsmötet beslutades vara behörigt utlyst." in found
    assert "Årsmötet beslutade att ge styrelsen ansvarsfrihet" in found
    assert "Årsmötet beslutade att medlemsavgiften ska vara 100 kr" in found
    # the revisors' proposal stays a proposal
    assert "tillstyrker" not in found


def test_a_board_meeting_under_an_annual_heading_reports_the_annual_meeting():
    found = " ".join(_texts(BOARD))
    assert "Till justerare valdes Eva Lind." in found
    assert "Årsmötet beslutade" not in found


@pytest.mark.parametrize(
    ("sentence", "ours", "decides"),
    [
        # a passive whose subject is the meeting: the meeting's own when it is the annual one
        ("Årsmötet beslutades vara behörigt utlyst.", {ANNUAL_MEETING}, True),
        ("Årsmötet beslutades vara behörigt utlyst.", set(), False),
    ],
)
def test_the_annual_meeting_as_a_passive_subject(sentence, ours, decides):
    assert is_decision(sentence, ours) is decides


@pytest.mark.parametrize(
    ("sentence", "decides"),
    [
        # the relative clause ends the sentence: what became of what was presented
        ("Kassören gick igenom bokslutet för 2022, som godkändes och lades till handlingarna.",
         True),
        ("Genomgång av föregående protokoll, 2023-01-15 som godkänns av styrelsen.", True),
        ("Ordföranden gick igenom föregående mötesprotokoll som justerades och lades till "
         "handlingarna.", True),
        ("Sekreteraren läste upp verksamhetsberättelsen, som fastställdes utan ändringar.", True),
        # the relative clause describes which ones, and the sentence goes on
        ("De ledamöter som väljs till arbetsutskottet ska kallas till ett första möte.", False),
        ("Listan över de ärenden som bordlades i våras skickas ut med kallelsen.", False),
        ("Sekreteraren redogjorde för de beslut som fattades av kommunen i fjol.", False),
        # someone told about it: reported, not decided
        ("Ordföranden informerade om planen, som antogs av kommunfullmäktige.", False),
    ],
)
def test_a_relative_clause_that_ends_the_sentence_decides(sentence, decides):
    assert is_decision(sentence) is decides


def test_a_closing_relative_clause_with_another_body_as_agent_is_reported():
    # a board's minutes: the plan was adopted by another body
    assert not is_decision("Översiktsplanen, som antogs av kommunfullmäktige.", {"styrelse"})
    assert is_decision("Verksamhetsplanen, som antogs av styrelsen.", {"styrelse"})
