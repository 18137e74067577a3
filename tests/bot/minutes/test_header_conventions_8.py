"""How Swedish minutes write their date, their next meeting and what they ask answers to by.

The pages below are written for these tests, the way an association's secretary and a
kommun's front page write them (none is copied from the corpus): a date as six digits (ÅÅMMDD),
an ordinal day ("den 20e mars"), a next meeting moved in an afterthought, minutes that never
write their own date, and a front page whose labels run together ahead of their values.
"""

from __future__ import annotations

from datetime import date

from bot.minutes.reading import parse_text

TODAY = date(2026, 12, 2)


def _read(text: str):
    return parse_text(text, "anteckningar.txt", today=TODAY)


BOARD_NOTES = """\
120312

Styrelsemöte Bygdegårdsförening

Närvarande:

Karin, Olle, Ingrid, Bertil.

Vårstädning

Städdag i bygdegården planeras. Olle ordnar container.

Nästa möte: Årsmötet den 22e april.

Vid pennan Karin
"""


def test_six_digits_over_the_heading_are_the_meetings_date():
    m = _read(BOARD_NOTES)  # refused before: no date, no names in full, no decision
    assert m.date == date(2012, 3, 12)
    assert m.groups == ["Styrelsen"]  # the board of an association the heading does not name


def test_an_ordinal_day_without_its_colon_is_a_day():
    m = _read(BOARD_NOTES)
    assert m.next_meeting is not None and m.next_meeting.date == date(2012, 4, 22)


HEAD = """\
Protokoll styrelsemöte
Datum: 2009-02-10
Närvarande: Anna Berg, Per Lind, Olle Dahl
1. Mötets öppnande
Anna Berg öppnade mötet.
"""


def test_a_next_meeting_written_as_six_digits():
    m = _read(HEAD + "2. Nästa möte\nNästa möte blir onsdag 090325.\n")
    assert m.next_meeting.date == date(2009, 3, 25)


def test_an_answer_asked_by_six_digits():
    m = _read(HEAD + "2. Remiss om taxor\nSvar lämnas till Per Lind senast 090301.\n")
    assert [(d.date, d.year_inferred) for d in m.deadlines] == [(date(2009, 3, 1), False)]


def test_a_next_meeting_moved_in_brackets_is_on_its_new_day():
    m = _read(HEAD + "2. Nästa möte\nNästa möte den 12 mars kl 18.00 (flyttat till den 19 mars).\n")
    assert (m.next_meeting.date, str(m.next_meeting.start)) == (date(2009, 3, 19), "18:00:00")
    later = _read(HEAD + "2. Nästa möte\nNästa möte 5 mars, senare ändrat till 12 mars kl 19.\n")
    assert (later.next_meeting.date, str(later.next_meeting.start)) == (
        date(2009, 3, 12), "19:00:00")


UNDATED = """\
Protokoll styrelsemöte
Närvarande: Anna Berg, Per Lind, Olle Dahl
1. Mötets öppnande
Anna Berg öppnade mötet.
2. Remiss om översiktsplan
Synpunkter lämnas till Per Lind senast 31 mars.
3. Nästa möte
Nästa möte den 14 april kl 18.
"""


def test_minutes_that_write_no_year_give_no_year_to_their_next_meeting():
    m = _read(UNDATED)  # guessed from the day they were read before: 2027-04-14
    assert m.next_meeting is None
    assert m.deadlines == []


def test_minutes_without_their_date_date_the_next_meeting_by_the_year_they_write():
    text = UNDATED.replace("Remiss om översiktsplan", "Remiss om översiktsplan 2015")
    m = _read(text)
    assert m.next_meeting.date == date(2015, 4, 14)
    assert m.deadlines == []  # a deadline's year is not guessed from a plan's


FRONT_PAGE = """\
SAMMANTRÄDESPROTOKOLL Fritidsnämnden
1 Tid och plats Beslutande Ledamöter Medborgarhuset, Storgatan 4, klockan 15:00 16:20 \
Lena Ek (S), ordförande Jonas Berg (M) Sara Holm (C)
2 Justering Justerare Jonas Berg (M) Plats och tid Fritidsförvaltningen, Torget 2 den 9 mars \
klockan 10:00 10:30 Justerade paragrafer 1-4
3 1 Val av justerare Jonas Berg utses att justera protokollet.
"""


