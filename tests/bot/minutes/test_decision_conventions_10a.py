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


# Written after the held half was scored (see the corpus README): numbered items the attendance
# reader or a bullet kept from being read as the minutes' items
CLAIMED_HEADING = """\
Protokoll fört vid styrelsemöte i Björkdalens Pensionärsförening
Tid: 10.00-11.30
Deltagande: Anna Berg, ordförande, Per Ek, Lisa Holm, Olle Dahl
1. Mötets öppnande
Ordförande hälsar alla välkomna och öppnar mötet.
2. Närvarande
Hela styrelsen utom Olle Dahl deltar.
3. Dagordning
Dagordningen godkändes.
4. Justerare
Till att justera dagens protokoll valdes Lisa Holm.
5. Ekonomi
Beslutas att föreningen står för kaffet.
"""


def test_a_numbered_item_titled_by_an_attendance_label_keeps_the_numbering_going():
    m = parse_text(CLAIMED_HEADING, "styrelse.txt")
    assert [(d.number, d.item) for d in m.decisions] == [
        ("3", "Dagordning"), ("4", "Justerare"), ("5", "Ekonomi")
    ]


BULLETED_NUMBERS = """\
Konstituerande styrelsemöte
Sjöbodarnas Förening
Protokoll från konstituerande styrelsemöte den 2 april 2023.
Närvarande: Karin Holm, Olle Berg, Eva Lund, Per Ek.
 • 1. Till ordförande för mötet väljs Karin Holm.
 • 2. Till justerare för protokollet väljs Olle Berg.
 • 3. Till kassör för ett år väljs Eva Lund.
 • 4. Till adjungerade ledamöter för 1 år väljs
Per Ek och Anna Berg.
 • 4. Ordföranden får i uppdrag att kontakta kommunen om bryggan.
 • 5. Föreningens firmatecknare är ordförande och kassör var för sig.
"""


def test_points_numbered_by_hand_after_a_bullet_are_the_items():
    m = parse_text(BULLETED_NUMBERS, "konstituerande.txt")
    found = [(d.number, d.text) for d in m.decisions]
    assert ("2", "Till justerare för protokollet väljs Olle Berg.") in found
    assert ("3", "Till kassör för ett år väljs Eva Lund.") in found
    # an election with its post first is no heading, though its item decides more after it
    assert ("4", "Till adjungerade ledamöter för 1 år väljs") in found
    assert ("4", "Ordföranden får i uppdrag att kontakta kommunen om bryggan.") in found


LISTED_AFTER_COLON = """\
Protokoll från årsmötet med Sjöbodarnas Förening 18 mars 2023.
1. Ordföranden Karin Holm öppnade mötet.
2. Dagordningen godkändes.
3. Styrelsen beviljades ansvarsfrihet.
4. Val av styrelse enligt valberedningens förslag, det valdes som följer nedan:
5. Karin Holm som ordförande, 1 år.
6. Olle Berg valdes som revisor, 1 år.
"""


def test_numbers_going_on_after_a_lead_in_with_a_colon_list_its_points():
    m = parse_text(LISTED_AFTER_COLON, "arsmote.txt")
    assert "Karin Holm som ordförande, 1 år." in [d.text for d in m.decisions]
