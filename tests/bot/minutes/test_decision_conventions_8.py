"""Decisions as direktioner, fullmäktige and föreningar write them: an item moved to a later
meeting is decided, the speakers a fullmäktige lists are no decision, the justerare named again
in the front matter is one election, and re-elections, things kept as they are and support for
a motion decide (pages written for these tests, none copied from the corpus)."""

from __future__ import annotations

from bot.minutes.reading import parse_text
from bot.minutes.reading.verdicts import is_decision

DIREKTION = """\
Direktionens protokoll 14 mars 2024

Närvarande
Direktionens ledamöter
Karin Lundqvist, ordförande (S)
Olof Brandt (M)
Maja Eklöf (C)

Justering och sekreterare
Att jämte ordförande Karin Lundqvist justera dagens protokoll valdes Maja Eklöf. Sekreterare är
Jonas Wik.

12 § Sammanträdets öppnande och val av justeringsperson

Ordförande öppnade mötet.

Till justeringsperson valdes Maja Eklöf.

13 § Information om övningsfältet

Punkten flyttas för behandling vid kommande direktionssammanträde.

14 § Delårsrapport

Direktionen beslutar

att godkänna delårsrapporten.
"""


def _decisions(text: str) -> list[tuple[str, str]]:
    return [(d.number, d.text) for d in parse_text(text).decisions]


def test_an_item_moved_to_a_later_meeting_is_decided_under_its_number():
    assert ("§ 13", "Punkten flyttas för behandling vid kommande direktionssammanträde.") in (
        _decisions(DIREKTION)
    )


def test_the_justerare_named_again_in_the_front_matter_is_one_election():
    found = [text for _, text in _decisions(DIREKTION)]
    assert "Till justeringsperson valdes Maja Eklöf." in found
    assert not any(text.startswith("Att jämte ordförande") for text in found)


def test_a_justerare_elected_only_in_the_front_matter_is_still_a_decision():
    page = DIREKTION.replace("Till justeringsperson valdes Maja Eklöf.\n", "")
    found = [text for _, text in _decisions(page)]
    assert any(text.startswith("Att jämte ordförande") for text in found)


def test_moving_an_item_or_a_question_to_a_later_meeting_decides():
    assert is_decision("Frågan skjuts upp till nästa möte.")
    assert is_decision("Ärendet flyttas till nästa sammanträde.")
    # a moved meeting or event is news of a date, not the meeting moving one of its items
    assert not is_decision("Nästa möte flyttas till den 12 maj.")
    assert not is_decision("Konserten flyttades till hösten.")
    # and another body's postponement is reported, not decided
    assert not is_decision(
        "Kommunstyrelsen beslutade i mars att frågan skjuts upp till nästa möte."
    )


def test_the_speakers_a_fullmaktige_lists_are_no_decision():
    # the item's decision is on the next page, beyond what was kept
    page = """\
PROTOKOLL Kommunfullmäktige
Sammanträdesdatum 2024-03-12
§ 41 Delårsrapport
Kommunstyrelsens förslag till kommunfullmäktige
- Delårsrapporten godkänns.
Yttranden
Vid kommunfullmäktiges behandling av ärendet yttrar sig
Eva Lind (S), Per Holm (M), Sara Ek (V)
"""
    assert not any("yttrar sig" in text for _, text in _decisions(page))
    assert not is_decision("Vid kommunfullmäktiges behandling av ärendet yttrar sig Eva Lind (S).")
    # a body's own statement on a remiss is what it decided
    assert is_decision("Nämnden yttrar sig över remissen enligt förvaltningens förslag.")


def test_re_elections_things_kept_and_support_for_a_motion_decide():
    assert is_decision("Anna Berg och Olle Strand omvaldes.")
    assert is_decision("Medlemsavgiften bibehålls oförändrad.")
    assert is_decision("Styrelsen stödjer motionen om en ny badplats.")


