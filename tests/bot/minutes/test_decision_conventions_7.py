"""Decisions as fullmäktige, nämnder and råd write them: an approval that refers to a named
body's proposal carries that proposal, a proposal's own 'bifalls' is no decision, nothing
decided is no decision, a document's date does not date the decision, an att-sats's conditions
belong to what was decided, a table of contents after a page's numbers is no list of §§, and the
minutes' own justering is no deadline (none copied from the corpus)."""

from __future__ import annotations

from bot.minutes.reading import parse_text
from bot.minutes.reading.verdicts import is_decision

HEAD = """\
PROTOKOLL
Kommunstyrelsen
Sammanträdesdatum 2024-03-12
Plats och tid: Kommunhuset, kl 13.00-15.00
Beslutande: Anna Svensson (S), ordförande, Per Holm (M)
"""


def _decisions(text: str) -> list[tuple[str, str, str]]:
    found = parse_text(HEAD + text).decisions
    return [(d.number, d.text, d.approves) for d in found]


def test_an_approval_in_enlighet_med_a_named_proposal_carries_its_att_satser():
    found = _decisions("""\
§ 16 Budget 2025
Arbetsutskottets förslag
att godkänna budgeten för 2025
att uppdra åt förvaltningen att återkomma med en plan
Kommunstyrelsens beslut
Kommunstyrelsen beslutar i enlighet med arbetsutskottets förslag.
""")
    assert len(found) == 1
    number, text, approves = found[0]
    assert number == "§ 16"
    assert text == "Kommunstyrelsen beslutar i enlighet med arbetsutskottets förslag."
    assert "att godkänna budgeten för 2025" in approves
    assert "att uppdra åt förvaltningen att återkomma med en plan" in approves


def test_what_a_proposal_heading_proposes_is_no_decision_though_it_says_bifalls():
    found = _decisions("""\
§ 15 Motion om cykelbanor
Kommunstyrelsens förslag till beslut
Motionen bifalls.
Kommunfullmäktiges beslut
Kommunfullmäktige beslutar enligt kommunstyrelsens förslag.
""")
    assert [text for _, text, _ in found] == [
        "Kommunfullmäktige beslutar enligt kommunstyrelsens förslag."
    ]
    assert "Motionen bifalls." in found[0][2]


def test_a_decision_label_over_nothing_decided_records_no_decision():
    found = _decisions("""\
§ 202 Presentation av nya medarbetare
Kommunstyrelsens beslut
Kommunstyrelsen fattar inget beslut.
§ 203 Taxor 2025
Kommunstyrelsens beslut
Taxorna fastställs.
""")
    assert [(n, t) for n, t, _ in found] == [("§ 203", "Taxorna fastställs.")]
    assert not is_decision("Nämnden tar inget beslut i ärendet.")
    assert not is_decision("Inget beslut fattades i frågan om lokalerna.")


def test_a_date_naming_the_minutes_approved_does_not_make_the_approval_earlier():
    assert is_decision("Styrelseprotokoll från 24/1 och AU-protokoll från 6/12 godkännes.")
    assert is_decision("Protokollet från sammanträdet den 3 maj godkändes.")
    assert is_decision("Protokoll daterat 2024-02-01 lades till handlingarna.")
    # a decision taken on another day stays reported
    assert not is_decision("Styrelsen beslutade den 3 maj att höja avgiften.")
    assert not is_decision("Årsmötet den 15 april beslutade att höja avgiften.")


def test_after_a_deciding_lead_in_the_att_sats_conditions_are_what_was_decided():
    assert is_decision(
        "Beslutas att om man har en ansvarig som inte ingår i styrelsen går denne under AU."
    )
    assert is_decision("Beslutas även att kassören ska attestera alla fakturor.")
    # without the lead-in, a condition or a modal still decides nothing
    assert not is_decision("Om man vill kan styrelsen besluta om saken senare.")
    assert not is_decision("Kassören ska godkänna fakturorna.")


def test_an_approval_with_its_additions_listed_after_a_colon_decides():
    found = _decisions("""\
§ 75 Godkännande av föredragningslista
Upprättad föredragningslista godkänns med följande tillägg: Maria Ek (S) frågar om skolgården?
""")
    assert [n for n, _, _ in found] == ["§ 75"]
    assert found[0][1].startswith("Upprättad föredragningslista godkänns med följande tillägg")


