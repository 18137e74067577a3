"""Protokoll on the web page: minutes read into a draft, corrected field by field, then published
once or discarded. Every correction is kept (what the reader found, what a person made of it),
so the reader's mistakes can be counted later.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from sqlalchemy import func, update
from sqlmodel import Session, select

from bot import markup
from bot.clock import Clock, local
from bot.decisions import announce
from bot.minutes import ingest, replace, targets, typed_dates, versions
from bot.minutes.changes import Changes, between
from bot.minutes.reading import NotMinutesError, ParsedMinutes, bounded
from bot.minutes.reading.model import AgendaItem as ReadItem
from bot.minutes.reading.model import (
    Attendee,
    Deadline,
    Decision,
    NextMeeting,
    Substitution,
)
from bot.roster.web_access import Access
from bot.texts import review as t
from storage import meetings as meeting_store
from storage.models import Decision as DecisionRow
from storage.models import (
    Document,
    DocumentStatus,
    Group,
    Meeting,
    MeetingGroup,
    MinutesCorrection,
    MinutesDraft,
)

READABLE = (".pdf", ".docx", ".md", ".markdown", ".txt")


class ReviewError(Exception):
    """A refusal a person can read (Swedish)."""


# --- reading into a draft -------------------------------------------------------------------
def read_upload(session: Session, path: Path, filename: str, access: Access, now: datetime,
                group_id: int | None = None) -> MinutesDraft:
    if not filename.lower().endswith(READABLE):
        raise ReviewError(t.NOT_READABLE.format(file=filename))
    try:
        bounded.check_name(filename)
        bounded.check_size(path.stat().st_size)
    except NotMinutesError as error:
        raise ReviewError(t.NOT_MINUTES.format(file=filename, reason=error.reason_sv)) from None
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    published = session.exec(select(Document).where(Document.sha256 == digest)).first()
    if published is not None and published.status == DocumentStatus.published:
        raise ReviewError(t.ALREADY_PUBLISHED_FILE.format(file=filename))
    older = replace.older_version(session, digest, filename)
    if older is not None:
        raise ReviewError(older)
    waiting = session.exec(select(MinutesDraft).where(
        MinutesDraft.sha256 == digest, MinutesDraft.status == DocumentStatus.draft,
        MinutesDraft.uploaded_by == access.person.id)).first()
    if waiting is not None:  # "Granska på webben" pressed twice, or the file sent again: the
        return waiting  # draft she has, with what she corrected in it, not a second one
    try:
        # Read as every shared file is: type from content, size, time and memory bounded, in a
        # separate process (reading/bounded.py).
        raw, parsed = bounded.read_and_parse(path, filename)
    except NotMinutesError as error:
        raise ReviewError(t.NOT_MINUTES.format(file=filename, reason=error.reason_sv)) from None
    if group_id is None or not access.manages(group_id):
        group_id = suggested_group(session, access, parsed)
    draft = MinutesDraft(sha256=digest, filename=filename[:500], text="\n".join(raw.lines),
                         parsed=to_data(parsed), group_id=group_id,
                         uploaded_by=access.person.id, created_at=now)
    session.add(draft)
    session.flush()
    return draft


def suggested_group(session: Session, access: Access, parsed: ParsedMinutes) -> int | None:
    """The roster group the minutes name, when this person may publish into it."""
    known = access.managed()
    for name in parsed.groups:
        found = ingest.match_group(known, name)
        if found is not None:
            return found.id
    return known[0].id if len(known) == 1 else None


def drafts_for(session: Session, access: Access) -> list[MinutesDraft]:
    """Drafts waiting in the person's groups, or uploaded by them, newest first."""
    managed = [g.id for g in access.managed()]
    rows = session.exec(
        select(MinutesDraft).where(MinutesDraft.status == DocumentStatus.draft)
        .order_by(MinutesDraft.created_at.desc()).limit(200)
    ).all()
    return [d for d in rows if d.uploaded_by == access.person.id or d.group_id in managed]