def test_numbered_paragraphs_that_open_with_their_verb_are_the_items():
    # the old 'Protokoll fört vid' style: each numbered paragraph is the record of its item,
    # opening with its verb; a transcript keeps few of their full stops
    page = """\
PROTOKOLL fört vid sammanträde med styrelsen för Ålsjöns fiskevårdsområdesförening
12 april 2023 Bygdegården, Ålsjö.
Närvarande: Berit Sand ordf., Kjell Ahl, Mona Frisk, Ivar Lund.
1. Förklarade ordföranden sammanträdet öppnat och hälsade alla välkomna
2. Utsågs undertecknad att föra dagens protokoll, fastställdes utsänd dagordning
3. Redogjorde kassören för föreningens ekonomi med ett saldo om 52 000 kronor
4. Uppdrogs åt kassören att beställa nya skyltar inför sommarens fiskesäsong vid sjön
5. Rapporterade sekreteraren om arbetet med den nya broschyren om fisket i sjön
Uppdrogs åt sekreteraren att trycka 2 000 exemplar.
6. Meddelade kassören att fiskekorten var klara från trycket
7. Redogjorde ordföranden för kontakterna med länsstyrelsen om utsättning av gös
"""
    found = _decisions(page)
    assert ("5", "Uppdrogs åt sekreteraren att trycka 2 000 exemplar.") in found
    assert all(number for number, _ in found)


def test_a_standard_title_run_into_its_decision_names_the_item():
    # a blog post's copy of the minutes: titles and text run together on one line
    page = """\
Protokoll från styrelsemötet 12 mars

Mötets öppnande Mötet förklarades öppnat. Närvaro Lena Ek Olle Berg Sara Lind (med yttranderätt) \
Val av mötesfunktionärer Val av mötesordförande Olle Berg valdes till mötesordförande. Val av \
mötessekreterare Sara Lind valdes till sekreterare. Fastställande av dagordning Utsänd \
dagordning fastställs. Budget Styrelsen diskuterade budgeten.
"""
    found = [(d.item, d.text) for d in parse_text(page).decisions]

    def item_of(words: str) -> str:
        return next(item for item, text in found if words in text)

    assert item_of("Olle Berg valdes till mötesordförande.") == "Val av mötesordförande"
    assert item_of("Sara Lind valdes till sekreterare.") == "Val av mötessekreterare"
    assert item_of("Utsänd dagordning fastställs.") == "Fastställande av dagordning"


def test_a_paragraph_sign_with_a_slash_numbers_its_item():
    page = """\
Protokoll fört vid styrelsemöte söndag 3 juli 2016 på Hembygdsgården.

Närvarande: Karin Holm, Per Strand och Åsa Berg.

§ 1/ Mötet öppnades.

§ 2/ Till mötesordförande valdes Karin Holm.

§3/Åsa Berg valdes till justerare.

§ 4/ Dagordningen godkändes.
"""
    found = _decisions(page)
    assert ("§ 2", "Till mötesordförande valdes Karin Holm.") in found
    assert ("§ 3", "Åsa Berg valdes till justerare.") in found
    assert ("§ 4", "Dagordningen godkändes.") in found


def test_an_arbetsutskotts_beslutsforslag_is_a_proposal_before_the_decision():
    page = """\
PROTOKOLL
Kommunstyrelsen
Sammanträdesdatum 2024-03-12
Beslutande: Anna Svensson (S), ordförande, Per Holm (M)

§ 17 Riktlinjer för bidrag
Arbetsutskottets beslutsförslag
Kommunstyrelsen beslutar att anta riktlinjerna.
Kommunstyrelsens beslut
Kommunstyrelsen beslutar att anta riktlinjerna med tillägget att de ska följas upp.
"""
    assert [text for _, text in _decisions(page)] == [
        "Kommunstyrelsen beslutar att anta riktlinjerna med tillägget att de ska följas upp."
    ]


def test_what_is_not_yet_approved_is_no_decision_and_what_is_cancelled_is_one():
    assert not is_decision("Protokollet från förra mötet är ännu inte färdigt och godkänt.")
    assert not is_decision("Protokollet ej justerat och godkänt.")
    assert is_decision("Protokollet godkänt och lagt till handlingarna.")
    assert is_decision("Höstens planeringsdag inställs.")


