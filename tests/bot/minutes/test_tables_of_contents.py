"""A table of contents run into one line, as transcripts of a protokoll's PDF give it, is no
run of § paragraphs: its numbers are the items' numbers, each with a short title and often a
page number, before the first § with text (written for the convention, none copied from the
corpus)."""

from __future__ import annotations

from bot.minutes.reading import parse_text


def _pages(*pages: str) -> str:
    return "\n\n".join(pages)


FRONT = (
    "1 NÄMNDPROTOKOLL Sida 1(3) Kultur- och fritidsnämnden Plats och tid Kulturhuset, "
    "Lindesberg kl 13.00-15.30 Beslutande Anna Berg (S), ordförande Per Lind (M) Eva Holm (C) "
    "Utses att justera Per Lind"
)

# The contents with the § number first and the page after the title; the § signs are lost on
# every page, so the same numbers run twice, in the contents and in the §§ themselves.
PAGED = _pages(
    FRONT,
    "2 NÄMNDPROTOKOLL Sida 2(3) Ärendelista 21 Upprop 3 22 Budget för år 2017 3 "
    "23 Bidrag till föreningar 3 24 Meddelanden 4",
    "3 NÄMNDPROTOKOLL Sida 3(3) 21 Upprop Upprop förrättades och nämnden var beslutsför. "
    "22 Budget för år 2017 Förvaltningen redovisar sitt förslag till budget. Nämnden beslutar "
    "att godkänna budgeten för år 2017. 23 Bidrag till föreningar Föreningarna har sökt bidrag "
    "för hösten. Nämnden beslutar att fördela bidragen enligt bilaga 1. 24 Meddelanden "
    "Nämnden beslutar att lägga meddelandena till handlingarna.",
)


def test_a_paged_table_of_contents_leaves_the_paragraphs_their_numbers():
    parsed = parse_text(PAGED)
    found = {d.text.split()[4]: (d.number, d.item) for d in parsed.decisions}
    assert found["budgeten"] == ("§ 22", "Budget för år 2017")
    assert found["bidragen"] == ("§ 23", "Bidrag till föreningar")
    assert found["meddelandena"] == ("§ 24", "Meddelanden")
    titles = [item.title for item in parsed.agenda]
    # every § once, with its own title, none with a page number from the contents
    assert titles == ["Upprop", "Budget för år 2017", "Bidrag till föreningar", "Meddelanden"]


# The contents with the title first and the § number after it ("Upprop 21"), under its label;
# the transcript holds only the first of the §§ pages, which starts with the § number right
# after the page's own counter.
TITLE_FIRST = _pages(
    FRONT,
    "2 NÄMNDPROTOKOLL Sida 2(3) Innehållsförteckning Information 21 Budget för år 2017 22 "
    "Bidrag till föreningar 23 Meddelanden 24",
    "3 NÄMNDPROTOKOLL Sida 3(3) 21 Information 1) Ordföranden informerade om "
    "föreningsdagen i maj. 2) Förvaltningschefen redovisade sommarens arbete. "
    "Nämnden beslutar att lägga informationen till handlingarna.",
)


def test_a_table_of_contents_with_the_title_first_puts_no_decision_under_a_later_item():
    parsed = parse_text(TITLE_FIRST)
    assert [(d.number, d.item) for d in parsed.decisions] == [("§ 21", "Information")]
    assert [item.title for item in parsed.agenda] == ["Information"]


# Only the front page and the contents survived: the contents are all the text says of the
# items, and they are read as before.
ONLY_CONTENTS = _pages(
    FRONT,
    "2 NÄMNDPROTOKOLL Sida 2(3) Ärendelista 21 Upprop 3 22 Budget för år 2017 3 "
    "23 Bidrag till föreningar 3 24 Meddelanden 4",
)


def test_contents_without_any_paragraph_of_their_own_still_name_the_items():
    titles = [item.title for item in parse_text(ONLY_CONTENTS, notices=True).agenda]
    assert titles[:2] == ["Upprop", "Budget för år 2017"]
    assert len(titles) == 4


# The contents a line an item, with dotted leaders to the page, above the §§ they list.
CONTENTS_LINES = """Kultur- och fritidsnämnden
Protokoll 2017-03-14
Plats och tid: Kulturhuset, Lindesberg kl 13.00-15.30
Beslutande: Anna Berg (S), ordförande, Per Lind (M), Eva Holm (C)

Innehållsförteckning
§ 21 Upprop .................... 2
§ 22 Budget för år 2017 ........ 3
§ 23 Bidrag till föreningar .... 3
§ 24 Meddelanden ............... 4

§ 21 Upprop
Upprop förrättades och nämnden var beslutsför.

§ 22 Budget för år 2017
Förvaltningen redovisar sitt förslag till budget.
Nämnden beslutar att godkänna budgeten för år 2017.

§ 23 Bidrag till föreningar
Nämnden beslutar att fördela bidragen enligt bilaga 1.

§ 24 Meddelanden
Nämnden beslutar att lägga meddelandena till handlingarna.
"""


def test_contents_a_line_an_item_are_not_the_items_twice():
    parsed = parse_text(CONTENTS_LINES)
    assert [(item.number, item.title) for item in parsed.agenda] == [
        ("§ 21", "Upprop"), ("§ 22", "Budget för år 2017"),
        ("§ 23", "Bidrag till föreningar"), ("§ 24", "Meddelanden"),
    ]
    assert [d.number for d in parsed.decisions] == ["§ 22", "§ 23", "§ 24"]
    # without the §§ after them, the contents are the items
    only = CONTENTS_LINES.split("\n§ 21 Upprop\n")[0]
    titles = [item.title for item in parse_text(only, notices=True).agenda]
    assert titles == ["Upprop", "Budget för år 2017", "Bidrag till föreningar", "Meddelanden"]
