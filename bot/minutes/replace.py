"""A new version of published minutes (the justerade over the ojusterade, or a correction)
published over the old one, at once: its decisions, attendance, agenda, deadlines and next
meeting become the meeting's, the search finds its words and never the old ones, and the
group's channel gets one short message of what changed, not the whole announcement again.

The old version stays, marked replaced, with its file's name and who published it when: the
record of the versions. Everything happens inside one savepoint: a refusal or a failure half
way leaves the published minutes as they were. Two secretaries publishing a new version at
once: the old version is claimed in the statement that checks it, so one wins, and the other
is told who did."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import update
from sqlmodel import Session, func, select

from bot import audit, markup, recipients, retrieval, texts
from bot.clock import Clock, local
from bot.decisions import follows
from bot.meetings import service as meeting_service
from bot.minutes import ingest, published, versions
from bot.minutes.changes import Changes, between, same_words
from bot.minutes.reading import ParsedMinutes
from bot.replies import Reply, Section
from bot.roster import permissions
from bot.roster.permissions import Actor, Right
from bot.texts import minutes as mt
from bot.texts import replace as t
from bot.texts.decisions import item_label
from storage import directory, search
from storage import meetings as store
from storage.models import (
    AgendaItem,
    Comment,
    Consultation,
    ConsultationGroup,
    ConsultationStatus,
    Decision,
    Document,
    DocumentStatus,
    Group,
    Meeting,
    MinutesDraft,
)

LINES_TOLD = 5  # changes written out in the channel's message; the page lists them all


class Refused(Exception):
    """Why the new version was not published (Swedish); nothing of it was stored."""


@dataclass
class Replaced:
    document: Document  # the new version
    earlier: Document  # the version it replaced
    groups: list[Group]
    channels: list[Group]  # told what changed
    changes: Changes
    proposed: list[Consultation]


def published_named(session: Session, parsed: ParsedMinutes, digest: str) -> Document | None:
    """The published minutes these are a new version of, looked for in the groups they name
    (whoever sends them), or None."""
    known = directory.all_groups(session)
    groups = [g for g in (ingest.match_group(known, name) for name in parsed.groups) if g]
    found = versions.earlier_version(session, list({g.id: g for g in groups}.values()),
                                     parsed.date,
                                     parsed, digest)
    return found if found is not None and found.status == DocumentStatus.published else None


def older_version(session: Session, digest: str, filename: str) -> str | None:
    """Why a file is not read again: it is a version since replaced (publishing it once more
    would put two versions in force); None for any other file."""
    found = session.exec(select(Document).where(Document.sha256 == digest)).first()
    if found is None or found.status != DocumentStatus.replaced:
        return None
    newer = published.current(session, found)
    meeting = session.get(Meeting, found.meeting_id)
    return t.OLDER_VERSION.format(
        file=filename, when=texts.long_date(meeting.date), newer=newer.filename,
        published=texts.long_date(local(newer.published_at or newer.created_at).date()))


def may_replace(session: Session, actor: Actor, document: Document) -> bool:
    """Whoever may publish minutes in one of the meeting's groups (secretary, chair,
    administrator), as for the first version."""
    return permissions.may_in_any(actor, Right.publish_minutes,
                                  permissions.meeting_group_ids(session, document.meeting_id))


def refusal(session: Session, document: Document) -> str:
    """Not hers to replace: whose it is, by name."""
    groups = store.groups_of_meeting(session, document.meeting_id)
    meeting = session.get(Meeting, document.meeting_id)
    contacts = [permissions.contact_for(session, g) for g in groups]
    return t.NOT_YOURS_TO_REPLACE.format(
        when=texts.long_date(meeting.date), groups=texts.join_names([g.name for g in groups]),
        contact=texts.join_names(list(dict.fromkeys(contacts))))


def describe(session: Session, document: Document, in_chat: bool = False) -> str:
    """'Det här är en ny version av protokollet …': what publishing it will do."""
    meeting = session.get(Meeting, document.meeting_id)
    groups = texts.join_names([g.name for g in store.groups_of_meeting(session, meeting.id)])
    when = local(document.published_at or document.created_at).date()
    publisher = directory.person(session, document.uploaded_by)
    sentence = t.NEW_VERSION_IN_CHAT if in_chat else t.NEW_VERSION
    return sentence.format(when=texts.long_date(meeting.date), groups=groups,
                           published=texts.long_date(when),
                           publisher=publisher.name if publisher else t.SOMEONE)


def replace(session: Session, earlier: Document, draft: MinutesDraft, parsed: ParsedMinutes,
            actor: Actor, clock: Clock, tell_channel: bool = True,
            platform: str = "web") -> Replaced:
    """Publishes `draft` (read as `parsed`) over the published `earlier`; refuses with Refused
    and leaves everything as it was. The audit log keeps who replaced which version."""
    if not may_replace(session, actor, earlier):
        raise Refused(refusal(session, earlier))
    changes = between(session, earlier, parsed)
    if changes.empty:
        raise Refused(t.SAME_AS_PUBLISHED_REFUSED)
    now = clock.now()
    with session.begin_nested():  # a refusal or failure below takes all of it back
        claimed = session.execute(update(Document).where(
            Document.id == earlier.id, Document.status == DocumentStatus.published)
            .values(status=DocumentStatus.replaced))
        if claimed.rowcount != 1:
            raise Refused(_meanwhile(session, earlier))
        taken = session.execute(update(MinutesDraft).where(
            MinutesDraft.id == draft.id, MinutesDraft.status == DocumentStatus.draft)
            .values(status=DocumentStatus.published, decided_at=now))
        if taken.rowcount != 1:
            raise Refused(mt.ALREADY_PUBLISHED)
        session.refresh(earlier)
        document = Document(sha256=draft.sha256, filename=draft.filename, title=parsed.title,
                            meeting_id=earlier.meeting_id, uploaded_by=actor.person_id,
                            created_at=now, status=DocumentStatus.published,
                            published_at=now, replaces_id=earlier.id)
        session.add(document)
        session.flush()
        meeting = session.get(Meeting, earlier.meeting_id)
        groups = store.groups_of_meeting(session, meeting.id)
        kept = _forget(session, earlier, document)
        _meeting(session, meeting, parsed)
        ingest.store_attendance(session, meeting, parsed)
        _agenda(session, meeting, parsed)
        decisions = ingest.store_decisions(session, meeting, document, parsed)
        for decision in decisions:
            decision.published_at = now
            session.add(decision)
        retrieval.learn_acronyms(session, draft.text)
        retrieval.index_decisions(session, [d.id for d in decisions])
        proposed = [c for c in ingest.store_deadlines(session, groups, document, parsed, now,
                                                      skip=kept) if c.deadline > now]
        ingest.store_next_meeting(session, groups, parsed, meeting.date)
        session.execute(update(MinutesDraft).where(MinutesDraft.id == draft.id)
                        .values(document_id=document.id))
        channels = []
        if tell_channel:  # not told (an old meeting's archive): nobody hears, as on publishing
            channels = _tell(session, document, meeting, groups, changes, now)
            _followers(session, meeting, groups, decisions, changes, now)
        audit.record(session, now, platform, "minutes.replace", f"document:{document.id}",
                     actor_id=actor.person_id, replaces=earlier.id,
                     meeting=meeting.date.isoformat(), changes=len(changes.lines()))
        session.flush()
    return Replaced(document, earlier, groups, channels, changes, proposed)


def told(session: Session, done: Replaced) -> str:
    """What the publisher is told: replaced, what changed, who heard of it."""
    meeting = session.get(Meeting, done.document.meeting_id)
    text = t.REPLACED.format(when=texts.long_date(meeting.date),
                             changes=done.changes.summary() or t.NOTHING)
    if done.channels:
        text += t.REPLACED_TOLD.format(channels=texts.join_names([g.name
                                                                  for g in done.channels]))
    return text


def _meanwhile(session: Session, earlier: Document) -> str:
    """Someone published a newer version first (or took the minutes back): who, by name."""
    session.refresh(earlier)
    newer = published.current(session, earlier)
    person = directory.person(session, newer.uploaded_by) if newer.id != earlier.id else None
    meeting = session.get(Meeting, earlier.meeting_id)
    return t.REPLACED_MEANWHILE.format(name=person.name if person else t.SOMEONE.capitalize(),
                                       when=texts.long_date(meeting.date))


def _forget(session: Session, earlier: Document, document: Document) -> set[tuple[str, str]]:
    """The old version's decisions out of the tables and the search; its deadlines that nobody
    acted on go (the new version proposes its own), those opened or answered stay, now from
    the new version. Returns those kept, (title, deadline), so they are not proposed twice."""
    old = list(session.exec(select(Decision).where(Decision.document_id == earlier.id)))
    search.forget_decisions(session, [d.id for d in old])
    for decision in old:
        session.delete(decision)
    kept: set[tuple[str, str]] = set()
    for consultation in session.exec(select(Consultation).where(
            Consultation.source_document_id == earlier.id)).all():
        answered = session.exec(select(func.count()).select_from(Comment).where(
            Comment.consultation_id == consultation.id)).one()
        if consultation.status != ConsultationStatus.open and not answered:
            for link in session.exec(select(ConsultationGroup).where(
                    ConsultationGroup.consultation_id == consultation.id)).all():
                session.delete(link)
            session.delete(consultation)
        else:
            consultation.source_document_id = document.id
            session.add(consultation)
            kept.add(ingest.deadline_key(consultation.title, consultation.deadline.date()))
    session.flush()
    return kept


def _meeting(session: Session, meeting: Meeting, parsed: ParsedMinutes) -> None:
    """Date, time and place as the new version says them; what it leaves unsaid stays."""
    meeting.date = parsed.date or meeting.date
    if parsed.start:
        meeting.starts_at = meeting_service.moment(meeting.date, parsed.start)
    if parsed.end:
        meeting.ends_at = meeting_service.moment(meeting.date, parsed.end)
    meeting.place = parsed.place.strip() or meeting.place
    session.add(meeting)


def _agenda(session: Session, meeting: Meeting, parsed: ParsedMinutes) -> None:
    """The minutes' agenda, unless the meeting's agenda was planned with documents (underlag
    for the kallelse): that one is the secretary's own, not read from any version."""
    items = list(session.exec(select(AgendaItem).where(AgendaItem.meeting_id == meeting.id)))
    if any(item.documents for item in items):
        return
    for item in items:
        session.delete(item)
    session.flush()
    ingest.store_agenda(session, meeting, parsed)


