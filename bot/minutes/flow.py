"""Minutes sent to the bot in chat: read, shown back, then published or discarded.

Nothing is stored until a secretary presses Publicera; the file is read again then, so a
discarded or abandoned upload leaves no trace.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import func
from sqlmodel import select

from bot import audit, markup, texts
from bot.clock import local
from bot.consultations import service as consultations
from bot.context import Context
from bot.decisions import announce
from bot.minutes import intake, replace, targets, versions
from bot.minutes.ingest import IngestError, ingest_file, mark_published, sha256_of
from bot.minutes.reading import NotMinutesError, ParsedMinutes, bounded, readers
from bot.replies import Button, Reply, Request, Section
from bot.roster import permissions
from bot.roster.permissions import Right
from bot.texts import consultations as ct
from bot.texts import files as tf
from bot.texts import minutes as t
from bot.texts import replace as tr
from bot.texts.decisions import item_label
from storage import directory
from storage import meetings as store
from storage.ids import row_id
from storage.models import Decision, Document, DocumentStatus, Meeting, MeetingGroup

READABLE = (".pdf", ".docx", ".md", ".markdown", ".txt")
# Files the reader could not read at all (a scanned PDF, one with a password, a broken one):
# they may well be minutes, so the secretary hears why, privately, in a channel too.
UNREADABLE = frozenset({readers.NO_TEXT_LAYER, readers.ENCRYPTED, readers.BROKEN_PDF,
                        readers.BROKEN_DOCX})
CHANGES_SHOWN = 12  # differences listed in chat; the review page lists them all


def received(ctx: Context, request: Request, path: Path, filename: str, ref: str) -> Reply:
    """What the bot found in an uploaded file, with Publicera/Kasta for those who may.

    Someone who may publish nowhere is told so before the file is read. In a channel, a file
    that is not minutes gets no answer (an empty text): sharing files there is ordinary work,
    not a message to the bot.
    """
    actor = ctx.actor(request)
    if not permissions.publish_groups(ctx.session, actor):
        return _cannot_publish(ctx, request)
    try:
        parsed = bounded.parse(path, filename)
    except bounded.FileRefused as error:
        return Reply(tf.REFUSED.format(reason=error.reason_sv))
    except NotMinutesError as error:
        if not request.is_dm and error.reason_sv not in UNREADABLE:
            return Reply("")
        return Reply(t.NOT_MINUTES.format(file=filename, reason=error.reason_sv))
    if parsed.date is None:  # the review page takes the date, and then the minutes
        return Reply(t.NO_DATE_IN_SLACK.format(file=filename),
                     buttons=[Button(t.REVIEW_BUTTON, "minutes.review", ref, "primary"),
                              Button(t.DISCARD_BUTTON, "minutes.discard", ref)])
    groups = texts.join_names(parsed.groups) or texts.UNKNOWN_GROUP_NAME
    reply = Reply(t.UPLOAD_READ.format(file=filename, when=texts.long_date(parsed.date),
                                       groups=groups))
    reply.sections.append(Section(_facts(parsed)))
    # What Publicera will publish, every decision: the secretary checks it before it goes out.
    for decision in parsed.decisions:
        reply.sections.append(Section(t.PREVIEW_DECISION.format(
            item=item_label(decision.number, decision.item) or texts.DECISION_FALLBACK,
            text=decision.text)))
    if not parsed.decisions:  # more often missed by the reader than never taken
        reply.sections.append(Section(t.NO_DECISIONS_READ))
    if parsed.warnings:
        reply.sections.append(Section(t.UPLOAD_WARNINGS.format(
            warnings=" ".join(parsed.warnings[:5]))))
    if parsed.date > local(ctx.now()).date():  # Publicera would be refused: the date is wrong
        reply.sections.append(Section(t.MEETING_NOT_HELD_YET.format(
            when=texts.long_date(parsed.date))))
        reply.buttons = [Button(t.REVIEW_BUTTON, "minutes.review", ref),
                         Button(t.DISCARD_BUTTON, "minutes.discard", ref)]
        return reply
    digest = sha256_of(path)
    older = replace.older_version(ctx.session, digest, filename)
    if older is not None:  # a version since replaced: nothing to press
        return Reply(reply.text, [Section(older)])
    theirs = replace.published_named(ctx.session, parsed, digest)
    if theirs is not None and not replace.may_replace(ctx.session, actor, theirs):
        # A new version of another group's published minutes: whose they are to replace.
        return Reply(reply.text, [Section(replace.refusal(ctx.session, theirs))])
    chosen = targets.plan(ctx.session, actor, parsed.groups, _channel_group(ctx, request))
    for line in targets.describe(chosen):
        reply.sections.append(Section(line))
    if chosen.refusal is not None:
        reply.sections.append(Section(chosen.refusal.text))
        return reply
    published = _published_already(ctx, path, chosen)
    if published is not None:  # the same file again: nothing to press, and nothing is sent
        return Reply(reply.text, [Section(published)])
    # In whichever of her groups it would go: a body the roster lacks was published into one.
    earlier = versions.earlier_version(ctx.session, chosen.groups or chosen.choices, parsed.date,
                                     parsed, digest)
    if earlier is not None and earlier.status == DocumentStatus.published:
        return _new_version(ctx, reply, ref, earlier, parsed)
    if earlier is not None:  # Publicera would be refused: say so now, and offer only Kasta
        reply.sections.append(Section(versions.earlier_version_reason(ctx.session, earlier)))
        reply.buttons = [Button(t.DISCARD_BUTTON, "minutes.discard", ref)]
        return reply
    news = announce.is_news(parsed.date, ctx.now())
    if chosen.choices:
        reply.buttons = _choice_buttons(ref, chosen.choices, news)
        if not news:  # a body the roster lacks has old minutes too: the archive, by default
            reply.sections.append(Section(t.OLD_MEETING_IN_SLACK))
    elif news:
        reply.buttons = [Button(t.PUBLISH_BUTTON, "minutes.publish",
                                button_value(ref, chosen.groups), "primary")]
    else:  # an old meeting's minutes: into the archive, or told after all if she wants
        reply.sections.append(Section(t.OLD_MEETING_IN_SLACK))
        reply.buttons = [Button(t.PUBLISH_QUIETLY_BUTTON, "minutes.publish",
                                button_value(ref, chosen.groups, quietly=True), "primary"),
                         Button(t.PUBLISH_BUTTON, "minutes.publish",
                                button_value(ref, chosen.groups))]
    reply.buttons.append(Button(t.REVIEW_BUTTON, "minutes.review", ref))  # correct on the web
    reply.buttons.append(Button(t.DISCARD_BUTTON, "minutes.discard", ref))
    return reply


def _new_version(ctx: Context, reply: Reply, ref: str, earlier: Document,
                 parsed: ParsedMinutes) -> Reply:
    """A new version of published minutes: what differs, and the review on the web page, where
    Publicera replaces the published version (bot/minutes/replace.py)."""
    changes = replace.between(ctx.session, earlier, parsed)
    reply.sections.append(Section(replace.describe(ctx.session, earlier, in_chat=True)))
    if changes.empty:  # nothing to replace: said, and only Kasta
        reply.sections.append(Section(tr.SAME_AS_PUBLISHED))
        reply.buttons = [Button(t.DISCARD_BUTTON, "minutes.discard", ref)]
        return reply
    reply.sections.append(Section(markup.mark("\n").join(
        [tr.DIFF_HEADING_IN_CHAT, *changes.lines()[:CHANGES_SHOWN]])))
    reply.buttons = [Button(tr.REVIEW_NEW_VERSION_BUTTON, "minutes.review", ref, "primary"),
                     Button(t.DISCARD_BUTTON, "minutes.discard", ref)]
    return reply


def _choice_buttons(ref: str, choices, news: bool) -> list[Button]:
    """One Publicera for each group she may choose; for an old meeting's minutes, first the
    same without telling the channel."""
    buttons = []
    for n, group in enumerate(choices):
        if not news:
            buttons.append(Button(t.PUBLISH_QUIETLY_IN_BUTTON.format(group=group.name),
                                  "minutes.publish", button_value(ref, [group], quietly=True),
                                  "primary" if n == 0 else None))
        buttons.append(Button(t.PUBLISH_IN_BUTTON.format(group=group.name),
                              "minutes.publish", button_value(ref, [group]),
                              "primary" if n == 0 and news else None))
    return buttons


def _cannot_publish(ctx: Context, request: Request) -> Reply:
    """No: naming the channel's group when the person is in it (they know it), else none."""
    actor = ctx.actor(request)
    group = _channel_group(ctx, request)
    named = group if group is not None and actor.role_in(group.id) is not None else None
    return permissions.refusal(ctx.session, actor, Right.publish_minutes,
                               named or intake.own_group(ctx, actor))


