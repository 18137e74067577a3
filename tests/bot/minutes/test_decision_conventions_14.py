"""Decisions in § protokoll whose pages run into one line, as transcripts of landsting, region
and kommun minutes give them: a § whose sign and neighbour's number were lost, an att-sats run
on after its title, who justerar named with their posts (pages written for the rules, none
copied from the corpus)."""

from __future__ import annotations

from bot.minutes.reading import parse_text

# A landstingsstyrelse's pages, one line each; the § signs lost, and § 58's number too
ONE_LINE_PAGES = """\
Protokoll
1 Landstingsstyrelsen Tid Tisdagen den 4 mars 2014 kl 09.00 Plats Sessionssalen Närvarande \
ledamöter Anna Berg (S), ordförande Olof Ek (M) Sekreterare Lisa Holm
2 Lisa Holm 57 Val av protokolljusterare Att jämte ordföranden justera dagens protokoll \
utsågs Olof Ek. Föredragningslista Föredragningslistan godkändes. 59 Direktörens rapport att \
notera informationen till protokollet. Direktören redogjorde för läget.
"""

# A beredning's pages: who justerar named with their posts; a title run into its att-sats
POSTS_AND_ATT = """\
Protokoll
1 Folkhälsoberedningen Tid Tisdagen den 4 mars 2014 kl 09.00 Plats Rummet Närvarande \
ledamöter Anna Berg (S), ordförande Olof Ek (M) Per Lind (C)
2 12 Justering Ordförande Anna Berg och vice ordförande Per Lind justerar protokollet \
fredagen den 7 mars kl 15. 13 Information Olof Ek informerade om läget. 14 Verksamhetsplan \
att godkänna verksamhetsplanen. 15 Motion om att införa fri kollektivtrafik Motionen \
remitteras till kommunstyrelsen.
"""


def _decisions(text: str) -> list[tuple[str | None, str, str]]:
    return [(d.number, d.item, d.text) for d in parse_text(text, "protokoll.txt").decisions]


def test_a_lone_number_before_the_meetings_formalities_is_a_paragraph():
    found = _decisions(ONE_LINE_PAGES)
    elected = [f for f in found if "utsågs Olof Ek" in f[2]]
    assert elected and elected[0][:2] == ("§ 57", "Val av protokolljusterare")


def test_a_sentence_ending_in_s_is_no_page_word_before_the_next_paragraph():
    """'godkändes. 59 Direktörens rapport': the passive's -s. names no page ('s. 59')."""
    found = _decisions(ONE_LINE_PAGES)
    noted = [f for f in found if f[2].startswith("att notera informationen")]
    assert noted and noted[0][:2] == ("§ 59", "Direktörens rapport")
    assert not any("59 Direktörens" in f[2] for f in found)


def test_an_att_sats_run_on_after_its_title_is_the_decision():
    found = _decisions(POSTS_AND_ATT)
    plan = [f for f in found if f[2].startswith("att godkänna verksamhetsplanen")]
    assert plan and plan[0][:2] == ("§ 14", "Verksamhetsplan")
    # a motion's title keeps its own att-sats: införa is no verb the body decides with
    titles = [d.title for d in parse_text(POSTS_AND_ATT, "protokoll.txt").agenda]
    assert "Motion om att införa fri kollektivtrafik" in titles


def test_who_justerar_named_with_their_posts_is_the_justering_decided():
    found = _decisions(POSTS_AND_ATT)
    adjusts = [f for f in found if "justerar protokollet" in f[2]]
    assert adjusts and adjusts[0][:2] == ("§ 12", "Justering")
    assert adjusts[0][2].startswith("Ordförande Anna Berg och vice ordförande Per Lind")


# A fullmäktige's and a regionstyrelse's pages: the decision in the infinitive right under the
# title, its lead-in ('Kommunfullmäktige beslutar') not written or lost
INFINITIVES = """\
Protokoll
1 Kommunfullmäktige Plats och tid Stadshuset kl 18.00 Beslutande Anna Berg (S) ordförande
2 KF 2 Dnr 2012/14 BUDGETDIREKTIV FÖR 2013 Fastställa budgetdirektiv för 2013 års budget, \
enligt bilaga. Kommunstyrelsen har berett ärendet. KF 3 Dnr 2012/15 Taxa för bygglov Anta taxa \
för bygglov enligt förslaget. Kommunstyrelsen föreslår att taxan räknas upp varje år.
"""

