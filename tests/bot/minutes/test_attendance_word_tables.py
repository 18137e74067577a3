"""Attendance tables as secretaries' Word templates shape them (issue 10, fifth round).

Each test builds a real .docx with python-docx (tables, merged caption rows, struck runs) the
way a secretary in Örebro län fills in her template, and the same tables as a PDF drawn by
fpdf2 (cells with borders, as a word processor exports them), and reads each as an upload is
read. None of these shapes is copied from the corpus.
"""

from __future__ import annotations

from datetime import date

from bot.minutes.reading import parse_file

from .word_tables import write_pdf

TODAY = date(2026, 1, 1)


def _subs(minutes) -> list[tuple[str, str]]:
    return [(s.substitute, s.replaces) for s in minutes.substitutions]


def test_a_caption_row_over_the_head_row(read):
    minutes = read(
        [
            ["Beslutande ledamöter"],  # merged across the table
            ["Namn", "Parti", "Närvarande", "Frånvarande"],
            ["Anna Ek", "S", "X", ""],
            ["Per Lind", "M", "", "X"],
            ["Kjell Berg", "C", "X", ""],
        ],
    )
    assert minutes.present == ["Anna Ek", "Kjell Berg"]
    assert minutes.absent == ["Per Lind"]


def test_the_head_row_below_empty_rows(read):
    minutes = read(
        [
            ["Sammanträdets deltagare", "", ""],
            ["", "", ""],
            ["Namn", "Parti", "Närv."],
            ["Ingrid Sjöberg", "KD", "x"],
            ["Göran Lundqvist", "S", ""],
            ["Maria Åhlin", "V", "x"],
        ],
    )
    assert minutes.present == ["Ingrid Sjöberg", "Maria Åhlin"]
    assert minutes.absent == ["Göran Lundqvist"]


def test_no_head_row_under_a_label(read):
    minutes = read(
        "Närvarande",
        [["Anna Ek (S)", "ordförande"], ["Per Lind (M)", "ledamot"], ["Kjell Berg (C)", "ledamot"]],
    )
    assert minutes.present == ["Anna Ek", "Per Lind", "Kjell Berg"]
    assert minutes.absent == []


def test_given_name_and_surname_in_two_columns(read):
    minutes = read(
        [
            ["Förnamn", "Efternamn", "Parti", "Närv."],
            ["Anna", "Ek", "S", "X"],
            ["Per", "Lind", "M", ""],
            ["Kjell", "Berg", "C", "x"],
        ],
    )
    assert minutes.present == ["Anna Ek", "Kjell Berg"]
    assert minutes.absent == ["Per Lind"]


def test_surname_first_in_two_columns(read):
    minutes = read(
        [
            ["Efternamn", "Förnamn", "Närvarande"],
            ["Öberg", "Lars", "X"],
            ["Nyström", "Elin", "X"],
            ["Karlsson", "Jonas", ""],
        ],
    )
    assert minutes.present == ["Lars Öberg", "Elin Nyström"]
    assert minutes.absent == ["Jonas Karlsson"]


def test_every_kind_of_mark_and_an_empty_cell(read):
    minutes = read(
        [
            ["Ledamot", "Närvarande"],
            ["Anna Ek (S)", "✓"],
            ["Per Lind (M)", "Ja"],
            ["Kjell Berg (C)", "Närv"],
            ["Lena Holm (V)", "1"],
            ["Eva Strand (L)", "§§ 1–7"],  # there for the first seven §§
            ["Bo Sand (KD)", "kl 14.30–"],  # came at half past two
            ["Jan Ström (SD)", "✔"],
            ["Sara Falk (MP)", ""],  # not marked: not there
        ],
    )
    assert minutes.present == [
        "Anna Ek", "Per Lind", "Kjell Berg", "Lena Holm", "Eva Strand", "Bo Sand", "Jan Ström",
    ]  # fmt: skip
    assert minutes.absent == ["Sara Falk"]


def test_yes_and_no_in_one_column(read):
    minutes = read(
        [
            ["Namn", "Närvarande ja/nej"],
            ["Anna Ek (S)", "Ja"],
            ["Per Lind (M)", "Nej"],
            ["Kjell Berg (C)", "Ja"],
        ],
    )
    assert minutes.present == ["Anna Ek", "Kjell Berg"]
    assert minutes.absent == ["Per Lind"]


def test_n_and_f_columns(read):
    minutes = read(
        [
            ["Ledamot", "Parti", "N", "F"],
            ["Anna Ek", "S", "X", ""],
            ["Per Lind", "M", "", "X"],
            ["Kjell Berg", "C", "X", ""],
        ],
    )
    assert minutes.present == ["Anna Ek", "Kjell Berg"]
    assert minutes.absent == ["Per Lind"]


def test_a_column_of_the_paragraphs_each_member_was_there_for(read):
    minutes = read(
        [
            ["Ledamöter", "Parti", "§§"],
            ["Anna Ek", "S", "1–12"],
            ["Per Lind", "M", ""],
            ["Kjell Berg", "C", "1–7"],
        ],
    )
    assert minutes.present == ["Anna Ek", "Kjell Berg"]
    assert minutes.absent == ["Per Lind"]


def test_a_role_column_with_chair_secretary_and_adjuster(read):
    minutes = read(
        [
            ["Namn", "Funktion", "Närv."],
            ["Anna Ek", "Ordförande", "X"],
            ["Per Lind", "Sekreterare", "X"],
            ["Kjell Berg", "Justerare", "X"],
            ["Lena Holm", "Ledamot", ""],
        ],
    )
    roles = {p.name: p.role for p in minutes.people()}
    assert roles["Anna Ek"] == "chair"
    assert roles["Per Lind"] == "secretary"
    assert roles["Kjell Berg"] == "adjuster"
    assert minutes.absent == ["Lena Holm"]
    assert "Funktion" not in " ".join(minutes.present)