def button_value(ref: str, groups, quietly: bool = False) -> str:
    """'F123|C0SBU0001|7': the file, the channel it was shared in, the chosen group(s), and
    '|tyst' for publishing without telling the channel."""
    value = f"{ref}|{','.join(str(g.id) for g in groups)}"
    return f"{value}|{announce.QUIETLY}" if quietly else value


def read_button(value: str) -> tuple[str, str, list[int], bool]:
    """(file id, channel, chosen group ids, quietly) from a Publicera button; forged parts count
    as nothing chosen, and are checked again by `targets.plan` anyway."""
    file_id, _, rest = value.partition("|")
    channel, _, rest = rest.partition("|")
    ids, _, flag = rest.partition("|")
    chosen = [number for part in ids.split(",") if (number := row_id(part))][:50]
    return file_id, channel, chosen, flag == announce.QUIETLY


def _channel_group(ctx: Context, request: Request):
    if request.is_dm:
        return None
    group = directory.group_by_channel(ctx.session, request.channel_id)
    # Several workspaces: another region's channel id (a forged button) is no group here.
    return group if directory.in_workspace(group, request.workspace) else None


def _facts(parsed: ParsedMinutes) -> str:
    nxt = ""
    if parsed.next_meeting and parsed.next_meeting.date:
        nxt = t.NEXT_MEETING.format(when=texts.long_date(parsed.next_meeting.date))
    return t.UPLOAD_FACTS.format(decisions=len(parsed.decisions),
                                 deadlines=len(parsed.deadlines), next=nxt)


