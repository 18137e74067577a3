"""Headers written the ways the tenth corpus collection showed and dev lacked: the body only in
a letterhead or a page's running head, in capitals, or as the board of a body in the genitive;
'Plats och tid' with a time range whose dash was lost; a front page's labels in a row before
their values; a date in spaced pairs. The inputs are written for these tests (none is copied
from the corpus)."""

from __future__ import annotations

from datetime import date, time

import pytest

from tests.bot.minutes.headers import ATTENDANCE, ITEMS
from tests.bot.minutes.headers import read_header as _read


@pytest.mark.parametrize(
    ("header", "body"),
    [
        ("TRANÅS KOMMUN\nSAMMANTRÄDESPROTOKOLL\nKOMMUNSTYRELSENS TEKNISKA UTSKOTT\n",
         "Kommunstyrelsens tekniska utskott"),
        ("Protokoll fört vid Hällevik byalags styrelsemöte 2019-03-04\n",
         "Hällevik byalags styrelse"),
    ],
)
def test_the_body_as_the_header_names_it(header, body):
    assert _read(header + ATTENDANCE + ITEMS).groups == [body]


def test_the_body_that_heads_the_pages_when_the_front_page_lost_it():
    text = (
        "Protokoll\n\n"
        "1 Plats och tid Miljökontoret kl 13.00-15.00 Beslutande Anna Holm (S), ordförande, "
        "Carl Ny (M), Dora Stål (C) Utses att justera Carl Ny Justeringens plats och tid "
        "Miljökontoret Underskrifter Sekreterare Eva Berg\n\n"
        "2 MILJÖ- OCH HÄLSOSKYDDSNÄMNDEN Val av justerare Carl Ny utses att justera protokollet. "
        "Nämnden beslutar att godkänna dagordningen.\n\n"
        "3 MILJÖ- OCH HÄLSOSKYDDSNÄMNDEN Information om tillsynen Miljöchefen informerar.\n"
    )
    assert _read(text).groups == ["Miljö- och hälsoskyddsnämnden"]


def test_front_page_labels_are_no_body():
    text = "PROTOKOLL Sammanträdesdag Tid och Plats. Omfattning\n" + ATTENDANCE + ITEMS
    assert "Sammanträdesdag Tid och Plats. Omfattning" not in _read(text).groups


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("Plats och tid Stadshuset, kl. 18:30 21:05, ajournering kl.19:40 19:55\n", time(18, 30),
         time(21, 5)),
        ("Plats och tid Stadshuset, tisdagen den 3 mars 2015, klockan 09.00 11.45\n", time(9, 0),
         time(11, 45)),
        ("Plats: Stadshuset\nTid: 8:30: - 11:15\n", time(8, 30), time(11, 15)),
    ],
)
def test_a_time_range_whose_dash_was_lost(line, start, end):
    minutes = _read("Protokoll\nSocialnämnden\n" + line + ATTENDANCE + ITEMS)
    assert (minutes.start, minutes.end, minutes.place) == (start, end, "Stadshuset")


def test_a_front_pages_labels_in_a_row_before_their_values():
    text = (
        "Protokoll 1(4)\n\n"
        "1 1(4) Organ Tid och plats för sammanträdet Beslutande Sessionssalen, Rådhuset, Borgholm "
        "den 3 mars 2015 kl Anna Holm Carl Ny Dora Stål Övriga deltagare Eva Berg Utses att "
        "justera Carl Ny\n\n"
        "2 2(4) § 12 Val av justerare Carl Ny utses att justera protokollet.\n"
    )
    minutes = _read(text)
    assert (minutes.date, minutes.place) == (date(2015, 3, 3), "Sessionssalen, Rådhuset, Borgholm")


def test_a_date_in_spaced_pairs_in_the_title():
    minutes = _read("Protokoll fört vid telefonmöte 19 11 05 kl. 19-20\n" + ATTENDANCE + ITEMS)
    assert (minutes.date, minutes.start, minutes.end) == (date(2019, 11, 5), time(19), time(20))


def test_spaced_pairs_that_the_header_contradicts_are_no_date():
    text = "Möte 19 11 05\nProtokoll vid styrelsemöte den 7 december\n" + ATTENDANCE + ITEMS
    assert _read(text).date is None


@pytest.mark.parametrize(
    ("header", "body"),
    [
        ("Protokoll utskottssammanträde 2011/12:4\nSocialutskottets protokoll 2011/12:4\n",
         "Socialutskottet"),
        ("PROTOKOLL nr 12\n2015-03-02\nBOSTADSRÄTTSFÖRENINGEN LINDEN\nStyrelsemöte\n",
         "Bostadsrättsföreningen Linden"),
    ],
)
def test_a_generic_body_gives_way_to_the_headers_own_name(header, body):
    assert _read(header + ATTENDANCE + ITEMS).groups == [body]


@pytest.mark.parametrize(
    ("header", "place"),
    [
        ("Protokoll fört vid styrelsemöte med\nVästra Byalag i Bygdegården\n2019-03-04. Kl.19.\n",
         "Bygdegården"),
        ("Protokoll\nSocialnämnden\nTid:\nPlats: Nämndsalen, Stadshuset, Storgatan 4, Ystad 12 "
         "Val av justerare Ordföranden öppnar mötet och hälsar de närvarande välkomna, varefter "
         "upprop förrättas och justerare utses.\n", "Nämndsalen, Stadshuset, Storgatan 4, Ystad"),
        ("Protokoll Seglarsektionen\nDatum:\nPlats: Maj Lördag 09:00 Söndag 14:00 Hotell Riviera, "
         "Strömstad\n", "Hotell Riviera, Strömstad"),
    ],
)
def test_the_place_where_the_header_puts_it(header, place):
    assert _read(header + ATTENDANCE + ITEMS).place == place


def test_a_place_named_after_a_body_needs_a_word_for_a_building():
    text = "Protokoll fört vid styrelsemöte med\nVästra Byalag i Kalmar\n2019-03-04\n"
    assert _read(text + ATTENDANCE + ITEMS).place != "Kalmar"


def test_a_page_counter_after_the_date_is_no_place():
    text = ("TIDAHOLMS KOMMUN Kommunstyrelsen SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 2016-06-09 "
            "Sida 1 (12)\n" + ATTENDANCE + ITEMS)
    minutes = _read(text)
    assert (minutes.groups, minutes.date, minutes.place) == (
        ["Kommunstyrelsen"], date(2016, 6, 9), "")


def test_an_associations_own_word_is_its_name_in_full():
    text = "Protokoll Sörby Byalag\nDatum: 2016-06-09 kl. 18.30–20.00 Plats: Bystugan\n"
    minutes = _read(text + ATTENDANCE + ITEMS)
    assert (minutes.groups, minutes.place) == (["Sörby Byalag"], "Bystugan")


@pytest.mark.parametrize(
    "line",
    [
        "Plats och tid Stadshuset kl 13.00 – ca 15.30\n",
        "Plats och tid Stadshuset kl. 13.00-cirka 15.30\n",
        "Plats och tid Stadshuset kl 13.00–15.30 (ajournering kl 14.00–14.15)\n",
    ],
)
def test_an_end_time_about_or_an_adjournment_in_brackets(line):
    minutes = _read("Protokoll\nSocialnämnden\n" + line + ATTENDANCE + ITEMS)
    assert (minutes.start, minutes.end, minutes.place) == (time(13), time(15, 30), "Stadshuset")
