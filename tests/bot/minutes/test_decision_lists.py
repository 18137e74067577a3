"""Decisions written as a lead-in and a list of points, and § paragraphs numbered with the
body's letters or the year, as kommuner, regioner and föreningar write them (none copied from
the corpus)."""

from __future__ import annotations

import pytest

from bot.minutes.reading import parse_text
from bot.minutes.reading.decisions import find_decisions
from bot.minutes.reading.verdicts import is_decision

FULLMAKTIGE = """\
PROTOKOLL
Kommunfullmäktige
Sammanträdesdatum 2023-04-24
Plats och tid: Stadshuset, kl 18.30-21.00
Beslutande: Anna Svensson (S), ordförande
Per Holm (M)
§ 32 Dnr KS 2023/44
Årsredovisning 2022
Ärendebeskrivning
Kommunstyrelsen har upprättat årsredovisning för 2022.
Kommunstyrelsens förslag till kommunfullmäktige
Kommunfullmäktige beslutar att godkänna årsredovisningen.
Kommunfullmäktiges beslut
Kommunfullmäktige beslutar att
- godkänna årsredovisningen för 2022,
- uppdra åt kommunstyrelsen att följa upp resultatet.
§ 33 Dnr KS 2023/50
Ansvarsfrihet för kommunstyrelsen
Beslut
Kommunfullmäktige beslutar
1. att bevilja kommunstyrelsens ledamöter ansvarsfrihet för 2022.
2. att bevilja nämndernas ledamöter ansvarsfrihet.
§ 34
Meddelanden
Beslut
Meddelandena läggs till handlingarna.
"""


def test_a_lead_in_and_its_points_are_one_decision_each():
    m = parse_text(FULLMAKTIGE, "kf.txt")
    found = [(d.number, d.item, d.text) for d in m.decisions]
    assert found == [
        ("§ 32", "Årsredovisning 2022",
         "Kommunfullmäktige beslutar att godkänna årsredovisningen för 2022,"),
        ("§ 32", "Årsredovisning 2022",
         "Kommunfullmäktige beslutar att uppdra åt kommunstyrelsen att följa upp resultatet."),
        ("§ 33", "Ansvarsfrihet för kommunstyrelsen",
         "Kommunfullmäktige beslutar att bevilja kommunstyrelsens ledamöter ansvarsfrihet för "
         "2022."),
        ("§ 33", "Ansvarsfrihet för kommunstyrelsen",
         "Kommunfullmäktige beslutar att bevilja nämndernas ledamöter ansvarsfrihet."),
        ("§ 34", "Meddelanden", "Meddelandena läggs till handlingarna."),
    ]
    # The styrelse's proposal heads no item of its own.
    assert [a.title for a in m.agenda] == [
        "Årsredovisning 2022", "Ansvarsfrihet för kommunstyrelsen", "Meddelanden"
    ]


REGIONSTYRELSE = """\
Protokoll
Regionstyrelsen
Datum: 2023-06-13
Tid: 09.00-15.00
Plats: Regionens hus
Närvarande: Anna Berg (S), Per Ek (M)
RS § 112/2023
Ekonomisk rapport
Regionstyrelsens beslut
Regionstyrelsen beslutar att godkänna den ekonomiska rapporten per maj 2023.
RS § 113/2023
Svar på remiss om nationell plan
Regionstyrelsens beslut
Regionstyrelsen beslutar
1. Regionstyrelsen antar yttrandet som sitt eget och översänder det till Socialdepartementet.
2. Paragrafen förklaras omedelbart justerad.
RS § 114/2023
Val av ombud
Regionstyrelsen beslutar:
- att utse Per Ek till ombud vid årsstämman,
- att utse Anna Berg till ersättare för ombudet.
KSAU § 115 Dnr 2023/301
Rapporter
Beslut
Rapporterna noteras till protokollet.
"""


def test_paragraphs_with_the_bodys_letters_and_the_year():
    m = parse_text(REGIONSTYRELSE, "rs.txt")
    found = [(d.number, d.item, d.text.split(" ", 2)[:2]) for d in m.decisions]
    assert found == [
        ("§ 112", "Ekonomisk rapport", ["Regionstyrelsen", "beslutar"]),
        ("§ 113", "Svar på remiss om nationell plan", ["Regionstyrelsen", "antar"]),
        ("§ 113", "Svar på remiss om nationell plan", ["Paragrafen", "förklaras"]),
        ("§ 114", "Val av ombud", ["Regionstyrelsen", "beslutar"]),
        ("§ 114", "Val av ombud", ["Regionstyrelsen", "beslutar"]),
        ("§ 115", "Rapporter", ["Rapporterna", "noteras"]),
    ]
    assert m.decisions[3].text.endswith("att utse Per Ek till ombud vid årsstämman,")


