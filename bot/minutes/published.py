"""A published set of minutes on the web page: the meeting, its decisions, and the text of the
minutes when they were read on the web. It is the address an answer's 'Källa:' links to when
the minutes have no other (read on the web page or from the command line, where Slack gives
no permalink). Only the members of the meeting's groups (and administrators) see it: the
text names who came and who did not."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlmodel import Session, select

from bot.settings import Settings
from storage import meetings as store
from storage.models import Decision, Document, DocumentStatus, Group, Meeting

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
    return PublishedView(document, session.get(Meeting, document.meeting_id), groups,
                         decisions, text)
