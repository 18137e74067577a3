"""Utskick: what waits in the outbox, dead letters with their error, send again."""

from __future__ import annotations

from flask import g, redirect, url_for

from bot import deliveries
from bot.texts import web as t
from handlers.web.app import forbid, render, say, signed_in, web
from storage.models import OutboxState


@web.get("/utskick")
@signed_in
def outbox():
    if not g.access.is_secretary_anywhere:
        forbid("web.outbox")
    waiting = deliveries.deliveries(g.db, g.access, (OutboxState.pending, OutboxState.sending))
    dead = deliveries.deliveries(g.db, g.access, (OutboxState.dead,))
    return render("outbox.html", page="outbox", waiting=waiting, dead=dead)


@web.post("/utskick/<int:message_id>/igen")
@signed_in
def retry(message_id: int):
    if not g.access.is_secretary_anywhere:
        forbid("web.outbox")
    row = deliveries.retry(g.db, g.access, message_id, g.ctx.now())
    say(t.RETRIED if row is not None else t.NOT_RETRIED)
    return redirect(url_for("web.outbox"))
