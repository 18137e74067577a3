"""Another version of minutes already stored: the ojusterade, then the justerade; a DOCX, then
its PDF. Stored too, each decision would be there twice, in answers and in the channel, so it
is refused before anything is stored, with what to do instead."""

from __future__ import annotations

import unicodedata
from datetime import date

from sqlmodel import Session, select

from bot import texts
from bot.minutes.reading import ParsedMinutes
from bot.texts import minutes as mt
from storage import directory
from storage import meetings as store
from storage.collation import sort_names
from storage.models import Decision, Document, DocumentStatus, Group, Meeting


def earlier_version(session: Session, groups: list[Group], day: date | None,
                    parsed: ParsedMinutes, digest: str) -> Document | None:
    """Minutes of the same meeting stored before from another file, deciding mostly the same
    words: another version of them (the ojusterade, then the justerade; a DOCX, then its PDF).
    Storing this one too would give each decision twice, in answers and in the channel."""
    if day is None or not parsed.decisions or not groups:
        return None
    meetings = [m.id for m in store.on_date(session, [g.id for g in groups], day)]
    if not meetings:
        return None
    wanted = [_same_words(d.text) for d in parsed.decisions]
    documents = session.exec(select(Document).where(
        Document.meeting_id.in_(meetings), Document.sha256 != digest,
        Document.status != DocumentStatus.discarded).order_by(Document.id)).all()
    for document in documents:
        stored = {_same_words(text) for text in session.exec(
            select(Decision.text).where(Decision.document_id == document.id))}
        # Most of them, not one: "Dagordningen godkändes." is in every set of minutes.
        if 2 * sum(words in stored for words in wanted) >= len(wanted):
            return document
    return None


def earlier_version_reason(session: Session, document: Document) -> str:
    """Why the minutes are not stored, and what to do: in plain text, for every platform."""
    meeting = session.get(Meeting, document.meeting_id)
    groups = texts.join_names([g.name for g in store.groups_of_meeting(session, meeting.id)])
    # Plain text, as a reader's reason is: it is escaped where it is said.
    found = str.format(mt.EARLIER_VERSION, when=texts.long_date(meeting.date), groups=groups,
                       file=document.filename)
    if document.status != DocumentStatus.published:
        return f"{found} {str.format(mt.EARLIER_VERSION_DRAFT, id=document.id)}"
    return f"{found} {_who_corrects(session, document, meeting)}"


def _who_corrects(session: Session, document: Document, meeting: Meeting) -> str:
    """How a published set of minutes is corrected (a new version, reviewed on the web page,
    replaces it: bot/minutes/replace.py), and who may: the groups' secretaries and chair, by
    name, and who published it."""
    leaders = [p.name for g in store.groups_of_meeting(session, meeting.id)
               for p in directory.people_in_roles(session, g.id, ("secretary", "chair"))]
    said = str.format(mt.EARLIER_VERSION_PUBLISHED,
                      secretaries=texts.join_names(sort_names(set(leaders)))
                      or mt.EARLIER_VERSION_NOBODY)
    publisher = directory.person(session, document.uploaded_by)
    if publisher is not None:
        said += str.format(mt.EARLIER_VERSION_PUBLISHED_BY, name=publisher.name)
    return said


def _same_words(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split()).casefold().rstrip(". ")
