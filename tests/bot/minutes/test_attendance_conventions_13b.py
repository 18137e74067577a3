"""Attendance as Swedish minutes write it, round 13b: lists a page break cut, labels of those
away in other words, and people who present an item in the passive or with their title after a
comma. Every text here is written for the test (none is copied from the corpus)."""

from __future__ import annotations

from datetime import date

from bot.minutes.reading import parse_text

TODAY = date(2026, 1, 1)


def _read(text: str):
    return parse_text(text, "protokoll.txt", today=TODAY)


FRONT_PAGE_ONE = (
    "1 KUMLA KOMMUN SAMMANTRÄDESPROTOKOLL Kommunstyrelsen\n"
    "Plats och tid Kommunhuset, Kumla, kl. 13.00-16.00\n"
    "Beslutande Anna Berg (S), ordförande Karl Dahl (M) Eva Holm (V) Sten Lund (C)\n"
    "Övriga närvarande Maria Ek (Kommundirektör) Per Sandberg (Ekonomichef) 101\n"
    "Underskrifter\n"
    "Sekreterare, Lena Falk\n"
    "Ordförande, Anna Berg (S)\n"
    "Justerande, Karl Dahl (M)\n"
    "ANSLAG/BEVIS Protokollet är justerat. Justeringen har tillkännagivits genom anslag.\n"
    "Organ Kommunstyrelsen\n"
)
ITEMS = (
    "§ 101 Val av justerare\n"
    "Kommunstyrelsen utser Karl Dahl att jämte ordföranden justera protokollet.\n"
    "§ 102 Budget 2027\n"
    "Kommunstyrelsen beslutar att godkänna budgeten.\n"
)


def test_the_officials_list_goes_on_at_the_head_of_the_next_page():
    minutes = _read(
        FRONT_PAGE_ONE
        + "2 Kommunstyrelsen Jonas Åberg (Enhetschef) 102 Sara Lindqvist (Strateg) 102 "
        "Olle Nyberg (Controller) 102\n" + ITEMS
    )
    assert {"Maria Ek", "Per Sandberg", "Jonas Åberg", "Sara Lindqvist", "Olle Nyberg"} <= set(
        minutes.present
    )
    # once an item began, a page's head is the item's text; a heading is no one
    later = _read(
        FRONT_PAGE_ONE + "§ 101 Val av justerare\n"
        "Kommunstyrelsen utser Karl Dahl att jämte ordföranden justera protokollet.\n"
        "2 Kommunstyrelsen Jonas Åberg (S) Sara Lindqvist (M) yrkar bifall.\n"
        "3 Innehållsförteckning Sid nr 141 Gatubelysning Ljusdal Motion\n"
    )
    assert "Jonas Åberg" not in later.present
    assert not [name for name in later.present if "Innehållsförteckning" in name]


def test_the_next_pages_names_stop_at_the_signature_box_and_justerat_is_no_name():
    minutes = _read(
        "Beslutande Anna Berg (S), ordförande Karl Dahl (M) Eva Holm (V)\n"
        "Övriga närvarande Maria Ek Per Sandberg\n"
        "2 Kommunstyrelsen Jonas Åberg 102 Sara Lindqvist 102 Olle Nyberg Sekreterare Lena Falk "
        "Justerat Anna Berg ordförande Karl Dahl Anslaget på kommunens anslagstavla\n" + ITEMS
    )
    assert {"Jonas Åberg", "Sara Lindqvist", "Olle Nyberg", "Lena Falk"} <= set(minutes.present)
    assert not [name for name in minutes.present if "Justerat" in name]
    olle = next(a for a in minutes.attendees if a.name == "Olle Nyberg")
    assert olle.role != "secretary"
    # a list of those away is seldom cut: names at the next page's head are the page's own
    away = _read(
        "Beslutande Anna Berg (S), ordförande Karl Dahl (M) Eva Holm (V)\n"
        "Frånvarande Sten Lund (C) Mona Ek (M)\n"
        "2 Jonas Åberg (S) Sara Lindqvist (M) Olle Nyberg (V)\n" + ITEMS
    )
    assert "Jonas Åberg" not in away.absent