def test_a_table_of_contents_after_the_pages_numbers_is_not_read_as_the_paragraphs():
    text = (
        "Folkhälsorådet\nSAMMANTRÄDESPROTOKOLL Folkhälsorådet 2024-05-14\n"
        "Plats och tid Kommunhuset, Mora, tisdag 14 maj 2024, kl 13.00\n"
        "Beslutande Eva Berg (C) Olle Ek (M)\n\n"
        "2 17 Innehållsförteckning FHR 9 Godkännande av dagordningen FHR 10 Folkhälsoplan "
        "FHR 11 Information FHR 12 Övriga frågor Justerandes sign\n\n"
        "3 18 FHR 9 Godkännande av dagordning Dagordningen godkänns. Justerandes sign\n\n"
        "4 19 FHR 10 Folkhälsoplan Folkhälsorådets beslut Folkhälsoplanen antas.\n"
    )
    found = parse_text(text).decisions
    assert [(d.number, d.item, d.text) for d in found] == [
        ("§ 9", "Godkännande av dagordning", "Dagordningen godkänns."),
        ("§ 10", "Folkhälsoplan", "Folkhälsoplanen antas."),
    ]


def test_the_minutes_own_justering_date_is_no_deadline_for_answers():
    # a transcript runs the next item's title ("Anmälan av …") into the justering's sentence
    found = parse_text(HEAD + """\
§ 3 Justering
Protokollet skall justeras senast onsdagen den 20 mars 2024 Anmälan av delegationsbeslut
§ 4 Remiss om översiktsplan
Synpunkter på remissen lämnas till kansliet senast den 30 april 2024.
""").deadlines
    assert [(d.date.isoformat(), d.what) for d in found] == [
        ("2024-04-30", "remissen (Remiss om översiktsplan)")
    ]


def test_an_agenda_that_sorts_its_items_by_kind_lists_titles_not_decisions():
    found = parse_text(HEAD + """\
Dagordning
Formalia Beslut: Bidragsnivåer Beslut: Tryck av jubileumsboken Rapport: Förbundskansliet

1. Formalia
Mötet beslutade att fastställa dagordningen.
2. Bidragsnivåer
Beslut: Bidragsnivåerna för 2025 fastställs enligt bilaga.
3. Val av justerare
Beslut: Anna Svensson
""").decisions
    assert [d.text for d in found] == [
        "Mötet beslutade att fastställa dagordningen.",
        "Bidragsnivåerna för 2025 fastställs enligt bilaga.",
        "Anna Svensson",
    ]


def test_the_items_after_a_number_left_alone_on_its_line_are_still_items():
    found = parse_text("""\
Protokoll fört vid styrelsemöte 12 mars 2024, Storgatan 11, Uppsala
1. Mötet öppnas av ordförande.
2.
Närvarande: Karin Berg, ordförande, Per Ek, kassör, Eva Lind
3. Godkännande av dagordning: Dagordningen godkännes.
4. Justerare: Till att justera dagens protokoll valdes Per Ek.
5. Ekonomi: Budgeten för 2025 godkänns av styrelsen.
""")
    assert [(d.number, d.item) for d in found.decisions] == [
        ("3", "Godkännande av dagordning"),
        ("4", "Justerare"),
        ("5", "Ekonomi"),
    ]


def test_an_approval_of_a_proposal_with_numbered_points_carries_every_point():
    found = _decisions("""\
§ 24 Taxa för bygglov
Kommunstyrelsens förslag
1. Taxan fastställs enligt bilaga.
2. Taxan gäller från 1 juli 2024.
Beslut
Kommunfullmäktige bifaller kommunstyrelsens förslag.
""")
    assert [(n, t) for n, t, _ in found] == [
        ("§ 24", "Kommunfullmäktige bifaller kommunstyrelsens förslag.")
    ]
    assert found[0][2] == "1. Taxan fastställs enligt bilaga. 2. Taxan gäller från 1 juli 2024."


def test_the_minutes_of_earlier_meetings_named_by_their_dates_are_approved_now():
    assert is_decision(
        "a: Styrelseprotokoll 2024-01-25, b: AU-protokoll 2024-02-13, samtliga godkännes."
    )


