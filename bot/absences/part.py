"""Away for part of a meeting: the hours a member writes, and whether they fit the meeting.

Members write the part they miss as "mellan 14 och 15", "kl 14-15", "från kl. 14.00 till
15.30", "efter 14", "till kl 14" or "innan 14.30"; "efter lunch" or "em" names a part without
its hours, and is said back rather than taken for the whole meeting. The general time reader
(`bot.dates`) reads times in minutes, where "14 och 15" is no range and a bare hour needs "kl.";
after one of these words an hour is a time, and "till" or "innan" is where the absence ends, not
where it starts.

Whatever the way in (chat, the form, the web page), a part that ends before it starts, or lies
outside the meeting's hours, is refused before anything is saved: an ersättare called for
"kl. 16.00" of a meeting that ends at 15.00 would be called for nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time

from bot import texts
from bot.clock import local
from bot.texts import absences as t

# An hour, not a day: "till 2 september", "från 1/9" are dates (a period away), never times.
_NOT_A_DAY = r"(?!\s*(?:/|(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zåäö]*\b))"
_CLOCK = (r"(?:kl(?:ockan|\.)?\s*)?(?P<{h}>\d{{1,2}})(?!\d)(?:[.:](?P<{m}>\d{{2}})(?!\d))?"
          r"(?![.:]\d)" + _NOT_A_DAY)
_START, _END = _CLOCK.format(h="h1", m="m1"), _CLOCK.format(h="h2", m="m2")
_FROM_WORDS = r"mellan|från|fr\.?\s?o\.?\s?m\.?|efter"
_TO_WORDS = r"till|före|innan|t\.?\s?o\.?\s?m\.?"
_SPAN = re.compile(rf"\b(?:mellan|från|fr\.?\s?o\.?\s?m\.?)\s+{_START}\s*"
                   rf"(?:och|till|[-–—])\s*{_END}(?!\d)", re.I)
# "kl 14-15", "13.30–14.15": the hours as the bot writes them, with no word before them; not
# a part of a number or a date ("2026-09-03", "3-4 september", "31/8-2/9").
_DASHED = re.compile(rf"(?<![\w/.:–—-]){_START}\s*[-–—]\s*{_END}(?![\d/])", re.I)
_FROM = re.compile(rf"\b(?:{_FROM_WORDS})\s+{_START}(?!\d)", re.I)
_TO = re.compile(rf"\b(?:{_TO_WORDS})\s+{_END}(?!\d)", re.I)
# A part of the day with no hour: the member meant a part, but which hours is a guess.
_NO_HOUR = re.compile(r"\b(?:fm|em|f\.m\.|e\.m\.|(?:för|efter)middag(?:en)?"
                      r"|(?:efter|före|innan)\s+lunch(?:en)?)(?!\w)", re.I)
# A part word before a number: the member meant a part, whether or not it reads as a time.
PART_WORDS = re.compile(rf"\b(?:{_FROM_WORDS}|{_TO_WORDS})\s+(?:kl(?:ockan|\.)?\s*)?"
                        rf"\d+(?:[.:]\d+)?(?![\d.:]){_NOT_A_DAY}", re.I)


@dataclass(frozen=True)
class Part:
    start: time | None  # away from
    end: time | None  # away until
    phrase: str  # as written, said back when it does not fit


def read_part(text: str) -> Part | None:
    """The part of the meeting the text says the member misses; None when it names none.
    A part word before a number that is no time ("från kl 25") is a Part with neither time."""
    for pattern in (_SPAN, _DASHED, _FROM, _TO):
        if match := pattern.search(text):
            start = _time(match, "h1", "m1") if "h1" in match.re.groupindex else None
            end = _time(match, "h2", "m2") if "h2" in match.re.groupindex else None
            if (start is None and "h1" in match.re.groupindex) or (
                    end is None and "h2" in match.re.groupindex):
                return Part(None, None, match.group(0).strip())
            return Part(start, end, match.group(0).strip())
    if match := PART_WORDS.search(text):
        return Part(None, None, text[match.start():].split(",")[0].strip())
    if match := _NO_HOUR.search(text):
        return Part(None, None, match.group(0).strip())
    return None


def _time(match: re.Match, hour: str, minute: str) -> time | None:
    h, m = int(match[hour]), int(match[minute] or 0)
    return time(h, m) if h <= 23 and m <= 59 else None


def problem(meeting, start: time | None, end: time | None) -> str | None:
    """Why the part cannot be saved for this meeting, in Swedish; None when it fits.
    `meeting` is a Meeting or a storage.meetings.ShownMeeting (starts_at, ends_at in UTC)."""
    if start is not None and end is not None and end <= start:
        return t.PART_ENDS_BEFORE_START.format(start=texts.clock(start), end=texts.clock(end))
    opens, closes = _hours(meeting.starts_at), _hours(meeting.ends_at)
    outside = ((opens is not None and end is not None and end <= opens)
               or (closes is not None and start is not None and start >= closes))
    if not outside:
        return None
    return t.PART_OUTSIDE_MEETING.format(part=_said(start, end), hours=_said(opens, closes))


def covers_all(meeting, start: time | None, end: time | None) -> bool:
    """Whether the part is the whole meeting ("kl. 13.00–15.00" copied from the kallelse, "från
    13" of a meeting that starts at 13): then it is no part, and is stored and said as none."""
    if start is None and end is None:
        return False
    opens, closes = _hours(meeting.starts_at), _hours(meeting.ends_at)
    from_start = start is None or (opens is not None and start <= opens)
    to_end = end is None or (closes is not None and end >= closes)
    return from_start and to_end


def _hours(moment: datetime | None) -> time | None:
    return local(moment).time() if moment is not None else None


def _said(start: time | None, end: time | None) -> str:
    if start is not None and end is not None:
        return t.PART_SPAN.format(start=texts.clock(start), end=texts.clock(end))
    if start is not None:
        return t.PART_FROM.format(at=texts.clock(start))
    return t.PART_TO.format(at=texts.clock(end))
