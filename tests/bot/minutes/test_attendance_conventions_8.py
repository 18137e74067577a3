"""Attendance as Swedish minutes write it, round 8.

Every text here is written the way such minutes are (none is copied from the corpus): visitors
under a label of their own after those away, a member without a party, stars and runs of names
without commas in a fullmäktige's appendix, a suppleant named by her given name in a sentence
after the list, an ersättare for one § because of jäv, names written surname first in columns,
a guest's organisation after her name.
"""

from __future__ import annotations

from datetime import date

from bot.minutes.reading import parse_text

TODAY = date(2026, 1, 1)
_DECISION = "§ 1 Dagordning\nStyrelsen beslutar att godkänna dagordningen.\n"


def _read(text: str):
    return parse_text(text + _DECISION, "protokoll.txt", today=TODAY)


def _pairs(minutes) -> list[tuple[str, str]]:
    return [(s.substitute, s.replaces) for s in minutes.substitutions]


def test_visitors_under_their_own_label_were_there_not_away():
    # "Besök av:" ends the list of those away above it; a visitor's organisation is no person
    minutes = _read(
        "Protokoll fört vid byalagets styrelsemöte 2024-03-12\n\n"
        "Närvarande: Anna Berg, Karl Dahl och Per Ekström\n\n"
        "Meddelat förhinder: Eva Holm, Olle Nordin\n\n"
        "Besök av: Lisa Åberg, Fotö Byaråd, Sten Holmgren\n"
    )
    assert {"Lisa Åberg", "Sten Holmgren"} <= set(minutes.present)
    assert sorted(minutes.absent) == ["Eva Holm", "Olle Nordin"]
    assert not any("Byaråd" in name for name in minutes.present + minutes.absent)


def test_a_member_without_a_party_is_no_absence():
    # "(-)": the brackets of a member who left her party, not a dash marking her away
    minutes = _read(
        "Kommunfullmäktige 2024-03-12\n"
        "Beslutande Anna Berg (S) Karl Dahl (M) Maj-Britt Ekström (-) Per Lund (C)\n"
    )
    assert "Maj-Britt Ekström" in minutes.present
    assert minutes.absent == []


def test_stars_and_a_run_of_names_without_commas_part_the_people():
    # A fullmäktige's appendix: "*" before the ersättare who served, no commas anywhere, given
    # names the reader may not know ("Mussa", "Margreth")
    minutes = _read(
        "Bilaga 1. Kommunfullmäktiges protokoll 2024-03-12\n"
        "Beslutande Olov Säfström Maud Bengtsson Mussa Selim Margreth Johnsson "
        "*Hilkka Andersson *Anders Rapp, , kl Mikael Lundvall\n"
    )
    assert {
        "Olov Säfström", "Maud Bengtsson", "Mussa Selim", "Margreth Johnsson",
        "Hilkka Andersson", "Anders Rapp", "Mikael Lundvall",
    } <= set(minutes.present)  # fmt: skip
    assert not any(len(name.split()) > 3 for name in minutes.present)


def test_a_sentence_about_a_suppleant_after_the_list_names_only_her():
    # "Stefan är suppleant och ersätter …": the given name opens a sentence, it does not go on
    # with the list, so the last one listed stands in for nobody
    minutes = _read(
        "Protokoll styrelsemöte 2024-03-12\n"
        "Närvarande: Anna Berg, Karl Dahl, Stefan Lund och Per Ek. "
        "Stefan är suppleant och ersätter Eva Holm.\n"
    )
    assert _pairs(minutes) == [("Stefan Lund", "Eva Holm")]
    assert "Per Ek" in minutes.present


def test_a_member_replaced_for_one_item_because_of_jav_was_there():
    minutes = _read(
        "Protokoll miljönämnden 2024-03-12\n"
        "Beslutande Anna Berg (S), ordförande\n"
        "Karl Dahl (M)\n"
        "Per Ek (M), ersättare för Karl Dahl (M) § 5 på grund av jäv\n"
    )
    assert {"Anna Berg", "Karl Dahl", "Per Ek"} <= set(minutes.present)
    assert "Karl Dahl" not in minutes.absent
    assert ("Per Ek", "Karl Dahl") in _pairs(minutes)


def test_names_written_surname_first_in_columns():
    minutes = _read(
        "Protokoll\tSammanträde fiskevårdsföreningen\n"
        "Tid\t2024-03-12\n"
        "Närvarande\tBerg, Anna  ordförande\n"
        "Dahl, Karl\tEk, Per\n"
        "Holm, Eva\tNordin, Olle\n"
    )
    assert {"Anna Berg", "Karl Dahl", "Per Ek", "Eva Holm", "Olle Nordin"} <= set(minutes.present)


