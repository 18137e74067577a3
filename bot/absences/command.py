"""`/anmäl-förhinder`, its free-text twin, the form, and the buttons that follow."""

from __future__ import annotations

import functools
import json
from datetime import time

from bot import dates, texts
from bot.absences import notices, overview, service
from bot.absences.parsing import SubstituteSpec, read_absence
from bot.absences.part import problem as part_problem
from bot.absences.people import same_organisation
from bot.context import Context
from bot.meetings import service as meeting_service
from bot.replies import Button, Form, FormField, Reply, Request
from bot.roster import permissions
from bot.roster.permissions import Right
from bot.texts import absences as t
from bot.texts import permissions as pt
from storage import directory
from storage import meetings as store
from storage.ids import find_row, row_id
from storage.models import Absence, Meeting, Person, SubstituteCall

WEEK_MEETINGS = 40  # the groups' next meetings from a week's Monday, enough to hold that week


def member_groups(ctx: Context, request: Request):
    """The groups the absence may concern, or a refusal when the person may report in none."""
    actor = ctx.actor(request)
    groups, in_channel = ctx.scope(request)
    if in_channel:
        group = groups[0]
        if not permissions.may(actor, Right.report_absence, group.id):
            return None, permissions.refusal(ctx.session, actor, Right.report_absence, group)
        return groups, None
    allowed = permissions.groups_where(actor, Right.report_absence, groups)
    if not allowed:
        if actor.in_roster and actor.person is not None and groups:
            # An ersättare only: say so, naming the group of their next meeting.
            return None, permissions.refusal(ctx.session, actor, Right.report_absence,
                                             overview.group_to_name(ctx, actor, groups, False))
        return None, permissions.refusal(ctx.session, actor, Right.report_absence)
    return allowed, None


def _member(ctx: Context, request: Request):
    """(person, their groups in scope, None) or (…, a refusal) for someone who may not report."""
    groups, refusal = member_groups(ctx, request)
    return ctx.person(request), groups, refusal


def _reportable(ctx: Context, request: Request, meeting_id) -> tuple[Meeting | None,
                                                                      Reply | None]:
    """The meeting a button or form names, if the person may report förhinder to it."""
    actor = ctx.actor(request)
    meeting = find_row(ctx.session, Meeting, meeting_id)
    if meeting is None or actor.person is None or not permissions.may_for_meeting(
            ctx.session, actor, Right.report_absence, meeting.id):
        return None, permissions.not_yours(actor)
    return meeting, None


def report(ctx: Context, request: Request, text: str | None = None) -> Reply:
    person, groups, refusal = _member(ctx, request)
    if refusal:
        return refusal
    text = (request.text if text is None else text).strip()
    if not text and request.command:
        return absence_form(ctx, person, groups)
    parsed = read_absence(text, ctx.today())
    if parsed.unclear_part:
        return Reply(t.PART_NOT_UNDERSTOOD.format(phrase=parsed.unclear_part))
    ids = [g.id for g in groups]

    # The meetings are read as values (store.ShownMeeting): the command only reads them.
    @functools.cache
    def upcoming() -> list[store.ShownMeeting]:  # read only when needed: a date needs none
        return store.upcoming_shown(ctx.session, ids, ctx.today(), limit=5)

    if parsed.next_meeting and upcoming():
        first = upcoming()[0]
        candidates = [m for m in upcoming() if m.date == first.date]
    elif parsed.whole_week:  # "vecka 36": the groups' meetings of that week
        week = parsed.day.isocalendar()[:2]
        from_day = max(parsed.day, ctx.today())
        candidates = [m for m in store.upcoming_shown(ctx.session, ids, from_day, WEEK_MEETINGS)
                      if m.date.isocalendar()[:2] == week]
    elif parsed.day is not None:
        candidates = store.on_date_shown(ctx.session, ids, parsed.day)
        if not candidates and "veck" in parsed.date_phrase:  # "om två veckor": that week
            week = parsed.day.isocalendar()[:2]
            candidates = [m for m in upcoming() if m.date.isocalendar()[:2] == week]
    elif (impossible := dates.impossible_date(text)) is not None:  # "31 februari"
        return _suggest(texts.no_such_day(impossible, t.NO_SUCH_DAY), groups, upcoming())
    else:
        headline = (t.DATE_NOT_UNDERSTOOD.format(phrase=parsed.leftover)
                    if parsed.leftover and request.command else t.NO_DATE_GIVEN)
        return _suggest(headline, groups, upcoming())
    if not candidates:
        day = parsed.day or ctx.today()
        if (held := _held_that_day(ctx, ids, parsed)) is not None:  # "11 juni", in August
            return _suggest(t.ALREADY_HELD.format(when=meeting_service.when(held),
                                                  groups=_names(groups)), groups, upcoming())
        return _suggest(t.NO_MEETING_ON.format(day=_asked_day(parsed, day),
                                               groups=_names(groups)), groups, upcoming())
    if len(candidates) > 1:
        return _which(ctx, candidates, parsed)
    return _register(ctx, person, candidates[0], parsed.substitute, parsed.part_from,
                     parsed.part_to)


