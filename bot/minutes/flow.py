"""Minutes sent to the bot in chat: read, shown back, then published or discarded.

Nothing is stored until a secretary presses Publicera; the file is read again then, so a
discarded or abandoned upload leaves no trace.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bot import texts
from bot.consultations import service as consultations
from bot.context import Context
from bot.decisions import announce
from bot.minutes.ingest import IngestError, ingest_file, mark_published, match_group
from bot.minutes.reading import NotMinutesError, ParsedMinutes, bounded
from bot.replies import Button, Reply, Request, Section
from bot.roster import permissions
from bot.roster.permissions import Right
from bot.texts import consultations as ct
from bot.texts import files as tf
from bot.texts import minutes as t
from storage import directory

READABLE = (".pdf", ".docx", ".md", ".markdown", ".txt")


def received(ctx: Context, request: Request, path: Path, filename: str, ref: str) -> Reply:
    """What the bot found in an uploaded file, with Publicera/Kasta for those who may.

    Someone who may publish nowhere is told so before the file is read. In a channel, a file
    that is not minutes gets no answer (an empty text): sharing files there is ordinary work,
    not a message to the bot.
    """
    actor = ctx.actor(request)
    if not permissions.publish_groups(ctx.session, actor):
        return permissions.refusal(ctx.session, actor, Right.publish_minutes)
    try:
        parsed = bounded.parse(path, filename)
    except bounded.FileRefused as error:
        return Reply(tf.REFUSED.format(reason=error.reason_sv))
    except NotMinutesError as error:
        if not request.is_dm:
            return Reply("")
        return Reply(t.NOT_MINUTES.format(file=filename, reason=error.reason_sv))
    if parsed.date is None:
        return Reply(t.NO_DATE_IN_SLACK.format(file=filename))
    groups = texts.join_names(parsed.groups) or texts.UNKNOWN_GROUP_NAME
    reply = Reply(t.UPLOAD_READ.format(file=filename, when=texts.long_date(parsed.date),
                                       groups=groups))
    reply.sections.append(Section(_facts(parsed)))
    if parsed.warnings:
        reply.sections.append(Section(t.UPLOAD_WARNINGS.format(
            warnings=" ".join(parsed.warnings[:5]))))
    if _may_publish(ctx, request, parsed):
        reply.buttons = [
            Button(t.PUBLISH_BUTTON, "minutes.publish", ref, "primary"),
            Button(t.DISCARD_BUTTON, "minutes.discard", ref),
        ]
    return reply


def _facts(parsed: ParsedMinutes) -> str:
    nxt = ""
    if parsed.next_meeting and parsed.next_meeting.date:
        nxt = t.NEXT_MEETING.format(when=texts.long_date(parsed.next_meeting.date))
    return t.UPLOAD_FACTS.format(decisions=len(parsed.decisions),
                                 deadlines=len(parsed.deadlines), next=nxt)


def _may_publish(ctx: Context, request: Request, parsed: ParsedMinutes) -> bool:
    person = ctx.person(request)
    if person is None:
        return False
    groups = _groups_for(ctx, request, parsed)
    return any(_is_publisher(ctx, request, g.id) for g in groups)


def _groups_for(ctx: Context, request: Request, parsed: ParsedMinutes):
    channel_group = directory.group_by_channel(ctx.session, request.channel_id)
    if channel_group is not None:
        return [channel_group]
    known = directory.all_groups(ctx.session)
    return [g for g in (match_group(known, name) for name in parsed.groups) if g is not None]


def _is_publisher(ctx: Context, request: Request, group_id: int) -> bool:
    return permissions.may(ctx.actor(request), Right.publish_minutes, group_id)


def publish(
    ctx: Context, request: Request, path: Path, filename: str, url: str = "",
    day: date | None = None,
) -> Reply:
    """Stores the minutes and announces the decisions; pressing twice sends nothing new."""
    person = ctx.person(request)
    try:
        parsed = bounded.parse(path, filename)
    except bounded.FileRefused as error:
        return Reply(tf.REFUSED.format(reason=error.reason_sv))
    except NotMinutesError as error:
        return Reply(t.NOT_MINUTES.format(file=filename, reason=error.reason_sv))
    groups = _groups_for(ctx, request, parsed)
    if person is None or not any(_is_publisher(ctx, request, g.id) for g in groups):
        actor = ctx.actor(request)
        named = [g for g in groups if actor.role_in(g.id) is not None]
        return permissions.refusal(ctx.session, actor, Right.publish_minutes,
                                   named[0] if named else None)
    slug = groups[0].slug if len(groups) == 1 and not parsed.groups else None
    try:
        result = ingest_file(ctx.session, path, ctx.clock, group_slug=slug, date=day,
                             uploaded_by=person.id, filename=filename)
    except IngestError as error:
        return Reply(t.NO_DATE_IN_SLACK.format(file=filename) if error.kind == "no_date"
                     else t.NOT_MINUTES.format(file=filename, reason=error.reason))
    document = result.document
    if url and not document.url:
        document.url = url
    if not mark_published(ctx.session, document, ctx.now()):
        return Reply(t.ALREADY_PUBLISHED)
    reached = announce.announce(ctx.session, document, ctx.now())
    channels = texts.join_names([g.name for g in reached]) or texts.CHANNEL_FALLBACK
    reply = Reply(t.PUBLISHED_IN_SLACK.format(when=texts.long_date(result.meeting.date),
                                              channels=channels))
    for consultation in result.consultations:  # deadlines in the minutes, to confirm
        if consultation.deadline > ctx.now():
            reply.sections.append(Section(ct.PROPOSED.format(
                title=consultation.title, deadline=consultations.deadline_text(consultation))))
            reply.buttons.append(Button(ct.CONFIRM_BUTTON, "consultation.confirm",
                                        str(consultation.id), "primary"))
    return reply


def discard(ctx: Context, request: Request, value: str) -> Reply:
    """Nothing was stored, so nothing is removed; only someone who may publish presses it."""
    actor = ctx.actor(request)
    if not permissions.publish_groups(ctx.session, actor):
        return permissions.refusal(ctx.session, actor, Right.publish_minutes)
    return Reply(t.DISCARDED)
