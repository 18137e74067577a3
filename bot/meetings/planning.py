"""Secretaries and chairs add meetings and agenda items: the forms and what they save."""

from __future__ import annotations

from datetime import date, time

from bot import dates, texts
from bot.context import Context
from bot.meetings import service as service
from bot.replies import Form, FormField, Reply, Request
from storage import directory
from storage.models import Group, Meeting

KIND_OPTIONS = texts.KIND_LABELS


def editable_groups(ctx: Context, request: Request) -> tuple[list[Group], list[Group]]:
    """(groups in scope, those of them the person may edit)."""
    person = ctx.person(request)
    groups, _ = ctx.scope(request, person)
    if person is None:
        return groups, []
    allowed = []
    for group in groups:
        membership = directory.membership(ctx.session, group.id, person.id)
        if membership and membership.active and membership.role in service.SECRETARY_ROLES:
            allowed.append(group)
    return groups, allowed


def refusal(ctx: Context, groups: list[Group]) -> Reply:
    if not groups:
        return Reply(texts.UNKNOWN_USER)
    group = groups[0]
    secretaries = directory.people_in_roles(ctx.session, group.id, ("secretary",))
    contact = texts.join_names([p.name for p in secretaries]) or texts.SECRETARY_FALLBACK
    return Reply(texts.ONLY_SECRETARIES.format(group=group.name, contact=contact))


def new_meeting_form(ctx: Context, request: Request) -> Reply:
    groups, allowed = editable_groups(ctx, request)
    if not allowed:
        return refusal(ctx, groups)
    fields = [
        FormField("group", texts.FIELD_GROUP, "select", initial=str(allowed[0].id),
                  options=tuple((str(g.id), g.name) for g in allowed)),
        FormField("date", texts.FIELD_DATE, "date"),
        FormField("start", texts.FIELD_START, "time", initial="13:00"),
        FormField("end", texts.FIELD_END, "time", initial="15:00", required=False),
        FormField("place", texts.FIELD_PLACE, required=False),
        FormField("link", texts.FIELD_LINK, required=False),
    ]
    form = Form("meeting.new", texts.NEW_MEETING_TITLE, texts.SAVE, tuple(fields))
    return Reply(texts.FORMS_IN_SLACK_ONLY.format(cli="meeting add"), form=form)


def new_item_form(ctx: Context, request: Request, meeting_id: str) -> Reply:
    meeting = ctx.session.get(Meeting, int(meeting_id)) if meeting_id.isdigit() else None
    person = ctx.person(request)
    from bot.meetings.agenda import is_secretary_of_meeting

    if meeting is None or person is None or not is_secretary_of_meeting(ctx, person.id, meeting.id):
        groups, _ = ctx.scope(request, person)
        return refusal(ctx, groups)
    fields = (
        FormField("title", texts.FIELD_TITLE),
        FormField("presenter", texts.FIELD_PRESENTER, required=False),
        FormField("kind", texts.FIELD_KIND, "select", initial="information", options=KIND_OPTIONS),
        FormField("document", texts.FIELD_DOCUMENT, required=False),
    )
    form = Form("meeting.item", texts.NEW_ITEM_TITLE, texts.SAVE, fields, metadata=str(meeting.id))
    return Reply(texts.FORMS_IN_SLACK_ONLY.format(cli="agenda add"), form=form)


def submit_meeting(ctx: Context, request: Request, values: dict[str, str]) -> Reply:
    _, allowed = editable_groups(ctx, request)
    group = next((g for g in allowed if str(g.id) == values.get("group")), None)
    if group is None:
        return refusal(ctx, allowed)
    errors: dict[str, str] = {}
    day = read_day(values.get("date", ""), ctx.today())
    if day is None:
        errors["date"] = texts.BAD_DATE_FIELD
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
    person = ctx.person(request)
    meeting = ctx.session.get(Meeting, int(meeting_id)) if meeting_id.isdigit() else None
    from bot.meetings.agenda import is_secretary_of_meeting

    if meeting is None or person is None or not is_secretary_of_meeting(ctx, person.id, meeting.id):
        return refusal(ctx, ctx.scope(request, person)[0])
    title = values.get("title", "").strip()
    if not title:
        return Reply(texts.FIELD_TITLE, field_errors={"title": "Skriv en rubrik för punkten."})
    kind = values.get("kind") or "information"
    service.add_item(
        ctx.session, meeting, title, values.get("presenter", "").strip(), kind,
        values.get("document", "").strip(),
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
