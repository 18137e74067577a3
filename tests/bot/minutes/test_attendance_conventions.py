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
        "Lars Lind och Berit Ek anmälde förhinder.",
        "Återbud från Lars Lind och Berit Ek.",
        "Lars Lind och Berit Ek var förhindrade att delta.",
        "Frånvaro: Lars Lind, Berit Ek",
        "Återbud: Lars Lind, Berit Ek",
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


FRONT_PAGE = (
    "1 1/20 Plats och tid Stadshuset, sal B kl. 18:30-21:50 Paragrafer 1-12 Beslutande Se "
    "deltagarlista på nästa sida. Utses att justera Per Holm Justeringens plats och tid "
    "Stadshuset Underskrifter Sekreterare Ordförande Justerande ANSLAG/BEVIS Protokollet är "
    "justerat\n"
)


def test_a_deltagarlista_with_its_notes_after_each_name():
    """A transcript of 'Beslutande | Notering' columns: each note follows its name."""
    minutes = _read(
        FRONT_PAGE + "2 2/20 Deltagarlista Beslutande Notering Anna Holm (S) ordf. Per Holm (M) "
        "Tanja Ek (V) Lena Bo (KD) Tjänstgörande ersättare Eva Hellman (S) Ersättare för Solveig "
        "Danell (S) Krister Lumme (S) Ersättare för Maj-Britt Magnusson (S) Anita Berg (SP) "
        "Ersättare för Tanja Ek (V) 5 Ersättare Göran Carr (M) Övriga Barbro Karlsson, Vision "
        "deltog ej Inger Grind, socialchef\n"
        "3 3/20 § 1 Val av justerare Beslut Per Holm utses att justera protokollet.\n"
    )
    assert _subs(minutes) == [
        ("Eva Hellman", "Solveig Danell"), ("Krister Lumme", "Maj-Britt Magnusson"),
        ("Anita Berg", "Tanja Ek"),
    ]  # fmt: skip
    assert minutes.absent == ["Barbro Karlsson"]
    assert "Tanja Ek" in minutes.present  # replaced in § 5 only
    assert "Inger Grind" in minutes.present
    assert minutes.start is not None and minutes.place == "Stadshuset, sal B"


@pytest.mark.parametrize(
    "row",
    [
        "Lars Wik (KD), ersättare",
        "Lars Wik (KD), tjänstgörande ersättare",
        "Lars Wik (KD) ersättare på vakant plats",
        "Lars Wik (KD), ersättare för Vakant (KD)",
    ],
)
def test_a_stand_in_without_the_one_replaced(row):
    minutes = _read(
        "Protokoll Socialnämnden 2019-04-02\nBeslutande\nAnna Holm (S), ordförande\n"
        f"Carl Ny (M)\n{row}\nÖvriga närvarande\nEva Gran, sekreterare\n"
        "§ 1 Val av justerare\nBeslut\nCarl Ny utses att justera.\n"
    )
    assert _subs(minutes) == [("Lars Wik", "")]
    assert "Lars Wik" in minutes.present


def test_an_ersättare_listed_as_such_does_not_serve():
    minutes = _read(
        "Protokoll Socialnämnden 2019-04-02\nBeslutande\nAnna Holm (S), ordförande\n"
        "Carl Ny (M)\nErsättare\nLars Wik (KD)\nEj tjänstgörande ersättare: Bo Ek (S), ej tjg ers\n"
        "§ 1 Val av justerare\nBeslut\nCarl Ny utses att justera.\n"
    )
    assert _subs(minutes) == []
    assert {"Lars Wik", "Bo Ek"} <= set(minutes.present)


def test_titles_before_names():
    minutes = _read(
        "Protokoll Allmänna utskottet 2019-04-02\nBeslutande: Anna Holm (S), Bo Ek (M)\n"
        "Övriga närvarande Kommunchef Tommy Henningsson Näringslivsstrateg Gabriela Kloth, del "
        "av möte\n§ 1 Val av justerare\nBeslut\nBo Ek utses att justera.\n"
    )
    assert minutes.present == ["Anna Holm", "Bo Ek", "Tommy Henningsson", "Gabriela Kloth"]


def test_a_markdown_table_with_a_column_of_marks():
    minutes = _read(
        "# Protokoll styrelsemöte 2021-03-04\n\n| Namn | Roll | Närvarande |\n|---|---|---|\n"
        "| Anna Holm | Ordförande | X |\n| Carl Ny | Sekreterare | X |\n| Dora Stål | Ledamot | |\n"
        "| Erik Lund | Ledamot | x |\n\n## §1 Mötets öppnande\nAnna Holm öppnade mötet.\n"
        "## §2 Ekonomi\nStyrelsen beslutade att godkänna rapporten.\n"
    )
    assert minutes.present == ["Anna Holm", "Carl Ny", "Erik Lund"]
    assert minutes.absent == ["Dora Stål"]


