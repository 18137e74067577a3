"""Front pages of § protokoll whose structure tells who was away and where the meeting was
(issue 10, reader-19b): a member named among those deciding is not made absent because an
ersättare served in her place for some §§ (pages written for the rules, none copied from the
corpus)."""

from __future__ import annotations

import re

import pytest

from bot.minutes.reading import parse_text


def _read(text: str):
    return parse_text(text, "protokoll.txt").to_json()


@pytest.mark.parametrize(
    "serving",
    [
        # the stand-in under a label of her own, the member's name after 'ersätter'
        "Tjänstgörande ersättare Lena Sund (KD) ersätter Per Lind (KD) , Övriga närvarande",
        # the same with 'tjg ers för' in the members' run
        "Lena Sund (KD), tjg ers för Per Lind (KD) Övriga närvarande",
        # a stand-in told after her party: 'Tjänstgör för'
        "Lena Sund (KD) Tjänstgör för Per Lind (KD) Övriga närvarande",
    ],
)
def test_a_member_among_those_deciding_who_was_replaced_for_some_paragraphs(serving):
    minutes = _read(
        "SAMMANTRÄDESPROTOKOLL Kultur- och fritidsnämnden\n\n"
        "1 Plats och tid Kulturhuset, Lilla salen kl. 13:00-16:10 Beslutande Ledamöter "
        f"Anna Berg (S), Olof Ek (C), Per Lind (KD) och Karin Holm (M). {serving} "
        "Lisa Ekman, nämndsekreterare Utses att justera Olof Ek\n\n"
        "2 § 12 Val av justerare Till justerare utsågs Olof Ek.\n"
    )
    assert {"substitute": "Lena Sund", "for": "Per Lind"} in minutes["substitutes"]
    assert "Per Lind" in minutes["present"]
    assert "Per Lind" not in minutes["absent"]


def test_a_member_replaced_in_a_list_of_those_there_is_still_away():
    """In a list of everyone called, the stand-in's note is what tells who was away."""
    minutes = _read(
        "Minnesanteckningar Chefsgrupp folkhälsa\nTid: 2025-03-14 klockan 13.00-15.00\n"
        "Närvarande:\nAnna Berg\tHallsberg\nLena Sund\tKumla (ersätter Per Lind)\n"
        "Per Lind\tKumla\nKarin Holm\tNora\n\n1. Dagordning\nDagordningen godkändes.\n"
    )
    assert "Per Lind" in minutes["absent"]


@pytest.mark.parametrize(
    ("front_page", "place"),
    [
        # the place label at the end of the line of the date, its value after three labels
        ("Hälsoutskottet Tid Tisdagen den 4 mars 2014 kl Plats\nNärvarande ledamöter\n"
         "Övriga närvarande\nSekreterare Ekorummet, Landstingshuset Storgatan 9, Vetlanda "
         "Annika Berg, ordförande (c) Olof Ek, vice ordförande (kd) Per Lind (s)",
         "Ekorummet, Landstingshuset Storgatan 9, Vetlanda"),
        # 'Beslutande' cut to 'ande' among the stacked labels; the first person after a comma
        ("1 (12) Tid Onsdagen den 5 mars kl med ajournering kl Plats\nande\nLedamöter\n"
         "Tjänstgörande ersättare\nErsättare Bruksgården, Åseda Marie-Louise Hall, (c) "
         "ordförande Bo Frank (m), vice ordf. Per Lind (s)", "Bruksgården, Åseda"),
        # 'Tid och plats' over a run that begins with the date and the hours
        ("KOMMUNFULLMÄKTIGE\nTid och plats\nBeslutande Måndag 3 mars 2014 kl. 18:00 "
         "Folkets hus, Lilla salen, Torsby Eva-Lena Berg (S), Ordförande Olof Ek (C)",
         "Folkets hus, Lilla salen, Torsby"),
    ],
)
def test_the_place_of_a_front_page_whose_labels_stand_before_their_values(front_page, place):
    minutes = _read(f"SAMMANTRÄDESPROTOKOLL\n{front_page}\n\n§ 5 Val av justerare\n"
                    "Till justerare utsågs Olof Ek.\n")
    assert minutes["place"] == place


def test_a_person_after_the_stacked_labels_is_no_place():
    minutes = _read(
        "SAMMANTRÄDESPROTOKOLL\nHälsoutskottet Tid Tisdagen den 4 mars 2014 kl Plats\n"
        "Närvarande ledamöter\nSekreterare Anna Berg Olof Ek, vice ordförande (kd) Per Lind (s)"
        "\n\n§ 5 Val av justerare\nTill justerare utsågs Olof Ek.\n"
    )
    assert minutes["place"] != "Anna Berg"


