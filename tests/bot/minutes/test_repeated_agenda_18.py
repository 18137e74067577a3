"""A numbered agenda on the front page, repeated with its text run together (session 18; pages
written for the rule, none copied from the corpus): the text is cut where the agenda's points
start again, so each decision stands under its own point, whatever number the points start at
and in whatever case the text writes their titles."""

from __future__ import annotations

from bot.minutes.reading import parse_text

# One long line per page, as a transcript of a PDF gives it; the points numbered on from the
# association's earlier meetings of the year
NUMBERED_ON = """\
Styrelsemöte Byalaget
1 Byalagets styrelse Möte nr: 3 Plats: Bygdegården Tid: 12 mars 2025, kl 18 Dagordning \
14. Mötets öppnande 15. Val av justerare 16. Ekonomi 17. Nästa möte \
Närvarande Anna Ek, Per Lind, Karin Berg, Olle Strand

2 Protokoll 14. Mötets öppnande Ordföranden öppnade mötet och hälsade alla välkomna 15. Val av \
justerare Beslut: Till justerare valdes Karin Berg. 16. Ekonomi Kassören redovisade kassan och \
bidraget från kommunen. Beslut: Att godkänna budgeten för 2025. 17. Nästa möte Mötet bestämde \
att träffas igen i april.
"""


def test_points_numbered_on_from_earlier_meetings_are_the_items_of_their_text():
    minutes = parse_text(NUMBERED_ON, "byalaget.txt")
    found = {d.text.rstrip("."): (d.number, d.item) for d in minutes.decisions}
    assert found["Till justerare valdes Karin Berg"] == ("15", "Val av justerare")
    assert found["Att godkänna budgeten för 2025"] == ("16", "Ekonomi")


# The agenda on page 2, the points again on page 3 with their titles in capitals; one point's
# title ('… för beslut') broken over the end of its line
IN_CAPITALS = """\
Mötesprotokoll nr 4 LAG-styrelsen
1 Mötesprotokoll nr 4 Tid: Måndagen den 6 oktober 2025 kl 18 Plats: Bygdegården \
Närvarande: Anna Ek Per Lind Karin Berg Olle Strand

2 1. Mötets öppnande 2. Val av justerare för mötets protokoll 3. Godkännande av dagordning \
4. Inkomna projektansökningar för beslut 5. Rapport från kansliet 6. Mötets avslutande 2

3 1. ÖPPNING: Ordföranden hälsade alla välkomna och öppnade sammanträdet. 2. VAL AV JUSTERARE \
FÖR MÖTETS PROTOKOLL: Till att justera dagens protokoll valdes Olle Strand. 3. GODKÄNNANDE AV \
DAGORDNING: Föreslagen dagordning godkändes. 4. INKOMNA PROJEKTANSÖKNINGAR FÖR BESLUT: \
Styrelsen beslutade att bevilja ansökan från hembygdsföreningen.
"""


def test_points_taken_up_in_capitals_are_their_items_and_the_agenda_decides_nothing():
    minutes = parse_text(IN_CAPITALS, "lag.txt")
    found = {d.number: d.text for d in minutes.decisions}
    assert "valdes Olle Strand" in found["2"]
    assert "dagordning godkändes" in found["3"]
    assert "bevilja ansökan" in found["4"]
    # the agenda's own points ('5. Rapport från kansliet') are no decisions
    assert set(found) == {"2", "3", "4"}


# A list inside a point, numbered 1, 2 again after the agenda was taken up: no agenda point
LIST_INSIDE_A_POINT = """\
Protokoll styrelsemöte Båtklubben 3 maj 2025
Närvarande: Anna Ek, Per Lind, Karin Berg
Dagordning
1. Mötets öppnande
2. Hamnen
3. Övriga frågor

1. Mötets öppnande
Ordföranden öppnade mötet.
2. Hamnen
Styrelsen beslutade följande:
1. Att köpa nya förtöjningar till bryggan.
2. Att måla sjöboden i juni.
3. Övriga frågor
Inga övriga frågor.
"""


def test_a_list_inside_a_point_stays_in_its_point():
    minutes = parse_text(LIST_INSIDE_A_POINT, "batklubben.txt")
    items = {d.text.rstrip("."): (d.number, d.item) for d in minutes.decisions}
    assert items["Att köpa nya förtöjningar till bryggan"] == ("2", "Hamnen")
    assert items["Att måla sjöboden i juni"] == ("2", "Hamnen")


# The first § after the front page opens a page of text, its sign lost: a § before a title of
# the formalities, not the page's number (the front page run into one line, with the §§ some
# members were there for)
FIRST_SECTION_OPENS_A_PAGE = """\
Protokoll Sammanträdesdatum 2025-04-30 Regionstyrelsen 65 70 Tid Onsdag 30 april 2025, kl \
09:00 14:30 Plats Regionens Hus, Storgatan 9, Halmstad Sammanträdeslokal Borgsalen Ledamöter \
Anna Ek (M) Karin Berg (M) Per Lind (S) Olle Strand (M), 65 68, 69 70 Stina Holm (C), 65 67, \
69 70 ordförande 1:e vice ordförande Tjänstgörande ersättare Lars Dahl (M) Eva Nord (C), 68 \
Ersättare Maria Sjö (S), 65 67, 69 70 Jonas Blom (KD) Tjänstemän Sara Lund Johan Vik Märta Ås \
regiondirektör ekonomidirektör kanslichef, avdelningen för styrning och uppföljning
65 Justering Regionstyrelsen utser Per Lind att jämte ordföranden justera protokollet. 66 \
Godkännande av föredragningslista Regionstyrelsen godkänner föredragningslistan med ett tillägg.
"""


def test_the_first_section_opening_a_page_is_a_section_before_a_formal_title():
    minutes = parse_text(FIRST_SECTION_OPENS_A_PAGE, "regionstyrelsen.txt")
    found = {d.number: d.text for d in minutes.decisions}
    assert found["§ 65"].startswith("Regionstyrelsen utser Per Lind")
    assert "godkänner föredragningslistan" in found["§ 66"]
