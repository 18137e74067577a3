"""The body, date, time and place of a meeting, where Swedish minutes put them.

Every header here is written the way a kommun, a region, a råd or an association writes the top
of its minutes (none is copied from the corpus). The body is the name the header gives: never a
date, never "Protokoll", never the municipality above it, never a body named in the items.
"""

from __future__ import annotations

from datetime import date, time

import pytest

from tests.bot.minutes.headers import ATTENDANCE, ITEMS
from tests.bot.minutes.headers import read_header as _read


@pytest.mark.parametrize(
    ("header", "body"),
    [
        ("ESLÖVS KOMMUN\nSAMMANTRÄDESPROTOKOLL\nSocialnämnden\n", "Socialnämnden"),
        ("Protokoll fört vid Kommunstyrelsens arbetsutskotts sammanträde 2017-05-03\n",
         "Kommunstyrelsens arbetsutskott"),
        ("Landstingsstyrelsens protokoll\nSammanträdet den 29 april 2004\n",
         "Landstingsstyrelsen"),
        ("Direktionsprotokoll\nPlats och tid Stadshuset kl 13.00\n", "Direktionen"),
        ("Protokoll fört vid byarådets möte 2019-04-02\n", "Byarådet"),
        ("Minnesanteckningar Samverkansrådet 20 september 2019\n", "Samverkansrådet"),
        ("Protokoll från styrelsemöte i Föreningen Bygdegården Lilla Hult\n",
         "Föreningen Bygdegården Lilla Hult"),
        ("Byalaget Östra Lund\nProtokoll fört vid styrelsemöte den 14 mars 2018\n",
         "Byalaget Östra Lund"),
        ("Samordningsförbundet Västra Östergötland\nProtokoll styrelsemöte 2016-09-20\n",
         "Samordningsförbundet Västra Östergötland"),
        ("Protokoll, styrelsemöte, Vallby Ek. Fiberförening, #12\n", "Vallby Ek. Fiberförening"),
        ("Protokoll styrelsemöte 2019-04-02\n", "Styrelsen"),
        ("1 Åby Kumla Näs MINNESANTECKNINGAR 1(6) Kommunchefsgrupp Dag Tid Plats Stadshuset\n",
         "Kommunchefsgrupp"),
        ("SG Barn och unga\nMötesanteckningar 2020-02-11\n", "SG Barn och unga"),
    ],
)
def test_the_body_as_the_header_names_it(header, body):
    assert _read(header + ATTENDANCE + ITEMS).groups == [body]


def test_a_body_named_only_in_the_items_is_not_the_body():
    minutes = _read("Protokoll 2019-04-02\n" + ATTENDANCE + "1. Kommunförbundet - rapport\n"
                    "Styrelsen beslutade att godkänna rapporten.\n")
    assert minutes.groups == []


def test_people_of_an_association_are_not_its_name():
    minutes = _read(
        "Protokoll från styrelsemöte 2019-04-02\n"
        "Närvarande: Pia Ström, Vallby byalag, Bo Ek, Näs Skärgårdsförening\n" + ITEMS
    )
    assert minutes.groups == ["Styrelsen"]


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Protokoll från styrelsemöte i Hembygdsföreningen Gamla Byn 2019-04-02", "2019-04-02"),
        ("Protokoll för Bostadsrättsföreningen Tallen, styrelsemöte 2020-01-15", "2020-01-15"),
        ("Sammanträdesdatum: onsdagen den 3 maj 2017", "2017-05-03"),
        ("Datum: 3/5 2017", "2017-05-03"),
        ("Datum 2017.05.03", "2017-05-03"),
        ("Datum och tid: 3/5 2017, 13.00-15.00", "2017-05-03"),
        ("# Mötesprotokoll Föreningen\n## 18 August 2021", "2021-08-18"),
        ("Protokoll 180414", "2018-04-14"),
        ("Styrelsemöte 9 (20171127)", "2017-11-27"),
        ("Protokoll 180414\nStyrelsemöte lördagen den 14 april", "2018-04-14"),
    ],
)
def test_the_date_in_the_header(line, day):
    assert _read(line + "\n" + ATTENDANCE + ITEMS).date == date.fromisoformat(day)


