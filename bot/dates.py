"""Swedish date and time phrases: "på torsdag", "den 31 augusti", "12/6", "kl. 13.00–15.00".

The common forms are handled by our own regexes because they must answer in microseconds and
dateparser does not know "nästa torsdag", "i övermorgon" or "kl. 13.00". dateparser is only a
fallback in parse_date() for odd whole phrases ("augusti 31", "31.8"); extract_date(s) never use
it, since its free-text search is slow and finds dates in numbers like "35–40 %".
This is the only module in the project that imports dateparser.
"""

from __future__ import annotations

import calendar
import contextlib
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

__all__ = ["DateMatch", "ImpossibleDate", "extract_date", "extract_dates", "extract_expected_date",
           "impossible_date", "parse_date", "parse_time_range"]

_PREFERS = ("future", "past", "nearest")


@dataclass(frozen=True)
class DateMatch:
    date: date
    start: int  # span of the matched phrase in the input text
    end: int
    phrase: str  # the matched text


_MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "mars": 3, "mar": 3, "april": 4, "apr": 4,
    "maj": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augusti": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
_WEEKDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
_NUMBERS = {
    "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7,
    "åtta": 8, "nio": 9, "tio": 10, "elva": 11, "tolv": 12,
}  # fmt: skip
_ORDINALS = {
    "första": 1, "andra": 2, "tredje": 3, "fjärde": 4, "femte": 5, "sjätte": 6, "sjunde": 7,
    "åttonde": 8, "nionde": 9, "tionde": 10,
}  # fmt: skip
# "idag" etc. keyed by the word with the leading "i" and spaces removed.
_RELATIVE_DAYS = {
    "dag": 0, "kväll": 0, "morgon": 1, "morrn": 1, "morn": 1, "går": -1,
    "övermorgon": 2, "övermorrn": 2, "övermorn": 2, "förrgår": -2,
}  # fmt: skip


def _alt(words) -> str:
    # Longest first so that "sept" is not cut short by "sep".
    return "|".join(sorted(words, key=len, reverse=True))


_MONTH = rf"(?P<month>{_alt(_MONTHS)})\b\.?"
_WD = _alt(_WEEKDAYS)
# A weekday in front of an explicit date only decorates it ("torsdagen den 3 december"); the
# abbreviations are allowed only here because "mån" alone is an ordinary word ("i viss mån").
_WD_PREFIX = rf"(?:\b(?:(?:{_WD})(?:en)?|mån|tis|ons|tors|tor|fre|lör|sön)\.?,?\s+)?(?:den\s+)?"
_YEAR4 = r"(?:19|20)\d{2}"
# No digit, decimal separator or slash right before a day number: keeps "2,5", "2025/26" out.
_NB = r"(?<![\d.,:/])"

