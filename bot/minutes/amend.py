"""A correction of published minutes started on their page, without a file: a draft prefilled
from what is published (the meeting, attendance, agenda, decisions, deadlines), corrected on
the same review page as any upload, and published as a new version that replaces the old one
(bot/minutes/replace.py)."""

from __future__ import annotations

import hashlib
from datetime import datetime

from sqlmodel import Session, select

from bot.clock import local
from bot.minutes import review
from bot.minutes.reading import ParsedMinutes
from bot.minutes.reading.model import AgendaItem as ReadItem
from bot.minutes.reading.model import Attendee, Deadline, Substitution
from bot.minutes.reading.model import Decision as ReadDecision
from bot.roster.web_access import Access
from storage import meetings as store
from storage.models import (
    AgendaItem,
    Attendance,
    Consultation,
    Decision,
    Document,
    DocumentStatus,
    Meeting,
    MinutesDraft,
)


def start(session: Session, document_id: int, access: Access,
          now: datetime) -> MinutesDraft | None:
    """Her draft correcting the published minutes (the one she has open, or a new one); None
    when they are not published or not hers to correct, which the page answers alike."""
    document = session.get(Document, document_id)
    if document is None or document.status != DocumentStatus.published \
            or document.meeting_id is None:
        return None
    groups = [g for g in store.groups_of_meeting(session, document.meeting_id)
              if access.manages(g.id)]
    if not groups:
        return None
    waiting = session.exec(select(MinutesDraft).where(
        MinutesDraft.replaces_id == document.id, MinutesDraft.status == DocumentStatus.draft,
        MinutesDraft.uploaded_by == access.person.id)).first()
    if waiting is not None:  # pressed twice: the draft she has, with what she corrected
        return waiting
    earlier = session.exec(select(MinutesDraft.text).where(
        MinutesDraft.document_id == document.id)).first() or ""
    # No file: a mark of its own, so that the new version is a document of its own.
    digest = hashlib.sha256(f"rättelse:{document.id}:{access.person.id}:{now.isoformat()}"
                            .encode()).hexdigest()
    draft = MinutesDraft(sha256=digest, filename=document.filename, text=earlier,
                         parsed=review.to_data(as_read(session, document)), group_id=groups[0].id,
                         uploaded_by=access.person.id, created_at=now,
                         replaces_id=document.id)
    session.add(draft)
    session.flush()
    return draft


def as_read(session: Session, document: Document) -> ParsedMinutes:
    """The published minutes as if read again: what the meeting's rows say now."""
    meeting = session.get(Meeting, document.meeting_id)
    rows = session.exec(select(Attendance).where(Attendance.meeting_id == meeting.id)
                        .order_by(Attendance.id)).all()
    attendees = [Attendee(r.name, r.organisation, r.role, r.status == "present",
                          substitute_for=r.stands_in_for) for r in rows]
    substitutions = [Substitution(r.name, r.stands_in_for) for r in rows if r.stands_in_for]
    agenda = [ReadItem(title=i.title, presenters=[p.strip() for p in i.presenter.split(",")
                                                  if p.strip()])
              for i in session.exec(select(AgendaItem).where(
                  AgendaItem.meeting_id == meeting.id).order_by(AgendaItem.position,
                                                                AgendaItem.id))]
    decisions = [ReadDecision(d.item, d.text, d.context, d.number, d.approves, d.item_text)
                 for d in session.exec(select(Decision).where(
                     Decision.document_id == document.id).order_by(Decision.position,
                                                                   Decision.id))]
    deadlines = [Deadline(local(c.deadline).date(), c.title,
                          [n.strip() for n in c.owner_name.split(",") if n.strip()])
                 for c in session.exec(select(Consultation).where(
                     Consultation.source_document_id == document.id).order_by(Consultation.id))]
    return ParsedMinutes(
        source_name=document.filename, title=document.title,
        groups=[g.name for g in store.groups_of_meeting(session, meeting.id)],
        date=meeting.date, start=local(meeting.starts_at).time() if meeting.starts_at else None,
        end=local(meeting.ends_at).time() if meeting.ends_at else None,
        place=meeting.place or "", attendees=attendees, substitutions=substitutions,
        agenda=agenda, decisions=decisions, deadlines=deadlines)