KS_PAGES = """\
SAMMANTRÄDESPROTOKOLL Kommunstyrelsen

1 SAMMANTRÄDESPROTOKOLL Kommunstyrelsen Sida 1 (4) Plats och tid Kommunhuset kl 18.00-20.00 \
Beslutande Anna Berg (S), ordförande Per Lind (M) Eva Ek (C) Utses att justera Per Lind \
Paragrafer 31-34

2 SAMMANTRÄDESPROTOKOLL Kommunstyrelsen Sida 2 (4) 31 Dnr KS 2024/12 Ny förskola i Väster \
Ärendebeskrivning Förvaltningen har utrett behovet av en ny förskola. Arbetsutskottets förslag \
Kommunstyrelsen föreslår kommunfullmäktige besluta att anta investeringen. \
Kommunstyrelsens beslut Kommunstyrelsen föreslår kommunfullmäktige besluta att anta \
investeringen om 40 miljoner kronor, att uppdra åt tekniska nämnden att genomföra projektet. \
Kommunstyrelsen beslutar för egen del att ge förvaltningen i uppdrag att ta fram en tidplan. \
Beslutet skickas till Tekniska nämnden Justerandes sign Utdragsbestyrkande

3 SAMMANTRÄDESPROTOKOLL Kommunstyrelsen Sida 3 (4) 32 Delårsrapport Kommunstyrelsens beslut \
Delårsrapporten godkänns. 33 Informationsärenden Kommunstyrelsen tar del av informationen. \
Justerandes sign Utdragsbestyrkande

4 SAMMANTRÄDESPROTOKOLL Kommunstyrelsen Sida 4 (4) 34 Val av ombud Kommunstyrelsen utser \
Eva Ek (C) till ombud vid årsstämman. Justerandes sign Utdragsbestyrkande
"""


def test_a_transcripts_pages_keep_their_first_paragraph_and_its_decisions_split():
    """Each page's head ends with its counter ('Sida 2 (4)'); the number after it changes from
    page to page and is the page's first §, not part of the head. Under the styrelse's own
    label, its proposal to the fullmäktige (two att-satser) and its own decision are three."""
    found = parse_text(KS_PAGES).decisions
    assert [(d.number, d.text) for d in found] == [
        ("§ 31", "Kommunstyrelsen föreslår kommunfullmäktige besluta att anta investeringen om "
                 "40 miljoner kronor"),
        ("§ 31", "Kommunstyrelsen föreslår kommunfullmäktige besluta att uppdra åt tekniska "
                 "nämnden att genomföra projektet."),
        ("§ 31", "Kommunstyrelsen beslutar för egen del att ge förvaltningen i uppdrag att ta "
                 "fram en tidplan."),
        ("§ 32", "Delårsrapporten godkänns."),
        ("§ 33", "Kommunstyrelsen tar del av informationen."),
        ("§ 34", "Kommunstyrelsen utser Eva Ek (C) till ombud vid årsstämman."),
    ]


def test_an_approval_that_says_what_it_approves_carries_no_members_yrkande():
    found = _decisions("""\
§ 46 Motion om cykelvägar
Yrkanden
Per Holm (M) yrkar bifall till motionen.
Kommunfullmäktiges beslut
Kommunfullmäktige beslutar i enlighet med kommunstyrelsens förslag att avslå motionen.
""")
    assert found == [
        ("§ 46", "Kommunfullmäktige beslutar i enlighet med kommunstyrelsens förslag att avslå "
                 "motionen.", "")
    ]


def test_a_lead_in_with_its_dashed_points_in_one_line_is_one_decision_a_point():
    found = _decisions("""\
§ 114 Yttrande över remiss
Beslut
Kommunstyrelsen beslutar att - anta yttrandet som sitt eget, - översända yttrandet till \
Socialdepartementet.
""")
    assert [(n, t) for n, t, _ in found] == [
        ("§ 114", "Kommunstyrelsen beslutar att anta yttrandet som sitt eget"),
        ("§ 114", "Kommunstyrelsen beslutar att översända yttrandet till Socialdepartementet."),
    ]


def test_a_page_counter_written_sida_n_av_m_ends_the_head_too():
    pages = KS_PAGES.replace("Sida 2 (4)", "Sida 2 av 4").replace("Sida 3 (4)", "Sida 3 av 4")
    pages = pages.replace("Sida 4 (4)", "Sida 4 av 4").replace("Sida 1 (4)", "Sida 1 av 4")
    found = parse_text(pages).decisions
    assert [d.number for d in found] == ["§ 31", "§ 31", "§ 31", "§ 32", "§ 33", "§ 34"]


def test_an_approval_of_the_styrelses_proposal_carries_it_not_a_members_yrkande():
    found = _decisions("""\
§ 12 Renhållningstaxa 2025
Kommunstyrelsens förslag
Kommunfullmäktige beslutar att anta renhållningstaxa för 2025.
Yrkanden
Per Holm (M) yrkar bifall till kommunstyrelsens förslag.
Kommunfullmäktiges beslut
Kommunfullmäktige bifaller kommunstyrelsens förslag.
""")
    assert found == [
        ("§ 12", "Kommunfullmäktige bifaller kommunstyrelsens förslag.",
         "Kommunfullmäktige beslutar att anta renhållningstaxa för 2025.")
    ]