def publish(
    ctx: Context, request: Request, path: Path, filename: str, url: str = "",
    day: date | None = None, chosen: list[int] | None = None, ref: str = "",
    quietly: bool = False,
) -> Reply:
    """Stores the minutes and announces the decisions (not `quietly`: an archive's old minutes);
    pressing twice sends nothing new.

    Where they go is decided again here, from the file and the publisher's rights; the choice a
    button carries counts only where the minutes left it to her (targets.plan).
    """
    actor = ctx.actor(request)
    if not permissions.publish_groups(ctx.session, actor):
        return _cannot_publish(ctx, request)
    try:
        parsed = bounded.parse(path, filename)
    except bounded.FileRefused as error:
        return Reply(tf.REFUSED.format(reason=error.reason_sv))
    except NotMinutesError as error:
        return Reply(t.NOT_MINUTES.format(file=filename, reason=error.reason_sv))
    where = targets.plan(ctx.session, actor, parsed.groups, _channel_group(ctx, request), chosen)
    if where.refusal is not None:
        return where.refusal
    if where.choices:  # an old button, or none chosen: ask first
        reply = Reply(" ".join(targets.describe(where)))
        reply.buttons = [Button(t.PUBLISH_IN_BUTTON.format(group=g.name), "minutes.publish",
                                button_value(ref, [g], quietly))
                         for g in where.choices]
        return reply
    existing = _already_stored(ctx, path)
    older = replace.older_version(ctx.session, existing.sha256, filename) if existing else None
    if older is not None:  # a button from before the new version: it stays replaced
        return Reply(older)
    if existing is not None:
        return _publish_again(ctx, request, actor, existing, where.groups, quietly)
    try:
        result = ingest_file(ctx.session, path, ctx.clock, date=day,
                             uploaded_by=actor.person_id, filename=filename, groups=where.groups)
    except IngestError as error:
        return Reply(t.NO_DATE_IN_SLACK.format(file=filename) if error.kind == "no_date"
                     else t.NOT_MINUTES.format(file=filename, reason=error.reason))
    document = result.document
    if url and not document.url:
        document.url = url
    if not mark_published(ctx.session, document, ctx.now()):
        return Reply(t.ALREADY_PUBLISHED)
    audit.record_request(ctx, request, "minutes.publish", f"document:{document.id}",
                         groups=[g.slug for g in result.groups],
                         meeting=result.meeting.date.isoformat())
    reply = _announced(ctx, document, result.meeting, quietly)
    if where.left_out:
        reply.sections.append(Section(t.LEFT_OUT.format(
            groups=texts.join_names([g.name for g in where.left_out]))))
    for consultation in result.consultations:  # deadlines in the minutes, to confirm
        if consultation.deadline > ctx.now():
            reply.sections.append(Section(ct.PROPOSED.format(
                title=consultation.title, deadline=consultations.deadline_text(consultation))))
            reply.buttons.append(Button(ct.CONFIRM_BUTTON, "consultation.confirm",
                                        str(consultation.id), "primary"))
    return reply