def draft_for(session: Session, access: Access, draft_id: int) -> MinutesDraft | None:
    draft = session.get(MinutesDraft, draft_id)
    if draft is None:
        return None
    if draft.uploaded_by == access.person.id or access.manages(draft.group_id):
        return draft
    return None


# --- the editable fields ------------------------------------------------------------------
def to_data(parsed: ParsedMinutes) -> dict:
    """The reader's result as JSON for the draft (dates and times as ISO text)."""

    def plain(value):
        if isinstance(value, date | time):
            return value.isoformat()
        if isinstance(value, list):
            return [plain(v) for v in value]
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        return value

    return plain(dataclasses.asdict(parsed))


def from_data(data: dict) -> ParsedMinutes:
    def day(value):
        return date.fromisoformat(value) if value else None

    def clock(value):
        return time.fromisoformat(value) if value else None

    nxt = data.get("next_meeting")
    return ParsedMinutes(
        source_name=data.get("source_name", ""), kind=data.get("kind", ""),
        title=data.get("title", ""), groups=list(data.get("groups", [])),
        date=day(data.get("date")), start=clock(data.get("start")), end=clock(data.get("end")),
        place=data.get("place", ""), approved_on=day(data.get("approved_on")),
        attendees=[Attendee(**a) for a in data.get("attendees", [])],
        substitutions=[Substitution(**s) for s in data.get("substitutions", [])],
        agenda=[ReadItem(**a) for a in data.get("agenda", [])],
        decisions=[Decision(**d) for d in data.get("decisions", [])],
        deadlines=[Deadline(date=day(d["date"]), what=d.get("what", ""), to=d.get("to", []),
                            sentence=d.get("sentence", "")) for d in data.get("deadlines", [])],
        next_meeting=None if not nxt else NextMeeting(day(nxt.get("date")),
                                                       clock(nxt.get("start")),
                                                       clock(nxt.get("end")),
                                                       nxt.get("place", "")),
        links=[], warnings=list(data.get("warnings", [])),
    )


def field_values(parsed: ParsedMinutes) -> dict[str, str]:
    """Every correctable field as the text a form shows."""
    values = {
        "date": _iso(parsed.date), "start": _hhmm(parsed.start), "end": _hhmm(parsed.end),
        "place": parsed.place,
        # Each person once, in the list publishing would store her in (people() merges).
        "present": "\n".join(_person_line(a) for a in parsed.people() if a.present),
        "absent": "\n".join(_person_line(a) for a in parsed.people() if not a.present),
        "substitutes": "\n".join(f"{s.substitute} {t.STANDS_IN_FOR} {s.replaces}"
                                 for s in parsed.substitutions),
        "agenda": "\n".join(a.title for a in parsed.agenda if a.level == 1),
    }
    for number, decision in enumerate(parsed.decisions):
        values[f"decision.{number}.item"] = decision.item
        values[f"decision.{number}.text"] = decision.text
        values[f"decision.{number}.keep"] = "ja"
    # One empty decision to fill in: the reader's misses are added here, one at a time.
    values["decision.new.item"] = values["decision.new.text"] = ""
    for number, deadline in enumerate(parsed.deadlines):
        values[f"deadline.{number}.date"] = _iso(deadline.date)
        values[f"deadline.{number}.what"] = deadline.what
        values[f"deadline.{number}.keep"] = "ja"
    nxt = parsed.next_meeting or NextMeeting()
    values.update({"next.date": _iso(nxt.date), "next.start": _hhmm(nxt.start),
                   "next.end": _hhmm(nxt.end), "next.place": nxt.place})
    return values


@dataclass
class Checked:
    parsed: ParsedMinutes
    errors: dict[str, str]
    changed: dict[str, tuple[str, str]]  # field → (before, after)