def test_the_meetings_time_and_place_are_not_the_justerings():
    m = _read(FRONT_PAGE)  # the justering's place and time were taken before
    assert (str(m.start), str(m.end)) == ("15:00:00", "16:20:00")
    assert m.place == "Medborgarhuset, Storgatan 4"


def test_the_anslags_label_for_its_organ_is_no_part_of_the_body():
    text = (
        "Anslag/Bevis Protokollet är justerat. Justeringen har tillkännagivits genom anslag "
        "Organ och sammanträdesdatum Byggnadsnämnden\n\n1 1(12)\n\n"
        "Plats och tid Stadshuset, klockan 13:00-15:00\n"
        "§ 12 Val av justerare Per Holm utses att justera protokollet.\n"
    )
    assert _read(text).groups == ["Byggnadsnämnden"]  # "Organ och sammanträdesdatum …" before


def test_a_kind_of_meeting_before_the_name_and_labels_with_their_values_beside_them():
    text = (
        "PROTOKOLL\nProtokoll\tSammanträde  Norrviken FVOF\nPlats\tÅsbro\nTid\t2013-04-08\n"
        "Närvarande\tLars Lund, Eva Dahl, Kjell Berg\n"
        "1. Ordföranden öppnade mötet.\n2. Dagordningen godkändes.\n"
    )
    m = _read(text)
    assert m.groups == ["Norrviken FVOF"]  # "Sammanträde Norrviken FVOF" before
    assert m.place == "Åsbro"  # "Tid", the label of the row below, before


def test_a_joint_board_meeting_online_names_both_associations_and_no_place():
    text = (
        "Styrelsemöte 240310\n"
        "Protokoll fört vid styrelsemöte 2024-03-10 kl. 18.00 med Backa Vägförening och "
        "Backa Byalag via Zoom.\n"
        "Närvarande:\tAnna Lind, Erik Berg, Maja Ek\n"
        "1. Mötet öppnas\nAnna Lind öppnar mötet.\n"
    )
    m = _read(text)
    assert m.groups == ["Backa Vägförening", "Backa Byalag"]
    assert m.place == ""  # "med Backa Vägförening … via Zoom" before


NAMND = """\
PROTOKOLL
Miljönämnden
Sammanträdesdatum 2016-10-20
Beslutande: Eva Lund (S), Per Ek (M), Åsa Berg (C)
§ 40 Dagordning
Ärende nr 6 utgår och behandlas vid nämndens sammanträde den 17 november.
§ 41 Kommunstyrelsens sammanträdestider
Kommunstyrelsens sammanträdestider 2017: 12 januari, 9 februari och 9 mars.
"""


def test_an_item_moved_to_the_bodys_own_meeting_names_the_next_one():
    m = _read(NAMND)
    assert m.next_meeting.date == date(2016, 11, 17)  # none before


def test_the_bodys_own_dates_for_the_year_give_its_next_meeting():
    text = NAMND.replace(
        "Ärende nr 6 utgår och behandlas vid nämndens sammanträde den 17 november.",
        "Nya sammanträdestider för miljönämnden: 24 november kl 08.30, 15 december kl 08.30.",
    )
    m = _read(text)
    assert (m.next_meeting.date, str(m.next_meeting.start)) == (date(2016, 11, 24), "08:30:00")
    # another body's dates, and the anslag's 'Sammanträdesdatum', name no meeting of this one
    other = _read(NAMND.replace("Ärende nr 6 utgår och behandlas vid nämndens sammanträde den 17 "
                                "november.", "Dagordningen godkändes."))
    assert other.next_meeting is None


PORTAL = """\
Sammanträde 2012-05-10

Datum
Klockan
18:30
Plats
Sessionssalen, Kommunhuset

§20 Anmälan av motioner

Kommunfullmäktiges beslut

- Motionen lämnas över till kommunstyrelsen för beredning.

§21 Val av revisor

Kommunfullmäktiges beslut

- Lena Berg väljs till revisor.
"""


