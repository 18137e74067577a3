"""The first words in a new Teams chat or channel: what the bot does and how to begin."""

from __future__ import annotations

from bot import texts
from bot.context import Context
from bot.replies import Reply, Request, Section
from bot.texts import welcome as t
from storage import directory


def welcome(ctx: Context, request: Request) -> Reply:
    if request.is_dm:
        return Reply(t.PERSONAL, [Section(texts.HELP)], ephemeral=False)
    group = directory.group_by_channel(ctx.session, request.channel_id)
    if group is not None:
        return Reply(t.CHANNEL_OF_GROUP.format(group=group.name), ephemeral=False)
    return Reply(t.CHANNEL_UNKNOWN.format(channel=request.channel_id or ""), ephemeral=False)
