"""A question about decisions → its subject (as search concepts) and its filters.

"Vad sa chefsgruppen om familjecentralerna 2024?" → subject "familjecentralerna", groups whose
name holds "chefsgrupp", 1 January–31 December 2024. Time words and group names are filters,
never subject words; question words are dropped.
"""

from __future__ import annotations

import dataclasses
import re
from calendar import monthrange
from dataclasses import dataclass, field
from datetime import date, timedelta

from bot import dates, texts
from bot.retrieval import analysis

# Words that ask, rather than name a subject.
QUESTION_WORDS = frozenset(
    analysis.wordlist(
        """
    vad vilka vilket vilken beslutades beslutade beslutat besluta beslut besluten beslutet
    beslutats beslutas fattades fattade fattat fattats togs tog tagits finns fanns fanns det
    något några någon sa sade sagt tyckte tycker kom kommit fram gällande angående kring
    rörande beträffande ang har hade vi ni man senaste senast nya nytt ny tidigare gjort
    gjordes landade hände hänt frågan ärendet punkten saken säga säger snälla tack hej kan
    du berätta visa ge mig jag undrar veta om med för hos inom av från gruppen gruppens
    mötet möte mötets sammanträdet sammanträde sammanträdets
    """
    )
)

_YEAR = re.compile(r"\b(?:år\s+)?((?:19|20)\d{2})\b(?!\s*[-:/]\d)")
_MONTH_NAMES = {name: number for number, name in enumerate(texts.MONTHS, 1)}
_MONTH = re.compile(
    r"\b(?:i|under|från|på)?\s*(" + "|".join(texts.MONTHS) + r")(?:\s+((?:19|20)\d{2}))?\b",
    re.I,
)
_RELATIVE = [
    (re.compile(r"\b(förra|förrförra) året\b|\bi fjol\b", re.I), "last_year"),
    (re.compile(r"\bi år\b|\bdetta år\b|\bi året\b", re.I), "this_year"),
    (re.compile(r"\bi våras\b", re.I), "spring"),
    (re.compile(r"\bi höstas\b", re.I), "autumn"),
    (
        re.compile(
            r"\b(?:på |vid |under )?(förra|senaste|föregående) (mötet|sammanträdet)\b", re.I
        ),
        "last_meeting",
    ),
]
# "den 12 maj", "2026-05-12", and as people write a meeting's day without "den": "mötet 12 maj",
# "sammanträdet 12/5" (before, "12" stayed in the subject and nothing was found)
_EXPLICIT_DATE = re.compile(
    r"\bden \d{1,2}(?:/\d{1,2}| [a-zåäö]+)|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}\b"
    r"|\b\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}\b"  # "14.6.2024": before, its year alone was read
    r"|\b\d{1,2}(?::e|:a)?\s+(?:" + "|".join(texts.MONTHS) + r")\b",
    re.I,
)
# "på mötet 14.6", "den 12.5": day and month with a dot, only after a word that says a day
# comes ("punkt 3.9", "version 2.1" are subjects, not days).
_DOTTED_DAY = re.compile(
    r"\b(?:den|mötet|möte|sammanträdet)\s+(?P<day>\d{1,2}\.\d{1,2})\.?(?![\d]|[.,:]\d)", re.I)
_KIND_WORDS = [
    (re.compile(r"\bskolchefs?grupp\w*|\bskolchefer(na)?\b", re.I), ("chefsgrupp", "skol")),
    (re.compile(r"\bchefsgrupp\w*", re.I), ("chefsgrupp",)),
    (re.compile(r"\bsamverkansgrupp\w*", re.I), ("samverkansgrupp",)),
    (re.compile(r"\bsamverkansråd\w*|\brådets?\b", re.I), ("samverkansråd",)),
]
# "rapporten från chefsgruppen" is a subject; "i chefsgruppen" is a place to look.
_FILTER_PREP = r"(?:i|hos|inom|på)\s+"


@dataclass
class Concept:
    """One subject word: found when any alternative's terms are all in a decision."""

    surface: str
    alternatives: list[tuple[str, ...]]


