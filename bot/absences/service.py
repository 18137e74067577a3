"""Reporting and taking back förhinder; calling in, and moving on between, ersättare."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, time

from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from bot import texts
from bot.absences import again, notices, substitutes
from bot.absences.parsing import SubstituteSpec
from bot.absences.part import covers_all
from bot.absences.part import problem as part_problem
from bot.absences.people import is_substitute_in, next_substitute, resolve
from bot.context import Context
from bot.meetings import service as meeting_service
from bot.replies import Button, Reply
from bot.texts import absences as t
from storage import absences, directory
from storage.models import Absence, Group, Meeting, Person, SubstituteCall


@dataclass
class AbsenceInput:
    meeting: Meeting
    group: Group
    substitute: SubstituteSpec
    part_from: time | None = None
    part_to: time | None = None
    message: str = ""
    items: list[str] = field(default_factory=list)  # agenda item titles missed, if only some
    # The member was told the ersättare is already called for the same meeting, and said yes.
    double_booking_ok: bool = False


def part_text(part_from: time | None, part_to: time | None, items=()) -> str:
    if items:
        return t.PART_ITEMS.format(items=texts.join_names([f"”{i}”" for i in items]))
    if part_from and part_to:
        return t.PART_SPAN.format(start=texts.clock(part_from), end=texts.clock(part_to))
    if part_from:
        return t.PART_FROM.format(at=texts.clock(part_from))
    if part_to:
        return t.PART_TO.format(at=texts.clock(part_to))
    return ""


def has_started(meeting: Meeting, now: datetime, today) -> bool:
    if meeting.starts_at is not None:
        return now >= meeting.starts_at
    return meeting.date < today


def register(ctx: Context, person: Person, data: AbsenceInput) -> Reply:
    """Stores the absence and calls the ersättare; the same absence twice changes nothing."""
    session, now = ctx.session, ctx.now()
    meeting, group = data.meeting, data.group
    when = meeting_service.when(meeting)
    membership = directory.membership(session, group.id, person.id)
    if membership is None or not membership.active:
        return Reply(t.NOT_A_MEMBER.format(group=group.name,
                                           contact=notices.contact_for(session, group)))
    if has_started(meeting, now, ctx.today()):
        return Reply(t.ALREADY_STARTED.format(when=when, group=group.name,
                                              contact=notices.contact_for(session, group)))
    if (wrong_part := part_problem(meeting, data.part_from, data.part_to)) is not None:
        return Reply(wrong_part)
    if covers_all(meeting, data.part_from, data.part_to):
        data = replace(data, part_from=None, part_to=None)
    earlier = absences.reported(session, meeting.id, person.id)
    if earlier is not None and not earlier.withdrawn:  # widened, or said back as it stands
        return again.report_again(ctx, earlier.id, person, membership, data)
    found = resolve(session, group, membership, person, data.substitute)
    problem = substitutes.problem(ctx, data, membership, found)
    if problem is not None:
        return problem
    # Taken back earlier and reported again: that row is changed (the only case that loads it).
    absence = session.get(Absence, earlier.id) if earlier is not None else None
    absence = _store(ctx, absence, person, data, found.person)
    if absence is None:  # a second request for the same absence won the race
        return Reply(t.ALREADY_REPORTED.format(when=when, group=group.name))
    return _confirm_and_notify(ctx, absence, person, membership, data, found.person)


def _store(ctx, absence, person, data: AbsenceInput, substitute: Person | None):
    session = ctx.session
    values = dict(
        group_id=data.group.id, substitute_id=substitute.id if substitute else None,
        part_from=data.part_from, part_to=data.part_to, part_items=list(data.items),
        created_at=ctx.now(), withdrawn_at=None,
    )
    if absence is None:  # one INSERT; None when a second request for it got there first
        return absences.add_absence(session, meeting_id=data.meeting.id, person_id=person.id,
                                    **values)
    try:
        with session.begin_nested():  # taken back earlier, reported again
            for key, value in values.items():
                setattr(absence, key, value)
            session.add(absence)
            session.flush()
    except IntegrityError:
        return None
    return absence


def _confirm_and_notify(ctx, absence, person, membership, data: AbsenceInput, substitute):
    session, now, meeting, group = ctx.session, ctx.now(), data.meeting, data.group
    when = meeting_service.when(meeting)
    part = part_text(data.part_from, data.part_to, data.items)
    lead = (t.REPORTED_PART.format(when=when, group=group.name, part=part) if part
            else t.REPORTED.format(when=when, group=group.name))
    lines = [lead]
    stamp = int(absence.created_at.timestamp())
    secretary = [t.SEC_REPORTED.format(absent=person.name, organisation=membership.organisation
                                       or "?", when=when, group=group.name)]
    if substitute is None:
        if data.substitute.kind == "default":
            lines.append(t.NO_USUAL_SUBSTITUTE.format(day=texts.day_month(meeting.date)))
        else:
            lines.append(t.NO_SUBSTITUTE_CHOSEN)
        secretary.append(t.SEC_NO_SUBSTITUTE)
    else:
        call = absences.add_call(session, absence_id=absence.id, person_id=substitute.id,
                                 created_at=now)
        outsider = not is_substitute_in(session, group.id, substitute.id)
        lines.append((t.SUBSTITUTE_NOT_IN_GROUP if outsider else t.SUBSTITUTE_CALLED)
                     .format(name=substitute.name))
        secretary.append((t.SEC_CALLED_OUTSIDER if outsider else t.SEC_CALLED)
                         .format(name=substitute.name))
        if not notices.call_substitute(session, call, absence, meeting, group, person, substitute,
                                       now, data.message, part):
            lines.append(t.SUBSTITUTE_UNREACHABLE.format(name=substitute.name))
            secretary.append(t.SEC_UNREACHABLE.format(name=substitute.name))
    notices.tell_secretaries(session, group, f"absence:{absence.id}:{stamp}:reported", secretary,
                             now)
    return Reply(" ".join(lines), buttons=[
        Button(t.WITHDRAW_BUTTON, "absence.withdraw", str(absence.id), "danger")
    ])


def withdraw(ctx: Context, person: Person, absence_id: int) -> Reply:
    session, now = ctx.session, ctx.now()
    absence = session.get(Absence, absence_id)
    if absence is None or absence.person_id != person.id or absence.withdrawn_at is not None:
        return Reply(t.NOTHING_TO_WITHDRAW)
    meeting, group = session.get(Meeting, absence.meeting_id), session.get(Group, absence.group_id)
    when = meeting_service.when(meeting)
    absence.withdrawn_at = now
    session.add(absence)
    lines = [t.WITHDRAWN.format(when=when, group=group.name)]
    for call in _open_calls(session, absence.id):
        call.state, call.answered_at = "released", now
        session.add(call)
        substitute = session.get(Person, call.person_id)
        notices.release_substitute(session, call, absence, meeting, group, person, substitute, now)
        lines.append(t.WITHDRAWN_SUBSTITUTE_TOLD.format(name=substitute.name))
    stamp = int(absence.created_at.timestamp())
    notices.tell_secretaries(session, group, f"absence:{absence.id}:{stamp}:withdrawn",
                             [t.SEC_WITHDRAWN.format(absent=person.name, when=when,
                                                     group=group.name)], now)
    return Reply(" ".join(lines))


def _open_calls(session, absence_id: int) -> list[SubstituteCall]:
    return list(session.exec(
        select(SubstituteCall).where(
            SubstituteCall.absence_id == absence_id,
            SubstituteCall.state.in_(("called", "confirmed")),
        )
    ).all())


def answer_call(ctx: Context, person: Person, call_id: int, accept: bool) -> Reply:
    """The ersättare's **Jag kommer** / **Jag kan inte**."""
    session, now = ctx.session, ctx.now()
    call = session.get(SubstituteCall, call_id)
    if call is None or call.person_id != person.id:
        return Reply(t.CALL_NOT_NEEDED_ANY_MORE)
    if call.state in ("released", "expired"):
        return Reply(t.CALL_NOT_NEEDED_ANY_MORE)
    if call.state != "called":
        return Reply(t.CALL_ALREADY_ANSWERED)
    absence = session.get(Absence, call.absence_id)
    meeting, group = session.get(Meeting, absence.meeting_id), session.get(Group, absence.group_id)
    absent = session.get(Person, absence.person_id)
    when = meeting_service.when(meeting)
    call.state, call.answered_at = ("confirmed" if accept else "declined"), now
    session.add(call)
    if accept:
        notices.tell_secretaries(
            session, group, f"call:{call.id}:confirmed",
            [t.SEC_CONFIRMED.format(name=person.name, absent=absent.name, when=when,
                                    group=group.name)], now)
        return Reply(t.CALL_ACCEPTED.format(absent=absent.name, when=when))
    first = t.SEC_DECLINED.format(name=person.name, absent=absent.name, when=when,
                                  group=group.name)
    move_on(ctx, absence, call, first)
    return Reply(t.CALL_DECLINED)


def move_on(ctx: Context, absence: Absence, call: SubstituteCall, what_happened: str) -> None:
    """Call the next ersättare of the organisation, or tell the secretary nobody comes."""
    session, now = ctx.session, ctx.now()
    meeting, group = session.get(Meeting, absence.meeting_id), session.get(Group, absence.group_id)
    absent = session.get(Person, absence.person_id)
    organisation = directory.membership(session, group.id, absent.id).organisation
    lines = [what_happened]
    nxt = next_substitute(session, group.id, organisation, absence.id, absent.id)
    if nxt is not None:
        new_call = SubstituteCall(absence_id=absence.id, person_id=nxt.id, created_at=now)
        session.add(new_call)
        session.flush()
        absence.substitute_id = nxt.id
        session.add(absence)
        notices.call_substitute(session, new_call, absence, meeting, group, absent, nxt, now)
        lines.append(t.SEC_NEXT_CALLED.format(name=nxt.name))
    else:
        lines.append(t.SEC_UNREPRESENTED.format(organisation=organisation or absent.name))
    notices.tell_secretaries(session, group, f"call:{call.id}:{call.state}", lines, now)