def notices(parsed: ParsedMinutes | None, now: datetime) -> dict[str, str]:
    """What the page marks before she presses anything: a date after today (misread or
    mistyped; Publicera would refuse it)."""
    if parsed is not None and parsed.date is not None and parsed.date > local(now).date():
        return {"date": t.DATE_NOT_HELD_YET}
    return {}


def apply(parsed: ParsedMinutes, form: dict[str, str], today: date | None = None) -> Checked:
    """The form's values applied to a copy of the minutes; bad dates and times are errors and
    nothing of the form is taken. A date typed without a year is the one nearest the meeting
    the reader found (or, without one, the last such day up to `today`)."""
    before = field_values(parsed)
    values = {key: _clean(form.get(key, "")) for key in before}
    errors: dict[str, str] = {}
    result = from_data(to_data(parsed))
    around = parsed.date or today
    result.date = _read_day(values, "date", errors, required=True, around=around,
                            prefer="nearest" if parsed.date else "past")
    # Deadlines and the next meeting come after the meeting typed (or read).
    around = result.date or around
    result.start = _read_clock(values, "start", errors)
    result.end = _read_clock(values, "end", errors)
    result.place = values["place"]
    people = parsed.people()  # as the form shows them: each person once
    result.attendees = (_people(values["present"], True, people)
                        + _people(values["absent"], False, people))
    result.substitutions = _substitutions(values["substitutes"])
    titles = [line.strip() for line in values["agenda"].splitlines() if line.strip()]
    result.agenda = _agenda(parsed.agenda, titles)
    decisions = []
    for number, decision in enumerate(parsed.decisions):
        if values[f"decision.{number}.keep"] != "ja":
            continue
        text = values[f"decision.{number}.text"].strip()
        if not text:
            errors[f"decision.{number}.text"] = t.EMPTY_DECISION
        # What she did not touch goes out as read: the § or item number, the text of its item;
        # the proposal an approval approves only while the approval reads as the reader found it.
        approves = decision.approves if text == _clean(decision.text).strip() else ""
        decisions.append(dataclasses.replace(
            decision, item=values[f"decision.{number}.item"].strip(), text=text,
            approves=approves))
    added = Decision(item=values["decision.new.item"], text=values["decision.new.text"])
    if added.text:
        decisions.append(added)
    elif added.item:  # an item with nothing decided under it would go out empty
        errors["decision.new.text"] = t.NEW_DECISION_WITHOUT_TEXT
    result.decisions = decisions
    deadlines = []
    for number, deadline in enumerate(parsed.deadlines):
        if values[f"deadline.{number}.keep"] != "ja":
            continue
        day = _read_day(values, f"deadline.{number}.date", errors, required=True,
                        around=around)
        deadlines.append(Deadline(day or deadline.date, values[f"deadline.{number}.what"],
                                  deadline.to, deadline.sentence))
    result.deadlines = deadlines
    next_day = _read_day(values, "next.date", errors, around=around)
    result.next_meeting = None if next_day is None else NextMeeting(
        next_day, _read_clock(values, "next.start", errors),
        _read_clock(values, "next.end", errors), values["next.place"])
    for key, read in (("start", result.start), ("end", result.end)) + (
            (("next.start", result.next_meeting.start), ("next.end", result.next_meeting.end))
            if result.next_meeting else ()):
        if read is not None:  # 13:00 and 13 are 13.00: a time typed otherwise is no correction
            values[key] = _hhmm(read)
    changed = {key: (before[key], values[key]) for key in before if before[key] != values[key]}
    return Checked(result, errors, changed)