FORENING = """\
Protokoll från styrelsemöte
Tennisklubben Ess
Tid: 2023-01-18 kl 19.00
Närvarande: Kim Lind, Maria Ek, Johan Berg
1. Mötets öppnande
Kim öppnade mötet.
2. Ekonomi
Johan redovisade ekonomin.
Beslut: att godkänna den ekonomiska rapporten
3. Banhyror
Diskussion om nya hyror.
Beslut:
- Banhyran höjs till 250 kr per timme.
- Juniorer får 50 % rabatt.
4. Avslutning
Kim avslutade mötet.
"""


def test_a_beslut_label_before_att_and_before_a_list():
    m = parse_text(FORENING, "ess.txt")
    assert [(d.number, d.text) for d in m.decisions] == [
        ("2", "att godkänna den ekonomiska rapporten"),
        ("3", "Banhyran höjs till 250 kr per timme."),
        ("3", "Juniorer får 50 % rabatt."),
    ]


DEADLINES = """\
Minnesanteckningar
Samverkansgruppen barn och unga
Datum: 2024-02-12
Närvarande: Karin Nilsson, Johan Lind
1. Remiss om riktlinjer
Remisstiden går ut den 30 april 2024.
2. Handlingsplan
Remissvar ska vara kommunstyrelsen tillhanda senast 2024-05-31.
3. Program för psykisk hälsa
Synpunkter på programmet lämnas före den 15 mars till Karin Nilsson.
4. Överenskommelse
Svar senast den 1 juni.
5. Kallelse
Kallelse till nästa möte skickas ut senast 1 mars.
"""


def test_deadlines_for_answers_in_the_ways_minutes_set_them():
    m = parse_text(DEADLINES, "sg.txt")
    found = [(str(d.date), d.what) for d in m.deadlines]
    assert found == [
        ("2024-04-30", "svar på remissen (Remiss om riktlinjer)"),
        ("2024-05-31", "Remissvar (Handlingsplan)"),
        ("2024-03-15", "programmet (Program för psykisk hälsa)"),
        ("2024-06-01", "Svar (Överenskommelse)"),
    ]  # the kallelse is a chore with a date, not a deadline to answer


NAMNDEN_SIDOR = """\
SAMMANTRÄDESPROTOKOLL Sammanträdesdatum Barn- och utbildningsnämnden 2019-03-20 1 (12)

1 Plats och tid Kommunhuset, Lilla salen, kl 13.00-16.30 Beslutande Anna Berg (S), ordförande \
Per Ek (M) Lena Holm (C) Övriga deltagare Eva Lund, förvaltningschef Utses att justera Per Ek \
Paragrafer 23-28

2 SAMMANTRÄDESPROTOKOLL Sammanträdesdatum Barn- och utbildningsnämnden 2019-03-20 2 (12) Bun 23 \
Dnr BUN 2019/11 Val av justerare Barn- och utbildningsnämndens beslut Per Ek (M) utses att \
justera protokollet. Bun 24 Dnr BUN 2019/12 Detaljplan för Ängen Sammanfattning Planen har varit \
på samråd. Nämnden beslutade i december att yttra sig. Beslutsunderlag Tjänsteskrivelse \
2019-01-02 Arbetsutskottets beslut 2019-03-01 § 5 Förslag till beslut Barn- och \
utbildningsnämnden tillstyrker planen. Barn- och utbildningsnämndens beslut Barn- och \
utbildningsnämnden tillstyrker planen.

3 SAMMANTRÄDESPROTOKOLL Sammanträdesdatum Barn- och utbildningsnämnden 2019-03-20 3 (12) Bun 25 \
Dnr BUN 2019/14 Skolskjuts, riktlinjer Ärendebeskrivning Riktlinjerna har reviderats. Barn- och \
utbildningsnämndens beslut 1. Barn- och utbildningsnämnden antar reviderade riktlinjer för \
skolskjuts. 2. Riktlinjerna gäller från 1 juli 2019. Beslutet skickas till Skolskjutsenheten \
Bun 26 Fastställande av dagordning att fastställa dagordningen med ett tillägg Bun 27 Dnr BUN \
2019/15 Information från förvaltningschefen Förvaltningschefen informerar om läget. Barn- och \
utbildningsnämnden tar del av informationen.
"""


