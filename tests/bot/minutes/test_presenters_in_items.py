"""People who presented an item, in a table inside that item ('Namn | Funktion'), are no list
of who attended the meeting: only the document's attendance section says who was there.

Each test builds a real .docx (python-docx) and the same document as a PDF drawn by fpdf2, the
way a secretary fills in her template; none is copied from the corpus.
"""

from __future__ import annotations

import pytest

ATTENDANCE = [
    "Närvarande",
    [
        ["Namn", "Organisation"],
        ["Anna Ek", "Kumla kommun"],
        ["Per Lind", "Region Örebro län"],
        ["Kjell Berg", "Hallsbergs kommun"],
    ],
]


@pytest.mark.parametrize(
    "head", [["Namn", "Funktion"], ["Namn", "Roll"], ["Föredragande", "Funktion"],
             ["Medverkande", "Organisation"]],
)
def test_who_presented_an_item_did_not_attend_the_meeting(read, head):
    minutes = read(
        *ATTENDANCE,
        "§ 2 Information om SAMS",
        [head, ["Lena Holm", "Utvecklingsledare, Region Örebro län"],
         ["Ove Sjöberg", "Verksamhetschef, Kumla kommun"]],
        "Lena Holm och Ove Sjöberg informerade om arbetet med SAMS. Informationen noterades.",
    )
    assert minutes.present == ["Anna Ek", "Per Lind", "Kjell Berg"]
    # they are the item's presenters, which is what the item shows
    item = next(a for a in minutes.agenda if a.title == "Information om SAMS")
    assert item.presenters == ["Lena Holm", "Ove Sjöberg"]


def test_a_presenter_the_attendance_section_names_stays_present(read):
    minutes = read(
        *ATTENDANCE,
        "§ 2 Information om SAMS",
        [["Namn", "Funktion"], ["Per Lind", "Utvecklingsledare, Region Örebro län"],
         ["Ove Sjöberg", "Verksamhetschef, Kumla kommun"]],
        "Per Lind och Ove Sjöberg informerade om arbetet med SAMS.",
    )
    assert minutes.present == ["Anna Ek", "Per Lind", "Kjell Berg"]


def test_a_namn_funktion_table_before_the_items_is_the_attendance(read):
    minutes = read(
        [["Namn", "Funktion"], ["Anna Ek", "Ordförande"], ["Per Lind", "Sekreterare"],
         ["Kjell Berg", "Ledamot"]],
        "§ 2 Information om SAMS",
        "Per Lind informerade om arbetet med SAMS.",
    )
    assert minutes.present == ["Anna Ek", "Per Lind", "Kjell Berg"]


@pytest.mark.parametrize("heading", ["§ 1 Mötets öppnande", "1. Inledning och närvaro"])
def test_a_namn_funktion_table_under_an_opening_item_is_the_attendance(read, heading):
    minutes = read(
        heading,
        [["Namn", "Funktion"], ["Anna Ek", "Ordförande"], ["Per Lind", "Sekreterare"],
         ["Kjell Berg", "Ledamot"]],
        "§ 2 Information om SAMS",
        "Per Lind informerade om arbetet med SAMS.",
    )
    assert minutes.present == ["Anna Ek", "Per Lind", "Kjell Berg"]
