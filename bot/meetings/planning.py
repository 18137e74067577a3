"""Secretaries and chairs add meetings and agenda items: the forms and what they save."""

from __future__ import annotations

from datetime import date, time

from bot import dates, texts
from bot.context import Context
from bot.meetings import service as service
from bot.meetings.agenda import pick_group
from bot.replies import Form, FormField, Reply, Request
from bot.roster import permissions
from bot.roster.permissions import Right
from bot.texts import planning as planning_texts
from storage import meetings as store
from storage.ids import find_row
from storage.models import Group, Meeting

KIND_OPTIONS = texts.KIND_LABELS
# What the tables hold (storage/models.py): told to Slack and Teams as the fields' max_length,
# and checked again when a form comes back, since a forged or foreign form may send more.
MEETING_LIMITS = {"place": 500, "link": 1000}
ITEM_LIMITS = {"title": 500, "presenter": 300, "document": 1000}


def editable_groups(ctx: Context, request: Request,
                    right: Right = Right.plan_meetings) -> tuple[list[Group], list[Group]]:
    """(groups in scope, those of them in which the person holds the right)."""
    groups, _ = ctx.scope(request)
    return groups, permissions.groups_where(ctx.actor(request), right, groups)


def group_field(allowed: list[Group], text: str = "") -> tuple[FormField, str]:
    """The form's choice of group, and the text left after a group named first in it.

    Preset only when there is no choice to make (the channel's group, or the one group the
    person may use) or the person named it (`/ny-remiss svoo …`); a secretary of two groups
    asking in a DM chooses, so nothing is filed under the first group of a list unnoticed."""
    named, rest = pick_group(allowed, text.strip())
    chosen = named or (allowed[0] if len(allowed) == 1 else None)
    field = FormField("group", texts.FIELD_GROUP, "select",
                      initial=str(chosen.id) if chosen else "",
                      options=tuple((str(g.id), g.name) for g in allowed))
    return field, rest.strip()


def chosen_group(ctx: Context, request: Request, allowed: list[Group], values: dict[str, str],
                 right: Right) -> tuple[Group | None, Reply | None]:
    """The group a form was sent for, or the answer: choose one, or not yours to choose."""
    value = (values.get("group") or "").strip()
    if not value and allowed:
        return None, Reply(texts.CHOOSE_GROUP, field_errors={"group": texts.CHOOSE_GROUP})
    group = next((g for g in allowed if str(g.id) == value), None)
    if group is None:  # a group id the form never offered this person
        return None, (refusal(ctx, request, allowed, right) if not allowed
                      else permissions.not_yours(ctx.actor(request)))
    return group, None


def too_long(values: dict[str, str], limits: dict[str, int]) -> dict[str, str]:
    """A field error for each value longer than its field holds."""
    return {name: texts.FIELD_TOO_LONG.format(limit=texts.number(limit))
            for name, limit in limits.items() if len((values.get(name) or "").strip()) > limit}


def refusal(ctx: Context, request: Request, groups: list[Group],
            right: Right = Right.plan_meetings) -> Reply:
    """No: naming the channel's group or the person's own, never one they are not in."""
    actor = ctx.actor(request)
    return permissions.refusal(ctx.session, actor, right, groups[0] if groups else None)


def plannable_meeting(ctx: Context, request: Request, meeting_id: str) -> tuple[Meeting | None,
                                                                               Reply | None]:
    """The meeting of a button or a form, if the person may add to its agenda."""
    actor = ctx.actor(request)
    meeting = find_row(ctx.session, Meeting, meeting_id)
    if meeting is None or not permissions.may_see_meeting(ctx.session, actor, meeting.id):
        return None, permissions.not_yours(actor)
    if not permissions.may_for_meeting(ctx.session, actor, Right.plan_meetings, meeting.id):
        groups = [g for g in store.groups_of_meeting(ctx.session, meeting.id)
                  if actor.role_in(g.id) is not None]
        return None, permissions.refusal(ctx.session, actor, Right.plan_meetings,
                                         groups[0] if groups else None)
    return meeting, None