def test_markdown_lists_under_headings_with_a_struck_name():
    minutes = _read(
        "# Styrelsemöte 2021-03-04\n\n## Närvarande\n- Anna Holm, ordförande\n"
        "- Carl Ny, sekreterare\n- Dora Stål\n- ~~Erik Lund~~\n\n## Närvarande via länk\n"
        "* Gun Ek\n* Hans Ro\n\n## Dagordning\n1. Mötets öppnande\n"
        "2. Ekonomi: Styrelsen beslutade att godkänna rapporten.\n"
    )
    assert minutes.present == ["Anna Holm", "Carl Ny", "Dora Stål", "Gun Ek", "Hans Ro"]
    assert minutes.absent == ["Erik Lund"]


def test_participants_in_a_sentence_and_the_note_taker():
    minutes = _read(
        "Minnesanteckningar från möte med ledningsgruppen 2019-05-02\n"
        "Vid mötet deltog Anna Holm, Carl Ny, Dora Stål och Erik Lund.\nAntecknare: Fia Berg\n"
        "1. Mötets öppnande\nGruppen beslutade att godkänna dagordningen.\n"
    )
    assert set(minutes.present) == {"Anna Holm", "Carl Ny", "Dora Stål", "Erik Lund", "Fia Berg"}


def test_a_stand_in_for_someone_after_the_party_letters():
    minutes = _read(
        "Protokoll Socialnämnden 2019-05-02\nLedamöter: Anna Holm (S) ordförande, Carl Ny (M)\n"
        "Tjänstgörande ersättare: Fia Berg (S) för Gun Ek (S)\n"
        "Ersättare: Hans Ro (M), Ivar Ek (L)\n§ 1 Val av justerare\nBeslut\nCarl Ny utses.\n"
    )
    assert _subs(minutes) == [("Fia Berg", "Gun Ek")]
    assert "Gun Ek" not in minutes.present


def test_names_written_with_initials_or_a_lower_case_double_given_name():
    minutes = _read(
        "Protokoll Kommunfullmäktige 2010-12-20\nBeslutande K G Abramsson, ordf. Viveka Ek "
        "Åke Nilsson\nNärvarande: Mari-anne Sandström, J-E Holm, Agneta Frimodig\n"
        "§ 1 Val av justerare\nBeslut\nÅke Nilsson utses att justera.\n"
    )
    assert minutes.present == [
        "K G Abramsson", "Viveka Ek", "Åke Nilsson", "Mari-anne Sandström", "J-E Holm",
        "Agneta Frimodig",
    ]  # fmt: skip


def test_a_role_is_no_name():
    minutes = _read(
        "# Mötesprotokoll Föreningen 2022-02-17\n## Närvarande\n- Kassör\n- Ordförande\n"
        "- Game Jam-ansvarig (Ej närvarande)\n- Vice Ordförande\n## 1. Mötets öppnande\n"
        "Ordföranden öppnade mötet.\n"
        "## 2. Budget\nStyrelsen beslutade att godkänna budgeten.\n"
    )
    assert minutes.absent == []


def test_an_x_table_of_members_and_their_ersättare():
    """A Word table: each row a member and the ersättare beside them; X in Närvarande, in Tjg
    (serving for the member of the row) and in Ej tjg (there, not serving)."""
    minutes = _read(
        "Protokoll Socialnämnden 2019-05-02\nLedamot\tNärvarande\tErsättare\tTjg\tEj tjg\n"
        "Anna Holm (S)\tX\tBo Ek (S)\t\tX\nCarl Ny (M)\t\tDora Stål (M)\tX\t\n"
        "Erik Lund (C)\tX\tFia Berg (C)\t\t\n"
        "§ 1 Val av justerare\nBeslut\nErik Lund utses att justera.\n"
    )
    assert minutes.present == ["Anna Holm", "Bo Ek", "Dora Stål", "Erik Lund"]
    assert minutes.absent == ["Carl Ny", "Fia Berg"]
    assert _subs(minutes) == [("Dora Stål", "Carl Ny")]