def test_a_portals_labels_over_their_values_and_the_body_deciding():
    m = _read(PORTAL)
    assert str(m.start) == "18:30:00"  # the 'Klockan' label's value below it
    assert m.place == "Sessionssalen, Kommunhuset"
    assert m.groups == ["Kommunfullmäktige"]  # the headings of its decisions name it


def test_a_board_meeting_at_someones_home():
    text = (
        "STYRELSEMÖTE I NORRBYNS BYFÖRENING\n"
        "HOS KARIN och OLLE BERG måndagen den 3 september 2018\n"
        "PROTOKOLL\nNärvarande: Karin Berg, Olle Berg, Lisa Ek\n"
        "1. Mötets öppnande\nKarin Berg öppnade mötet.\n"
    )
    m = _read(text)
    assert (m.date, m.place) == (date(2018, 9, 3), "HOS KARIN och OLLE BERG")  # no place before


def test_a_front_pages_plats_och_tid_for_sammantradet_read_across_its_labels():
    text = (
        "Sammanträdesdatum Eva Holm, s, ordförande\n\n"
        "1 1 (20) Plats och tid för sammanträdet\n\n"
        "Beslutande Ej beslutande\n\n"
        "Övriga deltagare Kommunkontoret, rum Älven, tisdag den 12 mars 2019, kl Ajournering kl "
        "Eva Holm, s, ordförande Nils Berg, m\n"
    )
    m = _read(text)
    assert (m.date, m.place) == (date(2019, 3, 12), "Kommunkontoret, rum Älven")  # none before


def _body_of(title: str) -> list[str]:
    return _read(
        f"{title}\nDatum: 2019-05-14\nNärvarande: Anna Berg, Per Lind, Olle Dahl\n"
        "1. Mötets öppnande\nAnna Berg öppnade mötet.\n2. Dagordningen godkändes.\n"
    ).groups


def test_an_adjective_before_the_groups_word_is_part_of_its_name():
    # 'Rådet (BRÅ) i Sundby' before
    assert _body_of("Protokoll från sammanträde med Brottsförebyggande rådet i Sundby") == [
        "Brottsförebyggande rådet i Sundby"]


def test_a_joint_meeting_of_two_bodies_names_both():
    # 'Husrådet' alone before
    title = "Protokoll fört vid gemensamt möte med husrådet och styrelsen i Brf Linden"
    assert _body_of(title) == ["Husrådet", "Styrelsen"]


def test_the_board_of_an_association_named_by_its_place_and_kind():
    # 'Styrelse' before
    assert _body_of("Protokoll fört vid sammanträde med Västra byalags styrelse") == [
        "Västra byalags styrelse"]


def test_a_date_label_with_six_digits_and_a_short_year_after_a_spaced_dash():
    labelled = _read("Protokoll\nDatum: 110915\nNärvarande: Anna Berg, Per Lind\n"
                     "§ 1 Sammanträdet öppnas.\n")
    assert labelled.date == date(2011, 9, 15)  # none before
    spaced = _read("Dagordning Styrelsemöte 12/8 -21\nNärvarande: Anna Berg, Per Lind\n"
                   "1. Mötet öppnas\nAnna Berg öppnar mötet.\n2. Inköp\n"
                   "Vi beslutar att köpa ett tält till föreningen.\n")
    assert spaced.date == date(2021, 8, 12)  # none before


def test_the_next_meeting_in_other_words():
    for said in ("Vi ses nästa gång den 14 mars kl 18.", "Kommande möte: 14 mars kl 18.00 hos Per.",
                 "Styrelsen träffas igen den 14 mars kl 18."):
        m = _read(HEAD + f"2. Övrigt\n{said}\n")
        assert (m.next_meeting.date, str(m.next_meeting.start)) == (date(2009, 3, 14), "18:00:00")
    later = _read(HEAD + "2. Övrigt\nFrågan om bryggan tas upp nästa gång. Vi har fått en "
                  "inbjudan till kommunens informationsmöte den 20 mars.\n")
    assert later.next_meeting is None  # the information meeting is no meeting of the board
