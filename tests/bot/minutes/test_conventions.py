"""The conventions of Swedish minutes, as bodies the reader has never seen write them.

Each text below is written the way a kommun's § protokoll, an association's board and a
styrgrupp's minnesanteckningar are written (none is copied from the corpus): the reader must find
the same decisions in the lines of a Word file and in a transcript that runs each page together
on one line, and must not take a proposal, a yrkande or another body's decision for one.
"""

from __future__ import annotations

import re

import pytest

from bot.minutes.reading import parse_text
from bot.minutes.reading.verdicts import is_decision

KOMMUNSTYRELSE = """\
SAMMANTRÄDESPROTOKOLL
Kommunstyrelsen
Sammanträdesdatum 2021-03-15
Plats och tid: Kommunhuset, sammanträdesrum Lärkan, kl. 09.00–11.45
Beslutande: Anna Svensson (S), ordförande
Per Holm (M)
Lena Ek (C)
Tjänstgörande ersättare: Omar Haddad (S) ersätter Karin Nyström (S)
Övriga närvarande: Eva Lind, kommundirektör
Sekreterare: Maria Berg
§ 44
Val av justerare
Kommunstyrelsen utser Per Holm (M) att jämte ordföranden justera dagens protokoll.
§ 45 Dnr KS 2021/112
Revidering av riktlinjer för bostadsanpassning
Sammanfattning
Riktlinjerna behöver revideras. Kommunfullmäktige har tidigare beslutat att de ska ses över.
Beslutsunderlag
Arbetsutskottets protokoll 2021-03-01 § 23
Arbetsutskottets förslag till beslut
Kommunstyrelsen beslutar att anta reviderade riktlinjer för bostadsanpassning.
Yrkanden
Lena Ek (C) yrkar bifall till arbetsutskottets förslag.
Propositionsordning
Ordföranden ställer proposition på förslaget och finner att kommunstyrelsen bifaller det.
Beslut
Kommunstyrelsen beslutar att anta reviderade riktlinjer för bostadsanpassning.
Reservation
Per Holm (M) reserverar sig mot beslutet.
Beslutet skickas till
Socialnämnden
§ 46 Dnr KS 2021/98
Delårsrapport för samordningsförbundet
Kommunstyrelsens beslut
1. Kommunstyrelsen godkänner delårsrapporten.
2. Informationen läggs till handlingarna.
§ 47
Information från kommundirektören
Eva Lind informerar om läget i förvaltningen.
Kommunstyrelsen tackar för informationen.
§ 48 Dnr KS 2021/130
Motion om cykelvägar
Beslut
Ärendet återremitteras till samhällsbyggnadsförvaltningen för komplettering.
"""

DECIDED = [
    ("44", "Val av justerare", "Kommunstyrelsen utser Per Holm (M) att jämte ordföranden"),
    ("45", "Revidering av riktlinjer", "Kommunstyrelsen beslutar att anta reviderade riktlinjer"),
    ("46", "Delårsrapport", "Kommunstyrelsen godkänner delårsrapporten."),
    ("46", "Delårsrapport", "Informationen läggs till handlingarna."),
    ("47", "Information från kommundirektören", "Kommunstyrelsen tackar för informationen."),
    ("48", "Motion om cykelvägar", "Ärendet återremitteras till samhällsbyggnadsförvaltningen"),
]


def _pages(text: str) -> str:
    """The same minutes as a transcript of a PDF: each page on one line after its number and
    the running head, the § signs lost."""
    lines = text.replace("§ ", "").splitlines()
    cut = [0, 10, 32, len(lines)]
    head = "ÅSKOGA KOMMUN SAMMANTRÄDESPROTOKOLL Kommunstyrelsen 2021-03-15"
    pages = [
        f"{n + 1} {head + ' ' + str(n + 1) + ' ' if n else ''}{' '.join(lines[a:b])}"
        for n, (a, b) in enumerate(zip(cut, cut[1:], strict=False))
    ]
    return "KOMMUNSTYRELSEN Sammanträdesprotokoll\n\n" + "\n\n".join(pages) + "\n"


@pytest.mark.parametrize("layout", ["lines", "pages"])
def test_a_kommunstyrelse_decides_under_its_paragraphs(layout):
    text = KOMMUNSTYRELSE if layout == "lines" else _pages(KOMMUNSTYRELSE)
    m = parse_text(text, "ks.txt")
    found = [(d.number.lstrip("§ "), d.item, d.text) for d in m.decisions]
    assert len(found) == len(DECIDED), found
    for (number, item, text_), (n, title, says) in zip(found, DECIDED, strict=True):
        assert (number, item.startswith(title), text_.startswith(says)) == (n, True, True)
    # The proposal, the yrkande and the chair's proposition are no decisions of their own.
    assert not any("yrkar" in t or "proposition" in t for _, _, t in found)
    assert m.groups == ["Kommunstyrelsen"] and str(m.date) == "2021-03-15"
    assert {"Anna Svensson", "Per Holm", "Lena Ek", "Omar Haddad", "Eva Lind"} <= set(m.present)
    substitutions = [(s.substitute, s.replaces) for s in m.substitutions]
    assert substitutions == [("Omar Haddad", "Karin Nyström")]


