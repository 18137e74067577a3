"""Decisions written as bare att-satser in running text, the points of a motion that are not
decisions, justerare elected by given names, § and sub-items that transcripts hide (written for
the conventions, none copied from the corpus)."""

from __future__ import annotations

from bot.minutes.reading import parse_text


def _decisions(text: str) -> list[tuple[str, str, str]]:
    return [(d.number, d.item, d.text) for d in parse_text(text).decisions]


# A förbund's board, its page on one line in a transcript: the § signs lost, every decision a
# bare 'Att …' after the item's discussion, one after a dash.
ONE_LINE_BOARD = (
    "Styrelseprotokoll nr 3/22, avseende 31-35 Plats: Förbundets kansli Dag: 12 mars, 2022 "
    "Närvarande: Karin Holm, ordf. Lars Ek Maria Sund Sofia Berg Anmält förhinder: Olle Dahl "
    "31 Mötets öppnande och fastställande av dagordning Karin Holm hälsar välkommen och öppnar "
    "mötet. Att fastställa dagordningen 32 Val av protokolljusterare Att Lars Ek justerar "
    "protokollet 33 Föregående protokoll Protokollet gicks igenom och ett förslag om "
    "mötestider presenterades. - att lägga protokoll 2 till handlingarna. 34 Förbundsmötet "
    "Genomgång av motionerna. Styrelsen lägger förslag till beslut i varje fråga. Att ge "
    "ombuden fria händer i samtliga ärenden. 35 Medlemsavgift Kassören redovisar kostnaderna. "
    "Förslag till beslut. Att höja avgiften med 50 kr."
)


def test_bare_att_satser_after_the_discussion_are_the_decisions():
    found = _decisions(ONE_LINE_BOARD)
    texts = [text for _, _, text in found]
    assert any(t.startswith("Att fastställa dagordningen") for t in texts)
    assert any(t.startswith("Att Lars Ek justerar protokollet") for t in texts)
    assert any(t.startswith("att lägga protokoll 2 till handlingarna") for t in texts)
    assert any(t.startswith("Att ge ombuden fria händer") for t in texts)
    # After 'Förslag till beslut.' the att-sats is the proposal, not what was decided
    assert not any("höja avgiften" in t for t in texts)
    numbers = {text.split()[2]: number for number, _, text in found if text.startswith("Att")}
    assert numbers["dagordningen"] == "§ 31" and numbers["ombuden"] == "§ 34"


def test_a_proposal_heading_run_into_the_line_keeps_its_att_sats_a_proposal():
    text = (
        "Protokoll Styrelsen 2022-03-12\nNärvarande: Karin Holm, Lars Ek\n"
        "§ 4 Budget\nKansliet har tagit fram en budget. Arbetsutskottets förslag till beslut "
        "Att godkänna budgeten för 2023.\n"
    )
    assert not any("godkänna budgeten" in t for _, _, t in _decisions(text))


MOTION = """\
PROTOKOLL nr 14
2023-09-18
BOSTADSRÄTTSFÖRENINGEN LÖNNEN
Styrelsemöte
Närvarande: Eva Lund, Nils Berg, Sara Holm
§ 1
Val av justerare.
Beslutas att Nils Berg skall justera dagens protokoll.
§ 2
Inkomna motioner till stämman.
Motion har inkommit om att stämman beslutar
-att styrelsen ska bestå av fem ledamöter
-att ordföranden väljs på ett år och övriga ledamöter väljs på två år
Styrelsen beslutar att föreslå stämman att avslå motionen.
§ 3
Övriga frågor.
Till föreningens representant i samfälligheten väljs Sara Holm.
"""


def test_a_motions_points_are_not_the_boards_decisions():
    found = _decisions(MOTION)
    texts = [text for _, _, text in found]
    assert not any("väljs på ett år" in t or "fem ledamöter" in t for t in texts)
    assert ("§ 2", "Inkomna motioner till stämman",
            "Styrelsen beslutar att föreslå stämman att avslå motionen.") in found
    assert any(n == "§ 1" and "Nils Berg skall justera" in t for n, _, t in found)
    assert any(n == "§ 3" and "väljs Sara Holm" in t for n, _, t in found)