def test_an_x_table_with_a_column_for_those_away_and_one_naming_the_stand_in():
    minutes = _read(
        "Protokoll Socialnämnden 2019-05-02\nBeslutande\nNamn\tParti\tNärvarande\tFrånvarande\n"
        "Anna Holm\tS\tX\t\nCarl Ny\tM\t\tX\nErik Lund\tC\tX\t\n"
        "Ledamot\tParti\tNärv.\tTjg ers\nGun Ek\tS\t\tDora Stål\nIvar Ro\tL\tX\t\n"
        "§ 1 Val av justerare\nBeslut\nErik Lund utses att justera.\n"
    )
    assert set(minutes.absent) == {"Carl Ny", "Gun Ek"}
    assert set(minutes.present) == {"Anna Holm", "Erik Lund", "Dora Stål", "Ivar Ro"}
    assert _subs(minutes) == [("Dora Stål", "Gun Ek")]


@pytest.mark.parametrize(
    "rows",
    [
        "Tjänstgörande ersättare\nKent Berg (S) för Dora Stål (S)\nUlla Ros (C) för Leif Ek (C)\n",
        "Ledamöter\nDora Stål (S), ersatt av Kent Berg (S)\nLeif Ek (C), ersätts av Ulla Ros (C)\n",
        "Beslutande\nKent Berg (S), tjg ersättare för Dora Stål (S)\n"
        "Ulla Ros (C), tjänstgör istället för Leif Ek (C)\n",
        "Beslutande: Kent Berg (S) tjänstgörande ersättare för Dora Stål (S), Ulla Ros (C) "
        "ersätter Leif Ek (C)\n",
    ],
)
def test_who_stood_in_for_whom(rows):
    minutes = _read(
        "Protokoll Socialnämnden 2019-05-02\n" + rows + "Ersättare\nMia Lo (M)\n"
        "§ 1 Val av justerare\nBeslut\nKent Berg utses att justera.\n"
    )
    assert _subs(minutes) == [("Kent Berg", "Dora Stål"), ("Ulla Ros", "Leif Ek")]
    assert {"Kent Berg", "Ulla Ros", "Mia Lo"} <= set(minutes.present)


def test_members_with_their_organisation_after_the_name_and_no_commas():
    """A water council's board: each name followed by what the member represents."""
    minutes = _read(
        "PROTOKOLL 2019-09-22\nNärvarande\nLedamöter: Kommunrepresentanter Thomas Quist Sjöbo "
        "kommun (ordf.) Solveig Ekström Persson Lunds kommun (vice ordf.) Ersättare: "
        "Kommunrepresentanter Jan O Carlsson Lunds kommun Håkan Bjelkengren Eslövs kommun "
        "(tjänstgör 1-8) Adjungerade: Anna Olsson Kävlingeåns vattenråd Konsult: Tette "
        "Alström Ekologgruppen\n1. Val av justerare\nStyrelsen beslutade att välja Thomas "
        "Quist.\n"
    )
    assert set(minutes.present) >= {
        "Thomas Quist", "Solveig Ekström Persson", "Jan O Carlsson", "Håkan Bjelkengren",
        "Anna Olsson",
    }  # fmt: skip
    assert ("Håkan Bjelkengren", "") in _subs(minutes)


def test_a_place_after_the_party_is_no_part_of_the_next_name():
    minutes = _read(
        "Protokoll förbundsstyrelsen 2009-10-23\nLedamöter Jan Hallberg (M), Göteborg, ordf. "
        "Henrik Ripa (M), Lerum Ing-Marie Samuelsson (S), Härryda Kia Andréasson (MP), Göteborg\n"
        "§ 1 Val av justerare\nBeslut\nHenrik Ripa utses att justera.\n"
    )
    assert minutes.present == [
        "Jan Hallberg", "Henrik Ripa", "Ing-Marie Samuelsson", "Kia Andréasson",
    ]  # fmt: skip


def test_a_column_of_paragraph_ranges_marks_who_was_there_for_part_of_the_meeting():
    minutes = _read(
        "PROTOKOLL NR 3\nMöte med sektionens styrelse den 19-20 sept. 1992\nLedamöter\tNärvarande\n"
        "Rigmor Argren\tX\nMagnus Brattgård\t§ 44-58, 66-74\nThomas Back\tX\n"
        "<del>Siv Erikson</del>\tanmält förhinder\nÖvriga\nGabi Björsson\t§ 52-59\n"
        "Anita Klum\tX\nGöran Svedin\tsekreterare\n§44 Val av justerare\n"
        "Beslut att välja Thomas Back till justerare.\n"
    )
    assert set(minutes.present) == {
        "Rigmor Argren", "Magnus Brattgård", "Thomas Back", "Gabi Björsson", "Anita Klum",
        "Göran Svedin",
    }  # fmt: skip
    assert minutes.absent == ["Siv Erikson"]


