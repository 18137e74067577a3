"""A message that is a date and nothing else ("3.9", "31 augusti", "den 31/8").

The bot keeps no conversation: it does not remember that it just asked which meeting a
förhinder is for, so a date alone is never taken for that answer (a förhinder stored and an
ersättare called on a guess). It says what it understood, the person's meetings that day, and
what to write; a button opens the förhinder form for that meeting, where nothing is saved until
it is sent.
"""

from __future__ import annotations

import re

from bot import dates, texts
from bot.context import Context
from bot.meetings import service
from bot.replies import Button, Reply, Request
from bot.texts import reminders
from storage import meetings as store

# What may stand beside the date in "den 3.9", "3/9?", "ok, 31 augusti": no other word.
_FILLER = re.compile(r"\b(den|på|ok|okej|ja)\b|[^\w]", re.I)


def answer(ctx: Context, request: Request) -> Reply | None:
    """The reply to a date alone; None when the text holds more than a date."""
    from bot.meetings.agenda import visible_scope

    text = request.text.strip()
    found = dates.extract_expected_date(text, ctx.today(), prefer="future")
    if found is None:
        return _impossible(ctx, request, text)
    if _FILLER.sub("", text[:found.start] + text[found.end:]).strip():
        return None
    groups, _, refusal = visible_scope(ctx, request)
    if refusal is not None:
        return None  # an outsider gets what any text gets
    day = found.date
    said = texts.long_date(day)
    short = texts.day_month(day)
    meetings = store.on_date(ctx.session, [g.id for g in groups], day)
    if not meetings:
        upcoming = store.upcoming(ctx.session, [g.id for g in groups], ctx.today(), limit=3)
        lines = [texts.DATE_ALONE_NO_MEETING.format(day=said)]
        if upcoming:
            lines.append(texts.NEXT_MEETINGS_ARE.format(list=service.short_list(upcoming)))
        return Reply(" ".join(lines))
    names = texts.join_names([service.group_names(ctx.session, m) for m in meetings])
    reply = Reply(texts.DATE_ALONE.format(day=said, groups=names, short=short))
    if len(meetings) == 1:
        reply.buttons = [Button(reminders.ABSENCE_BUTTON, "absence.form", str(meetings[0].id))]
    return reply


def _impossible(ctx: Context, request: Request, text: str) -> Reply | None:
    """"31 februari" alone: the month has no such day, and these are the next meetings."""
    from bot.meetings.agenda import visible_scope

    found = dates.impossible_date(text)
    if found is None or _FILLER.sub("", text.replace(found.phrase, "", 1)).strip():
        return None
    groups, _, refusal = visible_scope(ctx, request)
    if refusal is not None:
        return None
    lines = [texts.no_such_day(found)]
    upcoming = store.upcoming(ctx.session, [g.id for g in groups], ctx.today(), limit=3)
    if upcoming:
        lines.append(texts.NEXT_MEETINGS_ARE.format(list=service.short_list(upcoming)))
    return Reply(" ".join(lines))
