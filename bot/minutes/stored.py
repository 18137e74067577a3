"""Minutes stored by `samverkansbot ingest`: listed, published or discarded, as in chat.

Publishing does what the Publicera button does, announcement included, once however often it
is asked. Discarding a draft takes back what it stored (its decisions, the remisser proposed
from it), so the same file can be read in again later.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, func, select

from bot.decisions import announce
from bot.minutes.ingest import mark_published
from storage import meetings as store
from storage import search
from storage.models import (
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


@dataclass
class Stored:
    id: int
    filename: str
    status: str
    day: date | None
    groups: list[str]
    decisions: int


def listing(session: Session) -> list[Stored]:
    """Every stored set of minutes, newest meeting first."""
    found = []
    for document in session.exec(select(Document).order_by(Document.id)).all():
        meeting = session.get(Meeting, document.meeting_id) if document.meeting_id else None
        groups = store.groups_of_meeting(session, meeting.id) if meeting else []
        count = session.exec(select(func.count()).select_from(Decision).where(
            Decision.document_id == document.id)).one()
        found.append(Stored(document.id, document.filename, document.status,
                            meeting.date if meeting else None, [g.name for g in groups], count))
    return sorted(found, key=lambda s: (s.day or date.min, s.id), reverse=True)


def publish(session: Session, document_id: int, now: datetime) -> tuple[Document | None, bool,
                                                                         list[Group]]:
    """(the document, whether this call published it, the groups announced to)."""
    document = session.get(Document, document_id)
    if document is None or document.status == DocumentStatus.discarded:
        return None, False, []
    if not mark_published(session, document, now):
        return document, False, []
    return document, True, announce.announce(session, document, now)


@dataclass
class Discarded:
    document: Document | None
    refused: bool = False  # published minutes are not taken back here
    decisions: int = 0
    proposals: int = 0


def discard(session: Session, document_id: int) -> Discarded:
    document = session.get(Document, document_id)
    if document is None:
        return Discarded(None)
    if document.status in (DocumentStatus.published, DocumentStatus.replaced):
        return Discarded(document, refused=True)  # published, or kept as a version's record
    decisions = list(session.exec(select(Decision).where(Decision.document_id == document.id)))
    search.forget_decisions(session, [d.id for d in decisions])
    for decision in decisions:
        session.delete(decision)
    proposals = 0
    for consultation in session.exec(select(Consultation).where(
            Consultation.source_document_id == document.id)).all():
        answered = session.exec(select(func.count()).select_from(Comment).where(
            Comment.consultation_id == consultation.id)).one()
        if consultation.status != ConsultationStatus.open and not answered:
            # Proposed from the draft, or a passed deadline kept from it: both go with it.
            for link in session.exec(select(ConsultationGroup).where(
                    ConsultationGroup.consultation_id == consultation.id)).all():
                session.delete(link)
            session.delete(consultation)
            proposals += 1
        else:  # opened already, or answered: it stays, without its source
            consultation.source_document_id = None
            session.add(consultation)
    for draft in session.exec(select(MinutesDraft).where(
            MinutesDraft.document_id == document.id)).all():
        draft.document_id = None  # a draft read on the web keeps its text, not the link
        session.add(draft)
    session.flush()
    result = Discarded(Document(id=document.id, filename=document.filename,
                                sha256=document.sha256, created_at=document.created_at),
                       decisions=len(decisions), proposals=proposals)
    session.delete(document)
    session.flush()
    return result
