"""Rulings a secretary writes without the usual verbs of deciding: a declaration, an answer to
the chair's question, a passive with "blev", an election cut to its names (pages written for the
rules, none copied from the corpus)."""

from __future__ import annotations

import pytest

from bot.minutes.reading import parse_text
from bot.minutes.reading.verdicts import is_decision

# A village association's årsmöte as its web page shows it: every point's text is its result
ANNUAL = """\
Protokoll fört vid årsmöte i Norrbyns byaförening 12 mars 2024

Plats: Bygdegården

1. Ordföranden Lena Holm hälsade välkommen.
2. Stämman förklarades vara behörigt utlyst.
3. Frågan om styrelsens ansvarsfrihet för 2023 besvarades med ja.
4. Förslaget till ny stadga blev antaget utan ändringar.
5. Frågan om mötet blivit behörigen utlyst besvarades med ja.
"""

# A board's wiki minutes: unnumbered headings, the election under its heading cut to the name
BOARD = """\
Protokoll för styrelsemöte i Föreningen Fria Kartor 14 maj 2023

Närvarande
Karin Ek, Olof Berg, Sara Lund

Val av justerare

 • Olof Berg valdes.

Budget

 • Protokollet från förra mötet blev godkänt av styrelsen.
 • Budgeten kunde inte förklaras beslutad eftersom kassören saknades.
"""


def _texts(text: str) -> list[str]:
    return [d.text for d in parse_text(text, "protokoll.txt").decisions]


def test_an_annual_meetings_declarations_and_answers_are_its_decisions():
    found = " ".join(_texts(ANNUAL))
    assert "Stämman förklarades vara behörigt utlyst." in found
    assert "ansvarsfrihet för 2023 besvarades med ja" in found
    assert "Förslaget till ny stadga blev antaget" in found
    # whether the meeting was duly called is a fact it finds, unless it is declared
    assert "blivit behörigen utlyst" not in found
    assert "hälsade välkommen" not in found


def test_a_boards_election_cut_to_the_name_stands_under_its_heading():
    decisions = parse_text(BOARD, "protokoll.txt").decisions
    elected = [d for d in decisions if d.text.startswith("Olof Berg valdes")]
    assert elected and elected[0].item == "Val av justerare"
    found = " ".join(d.text for d in decisions)
    assert "blev godkänt av styrelsen" in found
    assert "kunde inte förklaras" not in found


@pytest.mark.parametrize(
    ("sentence", "decides"),
    [
        ("Mötet förklarades behörigt utlyst.", True),
        ("Ordföranden förklarade stämman stadgeenligt utlyst.", True),
        ("Mötet förklarades beslutsmässigt.", True),
        ("Fråga om ansvarsfrihet för styrelsen besvarades jakande.", True),
        ("Protokollet blev godkänt.", True),
        ("Anna Berg och Per Lind valdes.", True),
        # not rulings of this meeting: an opening, a finding, a refusal, another body's approval,
        # what is still to come, a proposal
        ("Ordföranden förklarade mötet öppnat.", False),
        ("Mötet ansågs behörigen utlyst.", False),
        ("Budgeten blev inte antagen.", False),
        ("Planen blev godkänd av länsstyrelsen.", False),
        ("Frågan ska besvaras med ja eller nej vid nästa möte.", False),
        ("Styrelsen föreslår att stämman förklaras behörigt utlyst.", False),
        ("Ingen valdes.", False),
    ],
)
def test_rulings_without_a_verb_of_deciding(sentence, decides):
    assert is_decision(sentence) is decides


# A samverkansgrupp's minnesanteckningar kept as headings over bullet points, without numbers
NOTES = """\
Minnesanteckningar Samverkansgrupp Barn och unga 3 december 2026

Närvarande: Anna Berg, Per Lind, Eva Strand

Inledning
- Ordföranden hälsade alla välkomna och mötet öppnades.

Handlingsplan för SAMS
- Gruppen gick igenom förslaget till handlingsplan.
- Vi beslöt att godkänna handlingsplanen med de ändringar som framkom.

Skolgång för placerade barn
- Vi beslöt att Per Lind tar fram ett underlag till nästa möte.

Nästa möte
- Torsdag 17 december 2026 kl. 13.00–15.00.
"""