def test_a_transcript_whose_pages_repeat_the_head_before_a_paragraph():
    m = parse_text(NAMNDEN_SIDOR, "bun.txt")
    found = [(d.number, d.item, d.text) for d in m.decisions]
    assert found == [
        ("§ 23", "Val av justerare", "Per Ek (M) utses att justera protokollet."),
        ("§ 24", "Detaljplan för Ängen", "Barn- och utbildningsnämnden tillstyrker planen."),
        ("§ 25", "Skolskjuts, riktlinjer",
         "Barn- och utbildningsnämnden antar reviderade riktlinjer för skolskjuts."),
        ("§ 25", "Skolskjuts, riktlinjer", "Riktlinjerna gäller från 1 juli 2019."),
        ("§ 26", "Fastställande av dagordning", "att fastställa dagordningen med ett tillägg"),
        ("§ 27", "Information från förvaltningschefen",
         "Barn- och utbildningsnämnden tar del av informationen."),
    ]  # neither the utskott's decision of 1 March nor the nämnd's of December


TABELL = """\
Minnesanteckningar
Ledningsgruppen för vård och omsorg
Datum: 2024-05-06
Närvarande: Eva Lund, Per Ek, Anna Berg
Punkt\tÄrende\tDiskussion/Beslut\tAnsvarig
1\tDagordning\tDagordningen godkändes.\tEva Lund
2\tBemanning sommar\tGenomgång av läget. Ledningsgruppen beslutar att anlita bemanningsföretag i \
juli.\tPer Ek
3\tÖvrigt\tInga övriga frågor.\t
"""

ETIKETTER = """\
Protokoll
Socialnämnden
Datum\t2024-05-06
Närvarande\tEva Lund, Per Ek
§ 12 Budget
Förslag till beslut\tNämnden godkänner budgeten.
Beslut\tNämnden godkänner budgeten med ändringen att post 3 stryks.
§ 13 Rapporter
Beslut\tRapporterna läggs till handlingarna.
"""


def test_decisions_in_a_column_of_notes_and_in_label_rows():
    m = parse_text(TABELL, "lg.txt")
    assert [(d.number, d.item, d.text) for d in m.decisions] == [
        ("1", "Dagordning", "Dagordningen godkändes."),
        ("2", "Bemanning sommar", "Ledningsgruppen beslutar att anlita bemanningsföretag i juli."),
    ]
    m = parse_text(ETIKETTER, "sn.txt")
    assert [(d.number, d.text) for d in m.decisions] == [
        ("§ 12", "Nämnden godkänner budgeten med ändringen att post 3 stryks."),
        ("§ 13", "Rapporterna läggs till handlingarna."),
    ]


FORENINGSMOTE = """\
Protokoll styrelsemöte
Föreningen Hembygden
2021-03-02
Dagordning
1. Mötet öppnas
2. Val av justerare
3. Val av ordförande
4. Medlemsavgift
1. Mötet öppnas
Ordföranden öppnade mötet.
2. Val av justerare
Anna Ek
3. Val av ordförande
Styrelsen föreslår Per Lund som ordförande för mötet.
Beslut: enligt förslag
4. Medlemsavgift
Styrelsen väljer att behålla avgiften på 200 kr.
Beslut enligt förslag.
"""

KORT = """\
Protokoll styrelsemöte
Föreningen Hembygden
2021-04-06
1. Mötet öppnas
2. Val av justerare - Anna Ek valdes till justerare.
3. Dagordning - Godkändes.
4. Medlemsavgift - Beslut: Avgiften fastställdes till 200 kr.
5. Nästa möte 4 maj.
"""


def test_an_agenda_listed_first_an_elected_name_and_approvals_of_a_proposal():
    m = parse_text(FORENINGSMOTE, "hembygd.txt")
    assert [a.title for a in m.agenda] == [
        "Mötet öppnas", "Val av justerare", "Val av ordförande", "Medlemsavgift"
    ]
    found = [(d.number, d.text, d.approves) for d in m.decisions]
    assert found == [
        ("2", "Anna Ek", ""),
        ("3", "enligt förslag", "Styrelsen föreslår Per Lund som ordförande för mötet."),
        # the proposal already reads as the decision; its approval is not a second one
        ("4", "Styrelsen väljer att behålla avgiften på 200 kr.", ""),
    ]


def test_items_whose_outcome_follows_the_title_on_the_same_line():
    m = parse_text(KORT, "hembygd.txt")
    assert [(d.number, d.item, d.text) for d in m.decisions] == [
        ("2", "Val av justerare", "Anna Ek valdes till justerare."),
        ("3", "Dagordning", "Godkändes."),
        ("4", "Medlemsavgift", "Beslut: Avgiften fastställdes till 200 kr."),
    ]


