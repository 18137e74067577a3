"""Putting the pieces together: clean text -> ParsedMinutes."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from .agenda import find_agenda
from .attendance import body_substitutions, find_attendance
from .body import choose_groups
from .deadlines import find_deadlines
from .decisions import find_decisions
from .header import next_meeting, read_header
from .layout import clean
from .model import Attendee, NotMinutesError, ParsedMinutes
from .names import find_names
from .presenters import presenters_by_item
from .readers import EMPTY, RawText, read_file, read_markdown
from .refusal import refuse_if_not_minutes
from .segments import cut_all
from .speakers import speakers

_ADJUSTER = re.compile(r"justerare", re.I)
_SECTION = re.compile(r"(?:§ \d{1,4}|\d{1,2}\.) [A-ZÅÄÖ]")  # an item as sections.py cuts it out


def parse_file(
    path: str | Path, today: date | None = None, notices: bool = False
) -> ParsedMinutes:
    return parse_raw(read_file(path), Path(path).name, today, notices)


def parse_text(
    text: str, source_name: str = "", today: date | None = None, notices: bool = False
) -> ParsedMinutes:
    raw = read_markdown(text)  # plain text passes through; Markdown loses its marks
    return parse_raw(raw, source_name, today, notices)


def parse_raw(
    raw: RawText, source_name: str = "", today: date | None = None, notices: bool = False
) -> ParsedMinutes:
    """What the minutes say; NotMinutesError when the file is not minutes (a kallelse without
    decisions is refused too, unless `notices`)."""
    today = today or date.today()
    if not any(line.strip() for line in raw.lines):
        raise NotMinutesError(EMPTY)
    text = clean(raw.lines, raw.links)
    paras = cut_all(text.paragraphs)
    attendance = find_attendance(paras)
    first_attendance = min(attendance.used) if attendance.used else len(paras)
    # The header ends where the first § paragraph begins: "Justeringen äger rum … den 8
    # december" under § 80 Justering is that paragraph's text, not the front page's
    first_section = next((k for k, p in enumerate(paras[:12]) if _SECTION.match(p)), 12)
    header = read_header(paras, min(first_attendance, 12, max(first_section, 1)), today)
    start = header.last_index + 1
    body_substitutions(paras, attendance)

    result = ParsedMinutes(
        source_name=source_name,
        kind=header.kind,
        title=header.title,
        date=header.date,
        start=header.start,
        end=header.end,
        place=header.place,
        approved_on=header.approved_on,
        attendees=attendance.attendees,
        substitutions=attendance.substitutions,
        links=text.links,
    )
    result.groups, warning = choose_groups(header.groups, attendance.subgroups, paras)
    if warning:
        result.warn(warning)
    result.agenda = find_agenda(paras, start, attendance.used, raw.headings)
    presenters_by_item(result.agenda, attendance.presenters)
    # A kallelse has proposals, not decisions; read it all the same, since minutes are often
    # written into the kallelse's template ("KALLELSE" left above what was decided).
    result.decisions, warnings = find_decisions(
        paras, result.agenda, start, attendance.used, result.groups
    )
    for warning in warnings:
        result.warn(warning)
    result.deadlines = find_deadlines(paras, result.agenda, header.date, today)
    result.next_meeting = next_meeting(paras, header.date, today)
    _roles(result, text.secretary)
    # who presented an item in its table of presenters came for that item, not the meeting
    _speakers(result, paras, attendance.used, {name for _, name in attendance.presenters})
    for warning in attendance.warnings:
        result.warn(warning)
    _warn_missing(result)
    refuse_if_not_minutes(result, paras, notices, len(attendance.listed))
    return result


def _roles(result: ParsedMinutes, secretary: str) -> None:
    for decision in result.decisions:
        if not _ADJUSTER.search(decision.text):
            continue
        for name in find_names(decision.text):
            listed = [a for a in result.attendees if a.name == name]
            if not any(a.role == "adjuster" for a in listed):
                org = listed[0].organisation if listed else ""
                result.attendees.append(Attendee(name, org, "adjuster"))
    if secretary:
        for a in result.attendees:
            if a.name == secretary and not a.role:
                a.role = "secretary"


def _speakers(
    result: ParsedMinutes, paragraphs: list[str], used: set[int], presenters: set[str]
) -> None:
    """Whoever the text shows taking part was there, listed or not (an item's presenters
    named in its table of presenters excepted)."""
    known = {a.name.casefold() for a in result.attendees}
    known |= {name.casefold() for name in presenters}
    for name in speakers(paragraphs, used):
        if name.casefold() not in known:
            result.attendees.append(Attendee(name, group="i texten"))
            known.add(name.casefold())


def _warn_missing(result: ParsedMinutes) -> None:
    if not result.groups:
        result.warn("Hittade inte vilken grupp mötet gällde.")
    if result.date is None:
        result.warn("Hittade inget mötesdatum.")
    if result.start is None:
        result.warn("Hittade ingen mötestid.")
    if not result.place:
        result.warn("Hittade ingen mötesplats.")
    if not result.attendees:
        result.warn("Hittade ingen närvarolista.")
    nxt = result.next_meeting
    if nxt and result.date is None:
        result.warn("Året för nästa möte är gissat, eftersom mötesdatum saknas.")
    if result.date is None and any(d.year_inferred for d in result.deadlines):
        result.warn("Året för sista dagen för synpunkter är gissat, eftersom mötesdatum saknas.")
