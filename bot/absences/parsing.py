"""What a member wrote, read as an absence: which meeting, which ersättare, which part."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time

from bot import dates
from bot.absences.part import read_part
from bot.texts import MONTHS, WEEKDAYS

MENTION = re.compile(r"<@(?P<id>[UW][A-Z0-9]+)(?:\|(?P<label>[^>]*))?>")
NAME = r"[A-ZÅÄÖ][\wåäöéü-]+(?:\s+[A-ZÅÄÖ][\wåäöéü-]+){0,2}"
NO_SUBSTITUTE = re.compile(r"\b(ingen ersättare|utan ersättare|ingen ersätter mig)\b", re.I)
# After the word "ersättare" a name may be written any way: "@Madelene Larsson" (Teams, the
# console, a Slack mention not picked from the list), "madelene larsson", "Madelene".
ANY_WORD = r"@?[^\W\d_][\w.-]*"
NAMED_AFTER = re.compile(
    rf"\b(?:ersättare|ersätts av|ersätter mig är|i stället kommer|istället kommer)\b\s*:?\s*"
    rf"(?P<who><@[^>]+>|{ANY_WORD}(?:\s+{ANY_WORD}){{0,3}})",
    re.I,
)
NAMED_BEFORE = re.compile(
    rf"(?P<who><@[^>]+>|@?{NAME})\s+(?:går|kommer|är med|deltar|ersätter mig|tar mötet)"
    rf"(?:\s+(?:i mitt ställe|i stället|istället|för mig))?",
)
# Words after a name that belong to the rest of the sentence: dates, "nästa möte", fillers.
NOT_NAME_WORDS = {
    "på", "den", "i", "om", "till", "för", "nästa", "möte", "mötet", "sammanträde", "kl", "kl.",
    "från", "mellan", "efter", "före", "innan", "idag", "imorgon", "i morgon", "övermorgon",
    "och", "men", "eftersom", "tack", "går", "kommer", "är", "med", "deltar", "ersätter",
    "tar", "ingen", "utan",
    *WEEKDAYS, *MONTHS, *(month[:3] for month in MONTHS),
}
NEXT_MEETING = re.compile(r"\bnästa (möte|sammanträde|träff)\b", re.I)
# "vecka 36", "v. 36", "v36": a week, as meetings are planned in the public sector; its meeting
# is found among the groups' meetings of that week (a weekday with it is a date: bot.dates).
WEEK_ONLY = dates.WEEK_ALONE
# Words that start a sentence with a capital letter but are not names.
NOT_NAMES = {"jag", "vi", "du", "det", "den", "nästa", "på", "i", "kan", "har", "ingen"}


@dataclass(frozen=True)
class SubstituteSpec:
    kind: str  # "default" (the usual ersättare), "none", "slack" (a mention), "name", "person"
    value: str = ""
    label: str = ""


@dataclass(frozen=True)
class AbsenceText:
    day: date | None
    next_meeting: bool
    date_phrase: str
    substitute: SubstituteSpec
    part_from: time | None = None
    part_to: time | None = None
    leftover: str = ""  # words that were neither date nor ersättare (said back when unclear)
    unclear_part: str = ""  # a part of the meeting named, its time not understood ("från kl 25")
    whole_week: bool = False  # "vecka 36": `day` is that week's Monday, any day of it is meant


def read_substitute(text: str) -> tuple[SubstituteSpec, str]:
    """The ersättare the text names, and the text without that phrase."""
    if match := NO_SUBSTITUTE.search(text):
        return SubstituteSpec("none"), _cut(text, match)
    for pattern in (NAMED_AFTER, NAMED_BEFORE):
        for match in pattern.finditer(text):
            who = match.group("who").strip()
            if mention := MENTION.fullmatch(who):
                return SubstituteSpec("slack", mention.group("id"), mention.group("label") or ""), \
                    _cut(text, match)
            name, end = _name_part(who, match)
            if name and name.split()[0].lower() not in NOT_NAMES:
                return SubstituteSpec("name", name), (text[: match.start()] + " "
                                                      + text[end:]).strip()

    if mention := MENTION.search(text):
        return SubstituteSpec("slack", mention.group("id"), mention.group("label") or ""), \
            _cut(text, mention)
    return SubstituteSpec("default"), text


def read_absence(text: str, today: date) -> AbsenceText:
    substitute, rest = read_substitute(text)
    next_meeting = bool(NEXT_MEETING.search(rest))
    found = dates.extract_expected_date(rest, today, prefer="future")
    day = found.date if found else None
    phrase = found.phrase if found else ""
    week = WEEK_ONLY.search(rest) if found is None else None
    monday = dates.week_monday(int(week["week"]), today) if week else None
    if found:
        rest = rest[: found.start] + rest[found.end:]
    elif monday is not None:
        day, phrase = monday, week[0]
        rest = rest[: week.start()] + rest[week.end():]
    part = read_part(rest)
    part_from, part_to = (part.start, part.end) if part else (None, None)
    unclear = part.phrase if part and part.start is None and part.end is None else ""
    # A dot between digits stays: "31.9" is said back as written, not as "31 9".
    leftover = re.sub(r"(?:[\s,!]|(?<!\d)\.|\.(?!\d))+", " ", NEXT_MEETING.sub("", rest)).strip()
    return AbsenceText(day, next_meeting, phrase, substitute, part_from, part_to, leftover,
                       unclear, whole_week=monday is not None)


def _name_part(who: str, match: re.Match) -> tuple[str, int]:
    """The words of `who` up to the first that belongs to the sentence (a date, "nästa"),
    without a leading "@"; and where in the text the name ends."""
    words = who.split()
    kept: list[str] = []
    for word in words:
        if word.lower().strip(".,") in NOT_NAME_WORDS:
            break
        kept.append(word)
    name = " ".join(kept).lstrip("@").strip(".,")
    if not kept:
        return "", match.end()
    offset = match.start("who") + who.find(kept[-1]) + len(kept[-1])
    return name, offset


def _cut(text: str, match: re.Match) -> str:
    return (text[: match.start()] + " " + text[match.end():]).strip()
