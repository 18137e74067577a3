"""Which groups a question about a group's people is about, and whether she may be told."""

from __future__ import annotations

from bot.context import Context
from bot.meetings.agenda import group_named_in
from bot.replies import Reply, Request
from bot.roster import permissions
from bot.roster.permissions import Right
from storage import directory
from storage.models import Group


def own_groups_asked(ctx: Context, request: Request) -> tuple[list[Group], Reply | None]:
    """The groups of the request's scope (the channel's group, or her groups in a DM), or the
    one the question names; only those she holds a role in. Without any: why not, naming the
    group only when she may know it (its own channel, or she named it)."""
    actor = ctx.actor(request)
    if actor.person is None and not actor.admin:
        return [], permissions.refusal(ctx.session, actor, Right.see_group)
    groups, in_channel = ctx.scope(request, ctx.person(request))
    named = group_named_in(directory.all_groups(ctx.session, actor.workspace), request.text)
    if named is not None:
        groups = [named]
    own = [g for g in groups if actor.admin or actor.role_in(g.id) is not None]
    if not own:
        return [], permissions.refusal(ctx.session, actor, Right.see_group,
                                       groups[0] if groups and (in_channel or named) else None)
    return own, None
