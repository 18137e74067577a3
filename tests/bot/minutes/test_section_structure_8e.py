"""The structure of a § protokoll as transcripts give it, one long line per page: which text is
a § paragraph, and which paragraph a decision belongs to (pages written for these tests, none
copied from the corpus)."""

from __future__ import annotations

from bot.minutes.reading import parse_text

# The diary number set in front of the § number, as many kommuner's templates do; each page
# of the transcript is one long line
DIARY_FIRST = "\n\n".join([
    "Anslag/Bevis Protokollet är justerat. Organ Kommunstyrelsen",
    "1 1(12) Plats och tid Stadshuset, klockan 13:00-14:30 Beslutande Anna Berg (S), ordförande"
    " Karl Dahl (M) Lisa Ek (C) Utses att justera Karl Dahl Paragrafer 88",
    "2 2(12) KS/2021:14 88 Val av ombud till föreningsstämman Beslut Kommunstyrelsen utser Lisa"
    " Ek (C) till ombud vid stämman. Beskrivning av ärendet Föreningen håller sin stämma i maj.",
]) + "\n"

# A fullmäktige that writes each item's place on the day's list after its title, the § numbers
# partly lost in the transcript
ERRANDS = "\n\n".join([
    "Protokoll från regionfullmäktiges sammanträde",
    "1 Regionfullmäktige PROTOKOLL Plats: Rådhuset, Storgatan 4, Ystad 41 Mötets öppnande"
    " (ärende 1) Ordföranden öppnar mötet och hälsar alla välkomna. Upprop (ärende 2) Vid"
    " uppropet är de ledamöter närvarande som anges i bilaga 1. 43 Justering (ärende 3)"
    " Regionfullmäktige utser Per Holm (S) och Eva Lund (M) att jämte ordföranden justera"
    " protokollet. Justeringen äger rum i Ystad den 8 december kl Motion om fler cykelvägar"
    " (ärende 4) Regionfullmäktiges beslut Motionen avslås.",
]) + "\n"


def _decisions(text: str) -> list[tuple[str, str, str]]:
    return [(d.number, d.item, d.text) for d in parse_text(text).decisions]


def test_a_paragraph_number_after_its_diary_number_starts_the_paragraph():
    found = _decisions(DIARY_FIRST)
    assert ("§ 88", "Val av ombud till föreningsstämman") in [(n, i) for n, i, _ in found]
    assert any(t.startswith("Kommunstyrelsen utser Lisa Ek (C)") for _, _, t in found)


def test_titles_marked_by_their_place_on_the_list_are_paragraphs():
    items = [(a.number, a.title) for a in parse_text(ERRANDS).agenda]
    assert items == [
        ("§ 41", "Mötets öppnande"),
        ("§ 42", "Upprop"),
        ("§ 43", "Justering"),
        ("§ 44", "Motion om fler cykelvägar"),
    ]


def test_a_decision_under_a_bracketed_title_belongs_to_that_paragraph():
    found = _decisions(ERRANDS)
    assert ("§ 44", "Motion om fler cykelvägar", "Motionen avslås.") in found
    assert any(
        n == "§ 43" and t.startswith("Regionfullmäktige utser Per Holm (S)") for n, _, t in found
    )


def test_a_justering_date_in_a_paragraph_is_not_the_front_pages():
    # the justering of § 43 is that paragraph's text: the front page says nothing of it
    assert parse_text(ERRANDS).approved_on is None


def test_without_any_paragraph_number_the_items_keep_their_places_on_the_list():
    page = ERRANDS.replace(" 41 Mötets", " Mötets").replace(" 43 Justering", " Justering")
    items = [(a.number, a.title) for a in parse_text(page).agenda]
    assert ("4", "Motion om fler cykelvägar") in items or (
        "4.", "Motion om fler cykelvägar") in items


# A förbund's board whose items are lettered under their numbers, the page on one line
LETTERED = "\n\n".join([
    "Protokoll vid förbundsstyrelsens sammanträde den 12 mars 2019, Idrottens hus, Umeå",
    "1 Protokoll vid förbundsstyrelsens sammanträde den 12 mars 2019 Närvarande: Eva Strand"
    " (ordf), Nils Berg, Sara Öhman, Olle Lind 1. Sammanträdets öppnande Ordföranden öppnar"
    " mötet, med ett särskilt välkomnande till revisorn Maria Holm. 1.a Protokolljusterare"
    " Till protokolljusterare utses Sara Öhman. 1.b Föregående protokoll Protokollet läggs till"
    " handlingarna. 2.a Verksamhetsplan Styrelsen fastställer verksamhetsplanen för 2019.",
]) + "\n"