@pytest.mark.parametrize(
    "head",
    [
        "Möte 171101\nProtokoll vid styrelsemöte\nden 11 januari i bygdegården",
        "Protokoll 190312\nStyrelsemöte onsdag 6/2 i Folkets hus",
    ],
)
def test_six_digits_in_a_title_are_no_date_where_the_meetings_day_disagrees(head):
    # the six digits are a file's or a page's number; the meeting's day has no year, so the
    # date stays unknown rather than invented
    assert _read(head + "\n" + ATTENDANCE + ITEMS).date is None


@pytest.mark.parametrize(
    ("line", "start", "end", "place"),
    [
        ("Plats och tid: Stadshuset, Eslöv, måndagen den 29 februari 2016 kl. 18.00-21.30 "
         "Ajournering kl. 19.30-19.45", time(18), time(21, 30), "Stadshuset, Eslöv"),
        ("Tisdagen den 29 februari 2016, kl. 14.00-16.00 i Kommunhuset", time(14), time(16),
         "Kommunhuset"),
        ("Plats och tid: Kommunhuset, kl 13:15–15.30", time(13, 15), time(15, 30), "Kommunhuset"),
        ("Sammanträdesdatum\n2017-05-03\nPlats\nStadshuset, sal A\nTid\n13.00-16.00",
         time(13), time(16), "Stadshuset, sal A"),
        ("Datum: 2017-05-03 Tid: 13.00 – 16.00 Plats: Kommunhuset", time(13), time(16),
         "Kommunhuset"),
        ("2017-05-03\nTid: 13-16\nPlats: Kommunhuset", time(13), time(16), "Kommunhuset"),
        ("2017-05-03\nKommunhuset, kl 13.00-16.00", time(13), time(16), "Kommunhuset"),
        ("Plats och tid Säfflesalen, Stadshuset, klockan ande Enligt bifogad närvarolista",
         None, None, "Säfflesalen, Stadshuset"),
    ],
)
def test_time_and_place(line, start, end, place):
    minutes = _read("Protokoll Socialnämnden\n" + line + "\n" + ATTENDANCE + ITEMS)
    assert (minutes.start, minutes.end, minutes.place) == (start, end, place)


@pytest.mark.parametrize(
    ("title", "start", "place"),
    [
        ("Byalaget protokoll från styrelsemöte 17 september 2019 kl 12 på Postmuseum i Stockholm",
         time(12), "Postmuseum i Stockholm"),
        ("Protokoll fört vid styrelsemöte onsdagen den 2 maj 2018 kl. 16 i Hembygdsmuseet",
         time(16), "Hembygdsmuseet"),
        ("Protokoll fört vid sammanträde med Socialnämnden den 3 maj 2017 kl. 13.00 i "
         "kommunhusets sammanträdesrum", time(13), "kommunhusets sammanträdesrum"),
    ],
)
def test_time_and_place_in_the_title(title, start, place):
    minutes = _read(title + "\n" + ATTENDANCE + ITEMS)
    assert (minutes.start, minutes.place) == (start, place)


