"""How Swedish minutes name their body in the header, read by convention (reader-9d).

The pages below are written for these tests the way secretaries of municipalities, companies,
offices and associations write their headers (none is copied from the corpus): a table of
contents named after the kind of document, the anslag's 'Avser sammanträde med', a company's
board, a dated title after a letterhead and its sändlista, the place after a label of the next
row, a kind of meeting before 'styrelsemöte', a board meeting 'med' or 'för' its organisation,
'föreningen X' in lower case, a name before 'Föreningen', a web page's title with a dash, and a
joined name written without its dash.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.minutes.reading import parse_text

TODAY = date(2026, 12, 2)
ATTENDING = "Närvarande: Anna Berg, Karl Dahl, Lisa Holm"
ITEMS = "1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n2. Val av justerare\nKarl Dahl valdes."


def _read(text: str):
    return parse_text(text, "protokoll.txt", today=TODAY)


def _minutes(head: str):
    return _read(f"{head}\n\n{ATTENDING}\n\n{ITEMS}\n")


# A § protokoll's front page as a transcript keeps it: the table of contents first, named after
# the kind of document; the body only in the anslag's box, and another nämnd in the items.
CONTENTS = "\n\n".join(
    [
        "Sammanträdesprotokoll. Ärendeförteckning",
        "1 Ärendeförteckning Justering Valärenden Interpellation till socialnämndens ordförande"
        " Eva Ek (S) om socialnämndens kostnader Interpellation till socialnämndens ordförande"
        " om hemtjänsten",
        "2 Tid Kl Plats Sessionssalen, Stadshuset Beslutande Enligt bilaga 1 Sekreterare Per Ek"
        " Bevis/anslag Protokollet är justerat. Avser sammanträde med Kommunfullmäktige"
        " Justeringsdatum Anslagsdatum Protokollet finns hos kansliet Underskrifter Eva Ek"
        " ordförande Per Ek sekreterare Lisa Holm justerare",
    ]
)


def test_a_table_of_contents_is_never_the_body_the_anslag_names_it():
    assert _read(CONTENTS + "\n\n" + ATTENDING).groups == ["Kommunfullmäktige"]


def test_the_anslags_sentence_justering_av_names_the_body():
    page = (
        "Protokoll 1 Plats och tid Kommunhuset Beslutande Eva Ek (S) Per Ek (M) ANSLAG / BEVIS"
        " Justering av Kommunstyrelsens protokoll har tillkännagivits genom anslag."
    )
    assert _read(page + "\n\n" + ITEMS).groups == ["Kommunstyrelsen"]


def test_a_companys_board_is_named_by_the_company():
    head = "Protokoll nr 4 fört vid styrelsesammanträde för Ås Energi AB 2013-05-30"
    assert _minutes(head).groups == ["Ås Energi AB"]


# An office's minnesanteckningar: its letterhead with the day they were written, the list of
# those they are sent to, the ersättare and förhinder, then the title with the meeting's day.
LETTERHEAD = (
    "Tjänsteställe, handläggare Datum Eva Ek 2019-03-04 Sida 1(4) Regional utveckling Sändlista"
    " Per Lind – Ås kommun Mona Berg – Region Ås Ersättare: Ola Ek ersättare för Per Lind"
    " Förhinder: Mona Berg Region Ås Minnesanteckningar regionalt samverkansforum 12 mars 2019"
    " TEMA: Kompetensförsörjning i länet. Dagens möte hade för avsikt att"
)


def test_a_dated_title_after_the_letterhead_names_the_group_and_its_day():
    minutes = _read(LETTERHEAD)
    assert minutes.groups == ["Regionalt samverkansforum"]
    assert minutes.date == date(2019, 3, 12)  # not the letterhead's 2019-03-04


def test_the_place_after_the_next_rows_label_with_its_hours_lost():
    page = (
        "Plats och tid\n\nBeslutande Kommunhuset, Ås kommun, sessionssalen, kl Eva Ek (V)\n\n"
        "Ordförande Per Ek (V)\n\n" + ITEMS
    )
    assert _read(page).place == "Kommunhuset, Ås kommun, sessionssalen"


@pytest.mark.parametrize(
    ("head", "body"),
    [
        # the kind of meeting is no word of the body; the board meets 'med' its association
        ("Extra styrelsemöte med Ås Sockenråd tisdagen den 16 juli 2013", "Ås Sockenråd"),
        ("Öppet styrelsesammanträde den 4 december 2018", "Styrelsen"),
        (
            "Styrelseprotokoll fört vid sammanträde med Ås Kommuner och Landsting 2013-05-30",
            "Ås Kommuner och Landsting",
        ),
        # "föreningen X" in lower case: the common noun is no word of the name
        ("Protokoll från årsmöte i föreningen Vårfest Ås 2018-05-31", "Vårfest Ås"),
        # a name before 'Föreningen', the title over it
        ("Norra Föreningen\n\nÅrsmötesprotokoll 2018-03-08, Caféet, Ås.", "Norra Föreningen"),
        ("Styrelsemöte i Byaföreningen Norrgården 2016-12-16", "Byaföreningen Norrgården"),
        # a web page's title: the association after a dash
        ("Styrelsemöte 7 - Spelföreningen Ås", "Spelföreningen Ås"),
        ("Styrelsemöte 7 - Ås Rollspel", "Ås Rollspel"),
        # a joined name written without its dash, the short name in brackets left out
        (
            "Mötesanteckningar Lärande och arbetsmarknadsberedningen (LoA) 2013-06-14",
            "Lärande och arbetsmarknadsberedningen",
        ),
    ],
)
def test_the_body_in_a_title(head, body):
    assert _minutes(head).groups == [body]


def test_a_compound_kind_of_document_titles_the_meetings_date():
    head = "Styrelseprotokoll fört vid sammanträde med Ås Kommuner och Landsting 2013-05-30"
    assert _minutes(head).date == date(2013, 5, 30)


def test_a_place_keeps_no_hour_whose_minutes_were_lost():
    page = "Protokoll 1 Plats och tid Ås kommunhus 11: Beslutande Eva Ek (S) Per Ek (M)"
    assert _read(page + "\n\n" + ITEMS).place == "Ås kommunhus"
