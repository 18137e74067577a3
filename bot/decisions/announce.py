"""Publishing minutes: one message to each group's channel with the decisions, sent once."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlmodel import Session, select

from bot import markup, recipients, texts
from bot.clock import local
from bot.decisions import follows
from bot.replies import Reply, Section
from bot.texts import minutes as t
from bot.texts.decisions import item_label
from storage import meetings as store
from storage.models import Decision, Document, Group, Meeting

# Minutes of a meeting held longer ago than this are an archive being filled in (a secretary
# loading last year's minutes so they can be asked about), not news for the group's channel:
# publishing proposes not to tell it (the review page) or offers to (Slack).
ARCHIVE_AFTER = timedelta(days=365)
QUIETLY = "tyst"  # the last part of a Publicera utan meddelande button's value (Slack, Teams)
SHOWN = 8  # decisions written out in full; the rest are counted, never cut mid-sentence


def is_news(day: date | None, now: datetime) -> bool:
    """Whether minutes of a meeting on `day` are news for the group's channel."""
    return day is None or day >= local(now).date() - ARCHIVE_AFTER


def announcement(session: Session, document: Document) -> Reply:
    meeting = session.get(Meeting, document.meeting_id)
    groups = store.groups_of_meeting(session, meeting.id)
    names = texts.join_names([g.name for g in groups])
    when = texts.long_date(meeting.date)
    decisions = list(session.exec(
        select(Decision).where(Decision.document_id == document.id).order_by(Decision.position)
    ).all())
    source = markup.link(document.url, document.filename) if document.url else document.filename
    if not decisions:  # the minutes still went out: where to read them
        return Reply(t.ANNOUNCE_NONE.format(when=when, groups=names),
                     [Section(t.ANNOUNCE_SOURCE.format(document=source))])
    reply = Reply(t.ANNOUNCE_TITLE.format(groups=names, when=when))
    for decision in decisions[:SHOWN]:
        # "Gruppen bifaller Ingmars förslag": say what was approved, too.
        reply.sections.append(Section(t.ANNOUNCE_ITEM.format(
            item=_label(decision), text=_what(decision))))
    if len(decisions) > SHOWN:
        example = (decisions[SHOWN].item or decisions[SHOWN].text).split()[0]
        reply.sections.append(Section(t.ANNOUNCE_MORE.format(
            count=len(decisions) - SHOWN, example=example)))
    reply.sections.append(Section(t.ANNOUNCE_SOURCE.format(document=source)))
    return reply


def announce(session: Session, document: Document, now: datetime) -> list[Group]:
    """Queues the announcement for every group channel, and a DM to everyone following a
    matching subject; a second call adds nothing."""
    notify_followers(session, document, now)
    reply = announcement(session, document)
    meeting = session.get(Meeting, document.meeting_id)
    reached = []
    for group in store.groups_of_meeting(session, meeting.id):
        if recipients.channel_targets(group):
            recipients.to_group(session, f"announce:{document.id}:{group.id}", group, reply, now)
            reached.append(group)
    return reached


def _label(decision: Decision) -> str:
    """The item as the minutes number it ('§ 12 …', 'Punkt 3 …'), never a § they lack."""
    return item_label(decision.number, decision.item) or texts.DECISION_FALLBACK


def _what(decision: Decision):
    """The decision as markup, with the proposal an approval approved."""
    if not decision.approves:
        return markup.escape(decision.text)
    return markup.mark("{text}\n{proposal}").format(
        text=decision.text, proposal=t.ANNOUNCE_PROPOSAL.format(proposal=decision.approves)
    )


def notify_followers(session: Session, document: Document, now: datetime) -> int:
    meeting = session.get(Meeting, document.meeting_id)
    names = texts.join_names([g.name for g in store.groups_of_meeting(session, meeting.id)])
    sent = 0
    for decision in session.exec(select(Decision).where(Decision.document_id == document.id)):
        for person in follows.followers_matching(session, decision):
            reply = Reply(t.FOLLOW_NOTICE.format(groups=names, when=texts.long_date(meeting.date),
                                                 item=_label(decision)),
                          [Section(_what(decision))], ephemeral=False)
            sent += recipients.dm(session, f"follow:{decision.id}:{person.id}", person, reply,
                                  now)
    return sent