def _tell(session: Session, document: Document, meeting: Meeting, groups: list[Group],
          changes: Changes, now) -> list[Group]:
    """One short message to each group's channel: what changed, and where to read it."""
    lines = changes.lines()
    shown = lines[:LINES_TOLD]
    if len(lines) > LINES_TOLD:
        shown.append(t.CHANNEL_REPLACED_MORE.format(count=len(lines) - LINES_TOLD))
    text = t.CHANNEL_REPLACED.format(when=texts.long_date(meeting.date),
                                     changes=changes.summary())
    url = published.page_url(document)
    source = markup.link(url, document.filename) if url else document.filename
    reply = Reply(text, [Section(markup.mark("\n").join(shown)),
                         Section(t.CHANNEL_SOURCE.format(document=source))])
    reached = []
    for group in groups:
        if recipients.channel_targets(group):
            recipients.to_group(session, f"replaced:{document.id}:{group.id}", group, reply, now)
            reached.append(group)
    return reached


def _followers(session: Session, meeting: Meeting, groups: list[Group],
               decisions: list[Decision], changes: Changes, now) -> None:
    """Those following a subject hear of a decision added or reworded, never again of one
    that stayed as it was."""
    new = changes.new_texts()
    names = texts.join_names([g.name for g in groups])
    for decision in decisions:
        if same_words(decision.text) not in new:
            continue
        label = item_label(decision.number, decision.item) or texts.DECISION_FALLBACK
        for person in follows.followers_matching(session, decision):
            said = t.FOLLOW_CHANGED.format(groups=names, when=texts.long_date(meeting.date),
                                           item=label)
            reply = Reply(said, [Section(markup.escape(decision.text))], ephemeral=False)
            # The version in the key: SQLite gives a new decision the id a deleted one had.
            recipients.dm(session, f"follow:{decision.document_id}:{decision.id}:{person.id}",
                          person, reply, now)