def test_justerare_elected_by_given_names_and_a_village_association_deciding():
    text = """\
Styrelsemöte 12/5 -21
Närvarande: Anne, Ida, Sandra och Hanna
1. Mötet öppnas
– Anne öppnar mötet
2. Val av justerare
– Ida och Sandra
3. Midsommar
– Byalaget beslutar att ordna midsommarfirande på ängen.
4. Nästa möte
– 9 juni 18.00
"""
    found = _decisions(text)
    assert ("2", "Val av justerare", "Ida och Sandra") in found
    assert any(n == "3" and t.startswith("Byalaget beslutar att ordna") for n, _, t in found)


def test_a_first_paragraph_sign_after_the_justerare_and_sub_items_of_a_paragraph():
    one_line = (
        "PROTOKOLL Socialnämnden Sammanträdesdatum 2019-03-12 Plats och tid Kommunhuset, kl "
        "13.00-15.00 Beslutande Anna Berg (S), ordförande Per Lind (M) Utses att justera Per "
        "Lind § 12 Dnr SN 2019/4 Budget 2019 Förvaltningen har tagit fram ett förslag till "
        "budget. Beslut Socialnämnden beslutar att godkänna budgeten för 2019. § 13 Dnr SN "
        "2019/5 Delegationsbeslut Förteckning över delegationsbeslut redovisas. Socialnämndens "
        "beslut Redovisningen läggs till handlingarna."
    )
    found = _decisions(one_line)
    budget = "Socialnämnden beslutar att godkänna budgeten för 2019."
    assert ("§ 12", "Budget 2019", budget) in found
    parts = """\
Minnesanteckningar Ledningsgruppen 2022-09-15
Deltagare: Anna Berg, Per Lind, Eva Ek
Punkt 1 Mötets öppnande
Anna Berg öppnade mötet.
Punkt 2 Budgetuppföljning
2.1 Prognos
Prognosen visar ett underskott. Ledningsgruppen godkände prognosen.
2.2 Åtgärder
Mötet beslutar att uppdra åt Eva Ek att ta fram en åtgärdsplan.
Punkt 3 Övrigt
Inga övriga frågor.
"""
    found = _decisions(parts)
    assert ("2.1", "Budgetuppföljning – Prognos", "Ledningsgruppen godkände prognosen.") in found
    assert any(n == "2.2" and item.endswith("Åtgärder") for n, item, _ in found)


def test_an_unnumbered_opening_before_items_numbered_from_two_is_an_item():
    text = """\
Minnesanteckningar Regionrådet 2021-06-01
Närvarande: Anna Berg, Per Lind
Mötet öppnas
Ordföranden öppnade mötet. En övrig fråga lades till dagordningen.
Dagordningen godkändes.
2. Föregående möte
Anteckningarna godkändes och lades till handlingarna.
3. Information om bredband
Per Lind informerade om utbyggnaden.
"""
    found = _decisions(text)
    assert ("", "Mötet öppnas", "En övrig fråga lades till dagordningen.") in found
    assert ("", "Mötet öppnas", "Dagordningen godkändes.") in found
    assert any(n == "2" and "Anteckningarna godkändes" in t for n, _, t in found)


def test_a_proposal_that_something_be_done_is_no_decision():
    text = """\
Minnesanteckningar Samverkansrådet 2021-05-04
Närvarande: Anna Berg, Per Lind, Eva Ek
1. Remiss om länsplan
Förslag på att rådet lämnar ett gemensamt yttrande. Rådet ställer sig bakom förslaget.
2. Dagordning för nästa möte
Förslag till dagordning fastställs.
"""
    found = parse_text(text).decisions
    assert [d.text for d in found] == [
        "Rådet ställer sig bakom förslaget.", "Förslag till dagordning fastställs."
    ]
    assert found[0].approves.startswith("Förslag på att rådet lämnar ett gemensamt yttrande")


def test_att_satser_after_one_lead_in_are_one_decision_each():
    text = """\
Protokoll Styrelsen 2020-01-14
Närvarande: Anna Berg, Per Lind
§ 46 Riktlinjer
Styrelsen beslutar: att anta riktlinjerna, att uppdra åt förvaltningen att följa upp dem.
"""
    assert [t for _, _, t in _decisions(text)] == [
        "Styrelsen beslutar: att anta riktlinjerna",
        "Styrelsen beslutar: att uppdra åt förvaltningen att följa upp dem.",
    ]