@pytest.mark.parametrize(
    ("title", "place"),
    [
        ("Protokoll fört vid konstituerande styrelsemöte med Svenska Schackförbundets styrelse "
         "den 16 juli 2019 på Clarion Hotel Post i Göteborg.", "Clarion Hotel Post i Göteborg"),
        ("Extra styrelsemöte med Västra Näs Sockenråd tisdagen den 16 juli 2019 hos Karin Holm.",
         "hos Karin Holm"),
    ],
)
def test_the_place_after_the_day_in_a_title_that_names_the_body(title, place):
    # (the web page's own title above it gives the date first)
    minutes = _read(f"Styrelsemöte 2019-07-16\n\n{title}\n\nNärvarande: Anna Berg, Olof Ek\n\n"
                    "1. Dagordning\nDagordningen godkändes.\n")
    assert minutes["place"] == place



@pytest.mark.parametrize(
    "head",
    [
        "Årsmötesprotokoll\nProtokoll från årsmöte den 6 mars 2023\nPlats: Bygdegården",
        "Protokoll medlemsmöten\nMedlemsmötet 2019-03-21\nOrdförande Bengt öppnar mötet",
        "Svenska bygdehistoriska föreningen Årsmötesprotokoll\nTid:\nPlats: Medborgarhuset",
    ],
)
def test_the_kind_of_meeting_or_of_document_is_no_body(head):
    minutes = _read(f"{head}\n\n1. Dagordning\nDagordningen godkändes.\n")
    assert not [g for g in minutes["groups"] if re.search(r"möte|protokoll", g, re.I)]


@pytest.mark.parametrize(
    ("head", "body"),
    [
        # the body named only in the anslag box, after 'Organ' and the letterhead's municipality
        ("ÅSBY KOMMUN ANSLAG/BEVIS Protokollet är justerat. Justeringen har tillkännagivits "
         "genom anslag Organ ÅSBY KOMMUN Valnämnden Sammanträdesdatum 2006-02-07", "Valnämnden"),
        ("ANSLAG / BEVIS Justeringen har tillkännagivits genom anslag Organ: Åsby kommun, "
         "Kommunstyrelsen : Datum för anslags upprättande:", "Kommunstyrelsen"),
    ],
)
def test_the_municipality_of_the_letterhead_is_no_part_of_the_bodys_name(head, body):
    minutes = _read(f"SAMMANTRÄDESPROTOKOLL\n\n{head}\n\n§ 1 Val av justerare\n"
                    "Till justerare utsågs Olof Ek.\n")
    assert minutes["groups"] == [body]


@pytest.mark.parametrize(
    ("front_page", "place"),
    [
        # the next label run on after the date and hours, its head cut off ('Beslutande')
        ("SAMMANTRÄDESPROTOKOLL\nSammanträdesdatum Sida 1(5)\nPlats och tid Folkets Hus, "
         "Storgatan 4, Åsby måndag den 18 december 2017 kl. 17.00 18.15 ande ledamöter Se "
         "närvarolista sidan 2\nEj beslutande ersättare Se närvarolista sidan 2",
         "Folkets Hus, Storgatan 4, Åsby"),
        # a title cut from the front page: the hours lost after 'kl', the label after the place
        ("Kommunstyrelsen. Anslag / Bevis. Protokoll Måndag 13 oktober 2014 kl , Kommunhuset, "
         "Åsbysalen. Plats och tid.\n1\nPlats och tid\nBeslutande",
         "Kommunhuset, Åsbysalen"),
    ],
)
def test_a_place_whose_value_runs_into_the_next_label(front_page, place):
    minutes = _read(f"{front_page}\n\n§ 244 Val av justerare\nTill justerare utsågs Olof Ek.\n")
    assert minutes["place"] == place


def test_the_place_and_time_of_the_justering_block_are_not_the_meetings():
    minutes = _read(
        "SAMMANTRÄDESPROTOKOLL\nPlats och tid. Nicolairummet, stadshuset kl. 09:00-15:17\n"
        "Beslutande\nLedamöter Anna Berg (S), Olof Ek (C) och Per Lind (M).\n"
        "Tjänstemän Kommunsekreterare Lisa Ekman Övriga Justering\nJusterande\n"
        "Plats och tid Olof Ek (C)\nParagrafer\n\n§ 163 Val av justerare\n"
        "Till justerare utsågs Olof Ek.\n"
    )
    assert minutes["place"] != "Olof Ek (C)"