def correct(session: Session, draft: MinutesDraft, form: dict[str, str], access: Access,
            now: datetime, group_id: int | None) -> Checked:
    """Saves the corrections (each one kept) and the chosen group; nothing on errors."""
    if draft.status != DocumentStatus.draft:
        raise ReviewError(t.NOT_A_DRAFT_ANY_MORE)
    checked = apply(from_data(draft.parsed), form, local(now).date())
    if group_id is not None and not access.manages(group_id):
        checked.errors["group"] = t.NOT_YOUR_GROUP
    if checked.errors:
        return checked
    for key, (before, after) in checked.changed.items():
        session.add(MinutesCorrection(draft_id=draft.id, field_name=key, read_value=before,
                                      corrected_value=after, person_id=access.person.id,
                                      created_at=now))
    if group_id is not None and group_id != draft.group_id:
        session.add(MinutesCorrection(
            draft_id=draft.id, field_name="group", read_value=str(draft.group_id or ""),
            corrected_value=str(group_id), person_id=access.person.id, created_at=now))
        draft.group_id = group_id
    draft.parsed = to_data(checked.parsed)
    session.add(draft)
    session.flush()
    return checked


# --- publishing and discarding ----------------------------------------------------------------
@dataclass
class Published:
    document: Document
    groups: list[Group]
    channels: list[Group]
    proposed: list  # consultations proposed from deadlines
    replaced: replace.Replaced | None = None  # a new version, published over the old one


def announced_by_default(parsed: ParsedMinutes | None, now: datetime) -> bool:
    """Whether the review page proposes to tell the group's channel: not for an old meeting."""
    return announce.is_news(parsed.date if parsed else None, now)


def publish(session: Session, draft: MinutesDraft, access: Access, clock: Clock,
            tell_channel: bool = True, platform: str = "web") -> Published:
    """Stores the (corrected) minutes and queues the announcement, once: the draft is claimed
    in the same statement that checks it, so a second press or a second tab sends nothing."""
    group = session.get(Group, draft.group_id) if draft.group_id else None
    if group is None:
        raise ReviewError(t.CHOOSE_GROUP)
    if not access.manages(group.id):
        raise ReviewError(t.NOT_YOUR_GROUP)
    now = clock.now()
    parsed = from_data(draft.parsed)
    groups = _groups(session, access, parsed, group)
    earlier = _replaces(session, draft) or versions.earlier_version(
        session, groups, parsed.date, parsed, draft.sha256)
    if earlier is not None and (earlier.status == DocumentStatus.published
                                or earlier.id == draft.replaces_id):
        # A new version of published minutes: it replaces them (bot/minutes/replace.py).
        try:
            done = replace.replace(session, earlier, draft, parsed, access.actor, clock,
                                   tell_channel, platform)
        except replace.Refused as refused:
            raise ReviewError(refused.args[0]) from None
        return Published(done.document, done.groups, done.channels, done.proposed,
                         replaced=done)
    if earlier is not None:  # another version of these minutes is stored: not twice
        raise ReviewError(versions.earlier_version_reason(session, earlier))
    theirs = replace.published_named(session, parsed, draft.sha256)
    if theirs is not None and not replace.may_replace(session, access.actor, theirs):
        # Another group's published minutes, sent again into her own: not hers to replace.
        raise ReviewError(replace.refusal(session, theirs))
    claimed = session.execute(
        update(MinutesDraft).where(MinutesDraft.id == draft.id,
                                   MinutesDraft.status == DocumentStatus.draft)
        .values(status=DocumentStatus.published, decided_at=now)
    )
    if claimed.rowcount != 1:
        raise ReviewError(t.ALREADY_PUBLISHED)
    try:
        with session.begin_nested():  # what a refused ingest wrote goes; the draft stays hers
            result = ingest.ingest_parsed(session, parsed, draft.text, draft.sha256,
                                          draft.filename, clock, uploaded_by=access.person.id,
                                          groups=groups)
    except ingest.IngestError as error:
        session.execute(update(MinutesDraft).where(MinutesDraft.id == draft.id)
                        .values(status=DocumentStatus.draft, decided_at=None))
        raise ReviewError(t.NO_DATE if error.kind == "no_date" else error.reason) from None
    if not ingest.mark_published(session, result.document, now):
        raise ReviewError(t.ALREADY_PUBLISHED)
    # Not told: nothing goes to the channels or to those following a subject; the decisions
    # are stored and can be asked about like any other.
    reached = announce.announce(session, result.document, now) if tell_channel else []
    session.execute(update(MinutesDraft).where(MinutesDraft.id == draft.id)
                    .values(document_id=result.document.id))
    proposed = [c for c in result.consultations if c.deadline > now]
    return Published(result.document, groups, reached, proposed)


