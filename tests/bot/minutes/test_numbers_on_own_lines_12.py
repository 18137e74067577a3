"""A board's minutes whose item numbers came out on lines of their own, each above its title
('1' / 'Mötets öppnande:' / text), as a word processor's numbered headings often do when the
text is copied out (a page written for the rule, none copied from the corpus)."""

from __future__ import annotations

from bot.minutes.reading import parse_text

CLUB = """\
Protokoll Lillby IF styrelsemöte
2024-03-11
Närvarande:
Anna Berg, Per Lund, Eva Holm,
Olle Strand
1
Mötets öppnande:
Ordförande hälsade alla välkomna.
2
Protokolljusterare:
Till att justera protokollet utsågs Per Lund.
3
Dagordningen:
Dagordningen godkändes.
4
Planen:
Gräset behöver klippas oftare.

Styrelsen ger i uppdrag åt planlaget att ta fram ett schema för klippningen.

Nya målburar köps in, styrelsen godkände kostnaden.
5
Ekonomi:
Inget att rapportera.
"""


def test_each_decision_stands_under_its_numbered_item():
    minutes = parse_text(CLUB, "protokoll.txt")
    where = {d.text: (d.number, d.item) for d in minutes.decisions}
    assert where["Till att justera protokollet utsågs Per Lund."] == ("2", "Protokolljusterare")
    assert where["Dagordningen godkändes."] == ("3", "Dagordningen")
    assert where[
        "Styrelsen ger i uppdrag åt planlaget att ta fram ett schema för klippningen."
    ] == ("4", "Planen")


def test_the_agenda_keeps_the_numbers_and_titles():
    minutes = parse_text(CLUB, "protokoll.txt")
    items = [(item.number, item.title) for item in minutes.agenda]
    assert items[:5] == [
        ("1", "Mötets öppnande"), ("2", "Protokolljusterare"), ("3", "Dagordningen"),
        ("4", "Planen"), ("5", "Ekonomi"),
    ]


def test_a_number_that_does_not_go_on_from_the_last_stays_apart():
    # a page number between the items ('7' after item 2) is no item of the minutes
    text = CLUB.replace("3\nDagordningen:", "7\nLillby IF\n3\nDagordningen:")
    items = [(item.number, item.title) for item in parse_text(text, "protokoll.txt").agenda]
    assert ("7", "Lillby IF") not in items
    assert ("3", "Dagordningen") in items


def test_the_anslag_box_next_label_ends_the_organ_named_in_it():
    # the box's labels and values in one run: 'Organ Byggnadsnämnden Anslaget under tiden …'
    text = (
        "Plats och tid Rådhuset, kl 13:00-15:00 Beslutande Anna Berg (S) ordf. Per Lund (M)\n"
        "Utses att justera Per Lund (M) ANSLAG/BEVIS Protokollet är justerat. Justeringen har "
        "tillkännagivits genom anslag. Organ Byggnadsnämnden Anslaget under tiden "
        "Förvaringsplats för protokollet Kommunhuset\n"
        "§ 12 Val av justerare Per Lund utses att justera protokollet.\n"
    )
    assert parse_text(text, "protokoll.txt").groups == ["Byggnadsnämnden"]


def test_page_numbers_over_a_running_head_are_no_items():
    text = (
        "Styrelsemöte Lillby IF 2024-03-11\nNärvarande: Anna Berg, Per Lund\n"
        "1\nLillby IF styrelseprotokoll\nMötet öppnades.\n"
        "2\nLillby IF styrelseprotokoll\nDagordningen godkändes.\n"
    )
    items = [(item.number, item.title) for item in parse_text(text, "protokoll.txt").agenda]
    assert ("1", "Lillby IF styrelseprotokoll") not in items
    assert ("2", "Lillby IF styrelseprotokoll") not in items