FORENING = """\
# Protokoll fört vid styrelsemöte i Hyresgästföreningen Lärkängen

**Datum:** 12 mars 2019
**Tid:** 18.30–20.15
**Plats:** Föreningslokalen, Lärkvägen 4

**Närvarande:** Karin Holm (ordförande), Jonas Åberg, Sara Lind, Mats Pettersson
**Frånvarande:** Ulla Berg

## § 1 Mötets öppnande
Ordföranden Karin Holm hälsade alla välkomna och förklarade mötet öppnat.

## § 2 Val av sekreterare och justerare
Till sekreterare valdes Sara Lind och till justerare Jonas Åberg.

## § 3 Godkännande av dagordningen
Dagordningen godkändes med ett tillägg under övriga frågor.

## § 4 Ekonomi
Kassören redogjorde för ekonomin. Föreningen har 23 400 kronor på kontot.
Mötet beslutade att köpa in nya stolar till lokalen för högst 5 000 kronor.

## § 5 Vårstädning
Styrelsen beslöt att vårstädningen ska hållas lördagen den 27 april.

## § 6 Övriga frågor
Mats tog upp frågan om laddstolpar. Frågan bordlades till nästa möte.

## § 7 Nästa möte
Nästa möte hålls tisdagen den 9 april kl. 18.30.
"""


def test_an_association_board_decides_in_the_passive_and_as_the_meeting():
    m = parse_text(FORENING, "styrelsemote.md")
    found = [(d.number, d.text.split()[0]) for d in m.decisions]
    assert found == [
        ("§ 2", "Till"), ("§ 3", "Dagordningen"), ("§ 4", "Mötet"), ("§ 5", "Styrelsen"),
        ("§ 6", "Frågan"),
    ]
    assert (str(m.date), m.start.strftime("%H:%M"), m.end.strftime("%H:%M")) == (
        "2019-03-12", "18:30", "20:15"
    )
    assert m.absent == ["Ulla Berg"] and "Mats Pettersson" in m.present
    assert str(m.next_meeting.date) == "2019-04-09"


STYRGRUPP = """\
Minnesanteckningar
Styrgrupp för närvård södra länsdelen
Datum: 2022-09-08
Tid: 13:00-15:30

Deltagare
Anna Karlsson, Hallsbergs kommun
Björn Nilsson, Region Örebro län
Frånvarande
David Ek, Askersunds kommun

1. Inledning
Anna Karlsson hälsade välkommen. Dagordningen godkändes.

2. Uppföljning av handlingsplanen
Björn Nilsson presenterade läget i handlingsplanen. Flera aktiviteter är försenade.
Förslag till beslut: Styrgruppen beslutar att förlänga handlingsplanen till juni 2023.
Beslut: Styrgruppen beslutar enligt förslaget.

3. Samverkansavtal
Björn Nilsson informerade om att Regionstyrelsen beslutade den 12 juni att anta avtalet.
Styrgruppen noterar informationen.
"""


def test_a_styrgrupp_approves_a_proposal_and_notes_what_others_decided():
    m = parse_text(STYRGRUPP, "styrgrupp.txt")
    found = [(d.number, d.text) for d in m.decisions]
    assert found == [
        ("1", "Dagordningen godkändes."),
        ("2", "Styrgruppen beslutar enligt förslaget."),
        ("3", "Styrgruppen noterar informationen."),
    ]
    assert m.decisions[1].approves.startswith("Styrgruppen beslutar att förlänga")


@pytest.mark.parametrize(
    ("sentence", "decides"),
    [
        ("Kommunfullmäktige fastställer föredragningslistan.", True),
        ("Till justerare utses Eva Holm (C).", True),
        ("Beslöts att anta verksamhetsplanen.", True),
        ("Protokollet lades till handlingarna.", True),
        ("Ärendet utgår från dagens sammanträde.", True),
        ("Ordföranden redogör för kallelsen, vilket godkänns.", True),
        ("Socialnämnden tackar för informationen.", True),
        ("Kommunstyrelsen föreslår kommunfullmäktige besluta att anta planen.", False),
        ("Anna Berg (S) yrkar bifall till förslaget.", False),
        ("Kommunfullmäktige har beslutat att bolaget ska avvecklas.", False),
        ("Årsmötet den 15 april beslutade att höja avgiften.", False),
        ("Länsstyrelsen fastställde 29 september valet.", False),
        ("Frågan ska beslutas vid nästa möte.", False),
        ("Ordföranden informerar om att ärende 16 utgår.", False),
        ("Ska budgeten godkännas av nämnden?", False),
    ],
)
def test_what_decides_and_what_does_not(sentence, decides):
    assert is_decision(sentence) is decides


def test_an_other_bodys_decision_is_reported_not_taken():
    # In a nämnd's minutes, the arbetsutskott's decision quoted before the nämnd's own.
    assert not is_decision("Arbetsutskottet beslutar att notera informationen.", {"nämnd"})
    assert is_decision("Nämnden beslutar att notera informationen.", {"nämnd"})


