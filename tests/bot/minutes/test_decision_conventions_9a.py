"""How associations' årsmöten and boards write decisions, and how a numbered list of sentences
numbers them (pages written for the rules, none copied from the corpus)."""

from __future__ import annotations

import pytest

from bot.minutes.reading import parse_text
from bot.minutes.reading.sections import cut_parts, split_title
from bot.minutes.reading.verdicts import ANNUAL_MEETING, is_decision

ARSMOTE = """\
Protokoll från årsmöte i föreningen Sjöviks Båtklubb
Datum: 12/3 2022 Tid: 18.00-19.30 Plats: Klubbhuset
Närvarande:
Anna Berg
Per Ek
§ 1 Mötets öppnande
Anna Berg förklarade årsmötet öppnat.
§ 2 Val av mötesordförande
Årsmötet beslutade att välja Per Ek till mötesordförande.
§ 3 Ansvarsfrihet
Årsmötet beslutade att bevilja styrelsen ansvarsfrihet.
"""

STYRELSEMOTE = """\
Protokoll fört vid styrelsemöte i Sjöviks Båtklubb 2022-04-02
Närvarande: Anna Berg, Per Ek
§ 1 Rapport från årsmötet
Årsmötet beslutade att höja medlemsavgiften till 300 kronor.
§ 2 Bryggan
Styrelsen beslutade att reparera bryggan i maj.
"""


def test_an_annual_meetings_own_minutes_decide_in_its_name():
    m = parse_text(ARSMOTE, "arsmote.txt")
    assert [(d.number, d.text) for d in m.decisions] == [
        ("§ 2", "Årsmötet beslutade att välja Per Ek till mötesordförande."),
        ("§ 3", "Årsmötet beslutade att bevilja styrelsen ansvarsfrihet."),
    ]


def test_a_boards_minutes_report_the_annual_meetings_decision():
    m = parse_text(STYRELSEMOTE, "styrelse.txt")
    assert [d.text for d in m.decisions] == ["Styrelsen beslutade att reparera bryggan i maj."]


def test_the_annual_meeting_is_ours_only_when_the_minutes_say_so():
    sentence = "Årsmötet beslutade att välja Per Ek till ordförande."
    assert not is_decision(sentence, {"styrelse"})
    assert is_decision(sentence, {ANNUAL_MEETING})


NUMBERED_SENTENCES = """\
Protokoll från årsmötet med Sjöviks Båtklubb i Klubbhuset 12 mars 2022.
1. Ordföranden Anna Berg öppnade mötet.
2. Dagordningen godkändes.
3. Till mötesordförande valdes Per Ek.
4. Styrelsen beviljades ansvarsfrihet för 2021.
5. Medlemsavgiften fastställdes till 300 kronor.
"""


def test_a_numbered_list_of_sentences_numbers_its_decisions():
    m = parse_text(NUMBERED_SENTENCES, "lista.txt")
    assert [(d.number, d.text) for d in m.decisions] == [
        ("2", "Dagordningen godkändes."),
        ("3", "Till mötesordförande valdes Per Ek."),
        ("4", "Styrelsen beviljades ansvarsfrihet för 2021."),
        ("5", "Medlemsavgiften fastställdes till 300 kronor."),
    ]


ALL_ONES = """\
Protokoll från Sjöviks byalags styrelsemöte den 5:e februari 2022
Närvarande: Anna Berg, Per Ek
1. Nästa utskick
Beslutades att det skall delas ut i mars.
1. Nästa styrelsemöte
Beslutas vid årsmötet.
"""


def test_points_all_numbered_one_number_nothing_and_a_decision_left_to_later_is_none():
    m = parse_text(ALL_ONES, "ettor.txt")
    assert [(d.number, d.text) for d in m.decisions] == [
        ("", "Beslutades att det skall delas ut i mars.")
    ]


@pytest.mark.parametrize("sentence", [
    "Beslutas vid årsmötet.",
    "Beslutas vid nästa möte.",
    "Frågan beslutas senare.",
])
def test_a_decision_left_to_a_later_meeting_is_none(sentence):
    assert not is_decision(sentence)


def test_beslutas_at_this_meeting_still_decides():
    assert is_decision("Beslutades vid mötet att köpa en ny båt.")


def test_an_elected_name_stays_with_its_point():
    assert split_title("Till ordförande för mötet valdes Gunnar Ek") == (
        "Till ordförande för mötet valdes Gunnar Ek", ""
    )
    assert split_title("Till justerare utsågs Anna Berg. Mötet fortsatte.") == (
        "Till justerare utsågs Anna Berg", "Mötet fortsatte."
    )
    # a title still ends where a capitalised sentence starts
    assert split_title("Val av justerare Till justerare valdes Anna Berg.")[0] == "Val av justerare"


