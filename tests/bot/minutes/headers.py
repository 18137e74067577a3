"""A header under test, with the same attendance and items after it: what the header tests of
every round put below the lines they are about."""

from __future__ import annotations

from datetime import date

from bot.minutes.reading import parse_text

TODAY = date(2026, 1, 1)
ATTENDANCE = "Närvarande: Anna Holm, Carl Ny, Dora Stål\n"
ITEMS = (
    "§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n"
    "§ 2 Ekonomi\nStyrelsen beslutade att godkänna kassarapporten.\n"
)


def read_header(text: str):
    return parse_text(text, "protokoll.txt", today=TODAY)
