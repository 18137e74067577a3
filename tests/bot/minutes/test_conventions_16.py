"""Conventions of Swedish minutes read in session 16 (pages written for the rules, none copied
from the corpus): 'Justeras:' after the box of signatures names who justerar; a person's § note
with its item's title is no organisation; the last of several speakers named after a title in
lower case ('… och socialtjänstminister Anna Ek informerade') was there."""

from __future__ import annotations

from bot.minutes import review
from bot.minutes.reading import parse_text

# The minutes end with the box of signatures and the justerare under "Justeras:"
SIGNATURES_AT_THE_END = """\
Protokoll styrelsemöte Sockenrådet 12 mars 2025
Närvarande: Anna Ek, Karin Berg, Per Lind, Olle Strand
§ 1 Mötets öppnande Ordföranden öppnade mötet.
§ 2 Ekonomi Styrelsen beslutade att godkänna budgeten. \
Underskrifter Sekreterare Karin Berg Ordförande Anna Ek Justeras: Olle Strand
"""


def test_justeras_after_the_box_of_signatures_names_the_justerare_not_the_chair():
    minutes = parse_text(SIGNATURES_AT_THE_END, "sockenradet.txt")
    assert minutes.adjusters == ["Olle Strand"]
    assert minutes.with_role("chair") == ["Anna Ek"]
    assert minutes.with_role("secretary") == ["Karin Berg"]


SECTION_AND_ITEM_AFTER_A_TITLE = """\
Byggnadsnämnden
Protokoll
Sammanträdesdatum 2026-02-10
Plats och tid Kommunhuset, kl. 13.00–16.00
Beslutande
Anna Berg (S), ordförande
Per Ek (M)
Övriga deltagare
Carina Holm, fastighetschef 59 (Projektuppföljning Backa skola)
Lars Dahl, ekonom § 60 (Budget

§ 59 Projektuppföljning Backa skola
Nämnden beslutar att lägga informationen till handlingarna.
"""


def test_the_section_attended_and_its_items_title_are_no_organisation():
    form = review.field_values(parse_text(SECTION_AND_ITEM_AFTER_A_TITLE, "bn.txt"))
    lines = form["present"].splitlines()
    assert "Carina Holm, fastighetschef" in lines
    assert "Lars Dahl, ekonom" in lines


# Those who inform the meeting, the last named after her title in lower case
SPEAKERS_WITH_TITLES = """\
Protokoll Socialnämnden 2025-03-04
Närvarande: Anna Berg, Karl Dahl
§ 1 Information
Företrädare från länsstyrelsen och socialtjänstminister Eva Holm informerade om avskiljningar.
§ 2 Lokaler
Fastighetschefen, ekonom Per Lind och förvaltningschef Stina Ek redovisade lokalbehovet.
§ 3 Uppdrag
Nämnden ger kommunchef Olle Sand i uppdrag att utreda frågan.
"""


def test_the_last_speaker_named_after_a_title_in_lower_case_was_there():
    present = parse_text(SPEAKERS_WITH_TITLES, "sn.txt").present
    assert {"Eva Holm", "Stina Ek"} <= set(present)
    assert "Olle Sand" not in present  # given a task, not speaking