@dataclass
class NewVersion:
    """A draft that, published, replaces published minutes: which, and what it changes."""

    earlier: Document
    described: str  # plain text, as a page shows it
    changes: Changes
    lines: list[str]  # each change, plain text


def new_version(session: Session, draft: MinutesDraft, access: Access) -> NewVersion | None:
    """What the review page says of a draft of minutes already published in the chosen group:
    a new version of them (None for any other draft)."""
    group = session.get(Group, draft.group_id) if draft.group_id else None
    if group is None or not draft.parsed or draft.status != DocumentStatus.draft:
        return None
    parsed = from_data(draft.parsed)
    earlier = _replaces(session, draft) or versions.earlier_version(
        session, _groups(session, access, parsed, group), parsed.date, parsed, draft.sha256)
    if earlier is None or (earlier.status != DocumentStatus.published
                           and earlier.id != draft.replaces_id):
        return None
    changes = between(session, earlier, parsed)
    return NewVersion(earlier, markup.plain(replace.describe(session, earlier)), changes,
                      [markup.plain(line) for line in changes.lines()])


def _replaces(session: Session, draft: MinutesDraft) -> Document | None:
    """The published version a correction started on its page replaces (bot/minutes/amend.py);
    for an upload, None: which version it is of is found from what it says."""
    return session.get(Document, draft.replaces_id) if draft.replaces_id else None


def _groups(session: Session, access: Access, parsed: ParsedMinutes,
            chosen: Group) -> list[Group]:
    """The groups the minutes go into: those the minutes name that the publisher runs (a joint
    meeting), when the chosen group is among them (bot/minutes/targets.py, as in chat);
    otherwise the chosen group alone, since the secretary corrected the reader. Never a group
    she does not run, never a new one."""
    plan = targets.plan(session, access.actor, parsed.groups, None, chosen=[chosen.id])
    if chosen.id in {g.id for g in plan.groups}:
        return plan.groups
    return [chosen]


def discard(session: Session, draft: MinutesDraft, now: datetime) -> None:
    if draft.status != DocumentStatus.draft:
        raise ReviewError(t.NOT_A_DRAFT_ANY_MORE)
    draft.status, draft.decided_at = DocumentStatus.discarded, now
    draft.text, draft.parsed = "", {}  # nothing of a discarded document is kept
    session.add(draft)


@dataclass
class PublishedRow:
    document: Document
    day: date
    groups: list[str]
    decisions: int


def published_for(session: Session, access: Access, limit: int = 20) -> list[PublishedRow]:
    """The minutes published in the groups one runs, latest meeting first: three queries
    (the minutes with their meetings, the meetings' groups, the decisions counted)."""
    ids = [g.id for g in access.managed()]
    if not ids:
        return []
    rows = session.exec(
        select(Document, Meeting.date).join(Meeting, Meeting.id == Document.meeting_id)
        .where(Document.status == DocumentStatus.published, Meeting.id.in_(
            select(MeetingGroup.meeting_id).where(MeetingGroup.group_id.in_(ids))))
        .order_by(Meeting.date.desc(), Document.id.desc()).limit(limit)
    ).all()
    groups = meeting_store.groups_of_meetings(session, [d.meeting_id for d, _ in rows])
    counts = dict(session.exec(
        select(DecisionRow.document_id, func.count()).where(
            DecisionRow.document_id.in_([d.id for d, _ in rows]))
        .group_by(DecisionRow.document_id)).all()) if rows else {}
    return [PublishedRow(d, day, [g.name for g in groups[d.meeting_id]], counts.get(d.id, 0))
            for d, day in rows]


