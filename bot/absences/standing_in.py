"""'Vem är min ersättare?', 'vem går i mitt ställe?' and 'vem är jag ersättare för?'.

A member asks before reporting förhinder whom the bot would call (the roster's usual ersättare),
and after reporting it who is coming in their place (the calls of that meeting: the usual
ersättare may have said no and the next one been called); an ersättare asks whom they may be
called for. The answer covers the groups of the request's scope (the channel's group, or all the
person's groups in a DM), and names only people of groups the person holds a role in.
"""

from __future__ import annotations

from sqlmodel import select

from bot import texts
from bot.context import Context
from bot.meetings import service as meeting_service
from bot.replies import Reply, Request
from bot.roster import permissions
from bot.roster.permissions import GROUP_RULES, Right
from bot.texts import absences as t
from storage import directory
from storage.models import Absence, Meeting, Person, SubstituteCall


def who_stands_in(ctx: Context, request: Request, only_whom: bool = False) -> Reply:
    """The answer; `only_whom` for 'vem är jag ersättare för?', which asks nothing about the
    person's own ersättare."""
    actor = ctx.actor(request)
    if actor.person is None or not actor.roles:
        return permissions.refusal(ctx.session, actor, Right.see_group)
    groups, in_channel = ctx.scope(request)
    own = [g for g in groups if actor.role_in(g.id) is not None]
    if in_channel and not own:
        return permissions.refusal(ctx.session, actor, Right.see_group, groups[0])
    if only_whom:
        lines = [line for group in own for line in _stood_in_for(ctx, actor.person, group)]
        return Reply("\n".join(lines) if lines else t.STANDING_IN_FOR_NOBODY.format(
            groups=texts.join_names([g.name for g in own])))
    calls = [line for group in own for line in _calls(ctx, actor.person, group)]
    lines = calls + [line for group in own for line in _lines(ctx, actor, group)]
    return Reply("\n".join(lines) if lines else t.STANDING_IN_NOTHING)


def _calls(ctx: Context, person: Person, group) -> list[str]:
    """One line for each coming meeting of `group` the person has reported förhinder to."""
    session = ctx.session
    absences = session.exec(
        select(Absence, Meeting).join(Meeting, Meeting.id == Absence.meeting_id)
        .where(Absence.person_id == person.id, Absence.group_id == group.id,
               Absence.withdrawn_at.is_(None), Meeting.date >= ctx.today())
        .order_by(Meeting.date, Meeting.starts_at)
    ).all()
    lines = []
    for absence, meeting in absences:
        calls = session.exec(
            select(SubstituteCall, Person).join(Person, Person.id == SubstituteCall.person_id)
            .where(SubstituteCall.absence_id == absence.id).order_by(SubstituteCall.id)
        ).all()
        where = {"when": meeting_service.when(meeting), "group": group.name}
        current = next((c for c in reversed(calls) if c[0].state in ("called", "confirmed")),
                       None)
        if current is not None:
            sentence = (t.STANDING_IN_CONFIRMED if current[0].state == "confirmed"
                        else t.STANDING_IN_CALLED)
            lines.append(sentence.format(name=current[1].name, **where))
            continue
        declined = [p.name for c, p in calls if c.state in ("declined", "expired")]
        first = (t.STANDING_IN_DECLINED.format(names=texts.join_names(declined), **where)
                 if declined else t.STANDING_IN_NOBODY.format(**where))
        contact = permissions.contact_for(session, group)
        lines.append(f"{first} {t.STANDING_IN_ASK.format(contact=contact)}")
    return lines


def _lines(ctx: Context, actor, group) -> list[str]:
    session, person = ctx.session, actor.person
    rows = directory.memberships_of_group(session, group.id)
    lines = []
    own = next((m for m, _ in rows if m.person_id == person.id), None)
    if own is not None and actor.role_in(group.id) in GROUP_RULES[Right.report_absence]:
        substitute = directory.person(session, own.substitute_id)
        if substitute is not None:
            lines.append(t.YOUR_SUBSTITUTE.format(group=group.name, name=substitute.name))
        else:
            lines.append(t.NO_SUBSTITUTE_IN_ROSTER.format(
                group=group.name, contact=permissions.contact_for(session, group)))
    return lines + _stood_in_for(ctx, person, group, rows)


def _stood_in_for(ctx: Context, person, group, rows=None) -> list[str]:
    rows = rows if rows is not None else directory.memberships_of_group(ctx.session, group.id)
    stood_in_for = [p.name for m, p in rows if m.substitute_id == person.id]
    if not stood_in_for:
        return []
    return [t.YOU_STAND_IN_FOR.format(group=group.name, names=texts.join_names(stood_in_for))]
