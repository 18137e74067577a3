"""Files shared with the bot: who may send them, and what is refused before a byte is read.

Only people who may publish minutes somewhere get a file read at all; the name and the size
the platform reports are checked before the download, the real size during it (by the
handler), and the content in the bounded reader (reading/bounded.py).
"""

from __future__ import annotations

from bot.context import Context
from bot.minutes.reading.bounded import LIMITS, FileRefused, check_name, check_size
from bot.replies import Reply, Request
from bot.roster import permissions
from bot.roster.permissions import Right
from bot.texts import files as t
from storage import directory
from storage.models import Group

DOWNLOAD_SECONDS = 30.0  # the whole download, however slowly the bytes come


def may_send(ctx: Context, request: Request) -> bool:
    """Those who may publish minutes somewhere; everyone else's files stay unread."""
    return bool(permissions.publish_groups(ctx.session, ctx.actor(request)))


def not_a_sender(ctx: Context, request: Request) -> Reply:
    """Why the file is not read; in a group's channel, to one of its people, who can help."""
    actor = ctx.actor(request)
    group = directory.group_by_channel(ctx.session, request.channel_id)
    named = group if directory.in_workspace(group, request.workspace) and actor.role_in(
        group.id) is not None else None
    return permissions.refusal(ctx.session, actor, Right.publish_minutes,
                               named or own_group(ctx, actor))


def own_group(ctx: Context, actor) -> Group | None:
    """The one group the person is in, whose secretary she can send the minutes to; None when
    she is in several (which one is not for the bot to guess) or in none."""
    return ctx.session.get(Group, next(iter(actor.roles))) if len(actor.roles) == 1 else None


def before_download(name: str, reported_size: int | None) -> Reply | None:
    """A refusal from the name, or from a size already over the cap; None to go ahead.

    A reported size under the cap proves nothing: the download counts the bytes itself.
    """
    try:
        check_name(name)
        check_size(reported_size or 0)
    except FileRefused as refusal:
        return Reply(t.REFUSED.format(reason=refusal.reason_sv))
    return None


def download_failed(reason: str, size: int) -> Reply | None:
    """The answer when the download stopped: too big, too slow; None for other failures."""
    if reason == "too_big":
        return Reply(t.REFUSED.format(reason=t.TOO_BIG.format(
            size=t.OVER.format(size=t.size(size)), limit=t.size(LIMITS.max_bytes))))
    if reason == "too_slow":
        return Reply(t.DOWNLOAD_TOO_SLOW.format(seconds=t.seconds(DOWNLOAD_SECONDS)))
    return None