def corrections(session: Session, draft_id: int) -> list[MinutesCorrection]:
    return list(session.exec(select(MinutesCorrection).where(
        MinutesCorrection.draft_id == draft_id).order_by(MinutesCorrection.id)).all())


# --- small readers --------------------------------------------------------------------------
def _agenda(read: list[ReadItem], titles: list[str]) -> list[ReadItem]:
    """The agenda as the secretary left it, each item she kept with what the reader found for
    it (presenters, number, its sub-items). An item is hers unchanged when its title is; with
    as many items as were read, the one in the same place is the same item with its title
    corrected; any other line is a new item."""
    tops = [i for i, item in enumerate(read) if item.level == 1]
    unused = list(tops)  # two items may share a title ("Övrigt" twice): each is matched once
    same_count = len(titles) == len(tops)
    agenda: list[ReadItem] = []
    for place, title in enumerate(titles):
        found = _same_item(read, tops, unused, place, title, same_count)
        if found is None:
            agenda.append(ReadItem(title=title))
            continue
        unused.remove(found)
        agenda.append(dataclasses.replace(read[found], title=title))
        for sub in read[found + 1:]:
            if sub.level == 1:
                break
            renamed = sub.parent == read[found].title
            agenda.append(dataclasses.replace(sub, parent=title) if renamed else sub)
    return agenda


def _same_item(read, tops, unused, place, title, same_count) -> int | None:
    """The read item a line of the corrected agenda is: the one in its place with its title,
    else the first not yet taken with its title, else (as many lines as items) the one in its
    place; None for a new line."""
    if place < len(tops) and tops[place] in unused and read[tops[place]].title == title:
        return tops[place]
    found = next((i for i in unused if read[i].title == title), None)
    if found is None and same_count and tops[place] in unused:
        found = tops[place]
    return found


def _clean(value: str) -> str:
    return value.replace("\r\n", "\n").strip()


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""


def _hhmm(value: time | None) -> str:
    """13.00, as every hint and refusal writes a time (13:00 is read as well)."""
    return value.strftime("%H.%M") if value else ""


def _person_line(attendee: Attendee) -> str:
    return f"{attendee.name}, {attendee.organisation}" if attendee.organisation else attendee.name


def _people(text: str, present: bool, read: list[Attendee]) -> list[Attendee]:
    """One person per line; a person the reader found keeps what it found beyond the line
    (chair, secretary, whom she stood in for), with the line's organisation."""
    by_name = {a.name: a for a in read}
    found = []
    for line in text.splitlines():
        name, _, organisation = (part.strip() for part in line.partition(","))
        if not name:
            continue
        name, organisation = name[:200], organisation[:300]
        known = by_name.get(name)
        found.append(dataclasses.replace(known, organisation=organisation, present=present)
                     if known else Attendee(name, organisation, present=present))
    return found


def _substitutions(text: str) -> list[Substitution]:
    found = []
    for line in text.splitlines():
        substitute, sep, replaces = line.partition(f" {t.STANDS_IN_FOR} ")
        if sep and substitute.strip() and replaces.strip():
            found.append(Substitution(substitute.strip(), replaces.strip()))
    return found


def _read_day(values: dict, key: str, errors: dict, required: bool = False,
              around: date | None = None, prefer: str = "future") -> date | None:
    """The date typed in a field as Swedes type it (bot/minutes/typed_dates.py); the field
    then holds it as ISO, so a date typed otherwise is no correction of the same date."""
    text = values.get(key, "")
    if not text:
        if required:
            errors[key] = t.BAD_DATE
        return None
    typed = typed_dates.read(text, around, prefer)
    if typed.day is None:
        errors[key] = typed.error
        return None
    values[key] = typed.day.isoformat()
    return typed.day


def _read_clock(values: dict, key: str, errors: dict) -> time | None:
    text = values.get(key, "").replace(".", ":")
    if not text:
        return None
    try:
        return time.fromisoformat(text if len(text) > 2 else f"{text}:00")
    except ValueError:
        errors[key] = t.BAD_TIME
        return None