@pytest.mark.parametrize(
    ("sentence", "decides"),
    [
        ("Mötet ställde sig bakom förslaget.", True),
        ("Nämnden tar del av informationen.", True),
        ("Informationen tas till protokollet.", True),
        ("Gruppen är överens om att skjuta upp frågan till hösten.", True),
        ("Styrgruppen ger klartecken till projektet.", True),
        ("Paragrafen förklaras omedelbart justerad.", True),
        ("Föreningen beslutade att höja medlemsavgiften.", True),
        ("Ärendet avförs från dagordningen.", True),
        ("Rapporten godkändes av mötet.", True),
        ("Nämnden lämnar följande yttrande till kommunstyrelsen.", True),
        ("Anna lämnar information om läget.", False),
        ("Styrgruppen stödjer förslaget om gemensam utbildning.", True),
        ("Gruppen rekommenderar kommunerna att anta riktlinjerna.", True),
        ("Styrelsen ger Anna Berg fullmakt att teckna avtal.", True),
        ("Förvaltningen ges i uppdrag att ta fram en plan.", True),
        ("Förvaltningen har givits i uppdrag att utreda frågan.", False),
        ("Efter diskussion beslutade styrelsen att köpa in nya stolar.", True),
        ("Med 30 röster mot 20 beslutar kommunfullmäktige att avslå motionen.", True),
        ("Därefter enades gruppen om att skjuta upp frågan.", True),
        ("Den 12 mars beslutade styrelsen att sälja huset.", False),
        ("Sedan beslutade regeringen att dra in bidraget.", False),
        ("Uppdraget förlängs till och med 2025.", True),
        ("Beslutet om parkeringsavgifter upphävs.", True),
        ("Protokollet från förra mötet godkändes.", True),
        ("Vid förra mötet beslutades att köpa nya stolar.", False),
        ("Styrelsen beslutade i december att spara.", False),
        ("Förvaltningen tar fram ett underlag.", False),
    ],
)
def test_more_ways_a_meeting_decides(sentence, decides):
    assert is_decision(sentence) is decides


def test_a_body_speaks_of_itself_in_the_bare_definite_form():
    """Samverkansrådet's secretary writes 'Gruppen beslutar'; 'Kommunstyrelsen' is another body."""
    assert is_decision("Gruppen beslutar att bjuda in regionen.", {"råd"})
    assert is_decision("Styrelsen tackar för informationen.", {"nämnd"})
    assert not is_decision("Kommunstyrelsen beslutar att anta planen.", {"råd"})


def test_a_passive_with_another_body_as_its_agent_is_reported():
    assert not is_decision("Planen antogs av kommunfullmäktige i juni.", {"nämnd"})
    assert is_decision("Planen antogs av nämnden.", {"nämnd"})


ARENDEN = """\
Minnesanteckningar
Nätverket för folkhälsa
Datum: 2024-09-10
Närvarande: Eva Lund, Per Ek, Anna Berg
Punkt 1: Inledning
Eva hälsade välkommen.
Punkt 2: Föregående anteckningar
Anteckningarna godkändes.
Ärende 3. Arbetsplan
Nätverket enades om:
- att arbeta med psykisk hälsa under 2025,
- att bjuda in länsstyrelsen.
Ärende 4. Övrigt
Inget övrigt.
"""

FORBUNDET = """\
Protokoll
Styrelsen för Samordningsförbundet Väst
Datum: 2024-09-10
Närvarande: Eva Lund, Per Ek, Anna Berg
§1 Verksamhetsplan
Beslut
Styrelsen beslutar att anta verksamhetsplanen.
Styrelsen beslutar vidare att uppdra åt förbundschefen att ta fram en budget.
"""


def test_items_called_punkt_and_arende_and_a_consensus_in_points():
    m = parse_text(ARENDEN, "natverk.txt")
    # each item keeps the number as the minutes write it ("Punkt 2", "Ärende 3")
    assert [(d.number, d.item, d.text) for d in m.decisions] == [
        ("Punkt 2", "Föregående anteckningar", "Anteckningarna godkändes."),
        ("Ärende 3", "Arbetsplan", "Nätverket enades om att arbeta med psykisk hälsa under 2025,"),
        ("Ärende 3", "Arbetsplan", "Nätverket enades om att bjuda in länsstyrelsen."),
    ]


def test_the_styrelse_of_a_forbund_decides_for_itself():
    m = parse_text(FORBUNDET, "sf.txt")
    assert [d.text.split()[2] for d in m.decisions] == ["att", "vidare"]


RAPPORTER = """\
Protokoll
Beslutsgruppen för landsbygdsprogrammet
Datum: 2024-09-10
Närvarande: Eva Lund, Per Ek, Anna Berg
1. Dagordning
Dagordningen godkändes.
2. Rapporter
Per Ek rapporterade från övervakningskommitténs möte i juni. Investeringen i färjeläget \
godkändes. Rapporten lades till handlingarna.
3. Länsstyrelsen
Anna Berg informerar om läget. Ett styrelsemöte ägde rum i förra veckan. Ny ordförande valdes.
"""