def test_inte_narvarande_and_icke_deltagande_label_those_away():
    minutes = _read(
        "Minnesanteckningar styrgruppen 12 mars 2026\n"
        "Närvarande: Anna Berg (S), Kumla Karl Dahl (M), Örebro\n"
        "Inte närvarande: Eva Holm (V), Nora Sten Lund (C), Laxå\n"
        "1. Mötet öppnas\n"
    )
    assert {"Eva Holm", "Sten Lund"} <= set(minutes.absent)
    assert "Eva Holm" not in minutes.present
    board = _read(
        "Protokoll styrelsemöte 12 mars 2026\n"
        "Deltagande: Anna Berg, Karl Dahl, Mona Ek\n"
        "Icke deltagande: Eva Holm, Sten Lund\n"
        "§ 1 Mötet öppnas\n"
    )
    assert set(board.absent) == {"Eva Holm", "Sten Lund"}


def test_inte_narvarande_run_in_after_the_last_present_name():
    minutes = _read(
        "Minnesanteckningar styrgruppen 12 mars 2026\n"
        "Närvarande: Anna Berg (S), Kumla Karl Dahl (M), Örebro Inte närvarande: Eva Holm (V), "
        "Nora Sten Lund (C), Laxå\n"
        "1. Mötet öppnas\n"
    )
    assert {"Anna Berg", "Karl Dahl"} <= set(minutes.present)
    assert {"Eva Holm", "Sten Lund"} <= set(minutes.absent)
    assert "Eva Holm" not in minutes.present


ANNUAL_MEETING = (
    "Protokoll fört vid årsmöte i Hembygdsföreningen den 4 mars 2026\n"
    "1. Mötets öppnande\n"
    "Ordförande Eva Holm öppnade mötet.\n"
    "2. Verksamhetsberättelse\n"
    "Verksamhetsberättelsen är kort och uppläses av Tina Berg. Den läggs till handlingarna.\n"
    "3. Revisionsberättelse\n"
    "Revisionsberättelsen föredrogs av revisor Leena Holm.\n"
    "4. Kassarapport\n"
    "Ulla Stål läste upp kassarapporten.\n"
    "5. Information\n"
    "Mats Gran ger en snabb genomgång av mötet med kommunen om skoterlederna.\n"
    "Jonas Ek, projektledare för projektet God och nära vård i glesbygd informerar om "
    "projektet.\n"
    "Anna Ek, Per Lind och Kjell Berg informerar om budgeten.\n"
    "6. Nästa år\n"
    "Planen för 2027 presenteras av Sara Dahl vid nästa möte.\n"
)


def test_who_presents_in_the_passive_or_with_a_title_after_a_comma_was_there():
    present = set(_read(ANNUAL_MEETING).present)
    assert {"Tina Berg", "Leena Holm", "Ulla Stål", "Mats Gran", "Jonas Ek"} <= present
    assert {"Anna Ek", "Per Lind", "Kjell Berg"} <= present  # a list is not one title
    assert "Sara Dahl" not in present  # she presents at the next meeting


def test_a_speaker_after_an_item_title_run_into_the_line_was_there():
    minutes = _read(
        "Protokoll Kommunfullmäktige 12 mars 2026\n"
        "Beslutande Anna Berg (S), ordförande Karl Dahl (M) Eva Holm (V)\n"
        "§ 5 Rädda Barnens arbete i Värmland Marianne Ek och Marita Falk informerar om "
        "föreningens arbete.\n"
        "§ 6 Risk- och sårbarhetsanalys 2026 Tor Lindberg, säkerhetssamordnare informerade och "
        "svarade på frågor.\n"
        "§ 7 Uppdrag Kommunfullmäktige beslutar att Per Lind informerar om läget i juni.\n"
    )
    present = set(minutes.present)
    assert {"Marianne Ek", "Marita Falk", "Tor Lindberg"} <= present
    assert "Per Lind" not in present  # after 'att', an object of the decision


def test_who_signs_in_a_box_read_across_out_of_its_labels_order_was_there():
    minutes = _read(
        "SAMMANTRÄDESPROTOKOLL Kommunfullmäktige\n"
        "Plats och tid Stadshuset, kl. 18.00-21.00\n"
        "Beslutande Se närvarolista\n"
        "Underskrifter Maria Sjöberg Kristina Öhman ordförande sekreterare Elin Unger Sigvard "
        "Gran\n"
        "§ 1 Val av justerare\n"
        "Kommunfullmäktige beslutar att godkänna dagordningen.\n"
    )
    assert {"Maria Sjöberg", "Kristina Öhman", "Elin Unger", "Sigvard Gran"} <= set(minutes.present)
    officials = _read(
        "SAMMANTRÄDESPROTOKOLL Kommunstyrelsen\n"
        "Beslutande Anna Berg (S), ordförande Karl Dahl (M) Eva Holm (V)\n"
        "Underskrifter sekreterare Regina Lind, planarkitekt Håkan Ek, tf ekonomichef Göran "
        "Holm, kommunchef Ewa Strand Vimmerby 2 september\n"
        "Paragrafer 202-210\n"
        "§ 202 Val av justerare\n"
    )
    present = set(officials.present)
    assert {"Regina Lind", "Håkan Ek", "Göran Holm", "Ewa Strand"} <= present
    assert not [name for name in present if "Vimmerby" in name]