def _register(ctx, person, meeting: Meeting, spec, part_from=None, part_to=None, message="",
              items: list[str] | None = None, double_booking_ok: bool = False):
    group = notices.meeting_group_for(ctx.session, meeting, person.id)
    if group is None:  # not a member of any group that holds this meeting
        group = store.groups_of_meeting(ctx.session, meeting.id)[0]
    data = service.AbsenceInput(meeting, group, spec, part_from, part_to, message, items or [],
                                double_booking_ok)
    return service.register(ctx, person, data)


def _held_that_day(ctx: Context, ids: list[int], parsed):
    """A date without a year is read as the next such day; when that day has no meeting but
    the one just past had, that is the meeting meant, and it has been held."""
    if parsed.day is None or parsed.whole_week or parsed.day <= ctx.today():
        return None
    past = dates.parse_date(parsed.date_phrase, ctx.today(), prefer="past")
    if past is None or past >= ctx.today():
        return None
    found = store.on_date_shown(ctx.session, ids, past)
    return found[0] if found else None


def _asked_day(parsed, day) -> str:
    if parsed.whole_week:
        return t.IN_WEEK.format(week=day.isocalendar()[1])
    return f"den {texts.day_month(day)}"


def _which(ctx: Context, candidates, parsed) -> Reply:
    reply = Reply(t.WHICH_MEETING.format(day=_asked_day(parsed, candidates[0].date)))
    several_days = len({m.date for m in candidates}) > 1  # "vecka 36": the day on each button
    for meeting in candidates:
        value = json.dumps({
            "m": meeting.id, "k": parsed.substitute.kind, "v": parsed.substitute.value,
            "l": parsed.substitute.label,
            "f": parsed.part_from.isoformat() if parsed.part_from else None,
            "t": parsed.part_to.isoformat() if parsed.part_to else None,
        })
        label = meeting_service.group_names(ctx.session, meeting)
        if several_days:
            label = t.WEEK_CHOICE.format(
                day=f"{texts.weekday(meeting.date)} {texts.day_month(meeting.date)}", groups=label)
        reply.buttons.append(Button(label, "absence.choose", value))
    return reply


def choose(ctx: Context, request: Request, value: str) -> Reply:
    """The button under "Du har flera möten …": the value is checked like anything typed."""
    person = ctx.person(request)
    data = _button_data(value)
    meeting, problem = _reportable(ctx, request, data.get("m"))
    if problem is not None:
        return problem
    spec = SubstituteSpec(str(data.get("k") or "default"), str(data.get("v") or ""),
                          str(data.get("l") or ""))
    if spec.kind not in ("default", "none", "slack", "name", "person"):
        return permissions.not_yours(ctx.actor(request))
    part_from, part_to = _time(data.get("f")), _time(data.get("t"))
    items = data.get("i") if isinstance(data.get("i"), list) else []
    items = [i[:600] for i in items if isinstance(i, str)][:100]
    message = data.get("s") if isinstance(data.get("s"), str) else ""
    return _register(ctx, person, meeting, spec, part_from, part_to, message.strip(), items,
                     double_booking_ok=data.get("x") == 1)


