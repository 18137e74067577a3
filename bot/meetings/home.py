"""The App Home tab: the person's next meetings across all their groups."""

from __future__ import annotations

from bot import markup, texts
from bot.context import Context
from bot.meetings import service as service
from bot.replies import Reply, Request, Section
from bot.roster import permissions
from bot.settings import Settings
from bot.texts import web as web_texts
from storage import meetings as store


def home(ctx: Context, request: Request, limit: int = 8) -> Reply:
    actor = ctx.actor(request)
    if not actor.in_roster:
        return Reply(texts.YOUR_NEXT_MEETINGS, [Section(texts.HOME_UNKNOWN)], refused=True)
    groups = permissions.visible_groups(ctx.session, actor)
    found = store.upcoming(ctx.session, [g.id for g in groups], ctx.today(), limit=limit)
    web = Section(web_texts.HOME_WEB_LINK.format(url=Settings.from_env().web_url() + "/webb/"))
    if not found:
        return Reply(texts.YOUR_NEXT_MEETINGS, [Section(texts.HOME_NO_MEETINGS), web])
    reply = Reply(texts.YOUR_NEXT_MEETINGS)
    for meeting in found:
        lines = [
            texts.MEETING_HEADLINE.format(
                group=service.group_names(ctx.session, meeting), when=service.when(meeting)
            )
        ]
        if meeting.place:
            lines.append(texts.PLACE.format(place=meeting.place))
        items = store.agenda(ctx.session, meeting.id)
        if items:
            lines.append(markup.escape(", ".join(item.title for item in items[:6])))
        reply.sections.append(Section("\n".join(lines)))
    reply.sections.append(web)  # the App Home links to the web page
    return reply
