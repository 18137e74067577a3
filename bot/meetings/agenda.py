"""`/dagordning [grupp] [datum]` and its free-text twins: the next or a named meeting."""

from __future__ import annotations

import re
from datetime import timedelta

from bot import dates, texts
from bot.context import Context
from bot.meetings import service as service
from bot.replies import Reply, Request
from bot.roster import permissions
from bot.roster.permissions import Right
from storage import meetings as store
from storage.models import Group


def visible_scope(ctx: Context, request: Request) -> tuple[list[Group], bool, Reply | None]:
    """The groups whose meetings the person may see here, or why not.

    A group's channel shows its meetings only to the group's members: being in the channel is
    not being in the group.
    """
    actor = ctx.actor(request)
    groups, in_channel = ctx.scope(request)
    if in_channel and not permissions.may(actor, Right.see_group, groups[0].id):
        return [], True, permissions.refusal(ctx.session, actor, Right.see_group, groups[0])
    groups = permissions.groups_where(actor, Right.see_group, groups)
    if not groups:
        return [], in_channel, (permissions.refused(texts.NO_GROUPS) if actor.in_roster
                                else permissions.refusal(ctx.session, actor, Right.see_group))
    return groups, in_channel, None


def show_agenda(ctx: Context, request: Request, text: str | None = None,
                short: bool = False) -> Reply:
    """The meeting asked for; `short` for a question that is not about the agenda itself."""
    groups, in_channel, refusal = visible_scope(ctx, request)
    if refusal is not None:
        return refusal
    rest = (request.text if text is None else text).strip()
    chosen, rest = pick_group(groups, rest)
    today = ctx.today()
    if chosen is None and rest and looks_like_group(rest, today):
        names = texts.join_names([g.name for g in groups])
        return Reply(texts.UNKNOWN_GROUP.format(name=rest, groups=names))
    scope = [chosen] if chosen else groups
    group_ids = [g.id for g in scope]
    which, rest = which_meeting(rest)
    if which == "last":
        found = store.held(ctx.session, group_ids, today, limit=1)
        if not found:
            return Reply(texts.NO_HELD.format(groups=_names(scope)))
        return render_meetings(ctx, found, ctx.actor(request), short)
    # The upcoming meetings are read where they are shown, not for every request (a DM's
    # /dagordning shows each group's next meeting instead: one query, not two).
    week = dates.WEEK_ALONE.search(rest) if rest and dates.parse_date(rest, today) is None \
        else None
    if week:
        return _week(ctx, request, int(week["week"]), scope, short)
    if rest:
        day, found = meeting_on(ctx, group_ids, rest, asks_about_the_past(request.text))
        if day is None or not found:  # the next ones are suggested instead
            upcoming = store.upcoming_shown(ctx.session, group_ids, today, limit=5)
        if day is None:
            impossible = dates.impossible_date(rest)  # "31 februari": said as such
            return _suggest(texts.no_such_day(impossible) if impossible
                            else texts.DATE_NOT_UNDERSTOOD.format(phrase=rest), scope, upcoming)
        if not found:
            shown = texts.day_month(day) if day.year == today.year else texts.long_date(day)
            headline = texts.NO_MEETING_ON.format(day=f"den {shown}", groups=_names(scope))
            return _suggest(headline, scope, upcoming)
    elif in_channel or chosen:
        found = store.upcoming_shown(ctx.session, group_ids, today, limit=1, details=True)
    else:
        found = next_per_group(ctx, group_ids)
    if not found:
        return Reply(texts.NO_UPCOMING.format(groups=_names(scope)))
    return render_meetings(ctx, found, ctx.actor(request), short)


WEEK_MEETINGS = 40  # the groups' meetings from a week's Monday on: enough to hold that week


def _week(ctx: Context, request: Request, number: int, scope: list[Group], short: bool) -> Reply:
    """'/dagordning vecka 36', 'när är mötet v. 40?': the meetings of that week, or none."""
    today = ctx.today()
    past = asks_about_the_past(request.text)
    monday = dates.week_monday(number, today, "past" if past else "future")
    group_ids = [g.id for g in scope]
    if monday is None:
        return _suggest(texts.DATE_NOT_UNDERSTOOD.format(phrase=texts.IN_WEEK.format(
            week=number)), scope, store.upcoming_shown(ctx.session, group_ids, today, limit=5))
    found = [m for m in store.upcoming(ctx.session, group_ids, monday, WEEK_MEETINGS)
             if m.date <= monday + timedelta(days=6)]
    if not found:
        headline = texts.NO_MEETING_ON.format(day=texts.IN_WEEK.format(week=number),
                                              groups=_names(scope))
        return _suggest(headline, scope, store.upcoming_shown(ctx.session, group_ids, today,
                                                              limit=5))
    reply = render_meetings(ctx, found, ctx.actor(request), short)
    if len(found) > 1:
        reply.text = texts.MEETINGS_IN_WEEK.format(week=number)
    return reply


# "/dagordning nästa möte" (as /hjälp describes it) and "/dagordning förra mötet": no date,
# but a meeting all the same; read before a date is looked for.
NEXT_MEETING = re.compile(r"^\W*(nästa|kommande)\s+(möte[t]?|sammanträde[t]?|träff(en)?)\W*$",
                          re.I)
LAST_MEETING = re.compile(r"\b(förra|senaste|föregående)\s+(möte[t]?|sammanträde[t]?|träff(en)?)"
                          r"\b", re.I)


def which_meeting(rest: str) -> tuple[str, str]:
    """("next" | "last" | "", what is left to read as a date)."""
    if NEXT_MEETING.match(rest):
        return "next", ""
    if LAST_MEETING.search(rest):
        return "last", ""
    return "", rest