def test_headings_over_bullet_points_are_the_items_of_their_decisions():
    minutes = parse_text(NOTES, "minnesanteckningar.txt")
    titles = [i.title for i in minutes.agenda]
    assert "Handlingsplan för SAMS" in titles and "Skolgång för placerade barn" in titles
    items = {d.text.split(" att ", 1)[1][:20]: d.item for d in minutes.decisions}
    assert items["godkänna handlingspl"] == "Handlingsplan för SAMS"
    assert items["Per Lind tar fram et"] == "Skolgång för placerade barn"


# A board's minutes with a point lettered between the numbered ones, and a report's bulleted
# points numbered '2a', '2b', '3'
LETTERED = """\
Protokoll fört vid styrelsemöte i Östbyns båtklubb den 4 maj 2025

Närvarande: Karin Ek, Olof Berg, Sara Lund

1. Ordföranden öppnade mötet.
2. Dagordningen godkändes.
2a. Då sekreteraren var sjuk valdes Sara Lund till sekreterare för mötet.
3. Till justerare valdes Olof Berg.
"""

REPORT = """\
Rapport från förbundsstyrelsens möte 20 januari 2025

 • 2a Budget 2025

Kassören föredrog budgetförslaget.

Förbundsstyrelsen beslutar

- att godkänna budgeten för 2025.

 • 2b Verksamhetsplan

Förbundsstyrelsen beslutar

- att ge kansliet i uppdrag att ta fram en verksamhetsplan till nästa möte.

 • 3 Ledarutbildning

Informationen noterades.
"""


def test_a_lettered_point_is_an_item_of_its_own():
    decisions = parse_text(LETTERED, "protokoll.txt").decisions
    by_number = {d.number: d.text for d in decisions}
    assert by_number["2a"].startswith("Då sekreteraren var sjuk valdes Sara Lund")
    assert by_number["2"].startswith("Dagordningen godkändes")


def test_bulleted_points_numbered_with_letters_are_the_items():
    decisions = parse_text(REPORT, "rapport.txt").decisions
    items = {d.text.split("att ", 1)[-1][:12]: (d.number, d.item) for d in decisions}
    assert items["godkänna bud"] == ("2a", "Budget 2025")
    assert items["ge kansliet "] == ("2b", "Verksamhetsplan")


@pytest.mark.parametrize(
    ("sentence", "decides"),
    [
        # an årsmöte's elections, for a term, again or anew
        ("Väljs Anna Berg och Per Lind på 2 år och Eva Strand på 1 år.", True),
        ("Till revisorer på ett år nyväljs Karin Ek och Olof Berg.", True),
        ("Valberedningen, Sara Lund och Per Lind, valdes om.", True),
        ("Kassören valdes för två år, omval.", True),
        # elected at an earlier meeting: reported, not decided
        ("Ledamöterna Eva Strand och Olof Berg valdes föregående år på två år.", False),
    ],
)
def test_elections_for_a_term(sentence, decides):
    assert is_decision(sentence) is decides


# A decision followed, in the same paragraph, by a sentence that introduces a list
FOLLOWS = """\
Protokoll fört vid styrelsemöte med Norrbyns båtklubb den 3 juni 2024

Närvarande: Karin Ek, Olof Berg, Sara Lund

1. Ordföranden öppnade mötet.
2. Bryggor: Beslutades att vi delar upp bryggorna mellan oss. Fördelningen ser ut som följer:
Brygga A: Karin och Olof
Brygga B: Sara
3. Mötet avslutades.
"""


def test_a_decision_before_a_sentence_that_lists_stays_the_decision():
    texts = [d.text for d in parse_text(FOLLOWS, "protokoll.txt").decisions]
    assert any("Beslutades att vi delar upp bryggorna" in t for t in texts)
    assert not any(t.startswith("Brygga") for t in texts)
