"""Attendance and the body as minutes of nämnder, råd and associations write them, round 7.

Every text here is written the way such minutes are (none is copied from the corpus): a role
after a name and its comma, an organisation's letters between people, a column label cut short,
a numbered "Närvarande" item, the ANSLAG/BEVIS box run together, hours without their minutes.
"""

from __future__ import annotations

from datetime import date, time

from bot.minutes.reading import parse_text

TODAY = date(2026, 1, 1)


def _read(text: str):
    return parse_text(text, "protokoll.txt", today=TODAY)


_DECISION = "§ 1 Dagordning\nNämnden beslutar att godkänna dagordningen.\n"


def test_a_role_after_a_name_and_its_comma_does_not_cut_the_list():
    # A front page run onto one line: "Ordförande" after "Karin Berg," is her role.
    minutes = _read(
        "Protokoll 1 (12) Sammanträdesdatum Socialnämnden\n"
        "Plats och tid Stadshuset, Storgatan 3, tisdagen den 12 mars 2024, klockan 13.00-16.00. "
        "Beslutande Karin Berg, Ordförande (C) Olle Dahl, 1:e vice ordförande (S) Maja Lund (M) "
        "Sten Holm (KD) Lisa Åberg (S) Justeringens plats och tid Stadshuset Sekreterare Eva Ny\n"
        + _DECISION
    )
    assert {"Karin Berg", "Olle Dahl", "Maja Lund", "Sten Holm", "Lisa Åberg"} <= set(
        minutes.present
    )


def test_an_organisations_letters_between_people_end_each_name():
    minutes = _read(
        "Kommunala pensionärsrådet\n"
        "Närvarande: Gun Ek PRO Stig Lundin SPF Vivi-Ann Berg, ers PRO för Maja Ström "
        "Karl Nord SKPF\n"
        + _DECISION
    )
    assert {"Gun Ek", "Stig Lundin", "Vivi-Ann Berg", "Karl Nord"} <= set(minutes.present)
    assert ("Vivi-Ann Berg", "Maja Ström") in [
        (s.substitute, s.replaces) for s in minutes.substitutions
    ]


def test_a_name_before_an_organisations_adjective_and_noun():
    minutes = _read(
        "Kommunala pensionärsrådet\n"
        "Beslutande: Ulla Berg Omsorgsnämnden, Susanne Falk Humanistiska nämnden, Per Ås PRO\n"
        + _DECISION
    )
    assert "Susanne Falk" in minutes.present
    assert not any("Humanistiska" in name for name in minutes.present)


def test_ej_tjänstgörande_without_ersättare_still_lists_who_was_there():
    minutes = _read(
        "Protokoll Kommunala pensionärsrådet\n"
        "Plats och tid Rådhuset, kl 13:00-15:00. Beslutande Gun Ek PRO, Stig Lundin SPF "
        "Justerare Gun Ek Ej tjänstgörande Ulla Grundberg PRO Edit Persson SPF Bo Nilsson RPG\n"
        + _DECISION
    )
    assert {"Ulla Grundberg", "Edit Persson", "Bo Nilsson"} <= set(minutes.present)
    assert not minutes.substitutions


def test_who_was_away_served_for_nobody():
    # The next label's words run onto the last name of those away: she did not serve.
    minutes = _read(
        "Sammanträdesprotokoll Kommunfullmäktige\n"
        "Plats och tid Sessionssalen, kl. 18.00-20.00\n"
        "Beslutande Kommunfullmäktiges samtliga ledamöter med undantag för Lars Rask (KD) och "
        "Britt Svahn (S). Närvarande för fullmäktige tjänstgörande ersättare, bilaga\n"
        "Utses att justera Eva Lind (S)\n" + _DECISION
    )
    assert {"Lars Rask", "Britt Svahn"} <= set(minutes.absent)
    assert not [s for s in minutes.substitutions if s.substitute == "Britt Svahn"]


def test_a_numbered_närvarande_item_over_its_list():
    minutes = _read(
        "Protokoll fört vid SPF styrelsemöte 3 mars 2023, Folkets hus\n"
        "1. Närvarande\n"
        "Anna Holm, ordförande, Carl Ny, kassör, Dora Stål, Erik Lund.\n"
        "Anmält förhinder: Frida Berg.\n"
        "2. Mötet öppnas\nOrdförande öppnar mötet.\n"
        "3. Dagordning\nDagordningen godkännes.\n"
    )
    assert {"Anna Holm", "Carl Ny", "Dora Stål", "Erik Lund"} <= set(minutes.present)
    assert minutes.absent == ["Frida Berg"]


def test_an_associations_letters_before_its_board_meeting_name_the_body():
    minutes = _read(
        "Protokoll fört vid SPF styrelsemöte 3 mars 2023, Folkets hus\n"
        "Närvarande: Anna Holm, Carl Ny, Dora Stål\n"
        "1. Dagordning\nDagordningen godkännes.\n"
    )
    assert minutes.groups == ["SPF styrelse"]