def _button_data(value: str) -> dict:
    try:
        data = json.loads(value)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _names(groups) -> str:
    return texts.join_names([g.name for g in groups])


def _suggest(headline: str, groups, upcoming) -> Reply:
    lines = [headline]
    if upcoming:
        lines.append(t.NEXT_MEETINGS.format(list=meeting_service.short_list(upcoming[:3])))
        lines.append(t.EXAMPLE.format(day=texts.day_month(upcoming[0].date)))
    else:
        lines.append(t.NO_MEETINGS_AT_ALL.format(groups=_names(groups)))
    return Reply(" ".join(lines))


def absence_form(ctx: Context, person, groups, preselect: int | None = None) -> Reply:
    meetings = store.upcoming(ctx.session, [g.id for g in groups], ctx.today(), limit=20)
    if not meetings:
        return Reply(t.NO_MEETINGS_AT_ALL.format(groups=_names(groups)))
    meeting_options = tuple(
        (str(m.id), f"{meeting_service.when(m)} – {meeting_service.group_names(ctx.session, m)}")
        for m in meetings
    )
    first = next((o[0] for o in meeting_options if o[0] == str(preselect)), meeting_options[0][0])
    people, usual = _substitute_options(ctx, person, groups)
    items, hint = _item_options(ctx, meetings, first)
    fields = [
        FormField("meeting", t.FORM_MEETING, "select", initial=first, options=meeting_options),
        FormField("substitute", t.FORM_SUBSTITUTE, "select", initial=usual, options=people),
        FormField("part_from", t.FORM_PART_FROM, "time", required=False),
        FormField("part_to", t.FORM_PART_TO, "time", required=False),
    ]
    if items:
        fields.append(FormField("part_items", t.FORM_PART_ITEMS, "multi_select", required=False,
                                options=items, hint=hint))
    fields.append(FormField("message", t.FORM_MESSAGE, "long_text", required=False))
    form = Form("absence.new", t.FORM_TITLE, t.FORM_SUBMIT, tuple(fields))
    return Reply(texts.FORM_FALLBACK.format(command="anmäl-förhinder"), form=form)


ITEM_OPTIONS = 100  # the most options Slack's menu holds: what is left out is said, not dropped


def _item_options(ctx: Context, meetings: list[Meeting], first: str):
    """The agenda items to choose among, the chosen meeting's first, whole agendas as long as
    the menu holds them; and the hint that says which are not there."""
    options: list[tuple[str, str]] = []
    left_out: list[Meeting] = []
    hint = ""
    for meeting in sorted(meetings, key=lambda m: str(m.id) != first):  # stable: date order
        # Numbered as the agenda numbers them: two items may share a title ("Övrigt").
        agenda = [(f"{meeting.id}:{item.id}",
                   f"{texts.day_month(meeting.date)}: {number}. {item.title}")
                  for number, item in enumerate(store.agenda(ctx.session, meeting.id), start=1)]
        if len(options) + len(agenda) <= ITEM_OPTIONS:
            options.extend(agenda)
        elif not options:  # one agenda longer than the menu: its first items, and the rest said
            options = agenda[:ITEM_OPTIONS]
            hint = t.FORM_ITEMS_CUT.format(limit=ITEM_OPTIONS, first=ITEM_OPTIONS + 1,
                                           last=len(agenda), day=texts.day_month(meeting.date))
        else:
            left_out.append(meeting)
    if left_out:
        days = texts.join_names([texts.day_month(m.date) for m in left_out])
        which = (t.FORM_ITEMS_MEETING if len(left_out) == 1 else t.FORM_ITEMS_MEETINGS).format(
            days=days)
        hint = " ".join(filter(None, [hint, t.FORM_ITEMS_LEFT_OUT.format(limit=ITEM_OPTIONS,
                                                                         meetings=which)]))
    return tuple(options), hint