@dataclass
class Question:
    subject: str
    concepts: list[Concept]
    group_ids: list[int] | None = None
    group_names: list[str] = field(default_factory=list)
    date_from: date | None = None
    date_to: date | None = None
    period: str = ""  # the time filter in words, for "hittade inget … i mars 2026"
    last_meeting: bool = False  # "förra mötet": the caller finds that meeting's date
    # A bare year ("budget 2027") read as a time filter; it may as well be the subject's own
    # word: a budget for 2027 is decided in 2026 (see `as_subject`).
    year: str = ""

    @property
    def has_filters(self) -> bool:
        return bool(self.group_ids is not None or self.date_from or self.date_to)


def parse(
    question: str, today: date, groups=(), acronyms: dict[str, str] | None = None
) -> Question:
    """`groups` are objects with id, slug and name; `acronyms` maps acronym → expansion."""
    acronyms = acronyms if acronyms is not None else analysis.SEED_ACRONYMS
    text = analysis.normalise(question).strip().rstrip("?!. ")
    if not any(c.islower() for c in text):
        # Written with caps lock ("VAD BESLUTADES OM SAMS?"): every word has an acronym's
        # shape, so "VAD" and "OM" were searched for. Read it as lower case; the acronyms the
        # minutes taught are still known as such.
        text = text.lower()
    text, when = _take_time(text, today)
    text, chosen = _take_groups(text, groups)
    # What follows the first "om" is the subject; without one, the whole question is.
    padded = f" {text}"
    subject_text = padded.split(" om ", 1)[1] if " om " in padded else text
    result = Question(subject="", concepts=[], **when)
    if chosen:
        result.group_ids = [g.id for g in chosen]
        result.group_names = [g.name for g in chosen]
    result.concepts, kept = concepts_of(subject_text, acronyms)
    result.subject = " ".join(kept)
    return result


def concepts_of(subject: str, acronyms: dict[str, str]) -> tuple[list[Concept], list[str]]:
    """The concepts of a subject phrase, and the words kept (as written)."""
    concepts, kept = [], []
    for word in analysis.words(subject, set(acronyms)):
        if word.surface.lower() in QUESTION_WORDS and not word.acronym:
            continue
        alternatives = [word.terms]
        if word.parts:
            alternatives.append(word.parts)
        alternatives.extend((variant,) for variant in word.variants)
        if word.acronym and len(word.terms) == 1:
            expansion = analysis.expansion_terms(acronyms.get(word.terms[0], ""))
            if expansion and expansion != word.terms:
                alternatives.append(expansion)
        concepts.append(Concept(word.surface, alternatives))
        kept.append(word.surface)
    return concepts, kept


# --- time ---------------------------------------------------------------------------------
def _take_time(text: str, today: date) -> tuple[str, dict]:
    found: dict = {}
    for pattern, kind in _RELATIVE:
        match = pattern.search(text)
        if match:
            text = _cut(text, match)
            found.update(_relative(kind, today))
            return text, found
    match = _EXPLICIT_DATE.search(text)
    if match:
        day = dates.extract_date(text, today, prefer="past")
        if day is not None:
            text = (text[: day.start] + " " + text[day.end :]).strip()
            found.update(
                date_from=day.date,
                date_to=day.date,
                period=f"den {texts.day_month(day.date)} {day.date.year}",
            )
            return text, found
    dotted = _DOTTED_DAY.search(text)
    if dotted and (day := dates.extract_expected_date(dotted["day"], today, prefer="past")):
        text = re.sub(r"\s{2,}", " ", text[: dotted.start("day")] + " "
                      + text[dotted.end("day"):]).strip()
        found.update(date_from=day.date, date_to=day.date,
                     period=f"den {texts.day_month(day.date)} {day.date.year}")
        return text, found
    month = _MONTH.search(text)
    if month:
        number = _MONTH_NAMES[month.group(1).lower()]
        year = int(month.group(2)) if month.group(2) else _latest_year_of(number, today)
        text = _cut(text, month)
        last = monthrange(year, number)[1]
        found.update(
            date_from=date(year, number, 1),
            date_to=date(year, number, last),
            period=f"i {texts.MONTHS[number - 1]} {year}",
        )
        return text, found
    year = _YEAR.search(text)
    if year:
        value = int(year.group(1))
        text = _cut(text, year)
        found.update(date_from=date(value, 1, 1), date_to=date(value, 12, 31), period=f"{value}",
                     year=str(value))
    return text, found