def test_what_a_report_from_another_meeting_tells_was_decided_there():
    m = parse_text(RAPPORTER, "bg.txt")
    assert [(d.number, d.text) for d in m.decisions] == [
        ("1", "Dagordningen godkändes."),
        ("2", "Rapporten lades till handlingarna."),
    ]


DIARIENUMMER = """\
PROTOKOLL Miljönämnden Sammanträdesdatum 2022-10-12

1 Plats och tid Kommunhuset kl 09.00 Beslutande Jan Ek (S) ordförande, Kim Berg (M)

2 § 45 2022/123 Val av justerare Kim Berg utses att justera protokollet. § 46 (MN 2022/130) \
Tillsynsplan 2023 Beslut Miljönämnden antar tillsynsplanen för 2023. § 47 Dnr: 2022/131 \
Delegationsbeslut Miljönämnden beslutar att lägga redovisningen till handlingarna.
"""


def test_paragraphs_whose_diary_number_comes_before_the_title():
    m = parse_text(DIARIENUMMER, "mn.txt")
    assert [(d.number, d.item) for d in m.decisions] == [
        ("§ 45", "Val av justerare"), ("§ 46", "Tillsynsplan 2023"), ("§ 47", "Delegationsbeslut")
    ]


VERSALER = """\
PROTOKOLL Kulturnämnden Sammanträdesdatum 2022-10-12

1 Plats och tid Kulturhuset kl 09.00 Beslutande Jan Ek (S) ordförande, Kim Berg (M)

2 § 12 Kulturplan FÖRSLAG TILL BESLUT Kulturnämnden antar kulturplanen. KULTURNÄMNDENS BESLUT \
Kulturnämnden antar kulturplanen med tillägget om bibliotek. § 13 Bidrag BESLUT Bidragen \
fördelas enligt bilaga.
"""


def test_headings_in_capitals():
    m = parse_text(VERSALER, "kn.txt")
    assert [(d.number, d.text) for d in m.decisions] == [
        ("§ 12", "Kulturnämnden antar kulturplanen med tillägget om bibliotek."),
        ("§ 13", "Bidragen fördelas enligt bilaga."),
    ]


SVARSTIDER = """\
Minnesanteckningar
Samverkansgruppen barn och unga
Datum: 2024-02-12
Närvarande: Karin Nilsson, Johan Lind
1. Remiss A
Synpunkter ska ha inkommit till kansliet den 15 mars.
2. Remiss B
Synpunkter välkomnas fram till 20 mars 2024.
3. Remiss C
Sista svarsdag är 2024-04-02.
4. Projekt
Projektet pågår till och med 2025-12-31.
"""


def test_more_ways_to_set_a_date_for_answers():
    m = parse_text(SVARSTIDER, "sg.txt")
    assert [str(d.date) for d in m.deadlines] == ["2024-03-15", "2024-03-20", "2024-04-02"]


FORSLAG = """\
Protokoll
Kommunstyrelsen
Sammanträdesdatum 2023-04-24
Beslutande: Anna Svensson (S), ordförande, Per Holm (M)
§ 40
Budget 2024
Förslag till beslut
Kommunstyrelsen beslutar att
- anta budgeten,
- uppdra åt nämnderna att anpassa sina planer.
Yrkanden
Per Holm (M) yrkar att kommunstyrelsen beslutar:
att avslå förslaget.
Beslut
Kommunstyrelsen beslutar att anta budgeten.
§ 41
Lokaler
Arbetsutskottets förslag
Kommunstyrelsen beslutar:
att hyra lokalen på Storgatan.
Beslut
Kommunstyrelsen beslutar enligt arbetsutskottets förslag.
§ 42
Motion
Ordförandens förslag: Kommunstyrelsen beslutar att motionen anses besvarad.
Föredragande föreslår att motionen avslås.
Beslut
Motionen anses besvarad.
"""


def test_a_proposal_with_its_points_is_no_decision():
    m = parse_text(FORSLAG, "ks.txt")
    assert [(d.number, d.text) for d in m.decisions] == [
        ("§ 40", "Kommunstyrelsen beslutar att anta budgeten."),
        ("§ 41", "Kommunstyrelsen beslutar enligt arbetsutskottets förslag."),
        ("§ 42", "Motionen anses besvarad."),
    ]
    assert m.decisions[1].approves.endswith("att hyra lokalen på Storgatan.")


PUNKTER_UTAN_TEXT = """\
Protokoll styrelsemöte Brf Eken
2023-05-10
Närvarande: Anna Berg, Per Ek, Lisa Holm
1. Mötets öppnande
2. Val av justerare
Per Ek valdes till justerare.
3. Godkännande av dagordning
4. Föregående protokoll
Protokollet lades till handlingarna.
5. Ekonomi
6. Hissen
Styrelsen beslutade att anlita Hiss AB för service.
7. Mötets avslutande
"""