def test_members_then_ersättare_then_others_with_whom_each_served_for(read):
    minutes = read(
        [["Ledamöter", "Parti", "Närv"], ["Anna Ek", "S", "X"], ["Per Lind", "M", ""]],
        [
            ["Ersättare", "Parti", "Närv", "Tjg", "Tjänstgör för"],
            ["Eva Strand", "M", "X", "X", "Per Lind"],  # there and serving for Per Lind
            ["Bo Sand", "S", "X", "", ""],  # there, not serving
            ["Jan Ström", "C", "", "", ""],  # not there
        ],
        [["Övriga", "Funktion"], ["Sara Falk", "sekreterare"], ["Olle Nord", "socialchef"]],
    )
    assert minutes.present == ["Anna Ek", "Eva Strand", "Bo Sand", "Sara Falk", "Olle Nord"]
    assert _subs(minutes) == [("Eva Strand", "Per Lind")]
    assert "Jan Ström" in minutes.absent
    assert "Bo Sand" not in [s for s, _ in _subs(minutes)]


def test_an_ersätter_column_beside_the_marks(read):
    minutes = read(
        [
            ["Ledamot/ersättare", "Parti", "Närvarande", "Ersätter"],
            ["Helena Bergström", "S", "X", ""],
            ["Mikael Dahl", "M", "X", ""],
            ["Sofia Lindgren", "S", "X", "Tomas Ek (S)"],
        ],
    )
    assert _subs(minutes) == [("Sofia Lindgren", "Tomas Ek")]
    assert {"Helena Bergström", "Mikael Dahl", "Sofia Lindgren"} <= set(minutes.present)


def test_struck_out_names_in_a_list_without_marks(read):
    # in the PDF the name is struck by a bar drawn through its letters, as Word exports it
    minutes = read(
        [["Namn", "Parti"], ["Anna Ek", "S"], ["~~Per Lind~~", "M"], ["Kjell Berg", "C"]],
    )
    assert minutes.present == ["Anna Ek", "Kjell Berg"]
    assert minutes.absent == ["Per Lind"]
    assert "S" not in minutes.present and "Parti" not in " ".join(minutes.present)


def test_text_beside_a_table_reads_as_before(read):
    # only the attendance table's rows get their cells apart: the header and a signature
    # table without marks keep their plain reading
    minutes = read(
        [["Ledamot", "Parti", "N", "F"], ["Anna Ek", "S", "X", ""], ["Per Lind", "M", "", "X"]],
        [["Ordförande", "Justerare"], ["Anna Ek", "Lars Öberg"]],
    )
    assert minutes.present[:1] == ["Anna Ek"]
    assert minutes.absent == ["Per Lind"]
    assert "Kommunhuset" in minutes.place
    assert minutes.date == date(2025, 3, 12)


def test_an_ersättare_table_with_tjg_and_ej_tjg(read):
    minutes = read(
        [
            ["Ersättare", "Tjg", "Ej tjg"],
            ["Eva Strand (S)", "X", ""],  # there, serving
            ["Bo Sand (M)", "", "X"],  # there, not serving
            ["Jan Ström (C)", "", ""],  # not there
        ],
    )
    assert minutes.present == ["Eva Strand", "Bo Sand"]
    assert minutes.absent == ["Jan Ström"]
    assert [s.substitute for s in minutes.substitutions] == ["Eva Strand"]


def test_a_caption_row_over_rows_without_a_head(read):
    minutes = read(
        [
            ["Beslutande ledamöter"],
            ["Anna Ek (S)", "X"],
            ["Per Lind (M)", ""],
            ["Kjell Berg (C)", "X"],
        ],
    )
    assert minutes.present == ["Anna Ek", "Kjell Berg"]
    assert minutes.absent == ["Per Lind"]
    assert all(p.organisation != "X" for p in minutes.people())


def test_a_mark_with_the_paragraphs_and_rows_with_nothing_beside_the_name(read):
    minutes = read(
        [
            ["Namn", "Närv."],
            ["Anna Ek (S)", "X (§§ 1–5)"],
            ["Per Lind (M)", ""],  # in a PDF: a line with the name alone
            ["Kjell Berg (C)", "X"],
        ],
    )
    assert minutes.present == ["Anna Ek", "Kjell Berg"]
    assert minutes.absent == ["Per Lind"]


def test_a_table_of_those_away_and_who_replaced_them(read):
    minutes = read(
        [["Frånvarande", "Ersatt av"], ["Per Lind (M)", "Bo Sand (M)"], ["Lena Holm (V)", ""]],
    )
    assert minutes.absent == ["Per Lind", "Lena Holm"]
    assert _subs(minutes) == [("Bo Sand", "Per Lind")]


def test_a_struck_name_in_a_list_of_lines_and_an_underlined_one(tmp_path):
    # "Närvarande" over one name a line, as a PDF of a Word list: the struck name was away,
    # the underlined one (a bar under the letters, not through them) was there
    minutes = parse_file(write_pdf([
        "Närvarande",
        "Anna Ek (S), ordförande",
        "~~Per Lind (M)~~",
        "--Kjell Berg (C)--",
        "Lena Holm (V)",
    ], tmp_path / "protokoll.pdf"), today=TODAY)
    assert minutes.present == ["Anna Ek", "Kjell Berg", "Lena Holm"]
    assert minutes.absent == ["Per Lind"]