def as_subject(asked: Question) -> Question | None:
    """The question with its bare year as a subject word instead of a time filter ("budget
    2027", "verksamhetsplan 2027"); None when the question had no bare year."""
    if not asked.year:
        return None
    concepts, kept = concepts_of(asked.year, {})
    return dataclasses.replace(asked, concepts=asked.concepts + concepts,
                               subject=" ".join([asked.subject, *kept]).strip(),
                               date_from=None, date_to=None, period="", year="")


def _latest_year_of(month: int, today: date) -> int:
    """'i mars' is the latest March that has begun."""
    return today.year if month <= today.month else today.year - 1


def _relative(kind: str, today: date) -> dict:
    if kind == "last_meeting":
        return {"last_meeting": True, "period": "på förra mötet"}
    if kind == "this_year":
        return {"date_from": date(today.year, 1, 1), "date_to": today, "period": "i år"}
    if kind == "last_year":
        year = today.year - 1
        return {"date_from": date(year, 1, 1), "date_to": date(year, 12, 31), "period": str(year)}
    if kind == "spring":
        year = today.year if today.month >= 3 else today.year - 1
        return {"date_from": date(year, 3, 1), "date_to": date(year, 6, 30), "period": "i våras"}
    year = today.year if today.month >= 9 else today.year - 1  # "i höstas"
    end = min(date(year, 12, 31), today - timedelta(days=0))
    return {"date_from": date(year, 8, 15), "date_to": end, "period": "i höstas"}


def _cut(text: str, match: re.Match) -> str:
    return re.sub(r"\s{2,}", " ", text[: match.start()] + " " + text[match.end() :]).strip()


# --- groups -------------------------------------------------------------------------------
def _take_groups(text: str, groups) -> tuple[str, list]:
    """Groups named as the asker or as 'i <grupp>' filter; named after 'om' they are subject."""
    groups = list(groups)
    if not groups:
        return text, []
    head, sep, tail = text.partition(" om ")
    chosen: list = []
    head, chosen = _groups_in(head, groups, required_prefix="")
    if sep:
        tail, more = _groups_in(tail, groups, required_prefix=_FILTER_PREP)
        chosen += [g for g in more if g not in chosen]
    return (f"{head}{sep}{tail}" if sep else head).strip(), chosen


def _groups_in(text: str, groups, required_prefix: str) -> tuple[str, list]:
    chosen: list = []
    for group in sorted(groups, key=lambda g: -len(g.name)):
        names = [group.name, *(getattr(group, "aliases", None) or []), group.slug]
        for name in (n for n in names if n):
            match = re.search(rf"\b{required_prefix}{re.escape(name)}\b", text, re.I)
            if match:
                chosen.append(group)
                text = _cut(text, match)
                break
    for pattern, needles in _KIND_WORDS:
        match = re.search(required_prefix + pattern.pattern, text, re.I)
        if match:
            found = [g for g in groups if all(n in g.name.lower() for n in needles)]
            if found:
                chosen += [g for g in found if g not in chosen]
                text = _cut(text, match)
    return text, chosen


def group_label(names: list[str]) -> str:
    """'chefsgrupperna' rather than three long names when a kind of group was asked about."""
    if len(names) > 1:
        for kind, plural in _PLURALS.items():
            if all(kind in name.lower() for name in names):
                return plural
    return texts.join_names(names)


_PLURALS = {
    "chefsgrupp": "chefsgrupperna",
    "samverkansgrupp": "samverkansgrupperna",
    "samverkansråd": "samverkansråden",
}