_F = re.IGNORECASE
# "3–5 december" is read as its first day. "-26" is a year unless a month follows ("31 aug-26 sep").
_TEXTUAL_RE = re.compile(
    rf"{_WD_PREFIX}{_NB}(?:(?P<first>\d{{1,2}})\s*[-–]\s*)?"
    rf"(?P<day>\d{{1,2}}(?::[ae])?|{_alt(_ORDINALS)})\.?\s*{_MONTH}"
    rf"(?:(?:\s*,\s*|\s+)(?P<year>{_YEAR4})(?!\d)"
    rf"|\s*-\s*(?P<yy>\d{{2}})(?![\d/.:]|\s*(?:{_alt(_MONTHS)})\b))?",
    _F,
)
_NUMERIC_RE = re.compile(
    rf"{_WD_PREFIX}{_NB}(?P<day>\d{{1,2}})/(?P<month>\d{{1,2}})"
    rf"(?:(?:\s+|/|-)(?P<year>{_YEAR4})|-(?P<yy>\d{{2}}))?(?![\d/])",
    _F,
)
_DOTTED_RE = re.compile(
    rf"{_WD_PREFIX}{_NB}(?P<day>\d{{1,2}})\.(?P<month>\d{{1,2}})\.(?P<year>{_YEAR4})(?![\d.]\d)", _F
)
# ISO-ish "2026-08-31", "2026 05 12", "20260831". "(?!-\d)" keeps personnummer
# ("19800101-1234") from being read as a birth date.
_ISO_RE = re.compile(
    rf"(?<![\d\-/.])(?P<year>{_YEAR4})(?P<sep>[-/. ]?)(?P<month>\d{{2}})(?P=sep)(?P<day>\d{{2}})"
    rf"(?!\d|-\d)"
)
_DAY_ONLY_RE = re.compile(r"\bden\s+(?P<day>\d{1,2}):[ae]\b", _F)
_RELATIVE_RE = re.compile(
    r"\b(?:i\s*(?:dag|kväll|morgon|morrn|morn|går|övermorgon|övermorrn|övermorn|förrgår)"
    r"|övermorgon|förrgår)\b",
    _F,
)
_NUM = rf"\d{{1,3}}|{_alt(_NUMBERS)}"
_UNIT = r"dag(?:ar)?|veck(?:a|or)|månad(?:er)?"
_OFFSET_RE = re.compile(
    rf"\b(?:om\s+(?P<n>{_NUM})\s+(?P<unit>{_UNIT})"
    rf"|(?:för\s+)?(?P<n_ago>{_NUM})\s+(?P<unit_ago>{_UNIT})\s+(?:sedan|sen))\b",
    _F,
)
_WEEK_RE = re.compile(r"\b(?P<which>nästa|kommande|förra)\s+veck(?:a|an|as)\b", _F)
# "varje torsdag" / "torsdagar" are recurring, not a date.
_WEEKDAY_RE = re.compile(
    rf"(?<!varje )(?<!varannan )(?<!alla )\b(?:(?P<next>nästa|kommande)\s+)?"
    rf"(?P<wd>{_WD})(?:en|ens)?(?:\s+(?P<next_week>nästa|kommande)\s+vecka)?\b",
    _F,
)
# "torsdag vecka 36", "tors v. 36", "torsdagen i v36": a weekday of a numbered (ISO) week, as
# meetings are planned in the public sector. Without it "torsdag" alone was read, a week off.
_WD_SHORT = {"mån": 0, "tis": 1, "ons": 2, "tors": 3, "tor": 3, "fre": 4, "lör": 5, "sön": 6}
_WEEK_NUMBER_RE = re.compile(
    rf"\b(?P<wd>{_WD}|{_alt(_WD_SHORT)})(?:en)?\.?,?\s+(?:i\s+)?(?:v\.?|vecka|veckan)\s*"
    rf"(?P<week>\d{{1,2}})(?!\d)",
    _F,
)
# "vecka 36", "v. 36", "v36" on its own: the whole week (not "v. 3.5", a version or a time)
WEEK_ALONE = re.compile(r"\b(?:v\.?|vecka|veckan)\s*(?P<week>\d{1,2})\b(?![:.]\d)", _F)
# "torsdagen den 3:e", "torsdag den 3": the day of the month that falls on that weekday, not
# the next Thursday (a week or more off); no such day near today is no date at all.
_WEEKDAY_DAY_RE = re.compile(
    rf"\b(?P<wd>{_WD})(?:en)?,?\s+den\s+(?P<day>\d{{1,2}})(?::[ae])?(?![\d:./-])", _F)
_LAST_WEEKDAY_RE = re.compile(rf"\bi\s+(?P<wd>{_WD})s\b", _F)  # "i torsdags"

_TIME_RE = re.compile(
    r"(?:(?P<kl>\bkl(?:ockan|\.)?\s*)|(?<![\d.,:/]))"
    r"(?P<h1>\d{1,2})(?!\d)(?:[.:](?P<m1>\d{2})(?!\d|\.\d))?"
    r"(?:\s*(?P<sep>[-–—]|till|och)\s*(?:kl\.?\s*)?(?P<h2>\d{1,2})(?!\d)"
    r"(?:[.:](?P<m2>\d{2}))?(?!\d|\.\d))?",
    _F,
)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _pick(candidates: list[date], today: date, prefer: str) -> date | None:
    if prefer == "future":
        return min((c for c in candidates if c >= today), default=None)
    if prefer == "past":
        return max((c for c in candidates if c <= today), default=None)
    # nearest; on a tie the future wins, since people mostly talk about what is coming
    return min(candidates, key=lambda c: (abs((c - today).days), c < today), default=None)