def test_lists_run_together_on_one_line_with_their_labels():
    minutes = _read(
        "RUS. Anteckningar från arbetsgruppens möte 2012-08-20\n"
        "Plats: Gyllne Uttern, Gränna Närvarande: Coco Dedering, Magnus Eriksson (anteckningar), "
        "Stig Hammarsten, Emilie Vejlens. Lena Nerkegård, Naturvårdsverket, deltog på telefon. "
        "Förhinder: Birgit Nielsen Mötet delas in i fem pass.\n"
        "1. Inledning\nGruppen beslutade att godkänna dagordningen.\n"
    )
    assert minutes.groups == ["RUS"]
    assert minutes.absent == ["Birgit Nielsen"]
    assert "Birgit Nielsen" not in minutes.present


def test_ersättare_marked_serving_and_the_labels_of_associations():
    minutes = _read(
        "Styrelsemöte 2019-02-11\nNärvarade och beslutande: Karin Granström (Karlstads "
        "universitet), Hans Källsmyr (Skogsstyrelsen)\nErsättare: Dario Espiga (S), Göteborg, "
        "tjänstgörande, Tore Hult (S), Alingsås\n1. Mötets öppnande\n"
        "Styrelsen beslutade att godkänna dagordningen.\n"
    )
    assert {"Karin Granström", "Hans Källsmyr", "Dario Espiga"} <= set(minutes.present)
    assert _subs(minutes) == [("Dario Espiga", "")]


@pytest.mark.parametrize(
    "table",
    [
        "Ledamöter\tNärvarande\tAnmärkning\nAnna Holm (S)\tX\tordförande\nCarl Ny (M)\tX\t\n"
        "Kent Berg (S)\tX\tersätter Dora Stål (S)\n",
        "Ledamöter\tParti\tNärvarande\nAnna Holm\tS\tX\nDora Stål\tS\tKent Berg (S)\n"
        "Carl Ny\tM\tX\n",
    ],
)
def test_a_stand_in_told_in_a_table(table):
    minutes = _read("Protokoll Socialnämnden 2019-05-02\n" + table + "§ 1 Val av justerare\n"
                    "Beslut\nCarl Ny utses att justera.\n")
    assert _subs(minutes) == [("Kent Berg", "Dora Stål")]
    assert {"Anna Holm", "Carl Ny", "Kent Berg"} <= set(minutes.present)


def test_a_stand_in_listed_twice_keeps_whom_one_list_said():
    minutes = _read(
        "Protokoll Socialnämnden 2019-05-02\nBeslutande: Anna Holm (S), Kent Berg (S) tjg ers "
        "för Dora Stål (S)\nTjänstgörande ersättare: Kent Berg (S)\n§ 1 Val av justerare\n"
        "Beslut\nAnna Holm utses att justera.\n"
    )
    assert _subs(minutes) == [("Kent Berg", "Dora Stål")]


def test_roles_before_the_names_in_a_sentence():
    minutes = _read(
        "Minnesanteckningar styrgruppen 2019-05-02\nNärvarande var ordförande Anna Holm, "
        "sekreterare Carl Ny samt ledamöterna Dora Stål och Erik Lund. Förhinder hade "
        "ledamöterna Lars Lind och Berit Ek.\n1. Inledning\nGruppen beslutade att godkänna "
        "dagordningen.\n"
    )
    assert set(minutes.present) == {"Anna Holm", "Carl Ny", "Dora Stål", "Erik Lund"}
    assert set(minutes.absent) == {"Lars Lind", "Berit Ek"}


def test_places_after_the_party_and_the_övriga_of_the_next_page():
    minutes = _read(
        "1 FÖRBUNDSSTYRELSEN GR 1 Protokoll 2009-10-23 Ledamöter Jan Hallberg (M), Göteborg, "
        "ordf. Bjarne Färjhage (C), Lilla Edet Bo Pettersson (S), Stenungsund Daniel Filipsson "
        "(M), Alingsås\n2 FÖRBUNDSSTYRELSEN GR 2 Övriga Nils-Gunnar Ernstson, GR Bo Aronsson, GR "
        "Gustav Höjer, GR Paragrafer: 1-5\n§ 1 Val av justerare\nBeslut\nBo Pettersson utses.\n"
    )
    assert {
        "Jan Hallberg", "Bjarne Färjhage", "Bo Pettersson", "Daniel Filipsson",
        "Nils-Gunnar Ernstson", "Bo Aronsson", "Gustav Höjer",
    } <= set(minutes.present)  # fmt: skip
    assert "Lilla Edet" not in minutes.present


