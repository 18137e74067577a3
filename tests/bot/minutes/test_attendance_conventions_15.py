"""Attendance as kommuner's § protokoll write it, transcribed one line a page: the ledamöter on
the next page under a running head with its own page label ('HÖGBY KOMMUN sid 2') (pages
written for the rules, none copied from the corpus)."""

from __future__ import annotations

from bot.minutes.reading import parse_text

# A kommunfullmäktige's front page names its presidium and sends the rest to page 2, whose
# running head carries the municipality and 'sid 2' before the names
LEDAMOTER_ON_PAGE_TWO = """\
Tisdag 3 mars 2015 kl. 18:00

1 KOMMUNFULLMÄKTIGE Tid och plats Beslutande Tisdag 3 mars 2015 kl. 18:00 Folkets hus, Högby \
Anna Berg (S), Ordförande Olof Ek (C), 1:e vice ordförande Övriga ledamöter redovisas på sidan \
2. Justerare Per Lind, Karin Dahl Tid för justering Paragrafer sekreterare Ordförande Justerare

2 HÖGBY KOMMUN sid 2 Per Lind (S) Karin Dahl (M) Stina Holm (S) Björn Sand (M) Ulla Strand (V) \
Göran Åberg (SD) övriga deltagare Lisa Ekman, Kommunchef Maria Nord, sekreterare

3 sid 3 Innehållsförteckning Ärende Sida Ordet är fritt Val av revisor
"""


def test_the_ledamoter_under_a_running_head_with_its_page_label_were_there():
    present = {a.name for a in parse_text(LEDAMOTER_ON_PAGE_TWO, "protokoll.txt").attendees
               if a.present}
    assert {"Stina Holm", "Björn Sand", "Ulla Strand", "Göran Åberg"} <= present
    assert "Högby Kommun" not in present