def _month_day(month: int, day: int, today: date, prefer: str) -> date | None:
    # +-4 years so that 29 February always has a leap year to land in.
    years = range(today.year - 4, today.year + 5)
    return _pick([d for y in years if (d := _safe_date(y, month, day))], today, prefer)


def _day_number(text: str) -> int:
    text = text.lower().split(":")[0]
    return _ORDINALS.get(text) or int(text)


def _explicit(m: re.Match, today: date, prefer: str, month: int) -> date | None:
    day = _day_number(m.groupdict().get("first") or m["day"])
    if m["year"]:
        return _safe_date(int(m["year"]), month, day)
    if m.groupdict().get("yy"):
        return _safe_date(2000 + int(m["yy"]), month, day)
    return _month_day(month, day, today, prefer)


def _weekday_after(today: date, weekday: int) -> date:
    """The first such weekday strictly after today (a Thursday's "på torsdag" is next week)."""
    return today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)


def _weekday_before(today: date, weekday: int) -> date:
    return today - timedelta(days=(today.weekday() - weekday - 1) % 7 + 1)


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    # "om en månad" on 31 January is the last of February, not an error.
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _offset(m: re.Match, today: date, prefer: str) -> date | None:
    n_text, unit = (m["n"], m["unit"]) if m["n"] else (m["n_ago"], m["unit_ago"])
    n = int(n_text) if n_text.isdigit() else _NUMBERS[n_text.lower()]
    n = n if m["n"] else -n
    unit = unit.lower()
    if unit.startswith("månad"):
        return _add_months(today, n)
    return today + timedelta(days=n * (7 if unit.startswith("veck") else 1))


def _weekday(m: re.Match, today: date, prefer: str) -> date:
    wd = _WEEKDAYS.index(m["wd"].lower())
    if (m["next"] or "").lower() == "nästa" or m["next_week"]:
        # "nästa torsdag": the Thursday of the ISO week after this one.
        return today - timedelta(days=today.weekday()) + timedelta(days=7 + wd)
    if prefer == "past" and not m["next"]:
        return _weekday_before(today, wd)
    return _weekday_after(today, wd)


def _day_only(m: re.Match, today: date, prefer: str) -> date | None:
    day = int(m["day"])
    candidates = []
    for offset in range(-3, 4):
        first = _add_months(today.replace(day=1), offset)
        if d := _safe_date(first.year, first.month, day):
            candidates.append(d)
    return _pick(candidates, today, prefer)


def _weekday_and_day(m: re.Match, today: date, prefer: str) -> date | None:
    wanted = _WEEKDAYS.index(m["wd"].lower())
    candidates = []
    for offset in range(-3, 4):  # that day of the month on that weekday, as "den 3:e" looks
        first = _add_months(today.replace(day=1), offset)
        if (d := _safe_date(first.year, first.month, int(m["day"]))) and d.weekday() == wanted:
            candidates.append(d)
    return _pick(candidates, today, prefer)


def _relative_key(word: str) -> str:
    return re.sub(r"^i\s*", "", word.lower())  # "i morgon", "imorgon" -> "morgon"


def _weekday_of_week(m: re.Match, today: date, prefer: str) -> date | None:
    word = m["wd"].lower()
    wd = _WEEKDAYS.index(word) if word in _WEEKDAYS else _WD_SHORT[word]
    candidates = []
    for year in range(today.year - 1, today.year + 2):
        with contextlib.suppress(ValueError):  # week 53 of a year that has 52, week 0
            candidates.append(date.fromisocalendar(year, int(m["week"]), wd + 1))
    return _pick(candidates, today, prefer)


def _week(m: re.Match, today: date, prefer: str) -> date:
    monday = today - timedelta(days=today.weekday())
    return monday + timedelta(days=-7 if m["which"].lower() == "förra" else 7)


