"""How Swedish minutes name their body and their place, read by convention.

The pages below are written for these tests, the way a region's and an association's
secretaries write them (none is copied from the corpus): the organ under its parent in
capitals before 'Sammanträdesprotokoll', a 'Tid och plats' whose hours were lost after 'kl', a
meeting at a distance held where its chair sits, a title's dateline ('Umeå, 3 mars 2020'), and
a title that names another body's later meeting with its own day and town.
"""

from __future__ import annotations

from datetime import date

from bot.minutes.reading import parse_text

TODAY = date(2026, 12, 2)


def _read(text: str):
    return parse_text(text, "protokoll.txt", today=TODAY)


# The arbetsutskott's minutes kept inside the regionstyrelse's papers: the title names the
# organ under its parent, then the regionstyrelse's coming meeting (another day, another town).
UTSKOTT = "\n\n".join(
    [
        "REGIONSTYRELSEN Arbetsutskottet Sammanträdesprotokoll Regionstyrelsens sammanträde"
        " den 9 mars 2022 i Ronneby",
        "1 Dagordning Regionstyrelsens sammanträde den 9 mars 2022 i Ronneby s beslut Information",
        "2 Tid och plats Tisdagen den 22 februari 2022 kl Regionhuset, Karlskrona Närvarande"
        " Ordförande Lena Holm (S) Ledamöter Per Ek (M) Sara Lind (V) Sekreterare Eva Berg"
        " Underskrifter Eva Berg sekreterare Lena Holm ordförande",
        "3 12 Val av justerare beslutar att utse Sara Lind (V) att jämte ordföranden justera"
        " dagens protokoll",
    ]
)


def test_the_organ_before_the_kind_of_document_is_the_body_not_the_parent():
    minutes = _read(UTSKOTT)
    assert minutes.groups == ["Arbetsutskottet"]
    assert minutes.kind == "protokoll"


def test_a_title_that_names_another_meetings_day_gives_neither_date_nor_place():
    minutes = _read(UTSKOTT)
    assert minutes.date == date(2022, 2, 22)
    # "Tid och plats Tisdagen den 22 februari 2022 kl Regionhuset, Karlskrona": the hours lost
    # after 'kl', the place after them
    assert minutes.place == "Regionhuset, Karlskrona"


DISTANCE = """\
Protokoll Kulturnämnden 4 maj 2021

KN 2021/12

Plats och tid

Ordförande - Sal Gotska, Kulturhuset.

Ledamöter - distans, 4 maj 2021, klockan 13.00-15.00

Beslutande

Anna Ek (S), ordförande

Bo Lund (M)

Utsedd att justera Bo Lund

§ 1 Dagordningen fastställs.
"""


def test_a_meeting_at_a_distance_is_held_where_its_chair_sits():
    minutes = _read(DISTANCE)
    assert minutes.place == "Sal Gotska, Kulturhuset"


DATELINE = """\
Protokoll från styrelsemöte nr. 3 Umeå, 3 mars 2020

Närvarande Karin Nyström, ordförande Olof Berg, kassör Lisa Holm, sekreterare

1. Dagordningen godkändes.
"""


def test_a_titles_dateline_names_the_town():
    minutes = _read(DATELINE)
    assert minutes.date == date(2020, 3, 3)
    assert minutes.place == "Umeå"


BODY_DATELINE = """\
Protokoll Socialnämnden, 12 mars 2019

Närvarande Karin Nyström, Olof Berg

§ 1 Dagordningen godkändes.
"""


def test_a_body_before_the_comma_is_no_town():
    assert _read(BODY_DATELINE).place != "Socialnämnden"


_TAIL = "\n\nNärvarande: Anna Berg, Per Ek, Eva Lind\n\n§ 1 Dagordningen godkändes.\n"


def test_the_anslags_sentence_names_the_body_whose_protokoll_it_is():
    page = (
        "Plats och tid Stadshuset 2020-02-03 kl 18.00"
        + _TAIL
        + "\nANSLAG/BEVIS Kommunfullmäktiges protokoll är justerat.\n"
    )
    assert _read(page).groups == ["Kommunfullmäktige"]


def test_a_brottsforebyggande_rad_by_its_short_name_and_its_stadsdel():
    page = "Minnesanteckningar från lokala BRÅ i Hökarängen 2021-05-04" + _TAIL
    assert _read(page).groups == ["Lokala BRÅ i Hökarängen"]
    assert _read("Minnesanteckningar BRÅ Östermalm 2021-05-04" + _TAIL).groups == [
        "BRÅ Östermalm"
    ]


