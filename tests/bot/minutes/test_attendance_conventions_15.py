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


# A kommunstyrelse's table of beslutande read a column at a time: the names, then their roles
def _columns(first_substitute_party: str) -> str:
    return f"""\
SAMMANTRÄDESPROTOKOLL

1 Plats Kommunhuset, Stora salen Tid , kl. 18:00-20:00 Beslutande Övriga deltagare Utses att \
justera Underskrifter Anna Berg (M) Olof Ek (S) Per Lind (M) Karin Dahl (C) Stina Holm (M) \
Björn Sand ({first_substitute_party}) Ulla Strand (C) Göran Åberg (M) Lisa Ekman Maria Nord \
Sekreterare ordförande vice-ordförande ledamot ledamot ledamot ersätter Eva Falk (S) ersätter \
Jan Kvist (C) ersättare kommundirektör kommunsekreterare Paragraf Ordförande Justerande

2 KS 1 Val av justerare Till justerare utsågs Per Lind.
"""


def test_a_column_of_roles_read_after_the_names_says_whom_each_substitute_replaces():
    minutes = parse_text(_columns("S"), "protokoll.txt")
    pairs = {(s.substitute, s.replaces) for s in minutes.substitutions}
    assert pairs == {("Björn Sand", "Eva Falk"), ("Ulla Strand", "Jan Kvist")}


def test_columns_that_do_not_line_up_by_party_pair_no_one():
    minutes = parse_text(_columns("M"), "protokoll.txt")
    pairs = {(s.substitute, s.replaces) for s in minutes.substitutions}
    assert not pairs & {("Björn Sand", "Eva Falk"), ("Ulla Strand", "Jan Kvist")}


# The justerare's name run into the house where the minutes are justerade
JUSTERAS_IN_THE_TOWN_HALL = """\
SAMMANTRÄDESPROTOKOLL

1 Plats Kommunhuset, Stora salen Tid , kl. 18:00-20:00 Beslutande Övriga deltagare Utses att \
justera Justeringens plats och tid Underskrifter Anna Berg (M) Olof Ek (S) Per Lind (M) Karin \
Dahl (C) Lisa Ekman Per Lind Högby kommunhus, Sekreterare Paragraf Ordförande Justerande

2 KS 1 Val av justerare Till justerare utsågs Per Lind.
"""


def test_a_town_before_its_kommunhus_is_no_part_of_the_name_before_it():
    present = {a.name for a in parse_text(JUSTERAS_IN_THE_TOWN_HALL, "protokoll.txt").attendees}
    assert "Per Lind" in present
    assert "Per Lind Högby" not in present
