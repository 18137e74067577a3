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
from bot.dates import parse_date
from bot.texts import review as t

_SHORT = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
          "sept": 9, "okt": 10, "nov": 11, "dec": 12}

# The parts of a date as typed, before anything is checked: ISO, day/month, day and month name.
_ISO = re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})")
_NUMERIC = re.compile(r"(?P<day>\d{1,2})\s*[/.]\s*(?P<month>\d{1,2})"
                      r"(?:\s*[\s/.-]\s*(?P<year>\d{4}))?")
_NAMED = re.compile(r"(?P<day>\d{1,2})\s*(?::e|:a)?\s+(?P<month>[a-zåäö]+)\.?"
                    r"(?:\s+(?P<year>\d{4}))?")


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
    """Why a day and month as typed do not exist ("31 februari"), or None."""
    for pattern in (_ISO, _NUMERIC, _NAMED):
        found = pattern.fullmatch(_without_weekday(words))
        month = _month(found["month"]) if found else None
        if month is None or not 1 <= month <= 12:
            continue
        year = int(found["year"]) if found["year"] else around.year
        number, days = int(found["day"]), calendar.monthrange(year, month)[1]
        if 1 <= number <= days or (not found["year"] and (month, number) == (2, 29)):
            return None  # 29 februari without a year: a leap year near the meeting has it
        name = texts.MONTHS[month - 1]
        if month == 2:  # only February's length depends on the year
            return t.TYPED_DATE_NO_SUCH_DAY_IN_YEAR.format(day=number, month=name, year=year,
                                                           days=days)
        return t.TYPED_DATE_NO_SUCH_DAY.format(day=number, month=name, days=days)
    return None


def _without_weekday(words: str) -> str:
    """'torsdag den 9 juni 2016' → '9 juni 2016': what is left to check as day and month."""
    words = re.sub(rf"^(?:{'|'.join(texts.WEEKDAYS)})\s+", "", words.strip())
    return re.sub(r"^den\s+", "", words)


def _month(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    word = word.rstrip(".")
    if word in texts.MONTHS:
        return texts.MONTHS.index(word) + 1
    return _SHORT.get(word)