# "vad stod på dagordningen den 12 maj?": the question is about a meeting that was held.
PAST_TENSE = re.compile(r"\b(stod|hade|hölls|blev|fanns|gick|hände|behandlades)\b", re.I)


def asks_about_the_past(text: str) -> bool:
    return bool(PAST_TENSE.search(text or ""))


def meeting_on(ctx: Context, group_ids: list[int], phrase: str, past_first: bool):
    """(the day meant, its meetings). A date without a year may be the one ahead or the one
    just past: the one that has a meeting wins, the past first when the question is in the
    past tense. A year written out is kept."""
    today = ctx.today()
    order = ("past", "future") if past_first else ("future", "past")
    days: list = []
    for prefer in order:
        day = dates.parse_date(phrase, today, prefer=prefer)
        if day is not None and day not in days:
            days.append(day)
    for day in days:
        found = store.on_date(ctx.session, group_ids, day)
        if found:
            return day, found
    return (days[0] if days else None), []


def render_meetings(ctx: Context, found, actor: permissions.Actor, short: bool = False) -> Reply:
    reply = Reply(text="")
    for meeting in found:
        details = store.meeting_details(ctx.session, meeting.id)  # groups, agenda: one read
        can_edit = permissions.may_in_any(actor, Right.plan_meetings, details.group_ids)
        sections, buttons = service.meeting_sections(ctx.session, meeting, can_edit=can_edit,
                                                     short=short, details=details)
        reply.sections.extend(sections)
        reply.buttons.extend(buttons)
    # One meeting speaks for itself; several get a heading.
    if len(found) > 1:
        reply.text = texts.YOUR_NEXT_MEETINGS
    return reply


def next_per_group(ctx: Context, group_ids: list[int]):
    """The next meeting of each group (a joint meeting counts once), soonest first."""
    return store.next_per_group_shown(ctx.session, group_ids, ctx.today(), details=True)


def pick_group(groups: list[Group], text: str) -> tuple[Group | None, str]:
    """A group named first in the text, by short name or by (part of) its name."""
    lowered = text.lower()
    words = lowered.split()
    if not words:
        return None, text
    for group in groups:
        if words[0] == group.slug:
            return group, text.split(None, 1)[1] if len(words) > 1 else ""
    for group in sorted(groups, key=lambda g: -len(g.name)):
        name = group.name.lower()
        if lowered.startswith(name):
            return group, text[len(name):].strip(" ,")
    # As people say it: "/dagordning barn och unga", "/dagordning samverkansgruppen 31/8", when
    # that names one of the person's groups only.
    by_topic = [g for g in groups if len(_topic(g.name)) > 5
                and re.match(rf"{re.escape(_topic(g.name))}(?!\w)", lowered)]
    if len(by_topic) == 1:
        return by_topic[0], text[len(_topic(by_topic[0].name)):].strip(" ,")
    by_kind = [g for g in groups if _kind_in(g.name, {words[0]})]
    if len(by_kind) == 1:
        return by_kind[0], text.split(None, 1)[1] if len(words) > 1 else ""
    return None, text


def group_named_in(groups: list[Group], text: str) -> Group | None:
    """A group whose short name (as a word) or full name appears anywhere in free text."""
    lowered = text.lower()
    for group in sorted(groups, key=lambda g: -len(g.name)):
        if group.name.lower() in lowered:
            return group
    words = set(re.findall(r"[\wåäö-]+", lowered))
    if found := next((group for group in groups if group.slug in words), None):
        return found
    # As people say it: "i chefsgruppen", "i samverkansgruppen" (the kind of group in its
    # definite form), or what the name is about ("barn och unga"). Only when it names one of
    # the person's groups: with two chefsgrupper, "chefsgruppen" names neither.
    named = [group for group in groups if _kind_in(group.name, words) or _topic_in(group.name,
                                                                                    lowered)]
    if len(named) == 1:
        return named[0]
    # A long word of one group's name alone ("i samverkansrådet", "kompetensförsörjning").
    named = [group for group in groups if _long_word_in(group.name, words)]
    return named[0] if len(named) == 1 else None


def _kind_in(name: str, words: set[str]) -> bool:
    kind = name.split()[0].lower()
    return len(kind) > 3 and (kind + "en" in words or kind + "n" in words)


def _long_word_in(name: str, words: set[str]) -> bool:
    own = set(re.findall(r"[\wåäö-]{8,}", name.lower()))
    return bool(own & words)


def _topic(name: str) -> str:
    """What a group's name is about: "barn och unga" of "Samverkansgrupp Barn och unga"."""
    return re.sub(r"^\S+\s+(?:för\s+)?", "", name.lower())


def _topic_in(name: str, lowered: str) -> bool:
    topic = _topic(name)
    return len(topic) > 5 and re.search(rf"(?<!\w){re.escape(topic)}(?!\w)", lowered) is not None


def looks_like_group(text: str, today) -> bool:
    """A single word with no digits that is no date word is probably a group's short name."""
    words = text.split()
    return (
        len(words) == 1
        and not any(ch.isdigit() for ch in text)
        and dates.parse_date(text, today) is None
    )


def _names(groups: list[Group]) -> str:
    return texts.join_names([g.name for g in groups])


def _suggest(headline: str, scope: list[Group], upcoming) -> Reply:
    lines = [headline]
    if upcoming:
        lines.append(texts.NEXT_MEETINGS_ARE.format(list=service.short_list(upcoming[:3])))
        first = upcoming[0].date
        lines.append(texts.TRY_AGENDA.format(example=texts.day_month(first)))
    else:
        lines.append(texts.NO_UPCOMING.format(groups=_names(scope)))
    return Reply(" ".join(lines))
