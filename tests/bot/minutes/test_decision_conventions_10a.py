"""A numbered list whose numbers were all lost to '1.', and a passive inside a question that
decides nothing (pages written for the rules, none copied from the corpus)."""

from __future__ import annotations

import pytest

from bot.minutes.reading import parse_text
from bot.minutes.reading.verdicts import is_decision

# A web page's ordered list pasted as text: every point shows '1.', the short ones and the long
ALL_ONES = """\
Årsmöte 2023
Sjöbodarnas Förening Årsmöte 2023
Lördag 18/3 2023 kl. 14.00
 1. Till mötesordförande valdes Karin Holm
 1. Mötet är behörigen utlyst. Kallelsen gick ut på hemsidan och med e-post en månad före.
 1. Dagordningen fastställdes
 1. Som justerare för dagens protokoll valdes Olle Berg
 1. Kassören Eva Lund redogjorde för räkenskaperna och svarade på frågor om bryggan. \
Den ekonomiska redovisningen godkändes.
 1. Medlemsavgiften fastställs till 150 kr per år.
 1. Under punkten verksamhetsplan ställdes frågan om hur föreningens medel skall fördelas \
mellan bryggan och festen, och förslag efterlyses.
"""


def test_every_point_of_a_list_numbered_all_ones_is_an_item_of_its_own():
    m = parse_text(ALL_ONES, "arsmote.txt")
    found = {d.text: d.item for d in m.decisions}
    # the long point is an item of its own, not the text of the election above it, so that
    # election keeps its own decision
    assert found["Som justerare för dagens protokoll valdes Olle Berg"] == (
        "Som justerare för dagens protokoll valdes Olle Berg"
    )
    assert found["Den ekonomiska redovisningen godkändes."].startswith("Kassören Eva Lund")
    assert "Medlemsavgiften fastställs till 150 kr per år." in found
    assert all(d.number in (None, "") for d in m.decisions)


def test_a_question_raised_under_a_point_is_no_decision():
    m = parse_text(ALL_ONES, "arsmote.txt")
    assert not [d for d in m.decisions if "verksamhetsplan" in d.text]


@pytest.mark.parametrize(
    ("sentence", "decides"),
    [
        # asked or discussed: the passive stands in an indirect question
        ("Under punkten ställdes frågan om hur medlen skall fördelas.", False),
        ("Styrelsen diskuterade vad som ska göras med bryggan och när den ska målas.", False),
        ("Underlag tas fram för beslut om vilka lokaler som bör hyras.", False),
        # decided: the passive is the sentence's own
        ("Medlemsavgiften fastställs till 150 kr.", True),
        ("Styrelsen beslutade hur medlen ska fördelas: bryggan får 10 000 kr.", True),
        ("Dagordningen fastställdes.", True),
    ],
)
def test_a_passive_in_an_indirect_question_decides_nothing(sentence, decides):
    assert is_decision(sentence) is decides
