"""A published set of minutes on the web page: the meeting, its decisions, and the text of the
minutes when they were read on the web. It is the address an answer's 'Källa:' links to when
the minutes have no other (read on the web page or from the command line, where Slack gives
no permalink). Only the members of the meeting's groups (and administrators) see it: the
text names who came and who did not."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlmodel import Session, select

from bot.settings import Settings
from storage import meetings as store
from storage.models import Decision, Document, DocumentStatus, Group, Meeting, Person

if TYPE_CHECKING:  # answers link here: `samverkansbot ask` maps no table it does not read
    from bot.roster.web_access import Access

PATH = "/webb/protokoll/publicerade/{id}"


@dataclass
class PublishedView:
    document: Document
    meeting: Meeting
    groups: list[Group]
    decisions: list[Decision]
    text: str  # the minutes' text as read on the web page; "" when read elsewhere
    versions: list[Document] = field(default_factory=list)  # oldest first, this one last
    publishers: dict[int, str] = field(default_factory=dict)  # person id → name
    may_correct: bool = False  # she may publish a new version of them


def newer_version(session: Session, access: Access, document_id: int) -> int | None:
    """The version in force of minutes that were replaced, for a link to the old version
    (kept in answers, in Slack, in e-mail); None when there is none, or it is not hers to see."""
    document = session.get(Document, document_id)
    if document is None or document.status != DocumentStatus.replaced:
        return None
    newest = current(session, document)
    if newest.status != DocumentStatus.published or newest.id == document.id:
        return None
    return newest.id if view_for(session, access, newest.id) is not None else None


def page_url(document: Document | None) -> str:
    """Where a published set of minutes can be read: its own address (a Slack permalink, a
    link given on the command line), else its page on the web; "" for minutes not published."""
    if document is None:
        return ""
    if document.url:
        return document.url
    if document.status != DocumentStatus.published or document.id is None:
        return ""
    return Settings.from_env().web_url() + PATH.format(id=document.id)


def view_for(session: Session, access: Access, document_id: int) -> PublishedView | None:
    """The minutes as their page shows them, or None: not published, or not hers to see (no
    member of any of the meeting's groups), which the page answers alike, with 404."""
    document = session.get(Document, document_id)
    if document is None or document.status != DocumentStatus.published \
            or document.meeting_id is None:
        return None
    groups = store.groups_of_meeting(session, document.meeting_id)
    if not any(access.is_member(group.id) for group in groups):
        return None
    from storage.models import MinutesDraft  # the drafts' table, mapped when first named

    decisions = list(session.exec(select(Decision).where(Decision.document_id == document.id)
                                  .order_by(Decision.position, Decision.id)).all())
    text = session.exec(select(MinutesDraft.text).where(
        MinutesDraft.document_id == document.id,
        MinutesDraft.status == DocumentStatus.published)).first() or ""
    versions = history(session, document)
    names = {p.id: p.name for p in session.exec(select(Person).where(
        Person.id.in_([v.uploaded_by for v in versions if v.uploaded_by])))}
    return PublishedView(document, session.get(Meeting, document.meeting_id), groups,
                         decisions, text, versions if len(versions) > 1 else [], names,
                         any(access.manages(group.id) for group in groups))


def current(session: Session, document: Document) -> Document:
    """The version in force of the minutes `document` was a version of (itself, if it is)."""
    seen = {document.id}
    while document.status == DocumentStatus.replaced:
        newer = session.exec(select(Document).where(Document.replaces_id == document.id)
                             .order_by(Document.id.desc())).first()
        if newer is None or newer.id in seen:
            break
        seen.add(newer.id)
        document = newer
    return document


def history(session: Session, document: Document) -> list[Document]:
    """Every version up to `document`, oldest first."""
    found = [document]
    while found[0].replaces_id is not None and len(found) < 100:
        earlier = session.get(Document, found[0].replaces_id)
        if earlier is None:
            break
        found.insert(0, earlier)
    return found

