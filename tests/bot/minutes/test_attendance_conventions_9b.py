"""Attendance as Swedish minutes write it, round 9b.

Every text here is written the way such minutes are (none is copied from the corpus): a
council's representatives as 'Name, organisation' one after another with no separator before
the next name, the organisation ending in its place or in 'Förening'; officials as 'Name
Department' without commas ('Kommunledningssektorn', 'Sektor skola'); 'Vik.' or 'Tf.' before an
official's title; the justerare's label run together with that of those away; the justering's
date repeated in a transcript's title line.
"""

from __future__ import annotations

from datetime import date

from bot.minutes.reading import parse_text

TODAY = date(2026, 1, 1)
_DECISION = "§ 1 Dagordning\nRådet beslutar att godkänna dagordningen.\n"


def _read(text: str):
    return parse_text(text + _DECISION, "protokoll.txt", today=TODAY)


def test_a_place_after_an_organisation_before_the_next_representative():
    # "SPF Seniorerna Vallby": the association's local branch by its place, then the next
    # person, whose given name the reader need not know
    minutes = _read(
        "Kommunala pensionärsrådet 2024-03-12\n"
        "Närvarande rådsrepresentanter Karin Lund, PRO Vallby Sture Ek, SPF Seniorerna Vallby "
        "Rolle Hagman, SPF Seniorerna Åsen Greta Nyberg, PRO Åsen\n"
    )
    assert sorted(minutes.present) == ["Greta Nyberg", "Karin Lund", "Rolle Hagman", "Sture Ek"]


def test_an_association_named_with_forening_before_the_next_representative():
    minutes = _read(
        "Rådet för funktionshinderfrågor 2024-03-12\n"
        "Närvarande Eva Holm, Bygdens Finska Förening Ingrid Sjö, DHR Olle Nordin, "
        "Bygdens Finska Anna Berg, sekreterare\n"
    )
    assert sorted(minutes.present) == ["Anna Berg", "Eva Holm", "Ingrid Sjö", "Olle Nordin"]


def test_a_surname_that_is_also_a_given_name_before_the_comma_of_her_entry():
    # "… nämnden i Västby Mia Harri, konsulent": Västby is where the nämnd is, Harri her surname
    minutes = _read(
        "Kommunala handikapprådet 2024-03-12\n"
        "Närvarande Per Lund, Hälso- och sjukvårdsnämnden i Västby Mia Harri, konsulent, "
        "socialförvaltningen Anna Berg, sekreterare\n"
    )
    assert sorted(minutes.present) == ["Anna Berg", "Mia Harri", "Per Lund"]


def test_officials_with_their_department_and_no_comma():
    minutes = _read(
        "Kommunstyrelsen 2024-03-12\n"
        "Övriga deltagare Eva Holm Kommundirektör Karl Dahl Kommunledningssektorn "
        "Lisa Åberg Kommunledningssektorn Per Ek Sektor samhällsbyggnad Stina Berg Sektorn "
        "Arbetsliv och stöd 12 Olle Nordin, Forum Västby Stad Anna Lind, sekreterare\n"
    )
    assert sorted(minutes.present) == [
        "Anna Lind", "Eva Holm", "Karl Dahl", "Lisa Åberg", "Olle Nordin", "Per Ek", "Stina Berg",
    ]  # fmt: skip


def test_a_short_form_of_standing_before_an_officials_title():
    minutes = _read(
        "Kommunfullmäktige 2024-03-12\n"
        "Tjänstemän Per Ek, kommunchef 1-20 Lisa Holm Vik. Kommunsekreterare 1-20 "
        "Karl Dahl Tf. ekonomichef 1-8\n"
    )
    assert sorted(minutes.present) == ["Karl Dahl", "Lisa Holm", "Per Ek"]


def test_the_justerares_label_run_together_with_those_away():
    # the justerare, already among those deciding, is the first label's value
    minutes = _read(
        "Kommunstyrelsen 2024-03-12\n"
        "Beslutande Anna Berg (S) Ordförande Karl Dahl (M) Per Ek (C) Lisa Holm (V)\n"
        "Sekreterare Eva Lind\n"
        "Justerande Ej närvarande Karl Dahl (M) Olle Nordin (SD) Stina Åberg (L)\n"
    )
    assert "Karl Dahl" in minutes.present
    assert sorted(minutes.absent) == ["Olle Nordin", "Stina Åberg"]


def test_the_justerings_date_in_a_title_line_is_not_the_meetings():
    # a transcript's title cut from the front page's line of the justering's place and time
    minutes = parse_text(
        "Ej tjänstgörande ersättare. Kommunkontoret måndag den 18 mars 2024 kl 09:00.\n\n"
        "1 SAMMANTRÄDESPROTOKOLL Plats och tid Folkets hus kl 16:30 21:10 Beslutande Anna Berg "
        "(S), ordf. Karl Dahl (M) Per Ek (C) Justeringens plats och tid Kommunkontoret måndag "
        "den 18 mars 2024 kl 09:00 Paragrafer 1-20 Organ Kommunfullmäktige\n" + _DECISION,
        "protokoll.txt",
        today=TODAY,
    )
    assert minutes.date is None


def test_a_municipality_as_the_place_of_a_representatives_association():
    # "PRO Kumla": the branch by its municipality; the next person's given name unknown
    minutes = _read(
        "Kommunala pensionärsrådet 2024-03-12\n"
        "Närvarande Anna Berg, PRO Kumla Rolle Ek, SPF Seniorerna Hallsberg Dolf Lund, "
        "SKPF avd 12 Karl Holm, RPG Örebro\n"
    )
    assert sorted(minutes.present) == ["Anna Berg", "Dolf Lund", "Karl Holm", "Rolle Ek"]


def test_the_first_word_of_an_officials_title_after_her_name():
    minutes = _read(
        "Tekniska nämnden 2024-03-12\n"
        "Övriga Lisa Holm IFO-chef Eva Berg Vård och äldreomsorgschef Per Lind Teknisk chef "
        "2-5 Karl Dahl, sekreterare\n"
    )
    assert sorted(minutes.present) == ["Eva Berg", "Karl Dahl", "Lisa Holm", "Per Lind"]


def test_the_groups_a_boards_list_goes_on_with_under_labels_of_their_own():
    minutes = _read(
        "Styrelsemöte 2024-03-12\n"
        "Närvarande: Anna Berg, Per Ek, Lisa Holm. Valberedningen: Karl Dahl. Revisor: Eva Lind. "
        "Personalens representant: Olle Ås.\n"
    )
    assert sorted(minutes.present) == [
        "Anna Berg", "Eva Lind", "Karl Dahl", "Lisa Holm", "Olle Ås", "Per Ek",
    ]  # fmt: skip


def test_a_label_of_the_agenda_after_the_list_names_no_one():
    minutes = _read(
        "Styrelsemöte 2024-03-12\n"
        "Närvarande: Anna Berg, Per Ek. Dagordningen: Godkändes.\n"
    )
    assert sorted(minutes.present) == ["Anna Berg", "Per Ek"]
