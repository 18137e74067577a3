"""A published set of minutes: the page an answer's 'Källa:' links to (bot/minutes/published.py)."""

from __future__ import annotations

from flask import abort, g

from bot.minutes import published
from bot.texts.decisions import item_label
from handlers.web.app import render, signed_in, web


@web.get("/protokoll/publicerade/<int:document_id>")
@signed_in
def published_minutes(document_id: int):
    view = published.view_for(g.db, g.access, document_id)
    if view is None:  # not published, or not hers: alike, so nothing is told about it
        abort(404)
    return render("published.html", page="", view=view, item_label=item_label)