BULLETS = """\
Norra Föreningen
Årsmötesprotokoll 2022-03-08, Klubbhuset.
 • 1 Ordförande Anna Berg hälsade välkommen och öppnade mötet
 • 2 Till ordförande för mötet valdes Anna Berg
 • 3 Till mötessekreterare utsågs Per Ek
 • 4 Val beslutades enligt valberedningens förslag
- Till ordförande för 2022 omvaldes Anna Berg
- Till kassör valdes Lisa Holm
 • 5 Årets överskott på 1 200 kr överförs i ny räkning.
"""


def test_bulleted_points_keep_their_names_and_the_elections_under_them():
    m = parse_text(BULLETS, "punkter.txt")
    texts = [d.text for d in m.decisions]
    assert "Till ordförande för mötet valdes Anna Berg" in texts
    assert "Till mötessekreterare utsågs Per Ek" in texts
    assert "Till ordförande för 2022 omvaldes Anna Berg" in texts
    assert "Till kassör valdes Lisa Holm" in texts
    assert "Årets överskott på 1 200 kr överförs i ny räkning." in texts


def test_a_proposal_named_in_running_text_is_no_label():
    assert cut_parts("§ 4 Val beslutades enligt valberedningens förslag") == [
        "§ 4 Val beslutades enligt valberedningens förslag"
    ]
    # a label after a sentence's end still heads its part
    assert cut_parts("§ 4 Budget. Förslag till beslut: Styrelsen föreslås anta budgeten.")[1:] == [
        "Förslag till beslut: Styrelsen föreslås anta budgeten."
    ]


def test_a_result_carried_forward_decides_only_into_a_new_account():
    assert is_decision("Årets underskott överförs i ny räkning.")
    assert not is_decision("Pengarna överförs till kontot varje månad.")


GROUPS = """\
Extra styrelsemöte med Östra Sockenråd tisdagen den 16 juli 2022 hos Anna Berg.
Närvarande: Anna Berg, Per Ek, Lisa Holm.
§ 1
Gruppernas rapporter
Seniorgruppen: Vi beslöt att gruppen skall vara vilande tills vidare.
§ 2
Tavlorna diskuterades. Sockenrådet beslutade att behålla samlingen.
"""


def test_a_groups_label_is_no_subject_and_the_association_speaks_for_its_board():
    m = parse_text(GROUPS, "sockenrad.txt")
    assert [(d.number, d.text) for d in m.decisions] == [
        ("§ 1", "Seniorgruppen: Vi beslöt att gruppen skall vara vilande tills vidare."),
        ("§ 2", "Sockenrådet beslutade att behålla samlingen."),
    ]


PAGES_WITH_HEADS = """\
1 Kommunstyrelsen (12) Plats och tid Kommunhuset, kl 8:30 16:00 Beslutande Anna Berg (S), \
ordförande Per Ek (M) Utses att justera Per Ek Underskrift
2 Kommunstyrelsen (12) 45 Godkännande av ärendelista Dnr 2023 KS0012 Ärendelistan har varit \
utskickad. Kommunstyrelsen beslutar att arbeta efter den: 1) Val av justerare 2) Budget
"""


def test_a_page_number_before_the_running_head_is_no_paragraph():
    m = parse_text(PAGES_WITH_HEADS, "sidor.txt")
    assert [(d.number, d.item) for d in m.decisions] == [("§ 45", "Godkännande av ärendelista")]


LISTED_ELECTIONS = """\
Protokoll från årsmötet med Sjöviks Båtklubb i Klubbhuset 12 mars 2022.
1. Dagordningen godkändes.
2. Val av styrelse enligt valberedningens förslag, och det valdes sedan som följer nedan:
3. Anna Berg som ordförande, 1 år.
4. Per Ek och Lisa Holm som ledamöter, 2 år.
"""


def test_the_points_after_a_lead_in_as_follows_are_the_decisions():
    m = parse_text(LISTED_ELECTIONS, "val.txt")
    assert [(d.number, d.text) for d in m.decisions] == [
        ("1", "Dagordningen godkändes."),
        ("3", "Anna Berg som ordförande, 1 år."),
        ("4", "Per Ek och Lisa Holm som ledamöter, 2 år."),
    ]


def test_the_meeting_instructs_in_the_passive():
    assert is_decision("Anmodades Anders att inkomma med räkning för nedlagt arbete.")