@pytest.mark.parametrize(
    "signed",
    [
        "Underskrifter Sekreterare ___________________ Anna Holm Ordförande ___________________ "
        "Bo Ek Justerande ____________________ Carl Ny\n",
        "Underskrifter\nSekreterare ....................... Paragrafer 1-12\nAnna Holm\n"
        "Ordförande .......................\nBo Ek\nJusterande .......................\nCarl Ny\n",
    ],
)
def test_people_named_only_where_they_sign(signed):
    minutes = _read(
        "Protokoll Kommunfullmäktige 2019-05-02\nBeslutande Enligt särskild närvarolista\n"
        + signed + "§ 1 Val av justerare\nBeslut\nCarl Ny utses att justera.\n"
    )
    assert set(minutes.present) == {"Anna Holm", "Bo Ek", "Carl Ny"}


def test_a_column_of_stand_ins_and_the_column_of_whom_they_replace_run_together():
    minutes = _read(
        "Sammanträdesprotokoll 2002-10-24\nBeslutande Per-Owe Öberg Mona Nyberg Harriet Svaleryd "
        "Bo Danielsson Gusten Rolandsson Jan-Olof Andersson för Maidie Wiklund för Nina "
        "Fållbäck-Svenson för Lars-Olof Eliasson ej tjänstgörande ersättare\n"
        "§ 1 Val av justerare\nBeslut\nMona Nyberg utses att justera.\n"
    )
    assert _subs(minutes) == [
        ("Bo Danielsson", "Maidie Wiklund"), ("Gusten Rolandsson", "Nina Fållbäck-Svenson"),
        ("Jan-Olof Andersson", "Lars-Olof Eliasson"),
    ]  # fmt: skip


def test_a_double_given_name_written_as_one_word():
    minutes = _read(
        "Sammanträdesprotokoll 2000-04-13\nBeslutande Anna-Britt Bromée MonaLisa Norrman "
        "Jan-Olof Dahlin Bo Danielsson för AnnKristin Holm\n"
        "§ 1 Val av justerare\nBeslut\nJan-Olof Dahlin utses att justera.\n"
    )
    assert minutes.present == ["Anna-Britt Bromée", "MonaLisa Norrman", "Jan-Olof Dahlin",
                               "Bo Danielsson"]
    assert _subs(minutes) == [("Bo Danielsson", "AnnKristin Holm")]


def test_an_association_lists_its_board_by_role():
    minutes = _read(
        "# Styrelsemöte 2021-03-04\n\n## Närvarande\n- Ordförande: Anna Holm\n"
        "- Sekreterare: Carl Ny\n- Kassör: Erik Lund\n- Ledamot: Dora Stål\n\n"
        "## §1 Mötets öppnande\nStyrelsen beslutade att godkänna dagordningen.\n"
    )
    assert minutes.present == ["Anna Holm", "Carl Ny", "Erik Lund", "Dora Stål"]


def test_a_table_with_the_role_before_the_name():
    minutes = _read(
        "# Protokoll 2021-03-04\n\n| Roll | Namn | Närvarande (X) |\n|---|---|---|\n"
        "| Ordförande | Anna Holm | Ja |\n| Kassör | Erik Lund | Nej |\n"
        "| Ledamot | Dora Stål | X |\n\n## §1 Mötets öppnande\n"
        "Styrelsen beslutade att godkänna dagordningen.\n"
    )
    assert minutes.present == ["Anna Holm", "Dora Stål"]
    assert minutes.absent == ["Erik Lund"]


def test_a_label_whose_head_the_transcript_cut_off():
    minutes = _read(
        "1 Åby Näs MINNESANTECKNINGAR 1(8) Kommunchefsgrupp 2012-06-12 Plats Viva-huset, rum: "
        "Tor, vån 1 ande Håkan Wretling, Bjurholms kommun Kurt-Allan Egelby, Nordmalings kommun "
        "Karl-Johan Bergmark, Robertsfors kommun Sekreterare Erik Sedig\n1. Mötets öppnande\n"
        "Gruppen beslutade att godkänna dagordningen.\n"
    )
    assert minutes.present == [
        "Håkan Wretling", "Kurt-Allan Egelby", "Karl-Johan Bergmark", "Erik Sedig",
    ]  # fmt: skip


def test_a_row_whose_note_reads_like_a_sentence():
    minutes = _read(
        "Protokoll Socialnämnden 2019-01-28\nÖvriga deltagare\nKarin Axzell, verksamhetsekonom, "
        "§§ 12-18\nElin Forslund, facklig representant för Vision, § 13\n"
        "§ 12 Val av justerare\nBeslut\nKarin Axzell utses.\n"
    )
    assert minutes.present == ["Karin Axzell", "Elin Forslund"]