def test_a_decision_whose_subject_the_transcript_lost():
    text = (
        "PROTOKOLL Miljönämnden Sammanträdesdatum 2014-09-04 Beslutande Anna Berg (S), "
        "ordförande Per Lind (M)\n§ 35 Naturvårdsprogrammet\nKommunbiologen redovisade "
        "remissvaren om naturvårdsprogrammet. ger miljöenheten i uppdrag att ta fram ett förslag."
        "\n§ 36 Information\nAnna Berg informerade om ett möte. Nämnden har tidigare gett "
        "miljöenheten i uppdrag att se över taxan.\n"
    )
    assert _decisions(text) == [
        ("§ 35", "Naturvårdsprogrammet",
         "ger miljöenheten i uppdrag att ta fram ett förslag."),
    ]


def test_a_yrkande_in_att_form_and_a_table_of_contents_page_number():
    text = """\
PROTOKOLL Kommunstyrelsen 2020-01-14
Beslutande: Anna Berg (S), Per Lind (M)
Underskrift Anna Berg
Innehållsförteckning
§ 46 Motion om cykelbanor, 3
§ 47 Budget 2021, 4
§ 46 Motion om cykelbanor
Yrkande Anna Berg (S): Att avslå motionen. Per Lind (M): Att bifalla motionen.
Beslut
Kommunstyrelsen beslutar att avslå motionen.
"""
    parsed = parse_text(text)
    assert [d.text for d in parsed.decisions] == ["Kommunstyrelsen beslutar att avslå motionen."]
    titles = [item.title for item in parsed.agenda]
    assert "Motion om cykelbanor" in titles and "Budget 2021" in titles
    assert not any(t.startswith("Underskrift") or t.endswith((", 3", ", 4")) for t in titles)


def test_a_decision_inside_a_front_page_run_together_with_its_labels():
    text = (
        "SAMMANTRÄDESPROTOKOLL Socialnämnden Plats och tid Kommunhuset kl 13.00-15.00 "
        "Beslutande Anna Berg (S), ordförande Per Lind (M) Övriga närvarande Eva Ek, socialchef "
        "Närvarorätt Utses att justera Socialnämnden beslutar att medge närvarorätt för samtliga "
        "närvarande. Per Lind (M) Justeringens plats och tid Kommunhuset\n"
        "§ 13 Information\nEva Ek informerade om verksamheten.\n"
    )
    assert [d.text for d in parse_text(text).decisions] == [
        "Socialnämnden beslutar att medge närvarorätt för samtliga närvarande."
    ]


def test_labels_of_a_paragraph_run_into_one_line_before_an_att_sats_and_a_proposal():
    text = (
        "PROTOKOLL Kommunfullmäktige 2020-01-14 Beslutande Anna Berg (S), Per Lind (M) Utses "
        "att justera Per Lind § 5 Delårsrapport Ekonomichefen redovisar delårsrapporten. "
        "Kommunstyrelsens förslag till kommunfullmäktige Kommunfullmäktige beslutar att godkänna "
        "delårsrapporten med en ändring. Kommunfullmäktiges beslut Kommunfullmäktige beslutar "
        "att godkänna delårsrapporten. § 6 Motion om skolskjuts Kommunstyrelsen fattade beslut "
        "att avslå en liknande motion i fjol. Beslut att avslå motionen."
    )
    assert _decisions(text) == [
        ("§ 5", "Delårsrapport", "Kommunfullmäktige beslutar att godkänna delårsrapporten."),
        ("§ 6", "Motion om skolskjuts", "att avslå motionen."),
    ]


def test_an_att_clause_that_is_the_subject_of_its_sentence_decides_nothing():
    text = (
        "Minnesanteckningar Styrgruppen för barnhälsa 2026-04-09\n\n"
        "Närvarande: Karin Holm, Lars Ek\n\n"
        "§ 3 Erfarenheter från Lindesberg\n\n"
        "Socialchefen berättar om kommunens arbete. Att samla alla aktörer kring ett "
        "arbetssätt är en framgångsfaktor. Att arbeta tidigt kräver resurser i skolan.\n\n"
        "§ 4 Plan för hösten\n\n"
        "Gruppen diskuterar planen. Att ge kansliet i uppdrag att ta fram en plan som kan "
        "beslutas i maj.\n"
    )
    assert [(number, sats) for number, _, sats in _decisions(text)] == [
        ("§ 4", "Att ge kansliet i uppdrag att ta fram en plan som kan beslutas i maj.")]