def test_a_middle_initial_is_part_of_the_name_even_when_it_is_a_partys_letter():
    minutes = _read(
        "SAMMANTRÄDESPROTOKOLL Kommunfullmäktige 12 mars 2026\n"
        "Beslutande Lars Hasselgren Ledamot (M) Charlotta M Sjöqvist Ledamot (M) Ulf Ohlsson "
        "Ledamot (M)\n"
        "Tjänstgörande ersättare\tersättare för\n"
        "Anna-Greta O Berggren (C)\tKarl Dahl (C)\n"
        "Övriga närvarande: Eva M. Lund, kommunsekreterare\n"
        "§ 1 Val av justerare\n"
    )
    present = set(minutes.present)
    assert {"Charlotta M Sjöqvist", "Anna-Greta O Berggren", "Eva M Lund"} <= present
    assert {"Lars Hasselgren", "Ulf Ohlsson"} <= present
    runs = _read(
        "Protokoll styrelsemöte 12 mars 2026\nNärvarande: Anna Ek M Per Lind S Eva Holm\n"
        "§ 1 Mötet öppnas\n"
    )
    assert {"Anna Ek", "Per Lind", "Eva Holm"} <= set(runs.present)  # letters after a surname


def test_a_title_and_a_name_set_off_by_commas_before_the_verb_was_there():
    minutes = _read(
        "Minnesanteckningar Samverkansrådet 12 mars 2026\n"
        "• Ordföranden, Elise Ryder Wikén (M), hälsar välkommen och öppnar mötet.\n"
        "• Förvaltningschefen, Eva Lund, informerar om läget.\n"
        "• Anna Ek, Per Lind och Kjell Berg informerar om budgeten.\n"
    )
    present = set(minutes.present)
    assert {"Elise Ryder Wikén", "Eva Lund"} <= present
    assert {"Anna Ek", "Per Lind", "Kjell Berg"} <= present  # a name is no title


def test_lists_of_those_there_under_labels_in_other_words():
    minutes = _read(
        "SAMMANTRÄDESPROTOKOLL Socialnämnden 12 mars 2026\n"
        "Tjänstgörande ledamöter Karl Holm (S), ordförande Mona Dahl (M) Sten Berg (C)\n"
        "Ersättare (ej tjänstgörande) Lisa Åberg (S) Olle Sjö (M)\n"
        "Insynsplats: Jonas Grön (SD)\n"
        "Från förvaltningen: Anna Ek, socialchef Per Lind, controller\n"
        "§ 1 Val av justerare\n"
    )
    assert {
        "Karl Holm", "Mona Dahl", "Sten Berg", "Lisa Åberg", "Olle Sjö", "Jonas Grön", "Anna Ek",
        "Per Lind",
    } <= set(minutes.present)  # fmt: skip
    roles = {a.name: a.role for a in minutes.attendees}
    assert roles["Mona Dahl"] == "member" and roles["Lisa Åberg"] == "substitute"
    assert roles["Anna Ek"] == "official"
    assert not minutes.substitutions  # an ersättare there is not one serving


def test_one_named_as_the_serving_ersattare_in_prose_stood_in():
    minutes = _read(
        "Protokoll fört vid styrelsesammanträde i AB Kumlabostäder den 12 mars 2026\n"
        "Närvarande: Jonas Nilsson, ordförande, Eva Holm, Karl Dahl\n"
        "§ 1 Val av justerare\n"
        "Utsågs ordföranden Jonas Nilsson (M) att jämte tjänstgörande suppleanten Lars-Erik "
        "Backman (V) justera dagens protokoll.\n"
        "§ 2 Val av sekreterare\n"
        "Tjänstgörande ersättaren Mona Ek (S) anmälde jäv i ärendet.\n"
    )
    stood_in = {(s.substitute, s.replaces) for s in minutes.substitutions}
    assert {("Lars-Erik Backman", ""), ("Mona Ek", "")} <= stood_in
    assert {"Lars-Erik Backman", "Mona Ek"} <= set(minutes.present)
