"""Minutes are never refused; what is not minutes is, with a Swedish reason that says why.

Each text is written the way such a document is (none is copied from the corpus).
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.minutes.reading import NotMinutesError, parse_text

TODAY = date(2026, 1, 1)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Kumla kommun\nSocialförvaltningen\n2021-03-11\nTill Region Örebro län\nHej!\n"
         "Vi vill tacka för ett gott samarbete. Socialnämnden beslutade den 3 mars att godkänna "
         "avtalet.\nMed vänliga hälsningar\nAnna Ek\nSocialchef\n", "ett brev eller ett mejl"),
        ("FAKTURA\nFakturanummer: 12345\nFakturadatum: 2021-03-11\nKund: Kumla kommun\n"
         "Referens: Per Lind\nBelopp att betala: 12 500 kr\n", "en faktura"),
        ("Pressmeddelande 2021-03-11\nKommunstyrelsen satsar på skolan\nKommunstyrelsen "
         "beslutade i dag att satsa 10 miljoner kronor på skolan, säger ordföranden Anna Ek.\n",
         "ett pressmeddelande"),
        ("TJÄNSTESKRIVELSE\n2021-03-11\nDnr SN 2021/12\nSocialnämnden\nBudget 2022\n"
         "Förslag till beslut\nSocialnämnden beslutar att godkänna förslaget till budget.\n"
         "Anna Ek\nSocialchef\n", "en tjänsteskrivelse"),
        ("Dagordning\nSamverkansgrupp Barn och unga\n2021-03-11 kl 13-15\n1. Mötets öppnande\n"
         "2. Val av justerare\n3. Information från regionen\n4. Övriga frågor\n",
         "en dagordning"),
        ("Nyhetsbrev mars 2021\nFrån styrelsen\nStyrelsen har haft möte 2021-03-11 och beslutade "
         "att höja medlemsavgiften.\nKalendarium\n2021-04-12 Årsmöte\n", "ett nyhetsbrev"),
    ],
)
def test_what_is_not_minutes_is_refused_and_says_what_it_looks_like(text, reason):
    with pytest.raises(NotMinutesError) as err:
        parse_text(text, "fil.txt", today=TODAY)
    assert f"ser ut som {reason}" in err.value.reason_sv


@pytest.mark.parametrize(
    "title",
    ["Kallelse och protokoll", "KALLELSE/PROTOKOLL", "Dagordning och minnesanteckningar"],
)
def test_minutes_written_into_the_kallelse_are_minutes(title):
    minutes = parse_text(
        f"{title}\nSocialnämnden\n2021-03-11\nNärvarande: Anna Ek, Per Lind, Kjell Berg\n"
        "§ 1 Budget\nBeslut: att godkänna budgeten.\n",
        "fil.txt",
        today=TODAY,
    )
    assert minutes.decisions
    assert minutes.kind not in ("kallelse", "dagordning")


def test_minutes_sent_as_an_email_are_minutes():
    minutes = parse_text(
        "Hej!\nHär kommer minnesanteckningarna från mötet 2021-03-11.\n"
        "Närvarande: Anna Ek, Per Lind, Kjell Berg\n1. Budget\n"
        "Gruppen beslutade att godkänna budgeten.\nMed vänliga hälsningar\nAnna Ek\n",
        "fil.txt",
        today=TODAY,
    )
    assert minutes.decisions and len(minutes.present) >= 3


def test_a_boards_minnesanteckningar_under_its_chairs_contact_line_are_minutes():
    # The association's letterhead (the chair with telephone and e-mail) above the title, a
    # board named only by its abbreviation, attendance by first name and initial, discussion
    # without decisions: minnesanteckningar all the same, and the chair's contact line is no
    # attendance list.
    minutes = parse_text(
        "Ordf. Gunnar Strömberg 070-123 45 67 gunnar.stromberg@example.se\n\n"
        "Minnesanteckningar fört vid KRFs styrelses torsdagsmöte 8/4-2021\n"
        "Närv: Gunnar S, Lena Å, Pär Ö och Märta L.\n\n"
        "• Diskuterades hur vi går vidare med skrivelsen till länsstyrelsen.\n\n"
        "• Nytt möte med Karin B. om medlemsavgiften.\n",
        "anteckningar.txt",
        today=TODAY,
    )
    assert minutes.date == date(2021, 4, 8)
    assert minutes.groups == ["KRFs styrelse"]
    assert "Gunnar Strömberg" not in [a.name for a in minutes.attendees]
    assert not minutes.decisions