NUMBERED_INFINITIVES = """\
Protokoll
1 Regionstyrelsen Plats: Regionens hus Närvarande: ande: Anna Berg (M), ordförande Olof Ek \
(S) 192 Val av protokolljusterare Till att jämte ordföranden justera protokollet utses Olof \
Ek. 193 Fastställande av dagordning Dagordningen fastställs i enlighet med utskickat förslag. \
194 Reglemente för nämnderna 1. Fastställa reglemente för nämnderna. 2. Godkänna \
arbetsordning för utskotten. Reglementena har reviderats efter revisionens granskning.
"""


def test_a_decision_in_the_infinitive_right_under_its_title_is_the_items_decision():
    found = _decisions(INFINITIVES)
    assert ("§ 2", "BUDGETDIREKTIV FÖR 2013",
            "Fastställa budgetdirektiv för 2013 års budget, enligt bilaga.") in found
    assert ("§ 3", "Taxa för bygglov", "Anta taxa för bygglov enligt förslaget.") in found
    # the background after it decides nothing, and a proposal stays one
    assert not any("berett" in f[2] or "föreslår" in f[2] for f in found)


def test_numbered_infinitives_after_a_title_are_one_decision_each():
    found = _decisions(NUMBERED_INFINITIVES)
    ours = [f for f in found if f[0] == "§ 194"]
    assert [f[2] for f in ours] == [
        "Fastställa reglemente för nämnderna.", "Godkänna arbetsordning för utskotten."
    ]
    assert {f[1] for f in ours} == {"Reglemente för nämnderna"}


# A nämnd's transcript that lost the nämnd's name wherever it stood (as docplayer leaves out
# the words of a page's title): 'Kultur- och fritidsnämndens beslut' became 's beslut'
NAME_LOST = """\
Protokoll
Kultur- och fritidsnämnden
§ 1 Föredragningslista, anmälan av övriga frågor
Beslut beslutar att 1. godkänna föredragningslistan med nedanstående tillägg. Tillägg \
Beslutsärende nr 7 Bidrag till föreningar
§ 2 Närvarorätt
s beslut beslutar godkänna att ersättarna är närvarande.
"""


def test_a_decision_whose_subject_the_transcript_lost_stands_under_its_label():
    found = _decisions(NAME_LOST)
    assert any(f[0] == "§ 1" and f[2].startswith("beslutar att 1. godkänna föredragningslistan")
               for f in found)
    assert any(f[0] == "§ 2" and f[2].startswith("beslutar godkänna att ersättarna") for f in found)


# A fullmäktige's first § opens with the chair's post, as a list of those present would
CHAIR_OPENS = """\
Protokoll
Kommunfullmäktige
Plats och tid Bygdegården, onsdagen den 27 februari 2019 kl 10.00
Beslutande Se bilaga 1
§ 1 Öppnande
Ordförande, Gunnar Holm, C, hälsar alla välkomna och öppnar mötet. Protokollets justering \
Anna Ek, M, och Per Lind, S, väljs att justera protokollet. Upprop Vid uppropet noteras 37 \
ledamöter. Dagordningen fastställs.
§ 2 Allmänhetens frågestund
Inga frågor ställs.
"""


def test_a_paragraphs_text_that_opens_with_the_chairs_post_is_read_for_decisions():
    found = _decisions(CHAIR_OPENS)
    texts = [f[2] for f in found if f[0] == "§ 1"]
    assert any("väljs att justera protokollet" in t for t in texts)
    assert any(t.startswith("Dagordningen fastställs") for t in texts)
    assert not any("hälsar alla välkomna" in t or "noteras 37" in t for t in texts)


# A valnämnd's page run together, the nämnd's name lost before 'beslut' but for its s
LABEL_IN_TITLE = """\
Protokoll
Valnämnden
4 10 Dnr 2018/3 Justering av protokoll s beslut utser Eva Holm till att justera \
protokollet. Valnämnden ska besluta vem som justerar. 11 Dnr 2018/4 Vallokaler s beslut \
godkänner förslaget till vallokaler.
"""


def test_a_decisions_label_inside_a_run_together_title_ends_the_title():
    found = _decisions(LABEL_IN_TITLE)
    assert any(f[:2] == ("§ 10", "Justering av protokoll")
               and f[2].startswith("utser Eva Holm till att justera") for f in found)
    assert any(f[:2] == ("§ 11", "Vallokaler") and "godkänner förslaget" in f[2] for f in found)
