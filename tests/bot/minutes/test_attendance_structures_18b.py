"""Attendance lists whose shape tells where a person ends (issue 10, reader-18b): a list of
'Name, what she is' entries, where capitalised words after a name's comma are her organisation;
and a run of names without separators, where four capitalised words are two people (pages
written for the rules, none copied from the corpus)."""

from __future__ import annotations

import pytest

from bot.minutes.reading import parse_text


def _present(text: str) -> set[str]:
    return {a.name for a in parse_text(text, "protokoll.txt").attendees if a.present}


def _page(officials: str) -> str:
    return f"""\
SAMMANTRÄDESPROTOKOLL Kommunstyrelsen

1 Plats och tid Kommunhuset, Stora salen, måndag 9 mars 2015 kl. 13.00-15.00 Beslutande \
Anna Berg (S), ordförande Olof Ek (C) Per Lind (M) Övriga närvarande {officials} Utses att \
justera Olof Ek Underskrifter Sekreterare Lisa Ekman Ordförande Anna Berg Justerare Olof Ek

2 KS 1 Val av justerare Till justerare utsågs Olof Ek.
"""


@pytest.mark.parametrize(
    ("officials", "organisation", "people"),
    [
        # a company after the comma, then the entry's §
        ("Lisa Ekman, sekreterare Jonas Holm, ekonomichef 12 Stina Dahl, Högby Energi 13 "
         "Maria Nord, kommunchef", "Högby Energi", {"Stina Dahl", "Maria Nord"}),
        # a network's name inside a note begun in lower case
        ("Lisa Ekman, sekreterare Karl Sund, ordförande i Nätverket Levande Bygd Maria Nord, "
         "kommunchef", "Levande Bygd", {"Karl Sund", "Maria Nord"}),
        # a consultancy after the comma, and the next entry after another comma
        ("Lisa Ekman, sekreterare Jonas Holm, tf ekonomichef 12: Stina Dahl, Norrsken Analys, "
         "nämndernas presidier, Maria Nord, kommunchef", "Norrsken Analys",
         {"Stina Dahl", "Maria Nord"}),
    ],
)
def test_an_organisation_after_a_name_in_a_list_of_titles_is_no_person(
    officials, organisation, people
):
    present = _present(_page(officials))
    assert people <= present
    assert organisation not in present


def test_a_list_of_bare_names_with_commas_keeps_a_given_name_the_reader_does_not_know():
    present = _present(_page("Lisa Ekman, sekreterare Jonas Holm, ekonomichef Göran Sand, "
                             "Nils Dahl, Nisse Norén, Maria Nord"))
    assert {"Göran Sand", "Nils Dahl", "Nisse Norén", "Maria Nord"} <= present


def test_a_title_before_the_next_name_does_not_make_it_an_organisation():
    present = _present(_page("Lisa Ekman, sekreterare Jonas Holm, handläggare Tallat Abdel "
                             "Mallak, kommunchef Maria Nord"))
    assert {"Jonas Holm", "Tallat Abdel Mallak", "Maria Nord"} <= present


# Ersättare run together without commas, two of them with given names the reader may not know
RUN_OF_NAMES = """\
SAMMANTRÄDESPROTOKOLL Kommunfullmäktige

1 Plats och tid Stadshuset, måndag 9 mars 2015 kl. 18.00 Beslutande Se bilaga Närvarande, ej \
tjänstgörande ersättare Anders Rapp Sten-Åke Kjell Jorge Pereira Torgny Arvidsson Gaby Hain \
Britt Inger Ärfström Björk Anneli Fredriksson Övriga närvarande Lisa Ekman, sekreterare

2 KF 1 Val av justerare Till justerare utsågs Anders Rapp.
"""


def test_four_capitalised_words_in_a_run_are_two_people():
    present = _present(RUN_OF_NAMES)
    assert {"Sten-Åke Kjell", "Jorge Pereira", "Torgny Arvidsson", "Gaby Hain"} <= present
    assert not {"Sten-Åke Kjell Jorge Pereira", "Torgny Arvidsson Gaby Hain"} & present


def test_a_double_given_name_keeps_a_name_of_four_words():
    assert "Britt Inger Ärfström Björk" in _present(RUN_OF_NAMES)


# A template of colons whose 'Beslutande:' lost its head in the transcript, as 'Beslutande'
# without a colon often does
CUT_LABEL_WITH_COLON = """\
Högby kommun, Kommunstyrelsen

1 Kommunstyrelsen (12) Plats och tid: Stadshusets sessionssal, kl 14:00-16:30 ande: Karin Ek \
(M) Olof Sund (S) Lena Strand (C) Per Holm (S) Maja Lind (V) Övriga deltagande: Utses att \
justera: Justeringens plats och tid: Lisa Ekman, kommunchef Maria Nord samt kommunsekreterare \
Jonas Berg Olof Sund Stadshuset Sekreterare: Paragrafer Jonas Berg Ordföranden: Karin Ek

2 Kommunstyrelsen (12) KS 1 Val av justerare Kommunstyrelsen beslutar att utse Olof Sund att \
justera protokollet.
"""


def test_a_cut_label_with_its_colon_still_heads_those_deciding():
    minutes = parse_text(CUT_LABEL_WITH_COLON, "protokoll.txt")
    present = {a.name for a in minutes.attendees if a.present}
    assert {"Karin Ek", "Olof Sund", "Lena Strand", "Per Holm", "Maja Lind"} <= present
    assert minutes.place == "Stadshusets sessionssal"


