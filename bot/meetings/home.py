"""The App Home tab: the person's next meetings across all their groups, and the open remisser.

Slack shows at most 100 blocks in App Home and cuts the rest without a word, so the tab is
built to fit whatever the person's groups hold: a fixed number of meetings, a few agenda titles
each, a few remisser, every section short enough to be one block. What is left out is said at
the end, with the command or the web page that shows it all.
"""

from __future__ import annotations

from bot import markup, texts
from bot.consultations import service as consultations
from bot.context import Context
from bot.meetings import service as service
from bot.replies import Reply, Request, Section
from bot.roster import permissions
from bot.settings import Settings
from bot.texts import web as web_texts
from storage import meetings as store

MEETINGS = 8  # meetings shown; with a header, a divider after each section: far below 100 blocks
ITEMS = 6  # agenda titles shown per meeting
CONSULTATIONS = 5  # open remisser shown
TITLE = 150  # characters of a title shown: a section stays one block (3,000 characters)
NAMES = 300  # characters of a meeting's group names, or its place


def home(ctx: Context, request: Request, limit: int = MEETINGS) -> Reply:
    actor = ctx.actor(request)
    if not actor.in_roster:
        return Reply(texts.YOUR_NEXT_MEETINGS, [Section(texts.HOME_UNKNOWN)], refused=True)
    group_ids = [g.id for g in permissions.visible_groups(ctx.session, actor)]
    found = store.upcoming(ctx.session, group_ids, ctx.today(), limit=limit + 1)
    more_meetings, found = len(found) > limit, found[:limit]
    open_now = consultations.open_for(ctx.session, group_ids, ctx.now())
    reply = Reply(texts.YOUR_NEXT_MEETINGS)
    if not found:
        reply.sections.append(Section(texts.HOME_NO_MEETINGS))
    cut_agenda = None
    for meeting in found:
        section, cut = _meeting(ctx, meeting)
        reply.sections.append(section)
        cut_agenda = cut_agenda or (meeting if cut else None)
    if open_now:
        reply.sections.append(_consultations(open_now[:CONSULTATIONS]))
    notes = []
    if more_meetings:
        notes.append(texts.HOME_MORE_MEETINGS.format(shown=len(found),
                                                     week=texts.IN_WEEK.format(
                                                         week=found[-1].date.isocalendar()[1])))
    if cut_agenda is not None:
        notes.append(texts.HOME_SHORT_AGENDAS.format(day=texts.day_month(cut_agenda.date)))
    if len(open_now) > CONSULTATIONS:
        notes.append(texts.HOME_MORE_CONSULTATIONS.format(shown=CONSULTATIONS,
                                                          count=len(open_now)))
    web = web_texts.HOME_WEB_LINK.format(url=Settings.from_env().web_url() + "/webb/")
    reply.sections.append(Section("\n".join([*notes, web])))  # last: what is not here, and where
    return reply


def _meeting(ctx: Context, meeting) -> tuple[Section, bool]:
    """The meeting's section, and whether its agenda was cut short."""
    lines = [texts.MEETING_HEADLINE.format(
        group=_cut(service.group_names(ctx.session, meeting), NAMES), when=service.when(meeting))]
    if meeting.place:
        lines.append(texts.PLACE.format(place=_cut(meeting.place, NAMES)))
    items = store.agenda(ctx.session, meeting.id)
    if items:
        titles = markup.escape(", ".join(_cut(item.title, TITLE) for item in items[:ITEMS]))
        if len(items) > ITEMS:
            titles += texts.HOME_MORE_ITEMS.format(count=len(items) - ITEMS)
        lines.append(titles)
    return Section("\n".join(lines)), len(items) > ITEMS


def _consultations(found) -> Section:
    lines = [texts.HOME_CONSULTATIONS]
    lines += [texts.HOME_CONSULTATION.format(title=_cut(c.title, TITLE),
                                             deadline=consultations.deadline_text(c))
              for c in found]
    return Section("\n".join(lines))


def _cut(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"