def test_a_groups_name_in_free_prose_ends_at_its_verb():
    page = (
        "Ledningsgruppen för vård och omsorg träffades den 4 maj 2021 i kommunhuset. "
        "Närvarande var Anna Berg, Per Ek och Eva Lind.\n\n1. Budget\n\n"
        "Gruppen beslutade att anta budgeten.\n"
    )
    assert _read(page).groups == ["Ledningsgruppen för vård och omsorg"]


def test_a_samrad_for_a_regional_namnd_keeps_its_joined_word_whole():
    page = (
        "Protokoll från samråd för pensionärsorganisationer för norra hälso- och "
        "sjukvårdsnämnden den 19 september 2018" + _TAIL
    )
    assert _read(page).groups == [
        "Samråd för pensionärsorganisationer för norra hälso- och sjukvårdsnämnden"
    ]


def test_the_rooms_label_in_its_longer_forms_names_the_place():
    page = "Protokoll styrelsemöte 2021-05-04\n\nMöteslokal: Bygdegården, Ås" + _TAIL
    assert _read(page).place == "Bygdegården, Ås"
    page = "Protokoll Socialnämnden\n\nDatum: 2021-05-04\n\nSammanträdeslokal: Rådhuset, sal B"
    assert _read(page + _TAIL).place == "Rådhuset, sal B"
    assert _read("Protokoll styrelsemöte\n\nDatum: 2021-05-04\n\nOrt: Växjö" + _TAIL).place == (
        "Växjö"
    )


def test_where_the_meeting_was_held_said_in_a_sentence_or_the_title():
    page = "Protokoll styrelsemöte 2021-05-04\n\nMötet hölls i Folkets hus, Ås." + _TAIL
    assert _read(page).place == "Folkets hus, Ås"
    page = "Protokoll från styrelsemöte i Bygdegården den 4 maj 2021" + _TAIL
    assert _read(page).place == "Bygdegården"
    prose = (
        "Ledningsgruppen för vård och omsorg träffades den 4 maj 2021 i kommunhuset. "
        "Närvarande var Anna Berg, Per Ek och Eva Lind.\n\n1. Budget\n\nGruppen beslutade "
        "att anta budgeten.\n"
    )
    assert _read(prose).place == "kommunhuset"


def test_whose_meeting_and_another_meetings_place_are_no_place():
    page = "Protokoll fört vid styrelsemöte i Föreningen Norden 2021-05-04" + _TAIL
    assert _read(page).place == ""
    page = (
        "Protokoll styrelsemöte 2021-05-04\n\nNärvarande: Anna Berg, Per Ek\n\n"
        "§ 1 Rapporter. Anna berättade att regionmötet hölls i Umeå.\n"
    )
    assert _read(page).place == ""


def test_a_national_associations_local_branch_names_its_boards_minutes():
    assert _read("SPF Seniorerna Ås\n\nProtokoll styrelsemöte 2021-05-04" + _TAIL).groups == [
        "SPF Seniorerna Ås"
    ]
    assert _read("PRO Ås\n\nStyrelseprotokoll 2021-05-04" + _TAIL).groups == ["PRO Ås"]


def test_an_associations_kind_in_the_definite_form_before_its_name():
    page = "Protokoll fört vid styrelsemöte i Hyresgästföreningen Ås 2021-05-04" + _TAIL
    assert _read(page).groups == ["Hyresgästföreningen Ås"]


def test_a_namnd_shared_by_municipalities_is_named_gemensamma_in_full():
    page = "Protokoll\n\nDen gemensamma nämnden för hjälpmedel\n\n2021-05-04" + _TAIL
    assert _read(page).groups == ["Gemensamma nämnden för hjälpmedel"]


_FRONT_TAIL = (
    " Beslutande Anna Berg (S), ordförande Per Ek (M) Eva Lind (V) Övriga deltagande Olle Ås,"
    " sekreterare Utses att justera Per Ek\n\n2 § 1 Dagordningen godkändes."
)


def test_the_front_pages_label_in_its_longer_forms():
    page = (
        "Socialnämnden\n\n1 Sammanträdesplats och tid Kommunhuset, Ås, 2021-05-04 kl 13.00-15.00"
        + _FRONT_TAIL
    )
    assert _read(page).place == "Kommunhuset, Ås"


def test_the_place_after_the_time_keeps_no_preposition():
    page = (
        "Socialnämnden\n\n1 Tid och plats 2021-05-04 kl 13.00-15.00 i Sessionssalen, Rådhuset"
        + _FRONT_TAIL
    )
    assert _read(page).place == "Sessionssalen, Rådhuset"