def form_for_meeting(ctx: Context, request: Request, value: str) -> Reply:
    """The kallelse's **Anmäl förhinder** button: the form, with that meeting chosen.

    A meeting outside the person's groups is never preselected (nor shown).
    """
    if value:
        _, problem = _reportable(ctx, request, row_id(value))
        if problem is not None:
            return problem
    person, groups, refusal = _member(ctx, request)
    if refusal:
        return refusal
    return absence_form(ctx, person, groups, row_id(value))


def _substitute_options(ctx: Context, person, groups):
    """The usual ersättare and the people of one's organisation: the only ones who may come."""
    options = [("default", t.FORM_USUAL_SUBSTITUTE), ("none", t.FORM_NO_SUBSTITUTE)]
    usual = "default"
    seen = {person.id}
    for group in groups:
        membership = directory.membership(ctx.session, group.id, person.id)
        if membership is None:
            continue
        people = same_organisation(ctx.session, membership)
        if membership.substitute_id and all(p.id != membership.substitute_id for _, p in people):
            people.insert(0, (membership, ctx.session.get(Person, membership.substitute_id)))
        for _, other in people:
            if other.id in seen:
                continue
            seen.add(other.id)
            options.append((f"person:{other.id}", f"{other.name} ({group.name})"))
            if membership.substitute_id == other.id:
                usual = f"person:{other.id}"
    return tuple(options[:100]), usual


def submit_form(ctx: Context, request: Request, values: dict[str, str]) -> Reply:
    person = ctx.person(request)
    meeting_id = values.get("meeting", "")
    if not meeting_id:
        return Reply(t.NO_DATE_GIVEN, field_errors={"meeting": t.FORM_CHOOSE_MEETING})
    meeting, problem = _reportable(ctx, request, row_id(meeting_id))
    if problem is not None:
        return problem
    choice = values.get("substitute") or "default"
    spec = (SubstituteSpec("person", choice.split(":", 1)[1]) if choice.startswith("person:")
            else SubstituteSpec(choice))
    part_from = _time(values.get("part_from"))
    part_to = _time(values.get("part_to"))
    if (wrong := part_problem(meeting, part_from, part_to)) is not None:
        return Reply(wrong, field_errors={"part_to" if part_to else "part_from": wrong})
    # Items of other meetings in the list may have been ticked too; only this meeting's count.
    chosen_items = [v.split(":", 1)[1] for v in (values.get("part_items") or "").split(",")
                    if v.startswith(f"{meeting.id}:")]
    # Stored as the member chose them, with their numbers: "Övrigt" alone could be either.
    titles = [f"{number}. {item.title}"
              for number, item in enumerate(store.agenda(ctx.session, meeting.id), start=1)
              if str(item.id) in chosen_items]
    return _register(ctx, person, meeting, spec, part_from, part_to,
                     (values.get("message") or "").strip(), titles)


def _time(value) -> time | None:
    """A time from a form or a button; anything else (forged, malformed) counts as none."""
    if not isinstance(value, str) or not value:
        return None
    try:
        return time.fromisoformat(value)
    except ValueError:
        return None


def withdraw(ctx: Context, request: Request, value: str) -> Reply:
    """Only the person who reported the förhinder may take it back."""
    actor = ctx.actor(request)
    absence = find_row(ctx.session, Absence, value)
    if not permissions.owns_absence(actor, absence):
        return permissions.refused(texts.UNKNOWN_USER if not actor.in_roster
                                   else pt.NOT_YOUR_ABSENCE)
    return service.withdraw(ctx, actor.person, absence.id)


def answer(ctx: Context, request: Request, value: str, accept: bool) -> Reply:
    """Only the ersättare who was called may answer the call."""
    actor = ctx.actor(request)
    call = find_row(ctx.session, SubstituteCall, value)
    if not permissions.owns_call(actor, call):
        return permissions.refused(texts.UNKNOWN_USER if not actor.in_roster
                                   else pt.NOT_YOUR_CALL)
    return service.answer_call(ctx, actor.person, call.id, accept)
