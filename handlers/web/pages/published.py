"""A published set of minutes: the page an answer's 'Källa:' links to (bot/minutes/published.py)."""

from __future__ import annotations

from flask import abort, g, redirect, url_for

from bot.minutes import amend, published
from bot.texts import replace as rt
from bot.texts.decisions import item_label
from handlers.web.app import render, say, signed_in, web


@web.get("/protokoll/publicerade/<int:document_id>")
@signed_in
def published_minutes(document_id: int):
    view = published.view_for(g.db, g.access, document_id)
    if view is None:
        # A link to a version since replaced (in an answer, in Slack) leads to the one in force.
        newer = published.newer_version(g.db, g.access, document_id)
        if newer is not None:
            say(rt.WAS_REPLACED)
            return redirect(url_for("web.published_minutes", document_id=newer))
        abort(404)  # not published, or not hers: alike, so nothing is told about it
    return render("published.html", page="", view=view, item_label=item_label)


@web.post("/protokoll/publicerade/<int:document_id>/ratta")
@signed_in
def correct_published(document_id: int):
    """A correction of the published minutes, on the review page, without a file."""
    draft = amend.start(g.db, document_id, g.access, g.ctx.now())
    if draft is None:  # not published (any more), or not hers to correct
        abort(404)
    say(rt.CORRECTION_STARTED)
    return redirect(url_for("web.draft", draft_id=draft.id))