def test_numbered_items_most_of_which_have_no_text():
    m = parse_text(PUNKTER_UTAN_TEXT, "brf.txt")
    assert [(d.number, d.item) for d in m.decisions] == [
        ("2", "Val av justerare"), ("4", "Föregående protokoll"), ("6", "Hissen")
    ]


RUBRIKER = """\
Minnesanteckningar
Ledningsgruppen för Barn och unga
Datum: 2024-03-05
Tid: 09.00-11.00
Närvarande: Eva Lund, Per Ek, Anna Berg

Dagordning
Dagordningen godkändes.

Föregående minnesanteckningar
Godkändes och lades till handlingarna.

Samverkan kring skolfrånvaro
Anna Berg presenterade kartläggningen av skolfrånvaron i länet. Diskussion följde.
Beslut: Ledningsgruppen ger arbetsgruppen i uppdrag att ta fram en handlingsplan.

Ekonomi
Per redogjorde för utfallet.
Ledningsgruppen noterar informationen.
"""


def test_unnumbered_headings_whose_text_is_only_the_decision():
    m = parse_text(RUBRIKER, "lg.txt")
    assert [d.item for d in m.decisions] == [
        "Dagordning", "Föregående minnesanteckningar", "Samverkan kring skolfrånvaro", "Ekonomi"
    ]


def test_the_bodys_own_decision_headings_say_who_decides():
    """The header was read as another body: 'Socialnämndens beslut' over the decisions says
    that the nämnd's sentences are the meeting's own."""
    paragraphs = [
        "Information om bemanning",
        "Socialnämndens beslut",
        "Informationen läggs till handlingarna.",
        "Avgifter",
        "Socialnämnden tackar för redovisningen och godkänner avgifterna.",
    ]
    decisions, _ = find_decisions(paragraphs, [], 0, set(), ["Kommunfullmäktige"])
    assert [d.text for d in decisions] == [
        "Informationen läggs till handlingarna.",
        "Socialnämnden tackar för redovisningen och godkänner avgifterna.",
    ]


INGET = """\
Minnesanteckningar
Styrgruppen för psykisk hälsa
Datum: 2024-03-05
Närvarande: Eva Lund, Per Ek, Anna Berg
1. Lägesrapport
Eva informerade om läget.
Beslut: Inget beslut fattades.
2. Kartläggning
Beslut: –
3. Handlingsplan
Beslut: Styrgruppen godkänner handlingsplanen.
"""


def test_a_beslut_label_with_nothing_decided():
    m = parse_text(INGET, "sg.txt")
    assert [(d.number, d.text) for d in m.decisions] == [
        ("3", "Styrgruppen godkänner handlingsplanen.")
    ]


VAL = """\
Protokoll
Styrelsen för Föreningen Ek
2023-05-10
Närvarande: Anna Berg, Per Ek
§ 1 Val av justerare
Justerare: Per Ek (M)
§ 2 Val av sekreterare
Lisa Holm och Anna Berg
§ 3 Ekonomi
Per Ek
"""


def test_the_names_under_an_election_are_who_was_elected():
    m = parse_text(VAL, "ek.txt")
    assert [(d.number, d.text) for d in m.decisions] == [
        ("§ 1", "Justerare: Per Ek (M)"), ("§ 2", "Lisa Holm och Anna Berg")
    ]  # a name under "Ekonomi" elects nobody


GODKANT_FORSLAG = """\
Protokoll
Socialnämnden
2023-05-10
Närvarande: Anna Berg, Per Ek
§ 4 Rapport
Förslag till beslut
Nämnden godkänner rapporten.
Nämnden beslutar enligt förslaget.
§ 5 Budget
Förslag till beslut: Nämnden antar budgeten.
Propositionsordning
Ordföranden finner att nämnden bifaller förslaget.
Beslut
Nämnden antar budgeten.
"""


def test_an_approval_after_the_proposal_is_the_decision_without_a_beslut_heading():
    m = parse_text(GODKANT_FORSLAG, "sn.txt")
    assert [(d.number, d.text) for d in m.decisions] == [
        ("§ 4", "Nämnden beslutar enligt förslaget."), ("§ 5", "Nämnden antar budgeten.")
    ]
    assert m.decisions[0].approves == "Nämnden godkänner rapporten."



VAL_PA_RADEN = """\
Protokoll styrelsemöte
Föreningen Ek
2023-05-10
Närvarande: Anna Berg, Per Ek, Lisa Holm
1. Mötets öppnande
2. Val av justerare: Per Ek
3. Val av sekreterare - Lisa Holm
4. Val av rösträknare
Anna Berg och Lisa Holm justerar protokollet.
5. Ekonomi
Kassören Per Ek redogjorde.
"""