@pytest.mark.parametrize(
    ("header", "body"),
    [
        ("UPPSALA KOMMUN\nKULTUR- OCH FRITIDSNÄMNDEN\nProtokoll 2018-02-14\n",
         "Kultur- och fritidsnämnden"),
        ("Anteckningar från möte i Partsgemensamt forum 2018-02-14\n", "Partsgemensamt forum"),
        ("Minnesanteckningar\nSamråd med pensionärsorganisationerna\n2018-02-14\n",
         "Samråd med pensionärsorganisationerna"),
        ("Protokoll för årsmöte i Byföreningen Sjöbacka 2018-02-14\n", "Byföreningen Sjöbacka"),
        ("Protokoll 2017-05-03\nStyrelsemöte i Vallby IF\n", "Vallby IF"),
        ("Region Jönköpings län\nProtokoll\nNämnd: Regionstyrelsen\nDatum: 2017-05-03\n",
         "Regionstyrelsen"),
        ("ESLÖVS KOMMUN\tSAMMANTRÄDESPROTOKOLL\tSida 1 (12)\n"
         "Kommunstyrelsen\tSammanträdesdatum 2017-05-03\n", "Kommunstyrelsen"),
        ("Regionförbundet i Kalmar län\nFörbundsfullmäktige\nProtokoll 2018-02-14\n",
         "Förbundsfullmäktige"),
        ("REGIONFÖRBUNDET I KALMAR LÄN Förbundsfullmäktige PROTOKOLL 2018-02-14\n",
         "Förbundsfullmäktige"),
        ("Kommunalförbundet Sjuhärad\nDirektionen\nProtokoll 2018-02-14\n", "Direktionen"),
        ("Samordningsförbundet Sydnärke\nProtokoll styrelsemöte 2016-12-16\n",
         "Samordningsförbundet Sydnärke"),
        ("Stadsdelsförvaltningen Spånga-Tensta\nBRÅ\nMinnesanteckningar 2018-02-14\n", "BRÅ"),
        ("Protokoll VU-möte 2018-02-14\n", "VU"),
        ("Protokoll VU-möte 2018-02-14\nVerkställande utskottet\n", "Verkställande utskottet"),
        ("Protokoll KS 2017-05-03\nKommunstyrelsen\n", "Kommunstyrelsen"),
        ("SIKO protokoll från styrelsemöte 2017-09-17\n", "SIKO"),
        ("Minnesanteckningar från AU 2018-02-14\n", "AU"),
        ("Protokoll för Region Östergötlands samråd med pensionärsorganisationer 2018-02-14\n",
         "Östergötlands samråd med pensionärsorganisationer"),
    ],
)
def test_more_bodies_as_headers_name_them(header, body):
    assert _read(header + ATTENDANCE + ITEMS).groups == [body]


@pytest.mark.parametrize(
    ("opened", "closed", "start", "end"),
    [
        ("Ordföranden förklarade mötet öppnat kl. 18.05.",
         "Ordföranden förklarade mötet avslutat kl. 20.15.", time(18, 5), time(20, 15)),
        ("Kl 18.30 öppnade ordföranden mötet.",
         "Ordförande tackade för visat intresse och avslutade mötet kl 20.00", time(18, 30),
         time(20)),
        ("Mötet öppnades klockan 18.00 av ordförande Anna Holm.", "Inget mer.", time(18), None),
    ],
)
def test_the_times_the_meeting_was_opened_and_closed(opened, closed, start, end):
    minutes = _read(
        "Protokoll styrelsemöte 2019-05-02\n" + ATTENDANCE + f"§ 1 Mötets öppnande\n{opened}\n"
        "§ 2 Ekonomi\nStyrelsen beslutade att godkänna rapporten.\n"
        f"§ 3 Mötets avslutande\n{closed}\n"
    )
    assert (minutes.start, minutes.end) == (start, end)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Datum: 3/5-17", "2017-05-03"),
        ("Sammanträdesdatum 3 maj -17", "2017-05-03"),
        ("Datum: 2017-5-3", "2017-05-03"),
        ("Styrelsen sammanträdde den 3 maj 2017 i Bygdegården.", "2017-05-03"),
    ],
)
def test_dates_with_a_short_year_or_without_zeros(line, day):
    assert _read(line + "\n" + ATTENDANCE + ITEMS).date == date.fromisoformat(day)


def test_a_title_in_capitals_ends_where_the_names_begin():
    minutes = _read(
        "PROTOKOLL Adjungerade: Cecilia Backe Lunds kommun (ordf. beredningsgruppen)\n"
        "1 PROTOKOLL 1 (11) STYRELSEN FÖR KÄVLINGEÅNS VATTENRÅD\n" + ATTENDANCE + ITEMS
    )
    assert minutes.groups == ["Styrelsen för kävlingeåns vattenråd"]


def test_the_line_that_names_the_meeting_gives_its_date():
    minutes = _read("2009-04-11\n\nStyrelsemöte 2008-09-07 klockan 1700\n" + ATTENDANCE + ITEMS)
    assert minutes.date == date(2008, 9, 7)