def test_a_list_written_given_name_first_is_not_turned():
    minutes = _read("Protokoll styrelsemöte 2024-03-12\nNärvarande\tAnna Berg, Karl Dahl\n")
    assert {"Anna Berg", "Karl Dahl"} <= set(minutes.present)
    assert "Berg Anna" not in minutes.present


def test_a_guests_organisation_in_the_plural_after_her_name():
    minutes = _read(
        "Protokoll styrelsemöte 2024-03-12\n"
        "Närvarande: Anna Berg ordf., Karl Dahl, Per Ekström samt Lisa Åberg Sportfiskarna.\n"
    )
    assert "Lisa Åberg" in minutes.present
    assert not any("Sportfiskarna" in name for name in minutes.present)


def test_two_labels_side_by_side_over_two_columns_read_across():
    # "Beslutande" and "Beslutande ersättare" head two columns; read across into one line, the
    # first column's last member has no comma after her: there the ersättare begin
    minutes = _read(
        "VÅRD- OCH OMSORGSNÄMNDEN Plats och tid Förvaltningen klockan 13.00 "
        "Beslutande Beslutande ersättare Anna Berg (S) ordförande, Karl Dahl (S), "
        "Per Ekström (M) Lisa Åberg (S), Sten Holmgren (M) Ersättare Olle Nordin (S), "
        "Eva Lind (C), Övriga deltagande Sekreterare Mona Kjellström\n"
    )
    assert _pairs(minutes) == [("Lisa Åberg", ""), ("Sten Holmgren", "")]
    assert {"Anna Berg", "Karl Dahl", "Per Ekström", "Olle Nordin"} <= set(minutes.present)


def test_officials_with_a_role_cut_short_before_their_names():
    # "tf. förvaltningschef Sara Lund": the abbreviation is no verb of a sentence
    minutes = _read(
        "Socialnämnden 2024-03-12\n"
        "Övriga deltagande\n"
        "Sekreterare Mona Kjellström, tf. förvaltningschef Susanne Sandlund, "
        "bitr. avdelningschef Pia Carlsson 21-26, områdeschef Stefan Ivarsson\n"
    )
    assert {"Mona Kjellström", "Susanne Sandlund", "Pia Carlsson", "Stefan Ivarsson"} <= set(
        minutes.present
    )


def test_a_role_after_each_name_taken_for_a_label_does_not_cut_the_list():
    # "Ordförande (S)" after the first name: her role and party, not the front page's label
    minutes = _read(
        "PROTOKOLL Kommunfullmäktige\n"
        "Plats och tid Rådhussalen, kl. 17:00-19:01 "
        "Beslutande Marie Sällström Ordförande (S) Gertrud Ivarsson 1:e vice ordf (C) "
        "Per-Ola Mattsson Ledamot (S) Annika Westerlund Ledamot (S) Leif Håkansson Ledamot (S)\n"
    )
    assert {
        "Marie Sällström", "Gertrud Ivarsson", "Per-Ola Mattsson", "Annika Westerlund",
        "Leif Håkansson",
    } <= set(minutes.present)  # fmt: skip


def test_a_flattened_ersatter_column_pairs_in_order():
    # A table of stand-ins and, under the head "ersätter", whom each replaces: read across
    # column after column into one line
    minutes = _read(
        "Kommunfullmäktige 2024-03-12\n"
        "Tjänstgörande ersättare Per Atmander (MP) Ulla Olofsson (M) Herman Falk (M) ersätter "
        "Charlott Lorentzen (MP) Magnus Sandgren (M) Catarina Flod (M)\n"
        "Närvarande ersättare Johnny Persson (S)\n"
    )
    assert _pairs(minutes) == [
        ("Per Atmander", "Charlott Lorentzen"),
        ("Ulla Olofsson", "Magnus Sandgren"),
        ("Herman Falk", "Catarina Flod"),
    ]
    assert "Magnus Sandgren" not in minutes.present
    assert "Johnny Persson" in minutes.present


def test_i_stallet_for_and_ersatter_shortened():
    for short in ("istf", "i st f", "i st. f.", "ers."):
        minutes = _read(
            "Protokoll socialnämnden 2024-03-12\n"
            "Beslutande Anna Berg (S), ordförande\n"
            f"Per Ekström (S) {short} Eva Holm (S)\n"
            "Karl Dahl (M)\n"
        )
        assert _pairs(minutes) == [("Per Ekström", "Eva Holm")], short
        assert {"Anna Berg", "Per Ekström", "Karl Dahl"} <= set(minutes.present), short


def test_a_list_run_into_the_sentence_after_it():
    # "Meddelat förhinder" run into the next sentence: "Dagordningen" is no third name
    minutes = _read(
        "Protokoll styrelsemöte 2024-03-12\n"
        "Närvarande: Anna Berg, Karl Dahl, Per Ekström. "
        "Meddelat förhinder: Eva Holm Dagordningen godkändes.\n"
    )
    assert minutes.absent == ["Eva Holm"]