_RULES = [
    (_TEXTUAL_RE, lambda m, t, p: _explicit(m, t, p, _MONTHS[m["month"].lower()])),
    (_NUMERIC_RE, lambda m, t, p: _explicit(m, t, p, int(m["month"]))),
    (_DOTTED_RE, lambda m, t, p: _explicit(m, t, p, int(m["month"]))),
    (_ISO_RE, lambda m, t, p: _safe_date(int(m["year"]), int(m["month"]), int(m["day"]))),
    (_DAY_ONLY_RE, _day_only),
    (_RELATIVE_RE, lambda m, t, p: t + timedelta(days=_RELATIVE_DAYS[_relative_key(m[0])])),
    (_OFFSET_RE, _offset),
    (_WEEK_RE, _week),
    (_WEEK_NUMBER_RE, _weekday_of_week),
    (_WEEKDAY_DAY_RE, _weekday_and_day),
    (_WEEKDAY_RE, _weekday),
    (_LAST_WEEKDAY_RE, lambda m, t, p: _weekday_before(t, _WEEKDAYS.index(m["wd"].lower()))),
]


def _scan(text: str, today: date, prefer: str) -> list[tuple[int, int, date | None]]:
    """Non-overlapping date phrases, earliest first and longest on a tie. An invalid date
    ("31 februari") still claims its span so that "torsdagen den 31 februari" does not fall
    back to "torsdagen" alone; its date is None."""
    if prefer not in _PREFERS:
        raise ValueError(f"prefer must be one of {_PREFERS}, not {prefer!r}")
    found = []
    for regex, handler in _RULES:
        for m in regex.finditer(text):
            found.append((m.start(), m.end(), handler(m, today, prefer)))
    found.sort(key=lambda f: (f[0], f[0] - f[1]))
    chosen: list[tuple[int, int, date | None]] = []
    for f in found:
        if not chosen or f[0] >= chosen[-1][1]:
            chosen.append(f)
    return chosen


def _time_from_match(m: re.Match) -> tuple[time, time | None] | None:
    # Without "kl" we demand minutes, otherwise "35–40 %" or "§ 12" would be times.
    if not m["kl"] and not m["m1"]:
        return None
    h1, m1 = int(m["h1"]), int(m["m1"] or 0)
    if h1 > 23 or m1 > 59:
        return None
    end = None
    if m["h2"] and (m["kl"] or m["m2"]) and (m["sep"].lower() != "och" or m["kl"]):
        h2, m2 = int(m["h2"]), int(m["m2"] or 0)
        end = time(h2, m2) if h2 <= 23 and m2 <= 59 else None
    return time(h1, m1), end


def parse_time_range(text: str) -> tuple[time, time | None] | None:
    """The first time or time range in a text: 'kl. 13.00–15.00' -> (13:00, 15:00),
    'kl. 13' -> (13:00, None)."""
    for m in _TIME_RE.finditer(text):
        if result := _time_from_match(m):
            return result
    return None


_LEADING_WORDS_RE = re.compile(
    r"^(?:på|till|senast|från|före|innan|efter|t\.?\s?o\.?\s?m\.?|fr\.?\s?o\.?\s?m\.?)\s+", _F
)


def parse_date(phrase: str, today: date, prefer: str = "future") -> date | None:
    """The date a whole phrase means, or None when it is not (only) a date. A leading
    preposition ("på torsdag") and a trailing time ("31 aug kl. 13") are allowed."""
    core = _LEADING_WORDS_RE.sub("", phrase.strip(" \t\n([\"'").rstrip(" \t\n.,;:!?)]\"'"))
    found = _scan(core, today, prefer)
    if not found:
        return _dateparser_fallback(core, today, prefer)
    start, end, result = found[0]
    rest = core[end:].strip(" ,")
    return result if start == 0 and (not rest or _is_time(rest)) else None


def _is_time(text: str) -> bool:
    return bool((m := _TIME_RE.fullmatch(text)) and _time_from_match(m))