def test_who_was_elected_on_the_items_own_line_and_in_a_short_line():
    m = parse_text(VAL_PA_RADEN, "ek.txt")
    assert [(d.number, d.item, d.text) for d in m.decisions] == [
        ("2", "Val av justerare", "Per Ek"),
        ("3", "Val av sekreterare", "Lisa Holm"),
        ("4", "Val av rösträknare", "Anna Berg och Lisa Holm justerar protokollet."),
    ]


SIDHUVUD = """\
SAMMANTRÄDESPROTOKOLL
Socialnämnden
Sammanträdesdatum 2021-03-15
Plats och tid: Kommunhuset, kl. 09.00–11.45
Beslutande: Anna Svensson (S), ordförande
Per Holm (M)
§ 44
Val av justerare
Socialnämnden utser Per Holm (M) att jämte ordföranden justera dagens protokoll.
§ 45
Riktlinjer för bistånd
Sammanfattning
Riktlinjerna har reviderats efter synpunkter från brukarråden.
Beslut
Justerandes sign
Utdragsbestyrkande
SAMMANTRÄDESPROTOKOLL
Socialnämnden
Sammanträdesdatum 2021-03-15
Socialnämnden antar reviderade riktlinjer för bistånd.
Beslutet skickas till
Förvaltningen
§ 46
Information
Socialnämnden tackar för informationen.
"""


def test_a_page_break_between_beslut_and_what_it_says():
    m = parse_text(SIDHUVUD, "sn.txt")
    assert [(d.number, d.item, d.text) for d in m.decisions] == [
        ("§ 44", "Val av justerare",
         "Socialnämnden utser Per Holm (M) att jämte ordföranden justera dagens protokoll."),
        ("§ 45", "Riktlinjer för bistånd",
         "Socialnämnden antar reviderade riktlinjer för bistånd."),
        ("§ 46", "Information", "Socialnämnden tackar för informationen."),
    ]


BESLUT_ATT = """\
Protokoll
Sektionens styrelse
1992-09-19
Närvarande: Maja Berg, Lars Ek
§ 44 Val av justerare
Beslut att välja Maja Berg till justerare av protokollet.
§ 45 Arbetsutskott
Förutom de ledamöter som väljs till AU ingår ordföranden.
Beslut att tillsätta ett arbetsutskott.
"""


def test_beslut_att_without_a_colon_and_a_passive_in_a_relative_clause():
    m = parse_text(BESLUT_ATT, "styrelse.txt")
    assert [(d.number, d.text) for d in m.decisions] == [
        ("§ 44", "att välja Maja Berg till justerare av protokollet."),
        ("§ 45", "att tillsätta ett arbetsutskott."),
    ]


RESTATED_TITLES = """\
Minnesanteckningar
Samverkansrådet för äldrefrågor
Datum: 2025-03-14
Tid: 09.00-11.00
Plats: Kommunhuset, Lindesberg
Närvarande: Karin Ek, Lindesbergs kommun
Olle Berg, Region Örebro län
1. Mötet öppnas och sekreterare utses,
Till sekreterare utsågs Olle Berg, Region Örebro län.
2. Dagordningen fastställs
3. Information om hemsjukvården
Informationen noteras.
"""


def test_an_item_title_is_no_decision_beside_the_items_own_decision():
    decisions = [d.text for d in parse_text(RESTATED_TITLES).decisions]
    assert "Till sekreterare utsågs Olle Berg, Region Örebro län." in decisions
    assert not any(text.startswith("Mötet öppnas") for text in decisions)
    # A title that is the item's only decision stays one: nothing else says it was decided.
    assert any(text.startswith("Dagordningen fastställs") for text in decisions)


NAMND_12 = """\
PROTOKOLL
Socialnämnden
Sammanträdesdatum 2024-03-12
Plats och tid: Rådhuset, kl 13.00-15.00
Beslutande: Anna Berg (S), ordförande
Per Holm (M)
10 § Sammanträdets öppnande
Ordföranden förklarar sammanträdet öppnat.
11 § Val av justerare
Till justerare utses Per Holm.
12 § Budget 2025
Socialnämnden beslutar
att godkänna budgeten för 2025,
att uppdra åt förvaltningen att redovisa uppföljning i juni.
13 § Delegationsbeslut
Redovisningen av delegationsbeslut läggs till handlingarna.
14 § Taxor
Socialnämnden beslutar att fastställa taxorna enligt bilaga,
att uppdra åt förvaltningen att informera brukarna.
15 § Information
Förbundsordföranden tackar för informationen om samordningsförbundet.
"""


