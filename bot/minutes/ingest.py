"""Minutes into the store: meeting, attendance, agenda, decisions, deadlines, next meeting."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time
from difflib import SequenceMatcher
from pathlib import Path

from sqlmodel import Session, select

from bot import retrieval, texts
from bot.clock import STOCKHOLM, Clock, local
from bot.meetings import service as meeting_service
from bot.minutes.reading import NotMinutesError, ParsedMinutes, bounded
from bot.minutes.versions import earlier_version, earlier_version_reason
from bot.texts import minutes as tm
from storage import directory
from storage import meetings as store
from storage.models import (
    Attendance,
    Consultation,
    ConsultationGroup,
    ConsultationStatus,
    Decision,
    Document,
    DocumentStatus,
    Group,
    Meeting,
    MeetingStatus,
    Membership,
    Person,
)

NAME_MATCH = 0.86  # how alike a group name in the minutes must be to a roster group's name


class IngestError(Exception):
    """A file that cannot go in; `kind` says why ("no_date", "not_minutes", "not_held_yet", …)."""

    def __init__(self, kind: str, reason: str = ""):
        super().__init__(kind)
        self.kind, self.reason = kind, reason


@dataclass
class IngestResult:
    document: Document
    meeting: Meeting
    groups: list[Group]
    parsed: ParsedMinutes | None
    created: bool
    decisions: list[Decision] = field(default_factory=list)
    consultations: list[Consultation] = field(default_factory=list)
    next_meeting: Meeting | None = None
    published: bool = False  # published by this call (announce it), not before


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as stream:  # in chunks: the file may be hostile and huge
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def ingest_file(
    session: Session,
    path: Path | str,
    clock: Clock,
    group_slug: str | None = None,
    date: date | None = None,
    publish: bool = False,
    uploaded_by: int | None = None,
    filename: str | None = None,
    groups: list[Group] | None = None,
) -> IngestResult:
    """Stores what the minutes say; the same file twice changes nothing.

    `groups`, when given, are where the minutes go (chosen in chat by their publisher), and the
    names in the text are not looked up: a group is never created from chat.
    """
    path = Path(path)
    try:
        bounded.check_size(path.stat().st_size)
    except NotMinutesError as error:
        raise IngestError("not_minutes", error.reason_sv) from None
    digest = sha256_of(path)
    existing = session.exec(select(Document).where(Document.sha256 == digest)).first()
    if existing is not None and existing.meeting_id is not None:
        meeting = session.get(Meeting, existing.meeting_id)
        result = IngestResult(existing, meeting, store.groups_of_meeting(session, meeting.id),
                              None, created=False)
        # The same file again with --publish publishes what was stored as a draft.
        result.published = publish and mark_published(session, existing, clock.now())
        return result
    try:
        # Size, time and memory bounded, in a separate process.
        raw, parsed = bounded.read_and_parse(path, filename or path.name)
    except NotMinutesError as error:
        raise IngestError("not_minutes", error.reason_sv) from None
    return ingest_parsed(session, parsed, "\n".join(raw.lines), digest, filename or path.name,
                         clock, group_slug=group_slug, date=date, publish=publish,
                         uploaded_by=uploaded_by, groups=groups)


def ingest_parsed(
    session: Session,
    parsed: ParsedMinutes,
    text: str,
    digest: str,
    filename: str,
    clock: Clock,
    group_slug: str | None = None,
    date: date | None = None,
    publish: bool = False,
    uploaded_by: int | None = None,
    groups: list[Group] | None = None,
) -> IngestResult:
    """Stores minutes already read (and maybe corrected by a secretary on the web page);
    `groups`, when given, are the roster groups the minutes belong to."""
    existing = session.exec(select(Document).where(Document.sha256 == digest)).first()
    if existing is not None and existing.meeting_id is not None:
        meeting = session.get(Meeting, existing.meeting_id)
        return IngestResult(existing, meeting, store.groups_of_meeting(session, meeting.id),
                            None, created=False)
    day = date or parsed.date
    if day is None:
        raise IngestError("no_date")
    now = clock.now()
    if day > local(now).date():  # a meeting not yet held: the date is misread or mistyped
        raise IngestError("not_held_yet", tm.MEETING_NOT_HELD_YET.format(
            when=texts.long_date(day)))
    unnamed = texts.UNNAMED_GROUP.format(file=filename or "protokoll")
    groups = groups or resolve_groups(session, parsed.groups, group_slug, unnamed)
    earlier = earlier_version(session, groups, day, parsed, digest)
    if earlier is not None:
        raise IngestError("earlier_version", earlier_version_reason(session, earlier))
    meeting = _meeting(session, groups, day, parsed)
    document = Document(
        sha256=digest, filename=filename, title=parsed.title, meeting_id=meeting.id,
        uploaded_by=uploaded_by, created_at=now,
    )
    session.add(document)
    session.flush()
    result = IngestResult(document, meeting, groups, parsed, created=True)
    store_agenda(session, meeting, parsed)
    store_attendance(session, meeting, parsed)
    result.decisions = store_decisions(session, meeting, document, parsed)
    # Acronyms explained anywhere in the minutes ("tidiga samordnade insatser (TSI)") help search.
    retrieval.learn_acronyms(session, text)
    retrieval.index_decisions(session, [decision.id for decision in result.decisions])
    result.consultations = store_deadlines(session, groups, document, parsed, now)
    result.next_meeting = store_next_meeting(session, groups, parsed, day)
    if publish:
        result.published = mark_published(session, document, now)
    return result


def mark_published(session: Session, document: Document, now: datetime) -> bool:
    """Publishing is idempotent: the flag says whether this call published it. A version
    since replaced is never published again (bot/minutes/replace.py)."""
    if document.status in (DocumentStatus.published, DocumentStatus.replaced):
        return False
    document.status, document.published_at = DocumentStatus.published, now
    session.add(document)
    for decision in session.exec(select(Decision).where(Decision.document_id == document.id)):
        decision.published_at = now
        session.add(decision)
    session.flush()
    return True


def normalise(name: str) -> str:
    text = unicodedata.normalize("NFKC", name).lower()
    text = re.sub(r"\b(för|samt|och|i|med|gemensam|gemensamt)\b", " ", text)
    return re.sub(r"[^\wåäö]+", " ", text).strip()


def resolve_groups(
    session: Session, names: list[str], slug: str | None, unnamed: str = ""
) -> list[Group]:
    """Roster groups by slug or by (alike) name; groups the roster lacks are created, one for
    each body. Minutes that name no body get a group of their own, named after the file
    (`unnamed`), never one shared "okänd grupp" that would mix unrelated meetings."""
    if slug:
        group = directory.group_by_slug(session, slug)
        if group is None:
            raise IngestError("not_minutes", f"Det finns ingen grupp med kortnamnet ”{slug}”.")
        return [group]
    known = directory.all_groups(session)
    found: list[Group] = []
    if not names:
        name = unnamed or texts.UNKNOWN_GROUP_NAME.capitalize()
        group = next((g for g in known if g.name == name), None)
        if group is None:
            group = Group(slug=_free_slug(session, name), name=name[:200])
            session.add(group)
            session.flush()
        return [group]
    for name in names:
        group = match_group(known, name)
        if group is None:
            group = Group(slug=_free_slug(session, name), name=name)
            session.add(group)
            session.flush()
            known.append(group)
        if group not in found:
            found.append(group)
    return found


def match_group(known: list[Group], name: str) -> Group | None:
    """The roster group a name in the minutes means: nearly the same words, or a short form."""
    wanted = normalise(name)
    for group in known:
        for have in map(normalise, [group.name, *(group.aliases or [])]):
            if SequenceMatcher(None, have, wanted).ratio() >= NAME_MATCH:
                return group
            short, long_ = sorted((set(have.split()), set(wanted.split())), key=len)
            # "Chefsgrupp för skola" is a short form of "Chefsgrupp för skola, utbildning och …".
            if len(short) >= 2 and short <= long_:
                return group
    return None


def _free_slug(session: Session, name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_name)
    base = "-".join(words)[:40] or "grupp"
    slug, number = base, 2
    while directory.group_by_slug(session, slug) is not None:
        slug, number = f"{base}-{number}", number + 1
    return slug


def _meeting(session: Session, groups: list[Group], day: date, parsed: ParsedMinutes) -> Meeting:
    """The planned meeting of that day if there is one (it now took place), else a new one."""
    found = store.on_date(session, [g.id for g in groups], day)
    meeting = found[0] if found else None
    if meeting is None:
        meeting = store.add_meeting(session, Meeting(date=day), [g.id for g in groups])
    linked = {g.id for g in store.groups_of_meeting(session, meeting.id)}
    from storage.models import MeetingGroup

    for group in groups:
        if group.id not in linked:
            session.add(MeetingGroup(meeting_id=meeting.id, group_id=group.id))
    meeting.status = MeetingStatus.held
    meeting.starts_at = meeting.starts_at or meeting_service.moment(day, parsed.start)
    meeting.ends_at = meeting.ends_at or meeting_service.moment(day, parsed.end)
    meeting.place = meeting.place or parsed.place
    session.add(meeting)
    session.flush()
    return meeting


def store_agenda(session: Session, meeting: Meeting, parsed: ParsedMinutes) -> None:
    if store.agenda(session, meeting.id):
        return  # a planned agenda stays; the minutes' own headings are kept with the decisions
    for item in (i for i in parsed.agenda if i.level == 1):
        meeting_service.add_item(session, meeting, item.title[:500], ", ".join(item.presenters))


def store_attendance(session: Session, meeting: Meeting, parsed: ParsedMinutes) -> None:
    for old in session.exec(select(Attendance).where(Attendance.meeting_id == meeting.id)):
        session.delete(old)
    people = {p.name: p.id for p in session.exec(select(Person)).all()}
    replaced = {s.substitute: s.replaces for s in parsed.substitutions}
    # What the minutes leave unsaid of a member of the meeting's groups, the roster says: her
    # organisation (so /närvaro lists her under it, not under "Övriga") and her role.
    members = {m.person_id: m for m in session.exec(select(Membership).where(
        Membership.group_id.in_(store.group_ids_of_meeting(session, meeting.id)),
        Membership.active)).all()}
    for attendee in parsed.people():
        person_id = people.get(attendee.name)
        member = members.get(person_id)
        role = attendee.role if attendee.role != "adjuster" else "member"
        session.add(Attendance(
            meeting_id=meeting.id, name=attendee.name[:200], person_id=person_id,
            organisation=(attendee.organisation or (member.organisation if member else ""))[:300],
            status="present" if attendee.present else "absent",
            stands_in_for=(attendee.substitute_for or replaced.get(attendee.name, ""))[:200],
            role=(role or _roster_role(member))[:16],
        ))


# Who chaired or kept the minutes of a meeting is what the minutes say: the roster's chair may
# not have chaired that day. A post the minutes leave unsaid is not taken from the roster (the
# group's chair is one of its ledamöter, its secretary one who took part), so that "vem var
# ordförande?" tells the minutes' answer apart from the roster's (bot/retrieval/attended.py).
_ROSTER_POSTS = {"chair": "member", "secretary": ""}


def _roster_role(member: Membership | None) -> str:
    if member is None:
        return ""
    return _ROSTER_POSTS.get(member.role, member.role)


def store_decisions(session, meeting, document, parsed) -> list[Decision]:
    rows = []
    for position, decision in enumerate(parsed.decisions, start=1):
        row = Decision(meeting_id=meeting.id, document_id=document.id, position=position,
                       item=decision.item[:500], text=decision.text, context=decision.context,
                       number=decision.number[:20], approves=decision.approves,
                       item_text=decision.item_text)
        session.add(row)
        rows.append(row)
    session.flush()
    return rows


def end_of_day(day: date) -> datetime:
    return datetime.combine(day, time(23, 59), tzinfo=STOCKHOLM)


def store_deadlines(session, groups, document, parsed, now,
                    skip: set[tuple[str, str]] = frozenset()) -> list[Consultation]:
    """Deadlines still ahead become proposed consultations; a secretary confirms them.

    Minutes are often read weeks after the meeting: a deadline that has passed is history,
    kept closed (so "när skulle synpunkterna vara inne?" has an answer), never proposed.
    `skip`: deadlines already kept from an earlier version of the minutes (deadline_key).
    """
    rows = []
    for deadline in parsed.deadlines:
        if deadline_key(deadline.what, deadline.date) in skip:
            continue
        passed = end_of_day(deadline.date) <= now
        owner = _person_named(session, deadline.to[0]) if deadline.to else None
        row = Consultation(
            title=deadline.what[:500], owner_id=owner.id if owner else None,
            owner_name=", ".join(deadline.to)[:300], deadline=end_of_day(deadline.date),
            status=ConsultationStatus.closed if passed else ConsultationStatus.proposed,
            source_document_id=document.id, created_at=now,
        )
        session.add(row)
        session.flush()
        for group in groups:
            session.add(ConsultationGroup(consultation_id=row.id, group_id=group.id))
        rows.append(row)
    return rows


def deadline_key(what: str, day: date) -> tuple[str, str]:
    """One deadline in two versions of the minutes: its words and its day."""
    return " ".join(what[:500].split()).casefold(), day.isoformat()


def _person_named(session: Session, name: str) -> Person | None:
    return session.exec(select(Person).where(Person.name == name)).first()


def store_next_meeting(session, groups, parsed, day: date) -> Meeting | None:
    nxt = parsed.next_meeting
    if nxt is None or nxt.date is None or nxt.date <= day:
        return None
    data = meeting_service.MeetingInput(groups[0], nxt.date, nxt.start, nxt.end, nxt.place)
    meeting, _ = meeting_service.add_meeting(session, data)
    from storage.models import MeetingGroup

    linked = {g.id for g in store.groups_of_meeting(session, meeting.id)}
    for group in groups[1:]:
        if group.id not in linked:
            session.add(MeetingGroup(meeting_id=meeting.id, group_id=group.id))
    return meeting