def _dateparser_fallback(core: str, today: date, prefer: str) -> date | None:
    # Bare digits ("3 4", "2024") are never a date here; dateparser would guess one. A plain
    # time ("kl. 13.00") is not a date either, and skipping it saves a slow dateparser call.
    if not re.search(r"\d", core) or re.fullmatch(r"[\d\s]+", core) or _is_time(core):
        return None
    import dateparser  # lazy: slow to import and only needed for unusual phrases

    settings = {
        "PREFER_DATES_FROM": {"nearest": "current_period"}.get(prefer, prefer),
        "RELATIVE_BASE": datetime.combine(today, time()),
        "DATE_ORDER": "DMY",
        "REQUIRE_PARTS": ["day", "month"],
        # Only absolute dates: our rules cover the relative ones, and "timestamp" would turn
        # a long number into a date.
        "PARSERS": ["custom-formats", "absolute-time"],
    }
    try:
        parsed = dateparser.parse(core, languages=["sv"], settings=settings)
    except (ValueError, OverflowError):
        return None
    if parsed is None:
        return None
    # Trust dateparser's year only when it is written in the phrase: it reads "31 aug -26"
    # as 2126, and its defaults for a missing year differ from ours.
    numbers = re.findall(r"\d+", core)
    if str(parsed.year) in numbers:
        return parsed.date()
    if f"{parsed.year % 100:02d}" in numbers[1:]:
        return _safe_date(2000 + parsed.year % 100, parsed.month, parsed.day)
    return _month_day(parsed.month, parsed.day, today, prefer)


def extract_date(text: str, today: date, prefer: str = "future") -> DateMatch | None:
    """The first date phrase inside a longer sentence, e.g. 'jag kan inte komma på torsdag,
    Per går i mitt ställe'."""
    matches = extract_dates(text, today, prefer)
    return matches[0] if matches else None


def extract_dates(text: str, today: date, prefer: str = "nearest") -> list[DateMatch]:
    """Every date phrase in a text, in order (used on minutes documents)."""
    return [
        DateMatch(d, start, end, text[start:end])
        for start, end, d in _scan(text, today, prefer)
        if d is not None
    ]


# "3.9", "den 31.8": day and month with a dot, as Swedes write a date (3 September). Read only
# where a date is expected (a förhinder, a question about a meeting) and only when the text
# holds no other date: in running text and minutes "punkt 3.9", "version 2.1", "kl. 10.10" or
# "2.5 timmar" are numbers. Not after a digit, a dot or a sign ("1.3.9", "§ 3.9"), nor before
# another digit group ("3.9.1", "3.9,5"), a range ("14.10–15.00") or a unit.
_DAY_DOT_MONTH_RE = re.compile(
    r"(?<![\w.,:/§-])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.?"
    r"(?!\d|[.,:]\d|\s*(?:[-–—%]|procent|tim|h\b|minut|kr\b|tkr|mkr|mnkr|milj|st\b|veck|dag"
    r"|månad|år\b|gång))",
    _F,
)
_NUMBER_WORD_BEFORE = re.compile(
    r"(?:\b(?:punkt|punkterna|p|pkt|ärende|ärendena|version|ver|v|kap|kapitel|avsnitt|bilaga|"
    r"nr|kl|klockan|efter|före|innan|mellan|från|till|ca|cirka|och|eller)\.?|§)\s*$",
    _F,
)


def extract_expected_date(text: str, today: date, prefer: str = "future") -> DateMatch | None:
    """extract_date, and where it finds none, a day.month ("3.9", "den 31.8") that is not a
    number of another kind: for texts where a date is what the person means to give."""
    found = extract_date(text, today, prefer)
    if found is not None:
        return found
    for m in _DAY_DOT_MONTH_RE.finditer(text):
        if _NUMBER_WORD_BEFORE.search(text[: m.start()]):
            continue
        day, month = int(m["day"]), int(m["month"])
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        start = m.start()
        if (before := re.search(r"\bden\s+$", text[:start], re.I)) is not None:
            start = before.start()  # "den 3.9" as the phrase said back
        found_day = _month_day(month, day, today, prefer)
        if found_day is not None:
            return DateMatch(found_day, start, m.end(), text[start:m.end()])
    return _misspelt_month(text, today, prefer)