def test_the_sign_after_the_number_and_att_satser_on_lines_of_their_own():
    m = parse_text(NAMND_12, "sn.txt")
    assert [(a.number, a.title) for a in m.agenda][:4] == [
        ("§ 10", "Sammanträdets öppnande"), ("§ 11", "Val av justerare"),
        ("§ 12", "Budget 2025"), ("§ 13", "Delegationsbeslut"),
    ]
    assert [(d.number, d.text) for d in m.decisions] == [
        ("§ 11", "Till justerare utses Per Holm."),
        ("§ 12", "Socialnämnden beslutar att godkänna budgeten för 2025,"),
        ("§ 12", "Socialnämnden beslutar att uppdra åt förvaltningen att redovisa uppföljning "
                 "i juni."),
        # 'delegationsbeslut' only begins with the name of a body: no other body's decision
        ("§ 13", "Redovisningen av delegationsbeslut läggs till handlingarna."),
        ("§ 14", "Socialnämnden beslutar att fastställa taxorna enligt bilaga,"),
        ("§ 14", "Socialnämnden beslutar att uppdra åt förvaltningen att informera brukarna."),
        # a förbundsordförande is a person, not the meeting
    ]


def test_the_agenda_listed_under_its_heading_decides_nothing():
    text = NAMND_12.replace(
        "10 § Sammanträdets öppnande",
        "Dagordning\n1. Budget 2025\n2. Studieresa Ärendet utgick p.g.a. tidsbrist\n"
        "10 § Sammanträdets öppnande",
    )
    m = parse_text(text, "sn.txt")
    assert not [d for d in m.decisions if "utgick" in d.text]


REMISSER = """\
Minnesanteckningar
Samverkansgrupp Barn och unga
Datum: 2024-03-12
Närvarande: Karin Nilsson, Johan Lind
1. Regional utvecklingsstrategi
Remisstid till 30 juni.
2. Handlingsplan för barn i behov av särskilt stöd
Synpunkter på utkastet skickas senast 20 december.
3. Läkemedelsgenomgångar
Kommunerna ombeds lämna synpunkter senast 14 mars 2024 till Johan Lind.
4. Rapport
Rapporten publicerades den 15 mars och beslutet om den fattades den 30 september.
"""


def test_a_deadline_without_a_year_lies_after_the_meeting_and_says_so():
    m = parse_text(REMISSER, "sg.txt")
    found = [(str(d.date), d.what, d.year_inferred) for d in m.deadlines]
    assert found == [
        ("2024-06-30", "svar på remissen (Regional utvecklingsstrategi)", True),
        # December after a meeting in March is this year's, not last year's
        ("2024-12-20", "utkastet (Handlingsplan för barn i behov av särskilt stöd)", True),
        ("2024-03-14", "synpunkter (Läkemedelsgenomgångar)", False),
    ]  # dates in passing set no deadline
    assert not any("sista dagen" in w for w in m.warnings)
    undated = parse_text(REMISSER.replace("Datum: 2024-03-12\n", ""), "sg.txt")
    assert any("sista dagen för synpunkter är gissat" in w for w in undated.warnings)


def test_a_paragraph_title_after_its_diary_number_or_over_two_lines():
    text = (
        "PROTOKOLL\nSocialnämnden\nSammanträdesdatum 2024-03-12\n"
        "Beslutande: Anna Berg (S), ordförande\nPer Holm (M)\n"
        "§ 12\nDnr SN 2024/45\nRiktlinjer för hemtjänst\n"
        "Beslut\nSocialnämnden antar riktlinjerna.\n"
        "§ 13\nYttrande över remiss om\nRegional utvecklingsstrategi\nBeslut\n"
        "Socialnämnden lämnar yttrande enligt bilaga.\n"
    )
    m = parse_text(text, "sn.txt")
    assert [(a.number, a.title) for a in m.agenda] == [
        ("§ 12", "Riktlinjer för hemtjänst"),
        ("§ 13", "Yttrande över remiss om Regional utvecklingsstrategi"),
    ]
    assert [(d.number, d.item) for d in m.decisions] == [
        ("§ 12", "Riktlinjer för hemtjänst"),
        ("§ 13", "Yttrande över remiss om Regional utvecklingsstrategi"),
    ]


def test_a_label_for_decisions_and_actions():
    text = (
        "Minnesanteckningar\nStyrgrupp för Nära vård\nDatum: 2024-03-12\n"
        "Närvarande: Anna Berg, Kumla\nPer Holm, Örebro\n"
        "1. Uppföljning\nLisa redovisade uppföljningen.\n"
        "Beslut/åtgärd: Styrgruppen godkänner uppföljningen.\n"
        "2. Övrigt\nInga övriga frågor.\n"
    )
    m = parse_text(text, "sg.txt")
    assert [(d.number, d.text) for d in m.decisions] == [
        ("1", "Styrgruppen godkänner uppföljningen.")
    ]
