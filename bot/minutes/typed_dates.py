"""Dates as a secretary types them on the review page: "9 juni 2016", "9/6 2016", "torsdag
9 juni", "2016-06-09". Read with the bot's own date reading (bot/dates.py); a year left out is
the one nearest the meeting, not today's (she corrects minutes of June 2016 in 2026).

A date that cannot be ("31 februari", "2016-02-30") or a weekday that does not fit the date
("fredag 9 juni 2016") is refused with what is wrong, so she does not have to guess."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from bot import texts
from bot.dates import impossible_date, parse_date
from bot.texts import review as t


@dataclass(frozen=True)
class Typed:
    day: date | None
    error: str | None  # the Swedish reason, when there is no day


def read(text: str, around: date | None, prefer: str = "nearest") -> Typed:
    """The date `text` means, a missing year taken from `around` (the meeting's date); with
    nothing to take it from, the year must be typed."""
    typed = " ".join(text.split())[:100]
    words = typed.casefold().replace(",", " ")
    if around is None:
        if not re.search(r"\b\d{4}\b", words):
            return Typed(None, t.TYPED_DATE_NEEDS_YEAR.format(text=typed))
        around = date(int(re.search(r"\b(\d{4})\b", words)[1]), 7, 1)
    impossible = _impossible(words, around)
    if impossible:
        return Typed(None, impossible)
    day = parse_date(typed, around, prefer)
    if day is None or not 1990 <= day.year <= 2100:
        return Typed(None, t.TYPED_DATE_UNREAD.format(text=typed))
    named = next((n for n, name in enumerate(texts.WEEKDAYS) if re.search(rf"\b{name}\b", words)),
                 None)
    if named is not None and named != day.weekday():
        return Typed(None, t.TYPED_DATE_WRONG_WEEKDAY.format(
            date=f"{texts.day_month(day)} {day.year}", weekday=texts.weekday(day),
            typed=texts.WEEKDAYS[named]))
    return Typed(day, None)


def _impossible(words: str, around: date) -> str | None:
    """Why a day and month as typed do not exist ("31 februari"), or None: the days found by
    the bot's own check (bot/dates.py), said with the month's length in the year meant."""
    found = impossible_date(words)
    if found is None:
        return None
    name = texts.MONTHS[found.month - 1]
    if found.month == 2:  # only February's length depends on the year
        year = found.year or around.year
        return t.TYPED_DATE_NO_SUCH_DAY_IN_YEAR.format(
            day=found.day, month=name, year=year, days=calendar.monthrange(year, 2)[1])
    return t.TYPED_DATE_NO_SUCH_DAY.format(day=found.day, month=name,
                                           days=calendar.monthrange(2024, found.month)[1])
