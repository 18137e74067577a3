"""Decisions written as a lead-in and a list of points, and § paragraphs numbered with the
body's letters or the year, as kommuner, regioner and föreningar write them (none copied from
the corpus)."""

from __future__ import annotations

from bot.minutes.reading import parse_text

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