def test_an_abbreviation_after_a_name_is_no_part_of_it():
    minutes = _read(
        "Protokoll KPR 2014-05-20\nErsättare Håkan Jonsson SON N Kerstin Modin KoF N Bertil "
        "Norstedt Bmn N Alf Sandqvist PRO:s samo N\n§ 7 Val av justerare\nBeslut\nAlf Sandqvist "
        "utses.\n"
    )
    assert minutes.present == ["Håkan Jonsson", "Kerstin Modin", "Bertil Norstedt", "Alf Sandqvist"]


def test_an_x_table_of_members_and_ersättare_each_with_their_marks():
    minutes = _read(
        "Protokoll Socialnämnden 2019-05-02\nLedamöter\tNärvarande\tErsättare\tNärvarande\n"
        "Anna Holm (S)\tX\tBo Ek (S)\t\nCarl Ny (M)\t\tDora Stål (M)\tX\n"
        "Erik Lund (C)\tX\tFia Berg (C)\tX\n§ 1 Val av justerare\nBeslut\nErik Lund utses.\n"
    )
    assert _subs(minutes) == [("Dora Stål", "Carl Ny")]
    assert set(minutes.present) == {"Anna Holm", "Dora Stål", "Erik Lund", "Fia Berg"}


# Layouts of attendance lists as nämnder, råd and minnesanteckningar write them (round four).
ITEMS = (
    "§ 1 Val av justerare\nNämnden beslutar att utse Anna Ek till justerare.\n"
    "§ 2 Budget\nNämnden beslutar att godkänna budgeten.\n"
)
FIVE = {"Anna Ek", "Per Lind", "Kjell Berg", "Gunvor Sund", "Leif Ström"}


@pytest.mark.parametrize(
    "block",
    [
        # a paragraph of names under its label, ending with a full stop
        "Närvarande:\nAnna Ek, Per Lind, Kjell Berg, Gunvor Sund och Leif Ström.\n",
        # the organisation before the names
        "Närvarande\nFrån Kumla kommun: Anna Ek, Per Lind\nFrån Region Örebro län: Kjell Berg, "
        "Gunvor Sund\nFrån Polisen: Leif Ström\n",
        "Närvarande\nKumla kommun\tAnna Ek\nÖrebro kommun\tPer Lind\nPolisen\tKjell Berg\n"
        "Laxå kommun\tGunvor Sund\nRegion Örebro län\tLeif Ström\n",
        # a numbered list
        "Närvarande\n1. Anna Ek\n2. Per Lind\n3. Kjell Berg\n4. Gunvor Sund\n5. Leif Ström\n",
        # the role first, without a colon
        "Närvarande\nOrdförande Anna Ek, Kumla kommun\nVice ordförande Per Lind, Region Örebro "
        "län\nLedamot Kjell Berg, Försäkringskassan\nLedamot Gunvor Sund, Arbetsförmedlingen\n"
        "Förbundschef Leif Ström\n",
        # the party first
        "Beslutande\nS Anna Ek, ordförande\nM Per Lind\nS Kjell Berg\nC Gunvor Sund\n"
        "V Leif Ström\n",
        # a front page: the label's column holds one line, the names go on below it
        "Beslutande Anna Ek (S), ordförande\nPer Lind (M)\nKjell Berg (S)\n"
        "Övriga deltagare Gunvor Sund, förvaltningschef\nLeif Ström, nämndsekreterare\n"
        "Justerare Per Lind\n",
        # organisations after a dash
        "Deltagare: Anna Ek – Kumla kommun, Per Lind – Region Örebro län, Kjell Berg – Polisen, "
        "Gunvor Sund – Laxå kommun, Leif Ström – Nora kommun\n",
        # a list set in two columns of a table
        "Närvarande\nAnna Ek (S)\tKjell Berg (S)\nPer Lind (M)\tGunvor Sund (C)\nLeif Ström (V)\n",
        # the organisation after a slash
        "Närvarande:\nAnna Ek/Kumla kommun\nPer Lind/Örebro kommun\nKjell Berg/Polisen\n"
        "Gunvor Sund/Laxå kommun\nLeif Ström/Nora kommun\n",
        # a sentence that ends in its list
        "Följande ledamöter var närvarande: Anna Ek, Per Lind, Kjell Berg, Gunvor Sund och "
        "Leif Ström.\n",
        "Vid sammanträdet var följande närvarande: Anna Ek, Per Lind, Kjell Berg, Gunvor Sund "
        "och Leif Ström.\n",
        "Med på mötet: Anna Ek, Per Lind, Kjell Berg, Gunvor Sund, Leif Ström\n",
        # names from the rest of Europe
        "Närvarande: Anna Ek, Per Lind, Kjell Berg, Gunvor Sund, Leif Ström, Dragan Petrović\n",
    ],
)
def test_present_in_the_layouts_of_lists(block):
    minutes = _read("PROTOKOLL\nSocialnämnden\nSammanträdesdatum 2021-03-11\n" + block + ITEMS)
    assert set(minutes.present) >= FIVE
    assert not minutes.absent