def test_items_lettered_under_their_numbers_are_items_with_their_decisions():
    found = _decisions(LETTERED)
    assert ("1.a", "Protokolljusterare", "Till protokolljusterare utses Sara Öhman.") in found
    assert ("1.b", "Föregående protokoll", "Protokollet läggs till handlingarna.") in found
    assert (
        "2.a", "Verksamhetsplan", "Styrelsen fastställer verksamhetsplanen för 2019."
    ) in found


WELCOMED = """\
Styrelsemöte 12 mars 2019

Närvarande: Eva Strand, Nils Berg, Sara Öhman

1. Mötets öppnande

Eva Strand öppnar mötet, med ett särskilt välkomnande till föreningens revisor Maria Holm.

2. Val av justerare

Sara Öhman valdes till justerare.
"""


def test_a_guest_welcomed_at_the_opening_was_there():
    # the run-together page is cut into its items: the welcome stands in item 1, not in the list
    assert "Maria Holm" in [a.name for a in parse_text(LETTERED).attendees]
    assert "Maria Holm" in [a.name for a in parse_text(WELCOMED).attendees]


def test_a_title_ends_where_the_decision_verb_starts_with_its_subject_lost():
    page = "\n\n".join([
        "Regionstyrelsens arbetsutskott Sammanträdesprotokoll 30 november 2016",
        "2 Tid och plats Onsdagen den 30 november 2016 kl 09.00 Regionhuset, Karlskrona"
        " Närvarande Ordförande Eva Lind (S) Ledamöter Per Holm (M) Anna Berg (V)",
        "3 31 Val av justerare beslutar att utse Anna Berg (V) att jämte ordföranden justera"
        " dagens protokoll. 32 Budget 2017 Arbetsutskottet beslutar att föreslå regionstyrelsen"
        " att anta budgeten.",
    ]) + "\n"
    found = _decisions(page)
    assert any(
        n == "§ 31" and item == "Val av justerare" and text.startswith("beslutar att utse Anna")
        for n, item, text in found
    )


def test_an_item_number_typed_without_its_space_keeps_the_numbering():
    page = """\
Protokoll styrelsemöte 2012-11-19, Ljungsbro

Närvarande: Eva Strand, Nils Berg, Olle Lind

1. Ordföranden förklarade mötet öppnat.

2. Föregående protokoll lades till handlingarna.

3.Meddelade Nils Berg att 500 gösyngel satts ut i sjön.

4. Styrelsen beslutade att köpa en ny båt.
"""
    assert [a.number for a in parse_text(page).agenda] == ["1", "2", "3", "4"]


# A kommunstyrelse's § protokoll, one line per page, its running head on every page, a § carried
# over to the next page under "§ 12 forts."
CARRIED = "\n\n".join([
    "KOMMUNSTYRELSEN SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 2019-03-12",
    "1 KOMMUNSTYRELSEN SAMMANTRÄDESPROTOKOLL 1 (4) Plats och tid Kommunhuset, kl 13.00-15.00"
    " Beslutande Anna Berg (S), ordförande Karl Dahl (M) Lisa Ek (C) Utses att justera Karl"
    " Dahl Paragrafer 12-13",
    "2 KOMMUNSTYRELSEN SAMMANTRÄDESPROTOKOLL 2 (4) Sammanträdesdatum 2019-03-12 § 12 Dnr KS"
    " 2019/45 Budgetuppföljning februari Ekonomichefen redovisar budgetuppföljningen."
    " Kommunstyrelsens beslut Justerandes sign Utdragsbestyrkande",
    "3 KOMMUNSTYRELSEN SAMMANTRÄDESPROTOKOLL 3 (4) Sammanträdesdatum 2019-03-12 § 12 forts."
    " Budgetuppföljningen godkänns. Justerandes sign Utdragsbestyrkande",
    "4 KOMMUNSTYRELSEN SAMMANTRÄDESPROTOKOLL 4 (4) Sammanträdesdatum 2019-03-12 § 13 Dnr KS"
    " 2019/51 Val av ombud Kommunstyrelsens beslut Kommunstyrelsen utser Lisa Ek (C) till"
    " ombud. Justerandes sign Utdragsbestyrkande",
]) + "\n"


def test_a_paragraph_carried_on_to_the_next_page_is_one_item():
    items = [(a.number, a.title) for a in parse_text(CARRIED).agenda]
    assert items == [("§ 12", "Budgetuppföljning februari"), ("§ 13", "Val av ombud")]
    assert ("§ 12", "Budgetuppföljning februari", "Budgetuppföljningen godkänns.") in (
        _decisions(CARRIED)
    )