# A front page whose last list goes on at the head of page 2, after the transcript's page number
# and the page's own label of it, in the forms templates give it
def _turned_page(page_label: str) -> str:
    return f"""\
SAMMANTRÄDESPROTOKOLL Direktionen

1 Plats och tid Brandstationen, Högby, måndag 9 mars 2015 kl. 13.00 Beslutande Karin Ek (S), \
ordförande Olof Sund (M) Per Holm (C) Övriga närvarande Lisa Ekman, förbundsdirektör Maria \
Nord, kanslichef Brandförbundet Högby Storgatan 1 Växel Fax E-post

2 {page_label} Jonas Berg, operativ chef Stina Dahl, ekonom Anna Lund, personalchef Utses att \
justera Olof Sund Sekreterare Anna Lund

3 § 1 Val av justerare Direktionen beslutar att utse Olof Sund att justera protokollet.
"""


@pytest.mark.parametrize("page_label", ["2 av 12", "2(12)", "12"])
def test_a_list_goes_on_under_the_page_label_of_the_next_page(page_label):
    present = _present(_turned_page(page_label))
    assert {"Jonas Berg", "Stina Dahl", "Anna Lund"} <= present


# The officials' own label at the head of page 2, after its number and label
LABEL_ON_PAGE_TWO = """\
SAMMANTRÄDESPROTOKOLL Kultur- och fritidsnämnden

1 1(20) Plats och tid Stadshuset, tisdag 5 juni 2012 kl. 17.00 Beslutande Karin Ek (S), \
ordförande Olof Sund (M) Per Holm (C) Utses att justera Olof Sund Underskrifter Sekreterare \
Anna Lund Ordförande Karin Ek Justerande Olof Sund

2 2(20) Övriga närvarande Jonas Berg, förvaltningschef Stina Dahl, ekonomichef Anna Lund, \
nämndsekreterare

3 3(20) § 1 Protokollsjustering Beslut Olof Sund (M) utses att justera dagens protokoll.
"""


def test_a_label_after_the_page_number_and_its_label_heads_its_list():
    assert {"Jonas Berg", "Stina Dahl", "Anna Lund"} <= _present(LABEL_ON_PAGE_TWO)


# Labels stacked before one run of names, the values in the labels' order: the politicians
# with their parties, the officials with their titles
def _stacked(labels: str, run: str) -> str:
    return f"""\
SAMMANTRÄDESPROTOKOLL Direktionen

1 Plats och tid: Brandstationen, Högby, kl. 13:00 Beslutande: Karin Ek (S), ordförande Olof \
Sund (M) Per Holm (C) {labels} {run} Utses att justera: Olof Sund

2 § 1 Val av justerare Direktionen beslutar att utse Olof Sund att justera protokollet.
"""


def test_stacked_labels_give_each_its_stretch_of_the_run():
    text = _stacked("Anmält förhinder Övriga:", "Eva Lund (S) Anders Berg (KD) Lisa Ekman, "
                    "förbundsdirektör Maria Nord, kanslichef Jonas Berg, ekonom")
    minutes = parse_text(text, "protokoll.txt")
    away = {a.name for a in minutes.attendees if not a.present}
    there = {a.name for a in minutes.attendees if a.present}
    assert {"Eva Lund", "Anders Berg"} <= away
    assert {"Lisa Ekman", "Maria Nord", "Jonas Berg"} <= there
    assert not {"Lisa Ekman", "Maria Nord", "Jonas Berg"} & away


def test_three_labels_on_lines_of_their_own_over_one_run():
    text = """\
SAMMANTRÄDESPROTOKOLL Folkhälsorådet

Plats och tid Kommunhuset, Högby, onsdag 16 oktober 2013, kl 13.00
Beslutande
Övriga deltagande
Förhindrade Karin Ek (C) Olof Sund (M) Per Holm (S) Lisa Ekman Maria Nord Jonas Berg Eva Lund (S) \
Högby kommun Högby kommun kommunchef, Högby kommun folkhälsoplanerare
Utses att justera Olof Sund (M)

§ 1 Godkännande av dagordningen Dagordningen godkänns.
"""
    minutes = parse_text(text, "protokoll.txt")
    away = {a.name for a in minutes.attendees if not a.present}
    there = {a.name for a in minutes.attendees if a.present}
    assert away == {"Eva Lund"}
    assert {"Karin Ek", "Olof Sund", "Per Holm", "Lisa Ekman", "Maria Nord", "Jonas Berg"} <= there


def test_values_in_another_order_than_their_labels_are_not_cut():
    # the officials first under 'Tjänstgörande ersättare': no stand-in is made of them
    text = _stacked("Tjänstgörande ersättare Övriga närvarande", "Lisa Ekman, kommundirektör "
                    "Maria Nord, sekreterare Eva Lund (S), ordförande Anders Berg (M)")
    minutes = parse_text(text, "protokoll.txt")
    assert not {s.substitute for s in minutes.substitutions} & {"Lisa Ekman", "Maria Nord"}


def test_in_a_list_of_titles_before_names_the_next_title_is_no_surname():
    present = _present(_page("Förvaltningschef Lisa Ekman Tillförordnad förvaltningschef Jonas "
                             "Holm Stadsarkitekt Maria Nord Miljöinspektör Stina Dahl, 12"))
    assert {"Lisa Ekman", "Jonas Holm", "Maria Nord", "Stina Dahl"} <= present
    assert "Lisa Ekman Tillförordnad" not in present