def test_names_in_the_first_lines_of_minnesanteckningar_without_a_label():
    minutes = _read(
        "Minnesanteckningar\nSamverkansrådet för Barn och unga\n2021-03-11\n"
        "Anna Ek, Kumla kommun, Per Lind, Region Örebro län, Kjell Berg, Polisen, Gunvor Sund, "
        "Laxå kommun\n1. Inledning\nAnna hälsade välkomna.\n2. Beslut\n"
        "Gruppen beslutade att godkänna planen.\n"
    )
    assert {"Anna Ek", "Per Lind", "Kjell Berg", "Gunvor Sund"} <= set(minutes.present)


def test_a_flattened_table_with_both_columns_marks_who_came():
    minutes = _read(
        "1 (10) SAMMANTRÄDESPROTOKOLL Socialnämnden Sammanträdesdatum 2019-03-20 Plats och tid "
        "Stadshuset kl 13.00-15.00 Närvarolista Ledamöter Närvarande Frånvarande Anna Ek (S) X "
        "Per Lind (M) X Kjell Berg (S) X Justerare Anna Ek\n" + ITEMS
    )
    assert {"Anna Ek", "Per Lind", "Kjell Berg"} <= set(minutes.present)
    assert not minutes.absent


@pytest.mark.parametrize(
    "row",
    [
        "Mona Ask (S), ersättare, tjänstgör för Per Lind (S) §§ 1-5",
        "Mona Ask (S) ersätter Per Lind (S) från § 5",
        "Mona Ask (S) (ers. Per Lind)",
        "Mona Ask (S) (ersättare för Per Lind)",
        "Mona Ask (S) (tjänstgörande för Per Lind)",
        "Mona Ask, suppleant, ersatte Per Lind",
    ],
)
def test_whom_a_stand_in_replaced_is_a_name_only(row):
    minutes = _read(
        "PROTOKOLL\nKommunstyrelsen\n2021-03-11\nBeslutande\nAnna Ek (S), ordförande\n"
        f"Kjell Berg (M)\n{row}\n" + ITEMS
    )
    assert _subs(minutes) == [("Mona Ask", "Per Lind")]
    assert "Mona Ask" in minutes.present


@pytest.mark.parametrize(
    "sentence",
    [
        "Som ersättare för Per Lind tjänstgjorde Mona Ask.",
        "Mona Ask tjänstgjorde i stället för Per Lind.",
        "I stället för Per Lind deltog Mona Ask.",
    ],
)
def test_a_stand_in_told_in_a_sentence(sentence):
    minutes = _read(
        "PROTOKOLL\nKommunstyrelsen\n2021-03-11\nNärvarande: Anna Ek, Kjell Berg och Mona Ask.\n"
        f"{sentence}\n" + ITEMS
    )
    assert _subs(minutes) == [("Mona Ask", "Per Lind")]


def test_a_table_of_members_and_the_stand_ins_beside_them():
    """Rows whose other cells are empty lose their tabs; they are still rows of the table."""
    minutes = _read(
        "PROTOKOLL\nKommunstyrelsen\n2021-03-11\nLedamöter\tTjänstgörande ersättare\n"
        "Anna Ek (S)\t\nPer Lind (S)\tMona Ask (S)\nKjell Berg (M)\t\n" + ITEMS
    )
    assert _subs(minutes) == [("Mona Ask", "Per Lind")]
    assert {"Anna Ek", "Kjell Berg", "Mona Ask"} <= set(minutes.present)
    assert "Per Lind" not in minutes.present


def test_a_sentence_that_ends_in_the_list_of_those_away():
    minutes = _read(
        "PROTOKOLL\nSocialnämnden\n2021-03-11\nNärvarande: Anna Ek, Per Lind\n"
        "Följande ledamöter hade anmält förhinder: Kjell Berg och Gunvor Sund.\n" + ITEMS
    )
    assert sorted(minutes.absent) == ["Gunvor Sund", "Kjell Berg"]
    assert sorted(minutes.present) == ["Anna Ek", "Per Lind"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Per Lind (S) har förhinder och ersätts av Mona Ask (S).",
        "För Per Lind tjänstgjorde Mona Ask.",
        "Mona Ask (S) går in som ersättare för Per Lind (S).",
        "Mona Ask (S) inträder som tjänstgörande ersättare för Per Lind (S).",
    ],
)
def test_who_came_in_whose_place_told_in_prose(sentence):
    minutes = _read(
        "PROTOKOLL\nKommunstyrelsen\n2021-03-11\nNärvarande: Anna Ek (S), Kjell Berg (M), "
        f"Mona Ask (S)\n{sentence}\n" + ITEMS
    )
    assert _subs(minutes) == [("Mona Ask", "Per Lind")]
    assert "Per Lind" not in minutes.present


