"""Publishing minutes: one message to each group's channel with the decisions, sent once."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlmodel import Session, select

from bot import markup, recipients, texts
from bot.clock import local
from bot.decisions import follows
from bot.minutes import published
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
SHOWN = 8  # decisions written out in full; the rest are listed by their items
LISTED = 40  # items of the rest named one a line; more are counted
EXAMPLES_TRIED = 5  # item titles tried as the example question, until the search finds one
EXAMPLE_WORDS = 6  # words of an item's title in the example question


def is_news(day: date | None, now: datetime) -> bool:
    """Whether minutes of a meeting on `day` are news for the group's channel."""
    return day is None or day >= local(now).date() - ARCHIVE_AFTER


def announcement(session: Session, document: Document, today: date | None = None) -> Reply:
    meeting = session.get(Meeting, document.meeting_id)
    groups = store.groups_of_meeting(session, meeting.id)
    names = texts.join_names([g.name for g in groups])
    when = texts.long_date(meeting.date)
    decisions = list(session.exec(
        select(Decision).where(Decision.document_id == document.id).order_by(Decision.position)
    ).all())
    url = published.page_url(document)
    source = markup.link(url, document.filename) if url else document.filename
    if not decisions:  # the minutes still went out: where to read them
        return Reply(t.ANNOUNCE_NONE.format(when=when, groups=names),
                     [Section(t.ANNOUNCE_SOURCE.format(document=source))])
    reply = Reply(t.ANNOUNCE_TITLE.format(groups=names, when=when))
    written, rest = _split(decisions)
    for label, shown in _by_item(written):
        # "Gruppen bifaller Ingmars förslag": say what was approved, too. An item with several
        # decisions is named once, its decisions under it.
        text = (_what(shown[0]) if len(shown) == 1 else markup.mark("\n").join(
            t.ANNOUNCE_POINT.format(text=_what(d)) for d in shown))
        reply.sections.append(Section(t.ANNOUNCE_ITEM.format(item=label, text=text)))
    if rest:
        reply.sections.append(Section(_the_rest(session, document, rest, today or meeting.date)))
    reply.sections.append(Section(t.ANNOUNCE_SOURCE.format(document=source)))
    return reply


def _split(decisions: list[Decision]) -> tuple[list[Decision], list[Decision]]:
    """(written out, listed by item): whole items up to SHOWN decisions, so that no item is
    both written out and listed; the first item's first SHOWN when it alone has more."""
    written: list[Decision] = []
    for index, (_, group) in enumerate(_by_item(decisions)):
        if len(written) + len(group) > SHOWN:
            if index == 0:
                written = group[:SHOWN]
            break
        written.extend(group)
    return written, decisions[len(written):]


def _by_item(decisions: list[Decision]) -> list[tuple[str, list[Decision]]]:
    """The decisions under their items, in the minutes' order: one item's several decisions
    (its att-satser) together."""
    grouped: list[tuple[str, list[Decision]]] = []
    for decision in decisions:
        label = _label(decision)
        if grouped and grouped[-1][0] == label and decision.item:
            grouped[-1][1].append(decision)
        else:
            grouped.append((label, [decision]))
    return grouped


def _the_rest(session: Session, document: Document, rest: list[Decision], today: date):
    """The decisions not written out, by item, one line each, and a question that finds one
    of them: the title of one of their items, asked as the question search answers it."""
    grouped = _by_item(rest)
    lines = [t.ANNOUNCE_MORE.format(count=len(rest))]
    for label, shown in grouped[:LISTED]:
        lines.append(t.ANNOUNCE_MORE_ITEM.format(item=label) if len(shown) == 1 else
                     t.ANNOUNCE_MORE_ITEMS.format(item=label, count=len(shown)))
    if len(grouped) > LISTED:
        lines.append(t.ANNOUNCE_MORE_COUNTED.format(count=len(grouped) - LISTED))
    example = _example(session, document, [d for _, (d, *_) in grouped], today)
    lines.append(t.ANNOUNCE_ASK.format(example=example) if example else t.ANNOUNCE_ASK_BARE)
    return markup.mark("\n").join(lines)


def _example(session: Session, document: Document, decisions: list[Decision],
             today: date) -> str:
    """'/beslut Barnahus i Örebro län': an item's title that the question search answers with
    a decision of these minutes first; "" when none of the titles tried is found so."""
    from bot.decisions import questions  # the search, which announcing otherwise never needs

    for decision in [d for d in decisions if d.item][:EXAMPLES_TRIED]:
        words = decision.item.split()[:EXAMPLE_WORDS]
        question = " ".join(words).strip(" .,:;–-")
        found = questions.first_found(session, question, today)
        if found is not None and found.document_id == document.id:
            return f"/beslut {question}"
    return ""


def announce(session: Session, document: Document, now: datetime) -> list[Group]:
    """Queues the announcement for every group channel, and a DM to everyone following a
    matching subject; a second call adds nothing."""
    notify_followers(session, document, now)
    reply = announcement(session, document, local(now).date())
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
