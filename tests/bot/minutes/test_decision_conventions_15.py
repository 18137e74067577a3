"""Decisions as associations' web pages and kommuner's § protokoll write them: a numbered list
that the web page starts again at 1 after every paragraph between its points (pages written
for the rules, none copied from the corpus)."""

from __future__ import annotations

from bot.minutes.reading import parse_text
from bot.minutes.reading.verdicts import is_decision

# A village association's board minutes as a web page: its list restarts at "1." after each
# paragraph that breaks it, as a blog's numbered list does
RESTARTED_LIST = """\
Protokoll fört vid Ekbackens Byalags styrelsemöte 2024-03-12 hos Lena Ek.

Närvarande: Lena Ek ordförande, Per Holm, Anna Strand

  1. Mötets öppnande: Lena hälsade välkomna och förklarade mötet öppnat.
  2. Dagordningen: dagordningen godkändes.
  3. Ekonomi: kassören redovisade läget.

Det finns 12 000 kr på kontot.

  1. Midsommarfesten: detta diskuterades och det beslutades att hålla festen på ängen.

Per ordnar tält.

  1. Vägen: beslutades att Anna skriver till kommunen om gatlyset.
  1. Nästa möte: nästa möte blir 2024-04-09 hos Per.
  2. Mötets avslutande: Lena tackade och förklarade mötet avslutat.
"""

# A list inside an item that leads into it with a colon stays the item's own list
LIST_INSIDE_AN_ITEM = """\
Protokoll fört vid Ekbackens Byalags styrelsemöte 2024-03-12.

Närvarande: Lena Ek ordförande, Per Holm, Anna Strand

  1. Mötets öppnande: Lena förklarade mötet öppnat.
  2. Dagordningen: dagordningen godkändes.
  3. Rapporter från grupperna:

  1. Vägen: gruppen har träffats.
  2. Festen: planeringen pågår.

  4. Mötets avslutande: Lena förklarade mötet avslutat.
"""


def _decisions(text: str) -> list[tuple[str, str]]:
    return [(d.item, d.text) for d in parse_text(text, "protokoll.txt").decisions]


def test_a_list_restarted_at_one_after_each_paragraph_goes_on_with_the_items():
    found = _decisions(RESTARTED_LIST)
    party = [item for item, text in found if "hålla festen på ängen" in text]
    road = [item for item, text in found if "beslutades att Anna skriver" in text]
    assert party and party[0].startswith("Midsommarfesten")
    assert road and road[0].startswith("Vägen")
    titles = [a.title for a in parse_text(RESTARTED_LIST, "protokoll.txt").agenda]
    assert any(t.startswith("Nästa möte") for t in titles)


def test_a_list_led_into_by_its_item_stays_inside_the_item():
    titles = [a.title for a in parse_text(LIST_INSIDE_AN_ITEM, "protokoll.txt").agenda]
    assert not any(t.startswith(("Vägen", "Festen")) for t in titles)
    assert any(t.startswith("Mötets avslutande") for t in titles)


# An årsmöte's minutes in an older hand: the association's name in quotation marks, the meeting's
# secretary chosen with an equals sign for the verb
OLD_HAND = """\
Protokoll fört vid årsmöte med ”Ekbackens Vänner 1923” sönd. den 3 mars 1996.

§ 1. Mötet öppnas.
Ordf. hälsade ett 40-tal medlemmar välkomna och förklarade mötet öppnat.

§ 2. Sekr.
Sekr. för mötet = Karin Ekdahl.

§ 3. Justeringsmän.
Till att justera protokollet valdes Olle Berg och Stina Lind.
"""


def test_a_post_given_with_an_equals_sign_is_an_election():
    found = _decisions(OLD_HAND)
    assert any("Karin Ekdahl" in text for _, text in found)
    # a front page's label with its name is no decision
    assert not is_decision("Ordförande: Anna Berg")


def test_the_association_in_quotation_marks_is_the_body_and_its_secretary_was_there():
    minutes = parse_text(OLD_HAND, "protokoll.txt")
    assert minutes.groups == ["Ekbackens Vänner 1923"]
    assert "Karin Ekdahl" in {a.name for a in minutes.attendees if a.present}


# An association's årsmöte: the valberedning elected under its item, as its post and names
ELECTIONS_BY_POST = """\
Protokoll från årsmötet den 9 mars 2024 i Ekbackens Byalag

§ 1. Mötet öppnades.

§ 2. Dagordningen godkändes.

§ 3. Valberedning.
Valberedning: Karin och Per Lind.

§ 4. Revisorer.
Revisorer: Olle Berg och Stina Lind.

§ 5. Mötet avslutades.
"""


def test_the_valberedning_and_revisorer_named_under_their_item_are_elected():
    found = [text for _, text in _decisions(ELECTIONS_BY_POST)]
    assert "Valberedning: Karin och Per Lind." in found
    assert "Revisorer: Olle Berg och Stina Lind." in found
