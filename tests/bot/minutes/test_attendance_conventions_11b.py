"""Attendance as Swedish minutes write it, round 11b: the meeting's own functionaries.

Every meeting elects a chair, a secretary and justerare among those there, and they sign the
minutes; an årsmöte's or a board's minutes in prose often name nobody else. An election's result
(the board, the revisorer, the valberedning) names who was elected, not who was there. Every text
here is written for the test (none is copied from the corpus).
"""

from __future__ import annotations

from datetime import date

from bot.minutes.reading import parse_text
from bot.minutes.reading.functionaries import election_lines, functionaries

TODAY = date(2026, 1, 1)


def _read(text: str):
    return parse_text(text, "protokoll.txt", today=TODAY)


def test_the_meetings_chair_secretary_and_justerare_elected_in_prose_were_there():
    minutes = _read(
        "Protokoll från årsmöte den 4 mars 2024\n"
        "§ 1 Ordförande Eva Holm öppnade mötet.\n"
        "§ 2 Till mötesordförande väljs Karl Dahl.\n"
        "§ 3 Till sekreterare för mötet valdes, på förslag av styrelsen, kassören Lisa Åberg.\n"
        "§ 4 Till justerare väljs Sten Berg och Mona Lind, att jämte mötesordföranden justera "
        "dagens protokoll.\n"
        "§ 5 Dagordningen godkänns.\n"
    )
    assert {"Karl Dahl", "Lisa Åberg", "Sten Berg", "Mona Lind"} <= set(minutes.present)


def test_the_forms_of_an_election_of_the_meetings_functionaries():
    found = dict(
        functionaries(
            [
                "Val av ordförande för mötet: Ali Demir.",
                "Till ordförande för mötet valdes Greta Nyberg och till sekreterare Olle Sjö.",
                "Nämnden utser Britt Ahl (C) och Per Ek (M) att jämte ordföranden justera "
                "protokollet.",
                "Årsmötet beslutade att utse Anna Ström till ordförande för årsmötet samt "
                "Jonas Berg till sekreterare för mötet.",
                "Utsågs Maria Lund att jämte ordföranden justera dagens protokoll.",
                "Val av två justerare tillika rösträknare",
                "Valdes Erik Sand och Lena Falk",
            ]
        )
    )
    assert found == {
        "Ali Demir": "chair",
        "Greta Nyberg": "chair",
        "Olle Sjö": "secretary",
        "Britt Ahl": "adjuster",
        "Per Ek": "adjuster",
        "Anna Ström": "chair",
        "Jonas Berg": "secretary",
        "Maria Lund": "adjuster",
        "Erik Sand": "adjuster",
        "Lena Falk": "adjuster",
    }


def test_the_associations_chair_for_a_year_is_no_functionary_of_the_meeting():
    # "Till ordförande valdes X" without "för mötet" elects the board's chair, who need not
    # be there
    assert functionaries(["§ 11 Till ordförande valdes Eva Holm på ett år."]) == []


def test_the_signatures_that_end_the_minutes_were_there():
    found = dict(
        functionaries(
            [
                "§ 9 Mötet avslutades.",
                "Umeå den 9 april 2024",
                "Karin Björk, sekreterare",
                "Nils Ek, ordförande",
                "Sara Lind, justerare",
            ]
        )
    )
    assert found == {"Karin Björk": "secretary", "Nils Ek": "chair", "Sara Lind": "adjuster"}
    # a chair's line alone is no signature block
    assert functionaries(["§ 9 Mötet avslutades.", "Nils Ek, ordförande"]) == []


def test_an_elections_result_is_no_list_of_those_present():
    minutes = _read(
        "Protokoll från årsmötet den 27 mars 2024\n"
        "§ 1 Mötet öppnades.\n"
        "§ 2 Val av ordförande för mötet: Eva Holm.\n"
        "§ 3 Val av styrelse.\n"
        "Ordförande, vald på två år: Karl Dahl, nyval.\n"
        "Ledamöter, valda på två år: Lisa Åberg, omval.\n"
        "Sten Berg, omval.\n"
        "§ 4 Till styrelse valdes:\n"
        "Kassör: Mona Lind, Bygatan\n"
        "Övriga i styrelsen: Ali Demir och Greta Nyberg.\n"
        "§ 5 Dagordningen godkändes.\n"
    )
    assert minutes.present == ["Eva Holm"]


def test_election_lines_are_the_results_lines_only():
    lines = [
        "Närvarande: Eva Holm, Karl Dahl",
        "Till justerare valdes Karl Dahl.",
        "Till styrelse valdes:",
        "Ordf. Lisa Åberg",
        "§ 3 Budget",
        "Ledamot, vald på ett år: Sten Berg, nyval.",
    ]
    assert election_lines(lines) == {2, 3, 5}


def test_the_front_pages_words_of_approval_and_roll_call_are_no_part_of_a_name():
    minutes = _read(
        "Kommunfullmäktige 2024-03-12\n"
        "Beslutande Eva Holm (S), ordförande Karl Dahl (M), ledamot Lisa Åberg (V), ledamot "
        "Omedelbar justering\n"
        "Sekreterare Per Ek Justeras Underskrifter\n"
        "§ 1 Upprop\n"
        "Upprop Vid uppropet noteras 3 ledamöter.\n"
        "§ 2 Dagordning\n"
        "Fullmäktige godkänner dagordningen.\n"
    )
    assert not any(
        word in name for name in minutes.present for word in ("Justeras", "Omedelbar", "Upprop")
    )
    assert {"Eva Holm", "Karl Dahl", "Lisa Åberg", "Per Ek"} <= set(minutes.present)