def test_a_table_with_a_column_of_decisions(tmp_path):
    from bot.minutes.reading import parse_file

    from .documents import write_docx

    lines = [
        "Minnesanteckningar",
        "Ledningsgrupp för hälsa och välfärd",
        "Datum: 2023-02-14",
        "Närvarande: Anna Berg, Per Lind, Sara Nyström",
        "Punkt\tDiskussion\tBeslut\tAnsvarig",
        "1. Mötets öppnande\tAnna hälsade välkommen.\t\t",
        "2. Föregående minnesanteckningar\tInga synpunkter.\tMinnesanteckningarna godkändes.\t",
        "3. Utbildningsdag\tEn dag i maj föreslås.\tUtbildningsdagen hålls 15 maj.\tPer Lind",
        "4. Övrigt\tInget.\t-\t",
    ]
    write_docx(lines, tmp_path / "ledningsgrupp.docx")
    m = parse_file(tmp_path / "ledningsgrupp.docx")
    assert [(d.number, d.item, d.text) for d in m.decisions] == [
        ("2", "Föregående minnesanteckningar", "Minnesanteckningarna godkändes."),
        ("3", "Utbildningsdag", "Utbildningsdagen hålls 15 maj."),
    ]


def test_the_cheap_word_test_lets_every_way_of_deciding_through():
    """is_decision first asks whether a sentence has a word that decides at all (most sentences
    of minutes have none); every verb and participle of its patterns must pass that test."""
    from bot.minutes.reading import verdicts

    phrases, depth, phrase = [], 0, ""
    for char in f"{verdicts._ACTIVE}|{verdicts._PASSIVE}":  # the top-level alternatives
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            phrases.append(phrase)
            phrase = ""
        else:
            phrase += char
    phrases.append(phrase)
    for alternative in phrases:
        # the last word of a phrase is never optional ("(?:är|var|blev)\s+…överens")
        last = re.findall(r"[a-zåäö]+", re.sub(r"\\[sw]|\(\?:", " ", alternative))[-1]
        assert last in verdicts._TRIGGERS, alternative
    for sentence in ("Mötet var överens om att skjuta på frågan.",
                     "Styrelsen ställer sig bakom förslaget.",
                     "Paragrafen förklarades omedelbart justerad.",
                     "Nämnden yttrar sig enligt bilaga."):
        assert verdicts.might_decide(sentence) and is_decision(sentence), sentence
    assert not verdicts.might_decide("Anna Berg redogjorde för läget i Kumla och Hallsberg.")


@pytest.mark.parametrize(
    ("sentence", "ours", "decides"),
    [
        ("Socialnämnden har tagit del av informationen.", {"nämnd"}, True),
        ("Kommunstyrelsen har tagit del av informationen.", {"nämnd"}, False),
        ("Han har tagit fram ett förslag till rutin.", {"nämnd"}, False),
        # the subject of a passive is what was decided on, not who decided
        ("Kommunstyrelsens förslag godkänns.", {"fullmäktige"}, True),
        ("Arbetsutskottets förslag bifalls.", {"nämnd"}, True),
        ("Planen antogs av kommunfullmäktige i juni.", {"nämnd"}, False),
        ("Styrelsen konstituerade sig med Anna Berg som ordförande.", {"styrelse"}, True),
        ("Redovisningen av delegationsbeslut läggs till handlingarna.", {"nämnd"}, True),
        ("Förbundsordföranden tackar för informationen.", {"nämnd"}, False),
        ("Nämndsekreteraren lägger rapporten till handlingarna.", {"nämnd"}, False),
    ],
)
def test_what_a_nämnd_decides_and_what_others_do(sentence, ours, decides):
    assert is_decision(sentence, ours) is decides


def test_an_att_sats_whose_lead_in_was_lost_decides_unless_proposed():
    text = (
        "PROTOKOLL\nStyrelsen\nSammanträdesdatum 2024-03-12\nNärvarande: Anna Berg, Per Holm\n"
        "§ 1 Delgivningar\na) Protokoll från länshandikapprådet\nb) Cirkulär 2024:3.\n"
        "lägga delgivningarna till handlingarna.\n"
        "§ 2 Budget\nFörvaltningen föreslår att styrelsen beslutar\natt godkänna budgeten.\n"
        "Beslut\nStyrelsen bordlägger ärendet.\n"
    )
    m = parse_text(text, "s.txt")
    assert [(d.number, d.text) for d in m.decisions] == [
        ("§ 1", "lägga delgivningarna till handlingarna."),
        ("§ 2", "Styrelsen bordlägger ärendet."),
    ]


@pytest.mark.parametrize(
    ("sentence", "decides"),
    [
        ("Alla var eniga om att skjuta upp frågan till hösten.", True),
        ("Gruppen var enig om att ta fram en gemensam rutin.", True),
        ("AU beslutar att godkänna rapporten.", True),
        ("KPR tackar för informationen.", True),
        ("SKR beslutade i maj om en rekommendation.", False),
    ],
)
def test_agreement_and_a_body_by_its_letters(sentence, decides):
    assert is_decision(sentence) is decides