def _ks_pages(*texts: str) -> str:
    """A kommunstyrelse's protokoll, one line per page under the same running head."""
    head = "KOMMUNSTYRELSEN SAMMANTRÄDESPROTOKOLL {n} (4) Sammanträdesdatum 2019-03-12"
    pages = [
        "KOMMUNSTYRELSEN SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 2019-03-12",
        "1 " + head.format(n=1) + " Plats och tid Kommunhuset, kl 13.00-15.00 Beslutande Anna"
        " Berg (S), ordförande Karl Dahl (M) Lisa Ek (C) Utses att justera Karl Dahl",
    ]
    pages += [f"{k} " + head.format(n=k) + " " + text for k, text in enumerate(texts, 2)]
    return "\n\n".join(pages) + "\n"


NUMBERED_THREE_WAYS = [
    ("12 §", "13 §", "14 §"),  # the sign after the number
    ("KS § 12/2019", "KS § 13/2019", "KS § 14/2019"),  # the year the §§ are counted in
    ("Paragraf 12", "Paragraf 13", "Paragraf 14"),  # the word written out
]


def test_paragraphs_numbered_in_other_ways_are_items_with_their_decisions():
    for a, b, c in NUMBERED_THREE_WAYS:
        page = _ks_pages(
            f"{a} Budgetuppföljning februari Ekonomichefen redovisar. Beslut Budgetuppföljningen"
            f" godkänns. {b} Val av ombud Beslut Kommunstyrelsen utser Lisa Ek (C) till ombud.",
            f"{c} Anmälningsärenden Beslut Anmälningarna läggs till handlingarna.",
        )
        assert _decisions(page) == [
            ("§ 12", "Budgetuppföljning februari", "Budgetuppföljningen godkänns."),
            ("§ 13", "Val av ombud", "Kommunstyrelsen utser Lisa Ek (C) till ombud."),
            ("§ 14", "Anmälningsärenden", "Anmälningarna läggs till handlingarna."),
        ], a


def test_a_section_of_a_law_is_no_paragraph_of_the_minutes():
    page = _ks_pages(
        "§ 12 Budgetuppföljning februari Enligt 6 kap. 4 § KL ska styrelsen följa upp"
        " budgeten. Beslut Budgetuppföljningen godkänns. § 13 Val av ombud Beslut"
        " Kommunstyrelsen utser Lisa Ek (C) till ombud.",
    )
    assert [a.number for a in parse_text(page).agenda] == ["§ 12", "§ 13"]


def test_a_decision_running_over_a_page_break_reads_whole():
    page = _ks_pages(
        "§ 12 Dnr KS 2019/45 Budgetuppföljning februari Ekonomichefen redovisar."
        " Kommunstyrelsens beslut Kommunstyrelsen beslutar Justerandes sign Utdragsbestyrkande",
        "att godkänna budgetuppföljningen, samt att uppdra åt nämnderna att vidta åtgärder."
        " Justerandes sign Utdragsbestyrkande § 13 Dnr KS 2019/51 Val av ombud"
        " Kommunstyrelsens beslut Kommunstyrelsen utser Lisa Ek (C) till ombud.",
    )
    found = [t for n, _, t in _decisions(page) if n == "§ 12"]
    assert found == [
        "Kommunstyrelsen beslutar att godkänna budgetuppföljningen, samt att uppdra åt nämnderna"
        " att vidta åtgärder."
    ]


def test_a_single_paragraph_with_its_diary_number_is_a_paragraph():
    # a protokollsutdrag of one §, its number written with the body's letters or bare
    for marker in ("Ks 235", "235"):
        page = "\n\n".join([
            "KOMMUNSTYRELSEN PROTOKOLLSUTDRAG Sammanträdesdatum 2018-05-22",
            "1 KOMMUNSTYRELSEN PROTOKOLLSUTDRAG Sammanträdesdatum 2018-05-22"
            f" {marker} Dnr KS 2018/77 Medborgarförslag om hundrastgård Bakgrund Ett"
            " medborgarförslag har kommit in. Kommunstyrelsens beslut Medborgarförslaget"
            " bifalls. Justerandes sign Utdragsbestyrkande",
        ]) + "\n"
        assert _decisions(page) == [
            ("§ 235", "Medborgarförslag om hundrastgård", "Medborgarförslaget bifalls.")
        ], marker