def test_those_who_sign_under_justeras_were_there():
    # A village association's board lists who came by first name only; the chair and the
    # justerare sign in full under "Justeras:" at the end.
    minutes = _read(
        "Protokoll vid styrelsemöte den 11 januari i bygdegården\n"
        "Närvarande: Göran, Märta, Åsa och Pär\n"
        "1. Mötets öppnande\nGöran hälsade alla välkomna.\n"
        "2. Val av justerare\nÅsa valdes till protokolljusterare.\n"
        "3. Avslutning\nGöran tackade och avslutade mötet.\n"
        "Justeras:\nGöran Sjöström\nÅsa Öberg\n"
    )
    assert {"Göran Sjöström", "Åsa Öberg"} <= set(minutes.present)


def test_officials_with_their_paragraphs_run_together_on_a_line():
    # a front page's two columns read across: each official with the §§ she was there for,
    # the next one right after, and a line that starts with the §§ of the one above it
    minutes = _read(
        "Protokoll Socialutskottet\nSammanträdesdatum 2025-10-15\n"
        "Plats och tid Kommunhuset, kl 09.00-16.00\n"
        "Beslutande Åsa Lindqvist (C), ordförande\n"
        "Göran Öberg (M) Pär Håkansson (S)\n"
        "Övriga deltagande Märta Sjögren, sekreterare\n"
        "Lena Dahlström, ekonom, § 155 Anna-Karin Frisk, socialsekreterare, § 167, 168 "
        "Björn Ek, enhetschef, § 156\n"
        "Monica Ström, LSS-samordnare,\n"
        "§ 158 Birgitta Löfgren, enhetschef, § 162 Petra Åberg, samordnare, § 159\n"
        "Utses att justera Göran Öberg\n"
        "§ 155 Kvartalsrapport\nBeslut: Utskottet godkänner kvartalsrapporten.\n"
    )
    officials = ["Lena Dahlström", "Anna-Karin Frisk", "Björn Ek", "Monica Ström",
                 "Birgitta Löfgren", "Petra Åberg"]
    assert set(officials) <= set(minutes.present)
    assert not any("§" in name or "enhetschef" in name for name in minutes.present)


def test_front_page_labels_run_together_ahead_of_their_values():
    # a transcript that read the front page's column of labels first, then its values in the
    # same order: the organ, the place and the date, then those deciding without a label
    minutes = _read(
        "Protokoll Länsgemensamma nämnden\n"
        "Plats och tid: Beslutande: Länsgemensamma nämnden Regionens hus, Eklundavägen 1, Örebro "
        "Torsdagen den 11 september 2025 kl Åsa Lindqvist, ordf Göran Öberg Pär Håkansson, "
        "Märta Sjögren, Björn Ek, tjg ers\n"
        "Övriga deltagare: Lena Dahlström Anna-Karin Frisk\n"
        "§ 31 Folkhälsa\nBeslut: Nämnden noterar informationen.\n"
    )
    assert {"Åsa Lindqvist", "Göran Öberg", "Pär Håkansson", "Märta Sjögren", "Björn Ek"} <= set(
        minutes.present
    )
    assert not any("Eklundavägen" in name or "Regionens" in name for name in minutes.present)


def test_who_informed_in_the_passive_and_who_came_along_were_there():
    minutes = _read(
        "Protokoll Socialnämnden\nSammanträdesdatum 2025-04-08\n"
        "Närvarande: Åsa Lindqvist, Göran Öberg, Pär Håkansson\n"
        "§ 1 Information\n"
        "Information lämnades av förhandlingschefen på Vision Märta Sjögren, åtföljd av "
        "kanslichefen Björn Ek och utredaren Lena Dahlström.\n"
        "§ 2 Granskning\n"
        "Information lämnades om Revisionsrapport 2025:1 av revisorn Örjan Ström, Kumla kommun.\n"
        "Informationen noterades.\n"
    )
    assert {"Märta Sjögren", "Björn Ek", "Lena Dahlström", "Örjan Ström"} <= set(minutes.present)
    assert not any("Vision" in name or "Kumla" in name for name in minutes.present)
