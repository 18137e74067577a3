"""A förhinder reported again for the same meeting: widened when the new one covers more, said
back as it stands otherwise.

"Kan inte komma 13.00–14.00" and then "kan inte komma alls" means the member now misses the whole
meeting: the absence is widened, the ersättare already called is told (or, when none ever was,
one is called as for any whole-meeting förhinder), and the secretaries hear of it. A förhinder
never shrinks by being reported again ("kl. 13–14" after "hela mötet" may be a slip): the reply
says what stands and how to change it, and nothing is changed.
"""

from __future__ import annotations

from datetime import time

from sqlmodel import select

from bot.absences import notices, substitutes
from bot.absences.people import is_substitute_in, resolve
from bot.meetings import service as meeting_service
from bot.replies import Button, Reply
from bot.texts import absences as t
from storage.models import Absence, Person, SubstituteCall

_OPEN = ("called", "confirmed")


def report_again(ctx, absence_id: int, person: Person, membership, data) -> Reply:
    """`data` is the AbsenceInput of the new report; `absence_id` the förhinder already there."""
    from bot.absences.service import part_text

    session = ctx.session
    absence = session.get(Absence, absence_id)
    old = part_text(absence.part_from, absence.part_to, absence.part_items)
    new = part_text(data.part_from, data.part_to, data.items)
    if not _covers(data, absence) or old == new:
        return _stands(ctx, absence, data, old, membership, person)
    calls = list(session.exec(select(SubstituteCall).where(
        SubstituteCall.absence_id == absence.id)).all())
    substitute = None
    if not calls:  # nobody was ever called: call as for a förhinder reported now
        found = resolve(session, data.group, membership, person, data.substitute)
        if (problem := substitutes.problem(ctx, data, membership, found)) is not None:
            return problem
        substitute = found.person
    absence.part_from, absence.part_to = data.part_from, data.part_to
    absence.part_items = list(data.items)
    session.add(absence)
    return _widened(ctx, absence, person, membership, data, old, new, calls, substitute)


def _covers(data, absence: Absence) -> bool:
    """Whether the new report misses at least all the old one does."""
    if not data.part_from and not data.part_to and not data.items:
        return True  # the whole meeting covers any part
    if data.items or absence.part_items:
        return bool(data.items) and set(absence.part_items) <= set(data.items)
    if not absence.part_from and not absence.part_to:
        return False  # the whole meeting already
    return (_at_or_before(data.part_from, absence.part_from)
            and _at_or_after(data.part_to, absence.part_to))


def _at_or_before(new: time | None, old: time | None) -> bool:
    return new is None or (old is not None and new <= old)  # None: from the meeting's start


def _at_or_after(new: time | None, old: time | None) -> bool:
    return new is None or (old is not None and new >= old)  # None: to the meeting's end


def _withdraw_button(absence: Absence) -> Button:
    return Button(t.WITHDRAW_BUTTON, "absence.withdraw", str(absence.id), "danger")


def _stands(ctx, absence: Absence, data, old: str, membership, person: Person) -> Reply:
    from bot.absences.service import part_text

    when = meeting_service.when(data.meeting)
    group = data.group.name
    if old:
        lines = [t.ALREADY_REPORTED_PART.format(when=when, group=group, part=old)]
    else:
        lines = [t.ALREADY_REPORTED.format(when=when, group=group)]
    call = _latest_open_call(ctx.session, absence.id)
    if call is not None:
        name = ctx.session.get(Person, call.person_id).name
        lines.append((t.STANDS_CONFIRMED if call.state == "confirmed" else t.STANDS_CALLED)
                     .format(name=name))
    new = part_text(data.part_from, data.part_to, data.items)
    if new and not old:
        lines.append(t.HOW_TO_NARROW)
    elif old and new != old:
        lines.append(t.HOW_TO_WIDEN)
    if _names_another(ctx, data, membership, person, call):
        lines.append(t.HOW_TO_CHANGE_SUBSTITUTE)
    return Reply(" ".join(lines), buttons=[_withdraw_button(absence)])


def _names_another(ctx, data, membership, person: Person, call: SubstituteCall | None) -> bool:
    """Whether the new report names an ersättare (or none) other than the one called: a
    second report never swaps them, so the member is told how to."""
    spec = data.substitute
    if spec.kind == "default":
        return False
    called = call.person_id if call is not None else None
    if spec.kind == "none":
        return called is not None
    found = resolve(ctx.session, data.group, membership, person, spec)
    return found.person is None or found.person.id != called


def _latest_open_call(session, absence_id: int) -> SubstituteCall | None:
    return session.exec(select(SubstituteCall).where(
        SubstituteCall.absence_id == absence_id, SubstituteCall.state.in_(_OPEN))
        .order_by(SubstituteCall.id.desc())).first()


def _widened(ctx, absence, person, membership, data, old, new, calls, substitute) -> Reply:
    session, now, meeting, group = ctx.session, ctx.now(), data.meeting, data.group
    when = meeting_service.when(meeting)
    if new:
        lines = [t.WIDENED_PART.format(when=when, group=group.name, part=new, old=old)]
        secretary = [t.SEC_WIDENED_PART.format(absent=person.name, when=when, group=group.name,
                                               part=new, old=old)]
    else:
        lines = [t.WIDENED_WHOLE.format(when=when, group=group.name, old=old)]
        secretary = [t.SEC_WIDENED_WHOLE.format(absent=person.name, when=when, group=group.name,
                                                old=old)]
    open_calls = [c for c in calls if c.state in _OPEN]
    for call in open_calls:
        called = session.get(Person, call.person_id)
        notices.tell_substitute_widened(session, call, absence, meeting, group, person, called,
                                        now, new, old)
        lines.append(t.SUBSTITUTE_TOLD_WIDENED.format(name=called.name))
        secretary.append(t.SUBSTITUTE_TOLD_WIDENED.format(name=called.name))
    if calls and not open_calls:
        lines.append(t.NO_SUBSTITUTE_CHOSEN)
        secretary.append(t.SEC_NO_SUBSTITUTE)
    if not calls:
        _call(ctx, absence, person, data, substitute, new, lines, secretary)
    key = (f"absence:{absence.id}:{int(absence.created_at.timestamp())}:widened:"
           f"{notices.part_key(new)}")
    notices.tell_secretaries(session, group, key, secretary, now)
    return Reply(" ".join(lines), buttons=[_withdraw_button(absence)])


def _call(ctx, absence, person, data, substitute, part, lines, secretary) -> None:
    """The ersättare of a förhinder that had none: as `service.register` calls one."""
    session, now, group = ctx.session, ctx.now(), data.group
    if substitute is None:
        lines.append(t.NO_SUBSTITUTE_CHOSEN)
        secretary.append(t.SEC_NO_SUBSTITUTE)
        return
    call = SubstituteCall(absence_id=absence.id, person_id=substitute.id, created_at=now)
    session.add(call)
    session.flush()
    absence.substitute_id = substitute.id
    session.add(absence)
    outsider = not is_substitute_in(session, group.id, substitute.id)
    lines.append((t.SUBSTITUTE_NOT_IN_GROUP if outsider else t.SUBSTITUTE_CALLED)
                 .format(name=substitute.name))
    secretary.append((t.SEC_CALLED_OUTSIDER if outsider else t.SEC_CALLED)
                     .format(name=substitute.name))
    if not notices.call_substitute(session, call, absence, data.meeting, group, person,
                                   substitute, now, data.message, part):
        lines.append(t.SUBSTITUTE_UNREACHABLE.format(name=substitute.name))
        secretary.append(t.SEC_UNREACHABLE.format(name=substitute.name))