def test_a_suppleants_sentence_on_the_line_after_the_list():
    # the lines join into one paragraph: "… Per Ekström Stefan är suppleant och ersätter …"
    minutes = _read(
        "Protokoll styrelsemöte 2024-03-12\n"
        "Närvarande: Anna Berg, Karl Dahl, Stefan Lund, Per Ekström\n"
        "Stefan är suppleant och ersätter Eva Holm.\n"
    )
    assert _pairs(minutes) == [("Stefan Lund", "Eva Holm")]
    assert "Per Ekström" in minutes.present
    assert not any("Stefan" in name and name != "Stefan Lund" for name in minutes.present)


def test_those_who_sign_when_the_members_are_on_a_list_elsewhere():
    minutes = _read(
        "Protokoll socialnämnden 2024-03-12\n"
        "Plats och tid Kommunhuset kl 13.00-15.00\n"
        "Beslutande Enligt särskild närvarolista\n"
        "Underskrifter Sekreterare Eva Holm Ordförande Anna Berg Justerande Karl Dahl\n"
    )
    assert {"Eva Holm", "Anna Berg", "Karl Dahl"} <= set(minutes.present)


def test_a_hyphenated_given_name_after_a_surname_starts_the_next_person():
    minutes = _read(
        "Kommunfullmäktige 2024-03-12\n"
        "Beslutande Per Wennberg Simon Jonsson Sten-Åke Kjell Sofia Andersson\n"
    )
    assert {"Simon Jonsson", "Sten-Åke Kjell", "Sofia Andersson"} <= set(minutes.present)


def test_a_label_of_those_away_run_in_after_the_last_name():
    minutes = _read(
        "Protokoll styrelsemöte 2024-03-12\n"
        "Närvarande Anna Berg, Karl Dahl, Per Ekström Förhinder Eva Holm "
        "Protokollförare Karl Dahl\n"
    )
    assert {"Anna Berg", "Karl Dahl", "Per Ekström"} <= set(minutes.present)
    assert minutes.absent == ["Eva Holm"]


def test_those_after_samt_and_a_role_are_not_among_the_absent():
    minutes = _read(
        "Protokoll styrelsemöte 2024-03-12\n"
        "Närvarande: Hela styrelsen förutom Eva Holm och Olle Nordin, "
        "samt adjungerade Lisa Åberg.\n"
    )
    assert sorted(minutes.absent) == ["Eva Holm", "Olle Nordin"]
    assert "Lisa Åberg" not in minutes.absent


def test_a_page_number_in_front_of_the_first_label():
    minutes = _read(
        "Protokoll 2024-03-12\n"
        "1 Beslutande Anna Berg (S), ordförande Karl Dahl (M) Lisa Åberg (M), "
        "ersättare för Vakant (M) Per Ek (C)\n"
    )
    assert {"Anna Berg", "Karl Dahl", "Lisa Åberg", "Per Ek"} <= set(minutes.present)
    assert _pairs(minutes) == [("Lisa Åberg", "")]


def test_a_tjanstgorande_suppleant_and_whom_she_serves_for():
    minutes = _read(
        "Protokoll styrelsemöte 2024-03-12\n"
        "Närvarande ledamöter: Anna Berg, Karl Dahl\n"
        "Tjänstgörande suppleant: Lisa Åberg för Eva Holm\n"
        "Frånvarande: Eva Holm\n"
    )
    assert _pairs(minutes) == [("Lisa Åberg", "Eva Holm")]
    assert "Lisa Åberg" in minutes.present


def test_the_list_goes_on_with_another_organisations_people():
    minutes = _read(
        "Protokoll styrelsemöte 2024-03-12\n"
        "Närvarande från styrelsen: Anna Berg, Karl Dahl. "
        "Från förvaltningen: Per Ekström, Lisa Åberg.\n"
    )
    assert {"Anna Berg", "Karl Dahl", "Per Ekström", "Lisa Åberg"} <= set(minutes.present)


def test_one_ersatter_in_a_run_of_members_pairs_only_its_own():
    # "Lisa Åberg (S) ersätter Eva Holm (S)" among the members: Per Ek after it is a member of
    # his own, not the second of a column of whom the others replace
    minutes = _read(
        "Protokoll 2024-03-12\n"
        "Beslutande Anna Berg (S) Karl Dahl (M) Lisa Åberg (S) ersätter Eva Holm (S) "
        "Per Ek (C) Mona Lind (V)\n"
    )
    assert _pairs(minutes) == [("Lisa Åberg", "Eva Holm")]
    assert {"Anna Berg", "Karl Dahl", "Per Ek", "Mona Lind"} <= set(minutes.present)
