"""'Vem är min ersättare?' and 'vem är jag ersättare för?': the roster's usual ersättare.

A member asks before reporting förhinder whom the bot would call; an ersättare asks whom they
may be called for. The answer covers the groups of the request's scope (the channel's group, or
all the person's groups in a DM), and names only people of groups the person holds a role in.
"""

from __future__ import annotations

from bot import texts
from bot.context import Context
from bot.replies import Reply, Request
from bot.roster import permissions
from bot.roster.permissions import GROUP_RULES, Right
from bot.texts import absences as t
from storage import directory


def who_stands_in(ctx: Context, request: Request) -> Reply:
    actor = ctx.actor(request)
    if actor.person is None or not actor.roles:
        return permissions.refusal(ctx.session, actor, Right.see_group)
    groups, in_channel = ctx.scope(request)
    own = [g for g in groups if actor.role_in(g.id) is not None]
    if in_channel and not own:
        return permissions.refusal(ctx.session, actor, Right.see_group, groups[0])
    lines = [line for group in own for line in _lines(ctx, actor, group)]
    return Reply("\n".join(lines) if lines else t.STANDING_IN_NOTHING)


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
    stood_in_for = [p.name for m, p in rows if m.substitute_id == person.id]
    if stood_in_for:
        lines.append(t.YOU_STAND_IN_FOR.format(group=group.name,
                                               names=texts.join_names(stood_in_for)))
    return lines