def new_meeting_form(ctx: Context, request: Request) -> Reply:
    groups, allowed = editable_groups(ctx, request)
    if not allowed:
        return refusal(ctx, request, groups)
    fields = [
        group_field(allowed, request.text)[0],
        FormField("date", texts.FIELD_DATE, "date"),
        FormField("start", texts.FIELD_START, "time", initial="13:00"),
        FormField("end", texts.FIELD_END, "time", initial="15:00", required=False),
        FormField("place", texts.FIELD_PLACE, required=False,
                  max_length=MEETING_LIMITS["place"]),
        FormField("link", texts.FIELD_LINK, required=False, max_length=MEETING_LIMITS["link"]),
    ]
    form = Form("meeting.new", texts.NEW_MEETING_TITLE, texts.SAVE, tuple(fields))
    return Reply(texts.FORM_FALLBACK.format(command="nytt-möte"), form=form)


def new_item_form(ctx: Context, request: Request, meeting_id: str) -> Reply:
    meeting, problem = plannable_meeting(ctx, request, meeting_id)
    if problem is not None:
        return problem
    fields = (
        FormField("title", texts.FIELD_TITLE, max_length=ITEM_LIMITS["title"]),
        FormField("presenter", texts.FIELD_PRESENTER, required=False,
                  max_length=ITEM_LIMITS["presenter"]),
        FormField("kind", texts.FIELD_KIND, "select", initial="information", options=KIND_OPTIONS),
        FormField("document", texts.FIELD_DOCUMENT, required=False,
                  max_length=ITEM_LIMITS["document"]),
    )
    form = Form("meeting.item", texts.NEW_ITEM_TITLE, texts.SAVE, fields, metadata=str(meeting.id))
    return Reply(texts.FORM_FALLBACK.format(command="dagordning"), form=form)


def submit_meeting(ctx: Context, request: Request, values: dict[str, str]) -> Reply:
    _, allowed = editable_groups(ctx, request)
    group, problem = chosen_group(ctx, request, allowed, values, Right.plan_meetings)
    if problem is not None:
        return problem
    errors = too_long(values, MEETING_LIMITS)
    day = read_day(values.get("date", ""), ctx.today())
    if day is None:
        errors["date"] = texts.BAD_DATE_FIELD
    elif not dates.in_planning_range(day, ctx.today()):
        errors["date"] = texts.DATE_OUT_OF_RANGE
    start = read_time(values.get("start", ""))
    if start is None:
        errors["start"] = texts.BAD_TIME_FIELD
    end = read_time(values.get("end", "")) if values.get("end") else None
    if values.get("end") and end is None:
        errors["end"] = texts.BAD_TIME_FIELD
    if start and end and end <= start:
        errors["end"] = texts.END_BEFORE_START
    if errors:
        return Reply(" ".join(errors.values()), field_errors=errors)
    data = service.MeetingInput(
        group, day, start, end, values.get("place", "").strip(), values.get("link", "").strip()
    )
    meeting, created = service.add_meeting(ctx.session, data)
    message = texts.MEETING_ADDED if created else texts.MEETING_EXISTS
    return Reply(message.format(when=service.when(meeting), group=group.name))


def submit_item(ctx: Context, request: Request, meeting_id: str, values: dict[str, str]) -> Reply:
    meeting, problem = plannable_meeting(ctx, request, meeting_id)
    if problem is not None:
        return problem
    title = values.get("title", "").strip()
    if not title:
        return Reply(planning_texts.NO_TITLE, field_errors={"title": planning_texts.NO_TITLE})
    kind = values.get("kind") or "information"
    errors = too_long(values, ITEM_LIMITS)
    if kind not in dict(KIND_OPTIONS):  # a kind the form never offered
        errors["kind"] = texts.CHOOSE_OPTION
    document = values.get("document", "").strip()
    # As the web page's form: a document is a web address, never "javascript:" or a file path
    # that every member's chat would show as text nobody can open.
    if document and not document.lower().startswith(("https://", "http://")):
        errors["document"] = planning_texts.BAD_LINK
    if errors:
        return Reply(" ".join(errors.values()), field_errors=errors)
    service.add_item(
        ctx.session, meeting, title, values.get("presenter", "").strip(), kind, document,
    )
    return Reply(texts.ITEM_ADDED.format(title=title, day=texts.long_date(meeting.date)))


def read_day(text: str, today: date) -> date | None:
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return dates.parse_date(text, today, prefer="future")


def read_time(text: str) -> time | None:
    found = dates.parse_time_range(f"kl. {text.strip()}") if text.strip() else None
    return found[0] if found else None
