"""Decisions and the items they stand under (session 19; pages written for each rule, none copied
from the corpus)."""

from __future__ import annotations

import pytest

from bot.minutes.reading import parse_text

# An item whose title ends with the word 'beslut' after a preposition and a genitive: the word
# is the title's, not the label of a decision (which made the presenter's report a decision)
TITLE_ENDS_IN_BESLUT = """\
Minnesanteckningar Samverkansgrupp Barn och unga 2026-11-12

Närvarande: Per Lind, Anna Berg, Karin Holm

§ 4 Barnkonventionen i kommunernas beslut
Karin Holm redovisade hur kommunerna väger in barnets bästa.
Beslut: Gruppen tar fram en gemensam checklista till nästa möte.

§ 5 Uppföljning av barnrättsarbetet inför nämndernas beslut
Anna Berg berättade om arbetet i Kumla och Hallsberg.
Beslut: Informationen noteras.
"""

# The same items numbered on a dagordning and taken up again
ON_THE_AGENDA = """\
Minnesanteckningar Samverkansgrupp Barn och unga 2026-11-12

Närvarande: Per Lind, Anna Berg, Karin Holm

Dagordning
1. Mötets öppnande
2. Barnkonventionen i kommunernas beslut
3. Övriga frågor

1. Mötets öppnande
Ordföranden öppnade mötet.

2. Barnkonventionen i kommunernas beslut
Karin Holm redovisade. Gruppen beslutar att ta fram en gemensam checklista.

3. Övriga frågor
Inga övriga frågor.
"""


@pytest.mark.parametrize("text", [TITLE_ENDS_IN_BESLUT, ON_THE_AGENDA])
def test_an_item_title_ending_with_beslut_stays_whole(text):
    minutes = parse_text(text, "barn-och-unga.txt")
    titles = [item.title for item in minutes.agenda]
    assert "Barnkonventionen i kommunernas beslut" in titles
    decision = next(d for d in minutes.decisions if "checklista" in d.text)
    assert decision.item == "Barnkonventionen i kommunernas beslut"
    # the report before the decision is no decision, nor is the next item's title
    assert not [d for d in minutes.decisions if "redovisade" in d.text or "Övriga" in d.text]


def test_a_title_ending_with_beslut_after_infor_stays_whole():
    minutes = parse_text(TITLE_ENDS_IN_BESLUT, "barn-och-unga.txt")
    decision = next(d for d in minutes.decisions if "noteras" in d.text)
    assert decision.item == "Uppföljning av barnrättsarbetet inför nämndernas beslut"


# A nämnd's own decision label after the item's title still heads its decision
LABEL_AFTER_TITLE = """\
Protokoll Socialnämnden 2026-10-20

Närvarande: Per Lind, Anna Berg, Karin Holm

§ 12 Delårsrapport januari–augusti 2026 Socialnämndens beslut Delårsrapporten godkänns. \
Beskrivning av ärendet Förvaltningen har upprättat en delårsrapport.
"""


def test_a_bodys_decision_label_after_a_title_still_heads_the_decision():
    minutes = parse_text(LABEL_AFTER_TITLE, "socialnamnden.txt")
    decision = next(d for d in minutes.decisions if "godkänns" in d.text)
    assert decision.number == "§ 12"
    assert decision.item.startswith("Delårsrapport")


# A transcript of the first pages, one line per page: the contents list the §§ by number and
# title, and the only § with its text left stands after the page's running head, its § sign
# lost. The contents say it is § 12, and where its title ends.
CONTENTS_THEN_ONE_PARAGRAPH = """\
Nr 3 Kommunala pensionärsrådet 2026-05-04 1(6) Tid och plats Måndagen den 4 maj 2026, klockan \
13.30 15.00 Kommunhuset, Kumla Beslutande Ledamöter Ove Lind, ordförande Maja Ek, vice \
ordförande Karl Strand, ledamot Övriga närvarande Tjänstemän Eva Holm, äldreomsorgschef \
Utses att justera Maja Ek
Kommunala pensionärsrådet 2026-05-04 2 Innehållsförteckning 12 Höstmarknad Kumla torg 2026 3 \
13 Budget för träffpunkterna 4 14 Övriga frågor 5
Kommunala pensionärsrådet 2026-05-04 3 12 Höstmarknad Kumla torg 2026 Kommunala \
pensionärsrådet godkänner informationen. Eva Holm berättade om planerna för marknaden och \
om de föreningar som har anmält sig. 12 föreningar har anmält sig hittills.
"""


def test_a_paragraph_the_contents_list_is_that_paragraph_though_its_sign_is_lost():
    minutes = parse_text(CONTENTS_THEN_ONE_PARAGRAPH, "kpr.txt")
    decision = next(d for d in minutes.decisions if "godkänner informationen" in d.text)
    assert decision.number == "§ 12"
    assert decision.item == "Höstmarknad Kumla torg 2026"  # the contents' title, capitals and all
    # the contents are no items of their own, and a count in the text is no §
    assert [item.number for item in minutes.agenda] == ["§ 12"]
