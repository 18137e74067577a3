"""How Swedish minutes name their body and their place, read by convention, round 9b.

The pages below are written for these tests (none is copied from the corpus): a council's
title in title case with its venue after it ('Kommunala Handikapprådet Bygdemuseet, Åsen'),
and a front page whose labels run together so that the diary number and the page's counter
stand before the place.
"""

from __future__ import annotations

from datetime import date

from bot.minutes.reading import parse_text

TODAY = date(2026, 12, 2)
_REST = (
    "Närvarande Anna Berg, ordförande Karl Dahl Per Ek, sekreterare\n\n"
    "1. Dagordning\nDagordningen godkänns.\n"
)


def _read(text: str):
    return parse_text(text + _REST, "protokoll.txt", today=TODAY)


def test_a_venue_after_the_bodys_name_in_a_title_is_no_part_of_it():
    minutes = _read(
        "1 (4) Kommunala Handikapprådet Bygdemuseet, Åsen, Västby Tisdag den 14 maj 2024, kl\n\n"
        "Plats och tid Bygdemuseet, Åsen, Västby Tisdag den 14 maj 2024, kl\n\n"
    )
    assert minutes.groups == ["Kommunala Handikapprådet"]


def test_a_body_named_by_its_proper_name_after_the_kind_keeps_it():
    minutes = _read("Protokoll Samordningsförbundet Västby 2024-05-14\n\n")
    assert minutes.groups == ["Samordningsförbundet Västby"]


def test_a_diary_number_and_a_page_counter_are_no_place():
    minutes = _read(
        "Plats och tid Ordförande Mötesdatum Dnr. KS/2024:12-103 1/5 Sessionssalen, "
        "Kommunhuset, Västby kl. 10:00-12:00 Anna Berg (S)\n\n"
    )
    assert minutes.place == "Sessionssalen, Kommunhuset, Västby"
