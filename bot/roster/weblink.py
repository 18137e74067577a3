"""`/webb`: a private sign-in link to the web page, for the person who asked."""

from __future__ import annotations

from bot.context import Context
from bot.replies import Reply, Request
from bot.roster import permissions
from bot.roster.permissions import Right
from bot.roster.signin import issue_link_token
from bot.settings import Settings
from bot.texts import web as t


def link_path(token: str) -> str:
    return f"/webb/in/{token}"


def web_link(ctx: Context, request: Request) -> Reply:
    actor = ctx.actor(request)
    person = actor.person
    if person is None or not permissions.may(actor, Right.web):
        return permissions.refused(t.LINK_UNKNOWN)
    token = issue_link_token(ctx.session, person, ctx.now())
    url = (ctx.settings or Settings.from_env()).web_url() + link_path(token)
    return Reply(t.LINK_IN_CHAT.format(url=url), ephemeral=True)
