"""Attendance in the layouts of files, round 8f: plain text files keep a lone star, and lists that
go on over a page break in a fullmäktige's appendix.

Every text here is written the way such minutes are (none is copied from the corpus).
"""

from __future__ import annotations

from datetime import date

from bot.minutes.reading.parser import parse_raw
from bot.minutes.reading.readers import read_file, read_text

TODAY = date(2026, 1, 1)
_DECISION = "§ 1 Dagordning\nFullmäktige beslutar att godkänna dagordningen.\n"


def test_a_plain_text_file_keeps_its_characters(tmp_path):
    # A .txt often comes from Markdown (its links and bold are read as such), but a lone star
    # before a serving ersättare and a signature line of underscores are the secretary's own
    path = tmp_path / "protokoll.txt"
    path.write_text(
        "Kommunfullmäktige 2024-03-12\n"
        "Beslutande Anna Berg *Karl Dahl Eva Holm\n"
        "Se **bilaga 1** och [listan](https://example.se/lista).\n"
        "______________________\n",
        encoding="utf-8",
    )
    lines = read_file(path).lines
    assert "Beslutande Anna Berg *Karl Dahl Eva Holm" in lines
    assert "Se bilaga 1 och listan." in lines
    assert "______________________" in lines


def test_a_star_opening_the_next_page_of_an_appendix_goes_on_with_the_list():
    # The appendix's names run on over the page break, under its running head, and the first
    # on the new page is a serving ersättare with the fullmäktige's star before the name
    text = (
        "Kommunfullmäktige 2024-03-12\n"
        "Beslutande Olov Säfström Maud Bengtsson *Anders Rapp Lena Nord Sven Ek Ola Berg\n\n"
        "2 (12) *Mona Sjöberg Peter Strand Karin Alm Jonas Wik (S) (S) (M) (M) (M) (V)\n\n"
        + _DECISION
    )
    minutes = parse_raw(read_text(text), "bilaga.txt", TODAY)
    assert {"Mona Sjöberg", "Peter Strand", "Karin Alm", "Jonas Wik"} <= set(minutes.present)


_HEAD = "Socialnämnden\nSammanträdesprotokoll 2024-03-12\n"
_ITEM = "\n§ 1 Dagordning\nNämnden beslutar att godkänna dagordningen.\n"


def _minutes(text: str):
    return parse_raw(read_text(_HEAD + text + _ITEM), "protokoll.docx", TODAY)


def test_a_group_row_inside_a_narvarolista_keeps_the_marks_going():
    # A Word närvarolista groups its rows under "Ersättare" (a row with empty mark cells);
    # below it the X columns still say who was there and who was away
    minutes = _minutes(
        "NÄRVAROLISTA\n"
        "Ledamöter\tParti\tNärv\tFrånv\n"
        "Anna Berg, ordförande\tS\tX\t\n"
        "Karl Dahl\tM\t\tX\n"
        "Ersättare\n"
        "Per Ek\tS\t\tX\n"
        "Lisa Åberg\tM\tX\t\n"
    )
    assert set(minutes.present) == {"Anna Berg", "Lisa Åberg"}
    assert set(minutes.absent) == {"Karl Dahl", "Per Ek"}


def test_a_role_where_the_mark_would_be_is_there():
    # "Göran Lund | sekreterare" in the column of X marks: there, as the secretary
    minutes = _minutes(
        "Ledamöter\tNärvarande\n"
        "Anna Berg\tX\n"
        "Göran Lund\tsekreterare\n"
        "Karl Dahl\tanmält förhinder\n"
        "Eva Holm\tX\n"
    )
    assert {"Anna Berg", "Eva Holm", "Göran Lund"} <= set(minutes.present)
    assert "Göran Lund" not in minutes.absent


def test_marks_before_their_names_in_a_scanned_line_belong_to_the_name_after_them():
    # A scanned närvarolista's text layer as one line: each X came out before its name, so
    # the last member seems unmarked; the column heads 'Närv Frånv' are no one's name
    minutes = _minutes(
        "Ledamöter Närv Frånv X Anna Berg (S) X Karl Dahl (M) X Eva Holm (V)\n"
    )
    assert set(minutes.present) == {"Anna Berg", "Karl Dahl", "Eva Holm"}
    assert minutes.absent == []


def test_a_table_of_stand_ins_with_an_ersattare_for_column_names_whom_they_replaced():
    # Page 2 of a fullmäktige's protokoll: the members' table, then the stand-ins' table whose
    # second column, 'ersättare för', names the member each replaced (who was not there)
    minutes = _minutes(
        "Beslutande\n"
        "Ledamöter:\n"
        "Anna Berg (C)\n"
        "Karl Dahl (M)\n"
        "Tjänstgörande ersättare:\tersättare för\n"
        "Per Ek (C)\tLisa Åberg (C)\n"
        "Mona Lind (M)\tEva Holm (M)\n"
    )
    pairs = {(s.substitute, s.replaces) for s in minutes.substitutions}
    assert pairs == {("Per Ek", "Lisa Åberg"), ("Mona Lind", "Eva Holm")}
    assert {"Per Ek", "Mona Lind"} <= set(minutes.present)
    assert "Lisa Åberg" not in minutes.present and "Eva Holm" not in minutes.present


def test_an_empty_seat_is_a_row_of_the_table_and_the_table_goes_on():
    # "Vakant (M)": a seat nobody holds, its mark cell empty; the members below it still count
    minutes = _minutes(
        "Ledamöter\tNärvarande\n"
        "Anna Berg (S)\tX\n"
        "Vakant (M)\t\n"
        "Eva Holm (V)\tX\n"
        "Karl Dahl (C)\t\n"
    )
    assert set(minutes.present) == {"Anna Berg", "Eva Holm"}
    assert minutes.absent == ["Karl Dahl"]


def test_those_who_sign_under_dotted_lines_were_there():
    # "Beslutande Enligt förteckning" and the list not in the file: the front page's lines to
    # sign on, each with the name typed under it, are all it says of who was there
    minutes = _minutes(
        "Beslutande Enligt förteckning\n"
        "Utses att justera Eva Holm och Per Ek\n"
        "Underskrift Sekreterare ......................... Paragrafer 12-20\n"
        "Maria Lund\n\n"
        "Ordförande ........................\n"
        "Anna Berg\n\n"
        "Justerande ..................................\n"
        "Eva Holm Per Ek\n"
        "ANSLAG/BEVIS\n"
    )
    assert {"Maria Lund", "Anna Berg", "Eva Holm", "Per Ek"} <= set(minutes.present)
    roles = {a.name: a.role for a in minutes.attendees}
    assert roles["Maria Lund"] == "secretary" and roles["Anna Berg"] == "chair"