def test_the_organ_named_after_the_anslag_sentence():
    # The ANSLAG/BEVIS box flattened: its labels first, the organ's value after the sentence.
    minutes = _read(
        "Sammanträdesprotokoll Sida 1(9)\n"
        "Plats och tid Sessionssalen, Kommunhuset, kl. 18.00-20.30\n"
        "Beslutande Anna Holm (S), ordförande, Carl Ny (M)\n"
        "Organ ANSLAG/BEVIS Protokollet är justerat. Justeringen har tillkännagivits genom "
        "anslag. Barn- och utbildningsnämnden Sammanträdesdatum 2024-03-12 Datum då anslaget "
        "sätts upp\n" + _DECISION
    )
    assert minutes.groups == ["Barn- och utbildningsnämnden"]


def test_hours_with_the_minutes_of_only_one():
    minutes = _read(
        "Protokoll fört vid SPF styrelsemöte 3 mars 2023, Folkets hus\n"
        "Tid: 13-16.00\n"
        "Närvarande: Anna Holm, Carl Ny\n"
        "1. Dagordning\nDagordningen godkännes.\n"
    )
    assert (minutes.start, minutes.end) == (time(13), time(16))


def test_a_serving_label_set_after_the_name_it_labels():
    # The column of labels shifted: "Tjänstgörande ersättare" after her entry, before the next
    # label, names her role.
    minutes = _read(
        "SAMMANTRÄDESPROTOKOLL Styrelsen Sida 4 (20) Folkets hus, Kiruna\n"
        "Plats Folkets hus, Kiruna Beslutande kommunrepresentanter Anna Holm, (s), Kiruna "
        "Carl Ny, (m), Luleå Dora Stål, (s), Piteå, Tjänstgörande ersättare Beslutande "
        "partirepresentanter Erik Lund, (c), Boden Övriga deltagare Fia Berg, kansliet\n"
        + _DECISION
    )
    assert [(s.substitute, s.replaces) for s in minutes.substitutions] == [("Dora Stål", "")]
    assert {"Anna Holm", "Carl Ny", "Dora Stål", "Erik Lund"} <= set(minutes.present)


def test_tjg_with_two_letters_swapped():
    minutes = _read(
        "Protokoll Socialutskottet\n\n"
        "Plats och tid Förvaltningshuset, kl 09.00-17.00\n\n"
        "Beslutande Anna Holm (C), ordförande\n\nCarl Ny (M) Gun Ek (S)\n\n"
        "Dora Stål (S), tgj ers för Erik Lund (S)\n\n"
        "Övriga deltagande Ann Axelsson, sekreterare\n\n" + _DECISION
    )
    assert ("Dora Stål", "Erik Lund") in [(s.substitute, s.replaces) for s in minutes.substitutions]


def test_a_suppleant_who_replaces_someone_named_by_given_name():
    minutes = _read(
        "Protokoll styrelsemöte 2019-04-02\n"
        "Närvarande: Anna Holm, Carl Ny, Stefan Ås, Fia Berg\n"
        "Erik Lund har meddelat förhinder. Stefan är suppleant och ersätter Erik.\n" + _DECISION
    )
    assert [(s.substitute, s.replaces) for s in minutes.substitutions] == [
        ("Stefan Ås", "Erik Lund")
    ]


def test_names_after_a_lost_time_are_no_place():
    minutes = _read(
        "Protokoll 1(7) Samlingssalen, Borgen den 22 juni 2010 kl Anna Holm Carl Ny\n"
        "Beslutande Anna Holm, Carl Ny\n" + _DECISION
    )
    assert minutes.place != "kl Anna Holm Carl Ny"
    assert "Anna Holm" not in (minutes.place or "")


def test_a_list_goes_on_over_the_page_break_under_the_running_head():
    minutes = _read(
        "Protokoll från Regionstyrelsens sammanträde\n"
        "Plats: Rum 12, Regionhuset\n"
        "Beslutande Anna Holm (M), ordförande Carl Ny (S), 1:e vice ordförande Dora Stål (C)\n"
        "Ersättare Erik Lund (M) Fia Berg (S) Gun Ek (L)\n"
        "2 Datum (14) Hans Ås (SD) Ida Berg (SD) Jan Ek (V) Övriga Kim Holm, regiondirektör "
        "Lena Ny, kanslidirektör\n"
        "§ 1 Val av justeringsperson\n"
        "Carl Ny (S) utses att jämte ordföranden justera protokollet.\n"
    )
    assert {"Hans Ås", "Ida Berg", "Jan Ek", "Kim Holm", "Lena Ny"} <= set(minutes.present)