def test_the_municipality_in_capitals_before_the_title_is_not_the_body():
    minutes = _read("VILHELMINA KOMMUN PROTOKOLL\nSocialnämnden\n2016-06-09\n" + ATTENDANCE + ITEMS)
    assert minutes.groups == ["Socialnämnden"]


def test_the_body_named_in_the_anslag_block_of_a_page_run_together():
    minutes = _read(
        "PROTOKOLL. Anna Holm (S), Bo Ek (M)\nPlats och tid Förvaltningshuset klockan 9:00-13:40\n"
        "Beslutande: Anna Holm (S), Bo Ek (M)\nUtses att justera Bo Ek Protokollet är justerat. "
        "Justeringen har tillkännagivits genom anslag Forum Kommunstyrelsens allmänna utskott "
        "Sammanträdesdatum för anslags upprättande\n§ 1 Val av justerare\nBeslut\nBo Ek utses.\n"
    )
    assert minutes.groups == ["Kommunstyrelsens allmänna utskott"]


@pytest.mark.parametrize(
    ("header", "place"),
    [
        ("Styrelseprotokoll 2016-03-31\nProtokoll från styrelsemöte\nIndals hembygdsgård "
         "2016-03-31\n", "Indals hembygdsgård"),
        ("Protokoll\nKommunstyrelsen 2016-03-31\n", None),
        ("Protokoll styrelsemöte\nEslöv 2016-03-31\n", None),
    ],
)
def test_a_line_of_the_place_and_the_date(header, place):
    assert (_read(header + ATTENDANCE + ITEMS).place or None) == place


@pytest.mark.parametrize(
    ("line", "start"),
    [
        ("Plats och tid Messingen, rum Nielsen Måndag den 27 februari 2012, klockan 18:", None),
        ("Plats och tid: Kommunhuset, 2012-02-27 kl. 13:", None),
        ("Plats och tid: Kommunhuset, 2012-02-27 kl :00-14:00", None),
        ("Styrelsemöte 2008-09-07 klockan 1700", time(17)),
    ],
)
def test_a_time_the_transcript_cut_is_no_time(line, start):
    assert _read("Protokoll Socialnämnden\n" + line + "\n" + ATTENDANCE + ITEMS).start == start


@pytest.mark.parametrize(
    ("header", "place"),
    [
        # the front page's labels run together with their values, as PDF text gives them
        ("1 Protokoll 1 (6) Teknikutskottet Plats Vårdcentralen i Kristinehamn, sal 3\n"
         "Sammanträdesdatum 2019-03-20\n", "Vårdcentralen i Kristinehamn, sal 3"),
        ("MINNESANTECKNINGAR 1(8) Kommunchefsgrupp Dag Tid Plats Folkets hus, Storgatan 8, "
         "Kumla\n2019-03-20\n", "Folkets hus, Storgatan 8, Kumla"),
        ("SAMMANTRÄDESPROTOKOLL\nKommunfullmäktige Tid Plats 18:30-19:30 Alléskolan aula, "
         "Hallsberg\nSammanträdesdatum 2019-03-20\n", "Alléskolan aula, Hallsberg"),
    ],
)
def test_a_place_label_inside_a_run_together_line(header, place):
    minutes = _read(header + ATTENDANCE + ITEMS)
    assert minutes.place == place


def test_klockan_as_a_label():
    minutes = _read(
        "Protokoll\nSocialnämnden\nDag: torsdag 9 juni 2016\nKlockan: 13.00-15.00\n"
        "Mötesplats: Kommunhuset\n" + ATTENDANCE + ITEMS
    )
    assert (minutes.date, minutes.start, minutes.end) == (date(2016, 6, 9), time(13), time(15))
    assert minutes.place == "Kommunhuset"


@pytest.mark.parametrize(
    ("head", "place"),
    [
        ("Protokoll vid styrelsemöte den 11 januari i bygdegården", "bygdegården"),
        ("Protokoll fört vid styrelsemöte\nonsdag 6/2 kl 19 i Folkets hus", "Folkets hus"),
    ],
)
def test_the_place_after_a_meetings_day_without_its_year(head, place):
    assert _read(head + "\n" + ATTENDANCE + ITEMS).place == place
