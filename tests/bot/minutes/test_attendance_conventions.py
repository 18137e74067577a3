"""Attendance as Swedish minutes write it, in lists and in sentences.

Every text here is written the way an association's board, a råd or a nämnd writes its minutes
(none is copied from the corpus): who was there, who was not, who stood in for whom.
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


@pytest.mark.parametrize(
    "line",
    [
        "Närvarande: hela styrelsen med undantag för Lars Lind och Berit Ek.",
        "Alla ledamöter var närvarande förutom Lars Lind och Berit Ek.",
        "Närvarande: Anna Holm, Carl Ny. Meddelat förhinder Lars Lind och Berit Ek Mötet öppnades.",
        "Lars Lind och Berit Ek hade anmält förhinder.",
        "Förhinder hade Lars Lind (S) och Berit Ek (M).",
        "Noterades att Lars Lind och Berit Ek inte var närvarande på grund av sjukdom.",
        "Lars Lind och Berit Ek kunde inte närvara.",
    ],
)
def test_absence_told_in_a_sentence(line):
    minutes = _read(
        "Protokoll fört vid styrelsemöte i Byalaget Norrgården 2019-04-02\n"
        "Närvarande: Anna Holm, Carl Ny, Dora Stål\n"
        f"{line}\n"
        "§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n"
        "§ 2 Ekonomi\nStyrelsen beslutade att godkänna kassarapporten.\n"
    )
    assert {"Lars Lind", "Berit Ek"} <= set(minutes.absent)
    assert {"Anna Holm", "Carl Ny"} <= set(minutes.present)
    assert not {"Lars Lind", "Berit Ek"} & set(minutes.present)


def test_a_list_ends_with_its_sentence_and_the_next_label_starts_a_list():
    minutes = _read(
        "Protokoll styrelsemöte 2019-04-02\n"
        "Närvarande ledamöter: Sven Holm, Ivar Jansson och Gunnar Winberg. Övrig närvarande: "
        "Britt-Marie Eriksson och Sören Norrby. Anmält förhinder: Barbro Svärd.\n"
        "1. Mötets öppnande\nStyrelsen beslutade att godkänna dagordningen.\n"
    )
    assert minutes.present == [
        "Sven Holm", "Ivar Jansson", "Gunnar Winberg", "Britt-Marie Eriksson", "Sören Norrby",
    ]  # fmt: skip
    assert minutes.absent == ["Barbro Svärd"]


def test_a_note_that_says_not_there():
    minutes = _read(
        "Protokoll styrelsemöte 2019-04-02\n"
        "Närvarande: Anna Holm, Carl Ny, Leif Ek (ej närvarande), Kent Berg (frånvarande)\n"
        "Ej tjänstgörande ersättare: Monica Ström, ej tjg ers\n"
        "1. Mötets öppnande\nStyrelsen beslutade att godkänna dagordningen.\n"
    )
    assert minutes.absent == ["Leif Ek", "Kent Berg"]
    assert "Monica Ström" in minutes.present


def test_stand_ins_told_in_sentences():
    minutes = _read(
        "Protokoll fört vid byarådets möte 2019-04-02\n"
        "Närvarande: Anna Holm, Carl Ny, Stefan Berg.\n"
        "Dora Stål och Leif Ek hade förhinder. I deras ställe hade kallats in Ulla Ros och "
        "Kent Berg.\n"
        "Stefan är suppleant och ersätter Per Alm.\n"
        "1. Mötets öppnande\nByarådet beslutade att godkänna dagordningen.\n"
    )
    assert set(minutes.absent) == {"Dora Stål", "Leif Ek"}
    assert _subs(minutes) == [
        ("Ulla Ros", "Dora Stål"), ("Kent Berg", "Leif Ek"), ("Stefan Berg", "Per Alm"),
    ]  # fmt: skip
    assert {"Ulla Ros", "Kent Berg", "Stefan Berg"} <= set(minutes.present)


def test_förutom_in_a_decision_names_nobody_absent():
    minutes = _read(
        "Protokoll styrelsemöte 2019-04-02\n"
        "Närvarande: Anna Holm, Carl Ny, Dora Stål\n"
        "1. Budget\nStyrelsen beslutade att godkänna budgeten förutom Anna Holms förslag om "
        "resor.\n"
    )
    assert minutes.absent == []
