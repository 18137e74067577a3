"""Decisions in pages whose numbered points run together on one line (transcripts of PDF
minutes), and sentences whose subject opens the clause long before the deciding verb (invented
examples in the corpus's manner, none copied from it)."""

from __future__ import annotations

import pytest

from bot.minutes.reading import parse_text
from bot.minutes.reading.decisions import decision_units
from bot.minutes.reading.verdicts import is_decision


@pytest.mark.parametrize(
    ("sentence", "decides"),
    [
        # a second verb joined by "och" shares the subject that opens the clause
        ("Nämnden diskuterar behovet av fler platser i hemtjänsten under vintern och uppdrar "
         "åt förvaltningen att återkomma i mars.", True),
        ("§ 7 Gruppen går igenom läget för SIP-arbetet i Kumla och Laxå och ställer sig bakom "
         "den nya rutinen.", True),
        ("Ordföranden redogör för läget i Kumla och Laxå och tackar för informationen.", False),
        ("Per Lind går igenom budgeten för 2025 och beslutar att skicka den vidare.", False),
        # a date in a clause of its own dates what that clause says, not the decision
        ("Seminariet har flyttats till den 12 mars och gruppen beslutade att hålla sitt möte "
         "samma dag.", True),
        ("Årsmötet den 15 april beslutade att höja medlemsavgiften.", False),
        # the past tense of verbs whose present decides ('tackar', 'uppdras')
        ("Samverkansgruppen tackade för informationen.", True),
        ("Rådet tackade Eva Holm för redovisningen.", True),
        ("Ordföranden tackade för informationen.", False),
        ("Uppdrogs åt Lena Ek att sammankalla arbetsgruppen.", True),
        # an agreement ending a discussion is a view unless its own subject decides
        ("Vi diskuterade samverkan kring SIP och var eniga om att det viktigaste är att komma "
         "igång.", False),
    ],
)
def test_a_subject_shared_by_two_verbs_and_a_date_in_the_other_clause(sentence, decides):
    assert is_decision(sentence) is decides


def test_two_main_clauses_that_each_decide_are_two_decisions():
    assert decision_units(
        "Vi lägger rapporten till handlingarna och styrelsen beslutar att stödja ansökan."
    ) == ["Vi lägger rapporten till handlingarna", "styrelsen beslutar att stödja ansökan."]
    assert decision_units("Protokollet godkändes och lades till handlingarna.") == [
        "Protokollet godkändes och lades till handlingarna."
    ]


def test_numbered_points_run_together_without_full_stops():
    units = decision_units(
        "1. Dagordning Styrelsen beslöt arbeta efter utsänd dagordning 2. Justering Eva Holm "
        "utsågs att justera protokollet 3. Ekonomi Kassören redovisade läget."
    )
    assert len(units) == 2
    assert "Styrelsen beslöt arbeta efter utsänd dagordning" in units[0]
    assert "Eva Holm utsågs att justera protokollet" in units[1]


PAGE = (
    "1 Protokoll för styrelsemöte Styrelsemöte 4 - Närvarande: Anna Berg, Per Lind, Eva Holm, "
    "Karin Ek. Gäster: Lars Dahl. 1.1 Mötets öppnande Ordföranden öppnar mötet. 1.2 Val av "
    "mötesordförande Anna Berg väljs till mötesordförande. 1.3 Val av justerare Per Lind väljs "
    "till justerare. 1.4 Fastställande av dagordning Dagordningen godkändes med ett tillägg. "
    "1.5 Föregående protokoll Protokollet är inte justerat än och tas upp nästa gång. 2.1 "
    "Inkommen post Vi har fått en inbjudan från kommunen till ett dialogmöte om föreningslivet "
    "i Kumla och ett brev från Studieförbundet om höstens kurser för styrelser och ledare. "
    "2.2 Rapport från lägerkommittén Eva Holm rapporterade från lägerkommitténs planering av "
    "sommarens läger vid sjön, där anmälningarna hittills är fler än förra året och ekonomin "
    "ser ut att gå ihop. Vi lägger rapporten till handlingarna och styrelsen beslutar att "
    "ställa sig bakom lägerbudgeten. 2.3 Lokalfrågan Karin Ek berättade om samtalen med "
    "kommunen om en ny lokal för föreningens verksamhet, som pågår sedan i våras och väntas "
    "ge besked före sommaren. Frågan diskuterades länge utan att någon ny lösning kom fram "
    "under mötet, och styrelsen vill avvakta kommunens besked innan den tar ställning.\n"
)


def test_a_page_run_into_one_line_under_its_attendance_list():
    m = parse_text("Styrelsemöte 4 - Ungdomsföreningen\n\n" + PAGE, "styrelse.txt")
    found = [(d.number, d.text) for d in m.decisions]
    for number, phrase in [
        ("1.2", "Anna Berg väljs till mötesordförande"),
        ("1.3", "Per Lind väljs till justerare"),
        ("1.4", "Dagordningen godkändes med ett tillägg"),
        ("2.2", "Vi lägger rapporten till handlingarna"),
        ("2.2", "styrelsen beslutar att ställa sig bakom lägerbudgeten"),
    ]:
        assert any(n == number and phrase in t for n, t in found), (number, phrase, found)
    assert len(found) == 5
    # what is reported, waited for or not yet done is no decision
    assert not any("avvakta" in t or "inte justerat" in t or "inbjudan" in t for _, t in found)