def _published_already(ctx: Context, path: Path, chosen: targets.Plan) -> str | None:
    """Why nothing is offered for this very file, published before in the groups it would go
    to (or, for a body the roster lacks, in one of those she could choose); None otherwise,
    as when a joint meeting's minutes still lack one of her groups."""
    document = _already_stored(ctx, path)
    if document is None or document.status != DocumentStatus.published:
        return None
    linked = store.groups_of_meeting(ctx.session, document.meeting_id)
    ids = {g.id for g in linked}
    if chosen.groups and not {g.id for g in chosen.groups} <= ids:
        return None
    if chosen.choices and not ids & {g.id for g in chosen.choices}:
        return None
    meeting = ctx.session.get(Meeting, document.meeting_id)
    return t.SAME_FILE_PUBLISHED.format(
        when=texts.long_date(meeting.date), groups=texts.join_names([g.name for g in linked]),
        published=texts.long_date(local(document.published_at or document.created_at).date()))


def _already_stored(ctx: Context, path: Path) -> Document | None:
    digest = sha256_of(path)
    found = ctx.session.exec(select(Document).where(Document.sha256 == digest)).first()
    return found if found is not None and found.meeting_id is not None else None


def _announced(ctx: Context, document: Document, meeting: Meeting, quietly: bool) -> Reply:
    """The decisions told to the groups' channels (unless `quietly`), and what she is told."""
    reached = [] if quietly else announce.announce(ctx.session, document, ctx.now())
    return Reply(published_text(ctx.session, document, meeting.date, reached, quietly))


def published_text(session, document: Document, day: date, reached, quietly: bool) -> str:
    """'Klart. Besluten från … är publicerade i …', or, for minutes without a decision, that
    the minutes are, without decisions."""
    when = texts.long_date(day)
    channels = texts.join_names([g.name for g in reached]) or texts.CHANNEL_FALLBACK
    if decision_count(session, document) == 0:
        return (t.PUBLISHED_NONE_QUIETLY_IN_SLACK.format(when=when) if quietly
                else t.PUBLISHED_NONE_IN_SLACK.format(when=when, channels=channels))
    return (t.PUBLISHED_QUIETLY_IN_SLACK.format(when=when) if quietly
            else t.PUBLISHED_IN_SLACK.format(when=when, channels=channels))


def decision_count(session, document: Document) -> int:
    return session.exec(select(func.count()).select_from(Decision).where(
        Decision.document_id == document.id)).one()


def _publish_again(ctx: Context, request: Request, actor, document: Document, groups,
                   quietly: bool = False) -> Reply:
    """The same file once more: the publisher's groups not yet reached get it, nothing else.

    Minutes read on the command line but not published may belong to groups that are not hers:
    then she may not publish them.
    """
    linked = store.groups_of_meeting(ctx.session, document.meeting_id)
    if document.status != DocumentStatus.published:
        foreign = [g for g in linked if not permissions.may(actor, Right.publish_minutes, g.id)]
        if foreign:
            return permissions.refused(t.NOT_YOUR_GROUPS.format(
                groups=texts.join_names([g.name for g in foreign]),
                contact=permissions.contact_for(ctx.session, foreign[0])))
    new = [g for g in groups if g not in linked]
    for group in new:
        ctx.session.add(MeetingGroup(meeting_id=document.meeting_id, group_id=group.id))
    ctx.session.flush()
    if not mark_published(ctx.session, document, ctx.now()) and not new:
        return Reply(t.ALREADY_PUBLISHED)
    audit.record_request(ctx, request, "minutes.publish", f"document:{document.id}",
                         groups=[g.slug for g in new or linked])
    return _announced(ctx, document, ctx.session.get(Meeting, document.meeting_id), quietly)


def discard(ctx: Context, request: Request, value: str) -> Reply:
    """Nothing was stored, so nothing is removed; only someone who may publish presses it."""
    if not permissions.publish_groups(ctx.session, ctx.actor(request)):
        return _cannot_publish(ctx, request)
    audit.record_request(ctx, request, "minutes.discard", value.partition("|")[0])
    return Reply(t.DISCARDED)
