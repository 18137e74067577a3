"""What marks the record of a held meeting, against an invitation or a report about one.

A kallelse names whom it calls, never who was present; minutes record who was there under a
label of their own, whatever their heading. A news item names people in running prose. Each
text is written for the test, the way such documents are written (none is copied from the
corpus).
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.minutes.reading import NotMinutesError, parse_text

TODAY = date(2026, 1, 1)

# A kommunstyrelse's kallelse: the föredragningslista under 'Beslut', then the first ärende's
# tjänsteskrivelse, whose background tells of a decision taken before the meeting.
KALLELSE_WITH_UNDERLAG = (
    "Kallelse till kommunstyrelsens sammanträde\n"
    "Plats: Kommunhuset, Sessionssalen Tid: Tisdagen den 14 mars 2023, kl 09.00\n"
    "Information 1. Ekonomi 2. Kommundirektören\n"
    "Beslut Val av justerare. Ks 1 Ny avfallstaxa Ks 2 Svar på motion om gång- och cykelvägar "
    "Ks 3 Delegationsordning Ks 4 Meddelanden\n"
    "Kallelsen skickas till ersättarna för kännedom\n"
    "Eva Strand ordförande\n"
    "Ks 1 Dnr 2023/41 Ny avfallstaxa\n"
    "Ärendet I samband med budgetarbetet fattades beslut om att se över avfallstaxan inför 2024.\n"
    "Förslag till beslut Kommunstyrelsen föreslår kommunfullmäktige att anta den nya taxan.\n"
)


def test_a_kallelse_with_a_decision_in_its_underlag_is_refused():
    with pytest.raises(NotMinutesError) as err:
        parse_text(KALLELSE_WITH_UNDERLAG, "kallelse.txt", today=TODAY)
    assert err.value.reason_sv.startswith("Det här ser ut som en kallelse")


def test_minutes_written_into_the_kallelses_template_record_who_was_there():
    text = KALLELSE_WITH_UNDERLAG.replace(
        "Information 1.",
        "Beslutande: Eva Strand (S), ordförande, Per Holm (M), Lena Sjöberg (C)\n"
        "Utses att justera: Per Holm\nInformation 1.",
    ).replace("Förslag till beslut Kommunstyrelsen föreslår", "Beslut Kommunstyrelsen föreslår")
    minutes = parse_text(text, "protokoll.txt", today=TODAY)
    assert {"Eva Strand", "Per Holm", "Lena Sjöberg"} <= set(minutes.present)


def test_notes_written_under_the_agenda_heading_are_minutes_without_a_decision():
    # A board writes its notes into the agenda it sent out; nothing was decided this time,
    # and the list of those present is what shows the meeting was held.
    minutes = parse_text(
        "Dagordning styrelsemöte 12 mars 2024\n"
        "Närvarande: Karin Lund, Olof Berg, Maja Sand\n"
        "1. Mötet öppnas\n– Karin öppnar mötet.\n"
        "2. Ekonomi\n– Kassören redogör för läget, saldot är oförändrat.\n"
        "3. Vårstädningen\n– Olof har pratat med kommunen om containrar.\n",
        "styrelsemote.txt",
        today=TODAY,
    )
    assert minutes.date == date(2024, 3, 12)
    assert {"Karin Lund", "Olof Berg", "Maja Sand"} <= set(minutes.present)


def test_a_kallelse_that_only_lists_whom_it_calls_is_still_refused():
    with pytest.raises(NotMinutesError):
        parse_text(
            "Kallelse till styrelsemöte\nDatum: 2024-03-12 kl 18.00\nPlats: Bygdegården\n"
            "Kallade: Karin Lund, Olof Berg, Maja Sand\n1. Mötet öppnas\n2. Ekonomi\n"
            "3. Övriga frågor\n",
            "kallelse.txt",
            today=TODAY,
        )


def test_a_newspapers_report_of_a_clubs_meeting_is_refused():
    # A local paper's 'Föreningsnytt': a publishing date, and people seen only in the prose.
    with pytest.raises(NotMinutesError) as err:
        parse_text(
            "Föreningsnytt\nPRO Norrby\nPublicerad 14 april 2019\n"
            "Ordförande Gunnel Ek hälsade ett 50-tal medlemmar välkomna till månadsmötet 9/4. "
            "Sven Dahl berättade om höstens resa till Gotland och Birgit Sjö redogjorde för "
            "arbetet i pensionärsrådet. Därefter kaffe och lotteri.\n",
            "nyhet.txt",
            today=TODAY,
        )
    assert err.value.reason_sv.startswith("Det här ser ut som en nyhet eller ett referat")


def test_titled_minutes_in_free_prose_keep_the_people_seen_in_the_text():
    minutes = parse_text(
        "Minnesanteckningar\n"
        "Ordförande Gunnel Ek hälsade alla välkomna och öppnade mötet. Sven Dahl berättade om "
        "höstens resa och Birgit Sjö redogjorde för arbetet i pensionärsrådet.\n",
        "anteckningar.txt",
        today=TODAY,
    )
    assert {"Gunnel Ek", "Sven Dahl"} <= set(minutes.present)
