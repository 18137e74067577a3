"""Front pages of § protokoll run into one line per page, as transcripts of kommuner's minutes
give them: the date right after the label 'Tid' with the hours lost, the anslag's box naming
its organ after 'Styrelse/Nämnd' (pages written for the rules, none copied from the corpus)."""

from __future__ import annotations

from datetime import date

from bot.minutes.reading import parse_text

# A kommunfullmäktige's front page and first §, one line each; the hours lost after 'kl', the
# body only in the anslag's box, the next page headed by the §'s earlier organs
FULLMAKTIGE = """\
Sammanträdesprotokoll

1 Plats Folkets hus, Stora salen Tid Tisdagen den 14 oktober 2008, kl Beslutande Se bilaga 1 \
Utses att justera Anna Berg (s) Olof Ek (m) Tid och plats för justering Stadshuset, onsdag den \
22 oktober, klockan 15 Sekreterare Lisa Holm Ordförande Per Lind Anslag/Bevis Protokoll är \
justerat Styrelse/Nämnd Kommunfullmäktige Datum för uppsättande Datum för nedtagande \
Förvaringsplats Kommunkontoret

2 Kommunstyrelsen Kommunstyrelsens arbetsutskott Kf 90 Ks 120 Au 240 Medborgarförslag om en \
badplats vid sjön Kommunstyrelsens förslag Kommunfullmäktige Medborgarförslaget avslås.
"""


def test_the_date_right_after_tid_is_the_meetings_when_the_hours_are_lost():
    minutes = parse_text(FULLMAKTIGE, "protokoll.txt", today=date(2026, 12, 3))
    assert minutes.date == date(2008, 10, 14)
    assert minutes.place == "Folkets hus, Stora salen"


def test_the_organ_after_styrelse_namnd_in_the_anslag_is_the_body():
    minutes = parse_text(FULLMAKTIGE, "protokoll.txt", today=date(2026, 12, 3))
    assert minutes.groups == ["Kommunfullmäktige"]


# A kommunstyrelse's day in parts, each with its hours, written after the room
PARTS_OF_THE_DAY = """\
Sammanträdesprotokoll

1 Kommunstyrelsen Plats och tid Ekorummet, Ärendegenomgång kl. 08:30 Gruppmöte kl 09:30 \
Beslutsomgång kl 10:30 Beslutande Ledamöter Anna Berg (S), Ordförande Olof Ek (M) Per Lind (C) \
Övriga närvarande sekreterare Lisa Holm

2 KS 1 Val av justerare Till justerare utsågs Olof Ek.
"""


def test_the_parts_of_the_meetings_day_are_no_part_of_its_place():
    minutes = parse_text(PARTS_OF_THE_DAY, "protokoll.txt", today=date(2026, 12, 3))
    assert minutes.place == "Ekorummet"