def test_att_satser_numbered_inside_one_sentence_are_one_decision_each():
    page = """\
PROTOKOLL
Kommunstyrelsen
Sammanträdesdatum 2024-03-12
Beslutande: Anna Svensson (S), ordförande, Per Holm (M)

§ 6 Budget 2025
Kommunstyrelsen beslutade att 1. godkänna budgeten 2. uppdra åt kommunchefen att återkomma.
§ 7 Formalia
Mötet beslutade att 1...fastställa röstlängden. 2...förklara mötet beslutsmässigt. \
3...fastställa dagordningen.
"""
    assert _decisions(page) == [
        ("§ 6", "Kommunstyrelsen beslutade att godkänna budgeten"),
        ("§ 6", "Kommunstyrelsen beslutade att uppdra åt kommunchefen att återkomma."),
        ("§ 7", "Mötet beslutade att fastställa röstlängden."),
        ("§ 7", "Mötet beslutade att förklara mötet beslutsmässigt."),
        ("§ 7", "Mötet beslutade att fastställa dagordningen."),
    ]


def test_a_decision_dated_between_its_verb_and_its_att_sats_is_reported():
    assert not is_decision("Direktionen beslutade på sammanträdet den 12 maj att godkänna avtalet.")
    assert not is_decision("Kommunstyrelsen beslutade (KS § 45/2023) att anta planen.")
    assert not is_decision("Nämnden beslutade under 2022 att införa e-tjänster.")
    # a date in what was decided is part of the decision
    assert is_decision("Styrelsen beslutade att nästa möte flyttas till den 12 maj.")
    assert is_decision("Styrelsen beslutar att anta budgeten för 2025.")


def test_a_proposal_heading_may_name_its_author_in_two_words():
    page = """\
PROTOKOLL
Kommunstyrelsen
Sammanträdesdatum 2024-03-12
Beslutande: Anna Svensson (S), ordförande, Per Holm (M)

§ 21 Läsårstider
Barn- och utbildningsnämndens förslag
Kommunstyrelsen beslutar att fastställa läsårstiderna.
§ 22 Taxa
Kommunstyrelsens arbetsutskotts förslag
Kommunstyrelsen beslutar att anta taxan.
Kommunstyrelsens beslut
Kommunstyrelsen beslutar att återremittera ärendet.
"""
    assert _decisions(page) == [("§ 22", "Kommunstyrelsen beslutar att återremittera ärendet.")]


def test_money_set_aside_bodies_set_up_and_fees_changed_are_decided():
    assert is_decision("50 000 kronor avsätts till projektet.")
    assert is_decision("Nämnden anslår 200 000 kronor till föreningen.")
    assert is_decision("En arbetsgrupp inrättas för frågan.")
    assert is_decision("Stadgarna ändras enligt förslaget.")
    assert is_decision("Medlemsavgiften höjs till 200 kronor.")
    assert is_decision("Styrelsen tecknar avtal med leverantören.")
    assert is_decision("Förslaget avvisas.")
    assert is_decision("Enighet rådde om att ansöka om medel.")
    # the minutes posted on the notice board, and changes that are news, decide nothing
    assert not is_decision("Protokollet anslås på kommunens anslagstavla.")
    assert not is_decision("Tiderna ändras ofta.")
    assert not is_decision("Elpriset har höjts med 20 procent.")


def test_the_ways_a_samverkansgrupp_or_a_joint_forum_decides():
    assert is_decision("Ledningsgruppen ställer sig positiv till förslaget.")
    assert is_decision("Ledningsgruppen tar ställning för alternativ två.")
    assert is_decision("Parterna enades om att fortsätta dialogen under hösten.")
    assert is_decision("Urvalskommittén valdes: Anna Ek, Per Holm.")
    # what another organisation thinks, or will decide, is no decision of the meeting
    assert not is_decision("Regionen har ställt sig positiv till förslaget.")
    assert not is_decision("Nämnden ska ta ställning för ett av alternativen.")


def test_headings_all_numbered_one_are_the_items_without_numbers():
    # a word processor's numbering lost on the way: every heading shows '1.'
    page = """\
Protokoll fört vid styrelsemöte 2023-04-23 med Ekbackens vägförening via Teams.

Närvarande: Karin Holm, Per Strand, Åsa Berg och Olle Ek.

 1. Mötet öppnas

Karin Holm hälsar alla välkomna och öppnar mötet.

 1. Snöröjning under vintern

Styrelsen beslutade att anlita samma entreprenör som förra året.

 1. Vägavgift

Avgiften diskuterades. Inget beslut fattades.
"""
    found = [(d.item, d.text) for d in parse_text(page).decisions]
    assert found == [
        ("Snöröjning under vintern",
         "Styrelsen beslutade att anlita samma entreprenör som förra året."),
    ]
