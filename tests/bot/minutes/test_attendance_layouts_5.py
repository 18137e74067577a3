"""Attendance in the layouts met on minutes the reader had not seen (issue 10, fifth round).

Every text is written here the way a nämnd, a råd or a board writes its minutes (none copied
from the corpus): OCR that lost å, ä and ö, surnames with particles, names run together,
a flattened column of whom the ersättare replaced, ersättare for some §§ only, absence as
'Avbön' or 'Förhindrade', and tables whose names' column lost its head.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.minutes.reading import parse_text

TODAY = date(2026, 1, 1)


def _read(text: str):
    return parse_text(text, "protokoll.txt", today=TODAY)


def _subs(minutes) -> list[tuple[str, str]]:
    return [(s.substitute, s.replaces) for s in minutes.substitutions]


def test_labels_whose_å_ä_ö_the_ocr_lost():
    minutes = _read(
        "PROTOKOLL Fullmaktige Narvarande Anna Ek Per Lind Kjell Berg Ovriga deltagare Eva "
        "Strand, kanslichef Franvarande Lena Holm Plats Karhuset 2024-03-12\n"
        "1. Mötets öppnande\nMötet öppnades.\n"
    )
    assert {"Anna Ek", "Per Lind", "Kjell Berg", "Eva Strand"} <= set(minutes.present)
    assert minutes.absent == ["Lena Holm"]


@pytest.mark.parametrize(
    "run, names",
    [
        ("Lennart Wiklund Kayumba van den Brink Maja Englund",
         ["Lennart Wiklund", "Kayumba van den Brink", "Maja Englund"]),
        ("Anna Lögdberg Jennifer van der Gronden Sanna Ågestedt",
         ["Anna Lögdberg", "Jennifer van der Gronden", "Sanna Ågestedt"]),
        ("Carl Gustaf von Friesendorff, Ea Baden", ["Carl Gustaf von Friesendorff", "Ea Baden"]),
        ("Monica Haider Ulrika J Gustafsson Marie-Louise Hilmersson (c)",
         ["Monica Haider", "Ulrika J Gustafsson", "Marie-Louise Hilmersson"]),
        ("Liv Berg, miljöinspektör Per Lind, nämndadministratör", ["Liv Berg", "Per Lind"]),
    ],
)  # fmt: skip
def test_names_run_together_with_particles_initials_and_titles(run, names):
    minutes = _read(f"Protokoll Miljönämnden 2024-03-12\nNärvarande {run}\n§ 1 Val av justerare\n")
    assert minutes.present == names


def test_a_flattened_column_of_whom_the_ersättare_replaced():
    minutes = _read(
        "Protokoll Miljönämnden 2024-03-12\n"
        "Närvarande ledamöter Anna Ek (S) Per Lind (M) Kjell Berg (C) Lena Holm (V)\n"
        "Tjänstgörande ersättare Eva Ek (KD) Jan Ström (S) Bo Sand (M)\n"
        "Ordförande\n"
        "Justerare Tjänstgör för Maria Falk (S) Tjänstgör för Lisa Dahl (S) Tjänstgör för "
        "Karl Ahl (M)\n"
        "Närvarande ersättare Sara Nord (C)\n"
        "§ 1 Val av justerare\n"
    )
    assert _subs(minutes) == [
        ("Eva Ek", "Maria Falk"), ("Jan Ström", "Lisa Dahl"), ("Bo Sand", "Karl Ahl"),
    ]  # fmt: skip
    assert "Maria Falk" not in minutes.present


def test_an_ersättare_for_some_paragraphs_only():
    minutes = _read(
        "PROTOKOLL Barn- och utbildningsnämnden 2024-03-20\n"
        "Plats och tid Skolhuset kl 13-16 Ledamöter Anna Ek (S) ordf Per Lind (M) Tjänstgörande "
        "ersättare Eva Ek (S) för Bo Holm (S) Karin Lund (KD) §§ 3-5 för Lars Dahl (KD) "
        "Närvarande ersättare Sara Nord (V)\n"
        "§ 1 Val av justerare\n"
    )
    assert ("Karin Lund", "Lars Dahl") in _subs(minutes)
    assert "Lars Dahl" not in minutes.present


@pytest.mark.parametrize("label", ["Avbön", "Förhindrade:", "Meddelat förhinder:", "Avbud:"])
def test_absence_labels(label):
    minutes = _read(
        "PROTOKOLL Kultur- och fritidsnämnden 2023-11-21\n"
        "Plats och tid Kulturhuset kl 18.00-20.00 Beslutande Anna Ek (S), ordförande Per Lind "
        f"(M) Kjell Berg (C) {label} Maria Sund (M) Övriga deltagande Karin Ahl, sekreterare\n"
        "§ 1 Val av justerare\n"
    )
    assert minutes.absent == ["Maria Sund"]
    assert {"Anna Ek", "Per Lind", "Kjell Berg", "Karin Ahl"} <= set(minutes.present)


def test_a_table_whose_names_column_has_no_head():
    minutes = _read(
        "Protokoll styrelsemöte 2024-05-06\n"
        "\tNärvarande\tFrånvarande\n"
        "Anna Ek\tX\t\n"
        "Per Lind\t\tX\n"
        "Kjell Berg\tX\t\n"
        "§ 1 Mötets öppnande\nMötet öppnades.\n"
    )
    assert minutes.present == ["Anna Ek", "Kjell Berg"]
    assert minutes.absent == ["Per Lind"]


def test_the_time_of_the_justering_is_not_the_meetings_date():
    minutes = _read(
        "Protokoll Miljönämnden\nDatum: Klockan: 09:00-12:10\nPlats: Sessionssalen\n"
        "Närvarande ledamöter Anna Ek (S) Per Lind (M)\n"
        "Val av protokollsjusterare Dagens protokoll ska justeras av ordförande och en justerare.\n"
        "Justerare: Per Lind (M)\n"
        "Tid: Tisdagen den 18 november 2014, kl. 08:30\n"
        "Plats: Förvaltningskontoret\n"
    )
    assert minutes.date is None


def test_an_initial_before_the_given_name_and_a_surname_with_mc():
    minutes = _read(
        "Protokoll Miljönämnden 2024-03-12\n"
        "Beslutande B. Anders Larsson (M), tjänstgörande ersättare Calin Mc Quillan (M) Per Lind "
        "(S)\n§ 1 Val av justerare\n"
    )
    assert minutes.present == ["B Anders Larsson", "Calin Mc Quillan", "Per Lind"]


def test_the_label_of_an_empty_box_is_no_body():
    minutes = _read(
        "1 (30) Plats och tid Kommunförvaltningen kl 13 Beslutande Anna Ek (S) Per Lind (M) "
        "Utses att justera Per Lind ANSLAG/BEVIS Protokollet är justerat. Nämnd "
        "Sammanträdesdatum Datum för anslags uppsättande\n"
        "§ 1 Val av justerare\nNämnden beslutar att utse Per Lind.\n"
    )
    assert minutes.groups == []


@pytest.mark.parametrize(
    "text, body",
    [
        ("Närvarande: Anna Ek, Per Lind, Kjell Berg\n1. Mötets öppnande\nOrdföranden öppnade "
         "styrelsemötet.\n2. Dagordning\nDagordningen godkändes av styrelsen.\n", "Styrelsen"),
        ("Närvarande: Anna Ek, Per Lind, Kjell Berg\n1. Tillgänglighetsrådets roll\nRådet går "
         "igenom reglementet.\n2. Tillgänglighetsrådets möten\nFyra möten per år.\n",
         "Tillgänglighetsrådet"),
        ("Närvarande: Anna Ek, Per Lind, Kjell Berg\n1. Information\nEtt styrelsemöte i "
         "förbundet ägde rum i förra veckan.\n", None),
    ],
)  # fmt: skip
def test_a_body_named_only_in_the_running_text(text, body):
    minutes = _read(f"Protokoll 2024-03-12\n{text}")
    assert minutes.groups == ([body] if body else [])


@pytest.mark.parametrize(
    "table, present, absent, subs",
    [
        ("Ledamöter\tParti\tNärvarande\tFrånvarande\tErsättare\tParti\tTjänstgör\tEj tjänstgör\n"
         "Anna Ek\tS\tX\t\tEva Strand\tS\t\tX\n"
         "Per Lind\tM\t\tX\tBo Holm\tM\tX\t\n"
         "Kjell Berg\tC\tX\t\tSara Nord\tC\t\t\n",
         ["Anna Ek", "Eva Strand", "Bo Holm", "Kjell Berg"], ["Per Lind", "Sara Nord"],
         [("Bo Holm", "Per Lind")]),
        ("Namn\tFunktion\tParti\tN\tF\n"
         "Anna Ek\tOrdförande\tS\tX\t\n"
         "Per Lind\tLedamot\tM\t\tX\n"
         "Bo Holm\tErsättare\tM\tX\t\n",
         ["Anna Ek", "Bo Holm"], ["Per Lind"], []),
        ("Ledamöter\tNärvaro\tErsättare\tNärvaro\n"
         "Anna Ek (S)\tX\tEva Strand (S)\t\n"
         "Per Lind (M)\t\tBo Holm (M)\tTjg\n",
         ["Anna Ek", "Bo Holm"], ["Eva Strand", "Per Lind"], [("Bo Holm", "Per Lind")]),
    ],
)  # fmt: skip
def test_närvarolistor_with_columns_of_marks(table, present, absent, subs):
    minutes = _read(f"PROTOKOLL Utbildningsnämnden 2023-09-12\nNärvarolista\n{table}\n"
                    "§ 1 Val av justerare\n")
    assert sorted(minutes.present) == sorted(present)
    assert sorted(minutes.absent) == sorted(absent)
    assert _subs(minutes) == subs


def test_a_list_the_page_break_cut_goes_on_under_the_next_pages_head():
    minutes = _read(
        "1 SAMMANTRÄDESPROTOKOLL\n"
        "Sammanträdesdatum Kommunfullmäktige Tid Plats 18:30-19:30 Aulan\n"
        "Beslutande ledamöter Anna Ek (S) (ordförande) Per Lind (M) Kjell Berg (C)\n"
        "Ej tjänstgörande ersättare Page 1 of 14\n"
        "2 SAMMANTRÄDESPROTOKOLL\n"
        "Sammanträdesdatum Lena Holm (SD) Oscar Ling (SD)\n"
        "Övriga Tove Ahl (Kommunsekreterare)\n"
        "§ 1 Upprop\n"
    )
    assert {"Lena Holm", "Oscar Ling", "Tove Ahl"} <= set(minutes.present)


def test_a_list_with_the_surname_first():
    minutes = _read(
        "PROTOKOLL Kommunfullmäktige 2023-03-01\nNärvarande ledamöter\nAndersson, Anna (S)\n"
        "Berg, Kjell (C)\nLind-Holm, Per Erik (M)\nFrånvarande\nSund, Maria (S)\n§ 1 Upprop\n"
    )
    assert minutes.present == ["Anna Andersson", "Kjell Berg", "Per Erik Lind-Holm"]
    assert minutes.absent == ["Maria Sund"]


def test_a_label_with_the_heads_of_its_columns_and_rows_that_start_with_the_party():
    minutes = _read(
        "PROTOKOLL Kommunfullmäktige 2023-03-01\nLedamöter Närvarande Frånvarande\n"
        "S Anna Ek X\nS Per Lind X\nM Kjell Berg X\n§ 1 Upprop\n"
    )
    assert minutes.present == ["Anna Ek", "Per Lind", "Kjell Berg"]


def test_rows_that_put_the_organisation_first_before_a_dash():
    minutes = _read(
        "Minnesanteckningar Närvårdsgruppen 2023-03-01\nNärvarande:\n"
        "• Kumla kommun – Anna Ek\n• Region Örebro län – Per Lind, Kjell Berg\n"
        "• Hallsbergs kommun - Lena Holm (ordf.)\nFörhinder:\n• Lekebergs kommun – Maria Sund\n"
        "1. Inledning\n"
    )
    assert minutes.present == ["Anna Ek", "Per Lind", "Kjell Berg", "Lena Holm"]
    assert minutes.absent == ["Maria Sund"]


def test_an_organisation_after_each_name_in_a_run_is_no_surname():
    minutes = _read(
        "Minnesanteckningar Beredningsgruppen 2023-03-01\n"
        "Närvarande Anna Ek Socialförvaltningen Per Lind Arbetsförmedlingen Kjell Berg "
        "Försäkringskassan Lena Holm Länsstyrelsen Eva Strand Vuxenpsykiatrin\n"
        "Frånvarande Maria Sund Primärvården\n1. Inledning\n"
    )
    assert minutes.present == ["Anna Ek", "Per Lind", "Kjell Berg", "Lena Holm", "Eva Strand"]
    assert minutes.absent == ["Maria Sund"]


@pytest.mark.parametrize(
    "row",
    [
        "Ersättare för Bo Holm (S): Eva Ek (S)",
        "Tjänstgörande ersättare för Bo Holm (S): Eva Ek (S)",
        "Eva Ek (S) i Bo Holms (S) ställe",
        "Eva Ek (S) i Bo Holm:s ställe",
    ],
)
def test_whom_before_who_stood_in(row):
    minutes = _read(
        "SAMMANTRÄDESPROTOKOLL Socialnämnden 2023-03-01\nBeslutande\nAnna Ek (S), ordförande\n"
        f"Per Lind (M)\nTjänstgörande ersättare\n{row}\nÖvriga deltagare\nTove Ahl, sekreterare\n"
        "§ 1 Val av justerare\n"
    )
    assert _subs(minutes) == [("Eva Ek", "Bo Holm")]
    assert "Bo Holm" not in minutes.present


def test_two_stacked_heads_over_one_run_of_names_read_as_the_members():
    minutes = _read(
        "PROTOKOLL Allmänna utskottet 2023-03-01\nBeslutande\n"
        "Tjänstgörande ersättare Anna Ek, ordf. S Per Lind V Kjell Berg M Lena Holm (S), tjg "
        "ersättare för Maria Sund (S)\n§ 1 Val av justerare\n"
    )
    assert minutes.present == ["Anna Ek", "Per Lind", "Kjell Berg", "Lena Holm"]
    assert _subs(minutes) == [("Lena Holm", "Maria Sund")]


def test_a_table_row_whose_note_starts_in_lower_case_is_no_sentence():
    minutes = _read(
        "Minnesanteckningar\nBeredningsgruppen för barn och unga\nTid:\t31 augusti 2015 kl. 13.15\n"
        "Närvarande:\nAnna Ek\tchef barn- och elevhälsoenheten\n"
        "Sara Lund\tbitr verksamhetschef barn- och ungdomspsykiatriska kliniken\n"
        "Per Lind\tsamordnare barn och ungdom\nFrånvarande:\n"
        "Maria Sund\tavdelningschef ung fritid kultur- och fritidsförvaltningen\n"
        "Dagordning\n1. Välkommen\n"
    )
    assert minutes.present == ["Anna Ek", "Sara Lund", "Per Lind"]
    assert minutes.absent == ["Maria Sund"]


def test_a_label_after_the_last_name_is_no_part_of_it():
    minutes = _read(
        "SAMMANTRÄDESPROTOKOLL Socialnämnden 2023-03-01\n1 Plats och tid Kommunhuset Beslutande "
        "Anna Ek (S), ordförande Per Lind (M) Övriga deltagande sekreterare Tove Ahl, "
        "socialchef Marie Lindblom Närvarorätt Utses att justera Per Lind (M)\n"
    )
    assert "Marie Lindblom" in minutes.present


def test_columns_of_those_there_and_those_away_side_by_side():
    minutes = _read(
        "Protokoll 2023-03-01 Styrelsemöte\nNärvarande\tFrånvarande\nAnna Ek\tMaria Sund\n"
        "Per Lind\tTor Dahl\nKjell Berg\n§ 1 Mötets öppnande\n"
    )
    assert minutes.present == ["Anna Ek", "Per Lind", "Kjell Berg"]
    assert minutes.absent == ["Maria Sund", "Tor Dahl"]
    assert minutes.substitutions == []


def test_a_table_with_the_organisation_in_the_first_column():
    minutes = _read(
        "Minnesanteckningar Ledningsgruppen 2023-03-01\nNärvarande\n"
        "Kumla kommun\tAnna Ek, socialchef\nRegion Örebro län\tPer Lind, hälso- och "
        "sjukvårdsdirektör\nPolisen\tKjell Berg\nFrånvarande\nLekebergs kommun\tMaria Sund\n"
        "1. Inledning\n"
    )
    assert minutes.present == ["Anna Ek", "Per Lind", "Kjell Berg"]
    assert minutes.absent == ["Maria Sund"]


@pytest.mark.parametrize(
    "title, body",
    [
        ("Protokoll fört vid sammanträde med styrelsen för Bostadsrättsföreningen Linden "
         "2023-03-01", "Styrelsen för Bostadsrättsföreningen Linden"),
        ("PROTOKOLL Styrelsen för Samordningsförbundet Västra Mälardalen 2023-03-01",
         "Styrelsen för Samordningsförbundet Västra Mälardalen"),
    ],
)  # fmt: skip
def test_a_boards_body_keeps_the_name_of_its_association(title, body):
    minutes = _read(f"{title}\nNärvarande\nAnna Ek, ordförande\nPer Lind, kassör\nFörhindrad\n"
                    "Maria Sund, ledamot\n§ 1 Mötets öppnande\n")
    assert minutes.groups == [body]
    assert minutes.absent == ["Maria Sund"]


def test_the_secretary_named_beside_the_label_of_the_paragraphs():
    minutes = _read(
        "SAMMANTRÄDESPROTOKOLL Miljönämnden 2023-03-01\n1 Plats och tid Kommunhuset Beslutande "
        "Anna Ek (S), ordförande Per Lind (M) Utses att justera Per Lind Underskrifter "
        "Sekreterare Paragrafer Tove Ahl Ordförande Anna Ek Per Lind\n"
    )
    assert "Tove Ahl" in minutes.present
