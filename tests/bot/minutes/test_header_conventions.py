"""The body, date, time and place of a meeting, where Swedish minutes put them.

Every header here is written the way a kommun, a region, a råd or an association writes the top
of its minutes (none is copied from the corpus). The body is the name the header gives: never a
date, never "Protokoll", never the municipality above it, never a body named in the items.
"""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.minutes.reading import parse_text

TODAY = date(2026, 1, 1)
ATTENDANCE = "Närvarande: Anna Holm, Carl Ny, Dora Stål\n"
ITEMS = (
    "§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n"
    "§ 2 Ekonomi\nStyrelsen beslutade att godkänna kassarapporten.\n"
)


def _read(text: str):
    return parse_text(text, "protokoll.txt", today=TODAY)


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
    ],
)
def test_the_date_in_the_header(line, day):
    assert _read(line + "\n" + ATTENDANCE + ITEMS).date == date.fromisoformat(day)


@pytest.mark.parametrize(
    ("line", "start", "end", "place"),
    [
        ("Plats och tid: Stadshuset, Eslöv, måndagen den 29 februari 2016 kl. 18.00-21.30 "
         "Ajournering kl. 19.30-19.45", time(18), time(21, 30), "Stadshuset, Eslöv"),
        ("Tisdagen den 29 februari 2016, kl. 14.00-16.00 i Kommunhuset", time(14), time(16),
         "Kommunhuset"),
        ("Plats och tid: Kommunhuset, kl 13:15–15.30", time(13, 15), time(15, 30), "Kommunhuset"),
    ],
)
def test_time_and_place(line, start, end, place):
    minutes = _read("Protokoll Socialnämnden\n" + line + "\n" + ATTENDANCE + ITEMS)
    assert (minutes.start, minutes.end, minutes.place) == (start, end, place)
