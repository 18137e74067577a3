"""Attendance as Swedish minutes write it, round 10b.

Every text here is written the way such minutes are (none is copied from the corpus): a
närvarolista whose marks a transcript lost (its head row of names and marks, or of members with
their ersättare beside them, run together with rows that carry no mark), where nobody may be
guessed present, away or serving; marks set before each name in lists with party letters in
lower case; a member marked 'förhindrad' inside the list; the secretary's name after the
signature box's 'Paragrafer' and its §§.
"""

from __future__ import annotations

from datetime import date

from bot.minutes.reading import parse_text

TODAY = date(2026, 1, 1)
_DECISION = "§ 1 Dagordning\nNämnden beslutar att godkänna dagordningen.\n"


def _read(text: str):
    return parse_text(text + _DECISION, "protokoll.txt", today=TODAY)


def test_a_narvarolista_whose_marks_were_lost_names_nobody_present_away_or_serving():
    minutes = _read(
        "Kommunstyrelsen 2024-03-12\n"
        "Ordförande Eva Holm (S)\n"
        "Sekreterare Per Ek\n"
        "Ledamöter Närv.\n"
        "Frånvarande\n"
        "Tjänstgörande ersättare Paragraf Eva Holm Ordf. (S) Karl Dahl (M) Lisa Åberg (S) "
        "Sten Berg (V) Mona Lind (C)\n"
        "Ersättare Närv.\n"
        "Frånvarande Ali Demir (S) Greta Nyberg (M) Olle Sjö (V) Britt Ahl (KD)\n"
        "Övriga Anna Ström, kommundirektör\n"
    )
    assert sorted(minutes.present) == ["Anna Ström", "Eva Holm", "Per Ek"]
    assert minutes.absent == []
    assert not minutes.substitutions


def test_members_and_their_ersattare_side_by_side_without_marks_are_no_attendance():
    minutes = _read(
        "Kommunfullmäktige 2024-03-12\n"
        "Ordförande Eva Holm (S)\n"
        "NÄRVAROLISTA\n"
        "LEDAMÖTER ERS S Karl Dahl Lisa Åberg S Sten Berg Mona Lind M Ali Demir Greta Nyberg "
        "V Olle Sjö Britt Ahl\n"
        "Övriga deltagande Per Ek, sekreterare\n"
    )
    assert sorted(minutes.present) == ["Eva Holm", "Per Ek"]
    assert minutes.absent == []


def test_a_list_of_serving_ersattare_beside_the_members_is_still_read():
    # "Ledamöter Tjg. ersättare": both columns are of those who decide, no column of marks
    minutes = _read(
        "Kommunfullmäktige 2024-03-12\n"
        "Beslutande\n"
        "Ledamöter Tjg. ersättare Karl Dahl (S) Lisa Åberg (S) Sten Berg (M) Mona Lind (C)\n"
    )
    assert sorted(minutes.present) == ["Karl Dahl", "Lisa Åberg", "Mona Lind", "Sten Berg"]


def test_marks_before_names_with_parties_in_lower_case():
    # "x Anna Berg (s) Karl Dahl (m) x Eva Holm (v)": each mark stands before its name,
    # so the one after a party belongs to the next person; no mark, not there
    minutes = _read(
        "Kommunstyrelsen 2024-03-12\n"
        "Närvarande: (markerade med x)\n"
        "Ledamöter\n"
        "Ersättare x Anna Berg, ordf (s) Karl Dahl (s) x Eva Holm (v) x Sten Ek (m) "
        "Mona Lind (m) x Per Sjö (c) xx Olle Ahl (c)\n"
        "Tjänstemän Lisa Nyberg, kommundirektör\n"
    )
    assert sorted(minutes.present) == [
        "Anna Berg", "Eva Holm", "Lisa Nyberg", "Olle Ahl", "Per Sjö", "Sten Ek",
    ]
    assert sorted(minutes.absent) == ["Karl Dahl", "Mona Lind"]


def test_a_member_marked_forhindrad_inside_the_list():
    minutes = _read(
        "Kommunfullmäktige 2024-03-12\n"
        "Beslutande Anna Berg (M), ordf Karl Dahl (C) Eva Holm (S) Sten Ek (C) förhindrad. "
        "Mona Lind (S)\n"
    )
    assert "Sten Ek" in minutes.absent
    assert "Sten Ek" not in minutes.present
    assert {"Anna Berg", "Karl Dahl", "Eva Holm"} <= set(minutes.present)


def test_the_secretary_after_paragrafer_and_its_paragraphs():
    minutes = _read(
        "Socialnämnden 2024-03-12\n"
        "Beslutande Anna Berg (S), ordförande Karl Dahl (M) Eva Holm (V)\n"
        "Underskrifter\n"
        "Sekreterare\n"
        "Paragrafer 12-30 Maria Sjöström\n"
        "Ordförande Anna Berg (S)\n"
    )
    assert "Maria Sjöström" in minutes.present


def test_the_values_of_stacked_labels_after_the_justerings_label():
    # "Övriga deltagare" and "Utses att justera" left without values, which run on after the
    # last label of the block: the officials, the justerare, then the justering's place
    minutes = _read(
        "Kommunstyrelsen 2024-03-12\n"
        "Beslutande Anna Berg (S), ordf. Karl Dahl (C) Eva Holm (S)\n"
        "Övriga deltagare\n"
        "Utses att justera\n"
        "Justeringens plats och tid Maria Sjöström, kommunsekreterare Olle Nordin, kommunchef, "
        "12 Karl Dahl Rådhuset, Västby, 14 mars 2024\n"
    )
    assert sorted(minutes.present) == [
        "Anna Berg", "Eva Holm", "Karl Dahl", "Maria Sjöström", "Olle Nordin",
    ]


def test_the_justerings_label_with_its_own_place_names_nobody():
    minutes = _read(
        "Kommunstyrelsen 2024-03-12\n"
        "Beslutande Anna Berg (S), ordf. Karl Dahl (C)\n"
        "Utses att justera\n"
        "Justeringens plats och tid Kommunkontoret Västby 14 mars 2024\n"
    )
    assert sorted(minutes.present) == ["Anna Berg", "Karl Dahl"]