# "31 agusti", "3 septmber": a day before a word a letter or two from a month's long name. The
# date is written out in the answer, so the person sees what was understood.
_DAY_AND_WORD_RE = re.compile(r"(?<![\w.,:/§-])(?P<day>\d{1,2})\s+(?P<word>[^\W\d_]{4,})", _F)
# Only the long names: a letter off "juni" is "juli" (or "junior"), and which one is meant
# cannot be told.
_LONG_MONTHS = [name for name in _MONTHS if len(name) >= 6]


def _misspelt_month(text: str, today: date, prefer: str) -> DateMatch | None:
    import difflib

    for m in _DAY_AND_WORD_RE.finditer(text):
        word = m["word"].lower()
        if word in _MONTHS:  # spelt right, and read above: "29 februari 2027" is no date
            continue
        close = difflib.get_close_matches(word, _LONG_MONTHS, n=1, cutoff=0.8)
        if not close or close[0][0] != word[0]:
            continue
        if found := _month_day(_MONTHS[close[0]], int(m["day"]), today, prefer):
            return DateMatch(found, m.start(), m.end(), m[0])
    return None


@dataclass(frozen=True)
class ImpossibleDate:
    """A date written with a day its month never has: "31 februari", "32 mars", "30/2"."""

    phrase: str
    day: int
    month: int
    year: int | None  # when written: "29 februari 2027" is impossible, "29 februari" is not


def impossible_date(text: str) -> ImpossibleDate | None:
    """The first date in `text` whose day its month lacks, for texts where a date is expected:
    said as such, not as a date that was not understood or a day without a meeting."""
    found: list[tuple[int, ImpossibleDate]] = []
    for regex in (_TEXTUAL_RE, _NUMERIC_RE, _DOTTED_RE, _ISO_RE, _DAY_DOT_MONTH_RE):
        for m in regex.finditer(text):
            if regex is _DAY_DOT_MONTH_RE and _NUMBER_WORD_BEFORE.search(text[: m.start()]):
                continue  # "punkt 31.2", "version 30.2": a number
            month_text = m["month"]
            month = int(month_text) if month_text.isdigit() else _MONTHS[month_text.lower()]
            groups = m.groupdict()
            day = _day_number(groups.get("first") or m["day"])
            year = int(groups["year"]) if groups.get("year") else (
                2000 + int(groups["yy"]) if groups.get("yy") else None)
            if not 1 <= month <= 12:
                continue  # "12/13" is no date of any kind; nothing to say about its month
            # Without a year, 29 februari is a date (of the leap year it falls in): 2024 is one.
            if day > calendar.monthrange(year or 2024, month)[1]:
                phrase = m[0].strip()
                found.append((m.start(), ImpossibleDate(phrase, day, month, year)))
    return min(found, key=lambda f: f[0])[1] if found else None


# A meeting or a deadline a person enters must lie near enough to be meant: a meeting in year
# 1 or a deadline in 9999 is a typing error (or an attack on everything that sorts by date).
PLANNED_BACK = 366  # days: a meeting may be entered up to a year after it was held
PLANNED_AHEAD = 5 * 366  # days: meetings and deadlines up to five years ahead


def in_planning_range(day: date, today: date) -> bool:
    """Whether a date entered for a meeting or a deadline is one a person can have meant."""
    return today - timedelta(days=PLANNED_BACK) <= day <= today + timedelta(days=PLANNED_AHEAD)


def week_monday(number: int, today: date, prefer: str = "future") -> date | None:
    """The Monday of the ISO week with that number: the one not yet over ("future"), or the
    latest that has begun ("past"); None for a week no year has (0, 54)."""
    mondays = []
    for year in range(today.year - 1, today.year + 2):
        with contextlib.suppress(ValueError):  # week 53 of a year that has 52, week 0
            mondays.append(date.fromisocalendar(year, number, 1))
    if prefer == "past":
        return max((m for m in mondays if m <= today), default=None)
    return min((m for m in mondays if m + timedelta(days=6) >= today), default=None)
