"""Minutes shared as a file in a Teams chat: read into a draft, previewed with Publicera and Kasta
(and the web page for corrections), published once. Platform-free: the Teams handler downloads
the file and calls `received`."""

from __future__ import annotations

from pathlib import Path

from bot import markup, texts
from bot.context import Context
from bot.decisions import announce
from bot.decisions.announce import QUIETLY
from bot.minutes import flow, replace, review
from bot.minutes.reading import ParsedMinutes
from bot.replies import Button, Reply, Request, Section
from bot.roster import permissions
from bot.roster.web_access import access_of
from bot.settings import Settings
from bot.texts import minutes as t
from bot.texts import replace as tr
from bot.texts import review as rt
from storage.ids import row_id


def received(ctx: Context, request: Request, path: Path, filename: str) -> Reply:
    actor = ctx.actor(request)
    if actor.person is None:
        return permissions.refused(texts.UNKNOWN_USER)
    access = access_of(ctx.session, actor)
    if not access.is_secretary_anywhere:
        return permissions.refused(rt.CHAT_ONLY_SECRETARIES)
    try:
        draft = review.read_upload(ctx.session, path, filename, access, ctx.now())
    except review.ReviewError as error:
        return Reply(error.args[0])
    parsed = review.from_data(draft.parsed)
    if parsed.date is None:
        lead = rt.CHAT_NO_DATE.format(file=filename)
    else:
        groups = texts.join_names(parsed.groups) or texts.UNKNOWN_GROUP_NAME
        lead = t.UPLOAD_READ.format(file=filename, when=texts.long_date(parsed.date),
                                    groups=groups)
    reply = Reply(lead, [Section(_facts(parsed))])
    if parsed.date is not None and not parsed.decisions:
        reply.sections.append(Section(t.NO_DECISIONS_READ))
    if parsed.warnings:
        reply.sections.append(Section(t.UPLOAD_WARNINGS.format(
            warnings=" ".join(parsed.warnings[:5]))))
    url = f"{Settings.from_env().web_url()}/webb/protokoll/{draft.id}"
    reply.sections.append(Section(rt.CHAT_REVIEW_ON_WEB.format(url=url)))
    if draft.group_id is None:
        reply.sections.append(Section(rt.CHAT_CHOOSE_GROUP_ON_WEB))
    elif announce.is_news(parsed.date, ctx.now()):
        reply.buttons = [Button(t.PUBLISH_BUTTON, "minutes.publish_draft", str(draft.id),
                                "primary"),
                         Button(t.DISCARD_BUTTON, "minutes.discard_draft", str(draft.id))]
    elif parsed.date is not None:  # an old meeting's minutes: into the archive, or told after all
        reply.sections.append(Section(t.OLD_MEETING_IN_SLACK))
        reply.buttons = [Button(t.PUBLISH_QUIETLY_BUTTON, "minutes.publish_draft",
                                f"{draft.id}|{QUIETLY}", "primary"),
                         Button(t.PUBLISH_BUTTON, "minutes.publish_draft", str(draft.id)),
                         Button(t.DISCARD_BUTTON, "minutes.discard_draft", str(draft.id))]
    newer = review.new_version(ctx.session, draft, access)
    if newer is not None:  # of published minutes: what differs, and Publicera replaces them
        _new_version(ctx, reply, draft, newer)
    return reply


def _new_version(ctx: Context, reply: Reply, draft, newer: review.NewVersion) -> None:
    reply.sections.append(Section(replace.describe(ctx.session, newer.earlier)))
    discard = Button(t.DISCARD_BUTTON, "minutes.discard_draft", str(draft.id))
    if newer.changes.empty:
        reply.sections.append(Section(tr.SAME_AS_PUBLISHED))
        reply.buttons = [discard]
        return
    reply.sections.append(Section(markup.mark("\n").join(
        [tr.DIFF_HEADING_IN_CHAT, *newer.changes.lines()[:flow.CHANGES_SHOWN]])))
    reply.buttons = [Button(tr.PUBLISH_NEW_VERSION_BUTTON, "minutes.publish_draft",
                            str(draft.id), "primary"), discard]


def _facts(parsed: ParsedMinutes) -> str:
    nxt = ""
    if parsed.next_meeting and parsed.next_meeting.date:
        nxt = t.NEXT_MEETING.format(when=texts.long_date(parsed.next_meeting.date))
    return t.UPLOAD_FACTS.format(decisions=len(parsed.decisions),
                                 deadlines=len(parsed.deadlines), next=nxt)


def _draft(ctx: Context, request: Request, value: str):
    actor = ctx.actor(request)
    value = value.partition("|")[0]  # '12|tyst': the draft, published without telling
    draft_id = row_id(value)
    if actor.person is None or draft_id is None:
        return None, None
    access = access_of(ctx.session, actor)
    return review.draft_for(ctx.session, access, draft_id), access


def publish(ctx: Context, request: Request, value: str) -> Reply:
    draft, access = _draft(ctx, request, value)
    if draft is None:  # not there, or not this person's to publish: the same answer
        return permissions.refused(rt.CHAT_ONLY_SECRETARIES)
    try:
        quietly = value.partition("|")[2] == QUIETLY
        published = review.publish(ctx.session, draft, access, ctx.clock,
                                   tell_channel=not quietly, platform=request.platform)
    except review.ReviewError as error:
        return Reply(error.args[0])
    if published.replaced is not None:
        return Reply(replace.told(ctx.session, published.replaced))
    return Reply(flow.published_text(ctx.session, published.document,
                                     review.from_data(draft.parsed).date, published.channels,
                                     quietly))


def discard(ctx: Context, request: Request, value: str) -> Reply:
    draft, _ = _draft(ctx, request, value)
    if draft is None:
        return permissions.refused(rt.CHAT_ONLY_SECRETARIES)
    try:
        review.discard(ctx.session, draft, ctx.now())
    except review.ReviewError as error:
        return Reply(error.args[0])
    return Reply(t.DISCARDED)


def review_link(ctx: Context, request: Request, path: Path, filename: str) -> Reply:
    """Minutes shared in Slack, opened on the web page: a draft, and a private sign-in link
    that leads straight to it."""
    from bot.roster.signin import issue_link_token

    actor = ctx.actor(request)
    if actor.person is None:
        return permissions.refused(texts.UNKNOWN_USER)
    access = access_of(ctx.session, actor)
    if not access.is_secretary_anywhere:
        return permissions.refused(rt.CHAT_ONLY_SECRETARIES)
    person = actor.person
    try:
        draft = review.read_upload(ctx.session, path, filename, access, ctx.now())
    except review.ReviewError as error:
        return Reply(error.args[0])
    token = issue_link_token(ctx.session, person, ctx.now())
    url = (f"{Settings.from_env().web_url()}/webb/in/{token}"
           f"?next=/webb/protokoll/{draft.id}")
    return Reply(rt.CHAT_REVIEW_LINK.format(file=filename, url=url))
