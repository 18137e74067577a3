"""Protokoll: upload minutes, review what was read beside the text, correct, publish or discard."""

from __future__ import annotations

import tempfile
from pathlib import Path

from flask import abort, g, redirect, request, url_for

from bot import texts
from bot.clock import local
from bot.minutes import flow, replace, review, revisions
from bot.texts import review as t
from handlers.web.app import forbid, render, say, signed_in, web
from storage.ids import row_id
from storage.models import DocumentStatus, MinutesDraft


def _secretary_only() -> None:
    if not g.access.is_secretary_anywhere:
        forbid("web.minutes")


@web.get("/protokoll")
@signed_in
def minutes():
    _secretary_only()
    return render("minutes.html", page="minutes", drafts=review.drafts_for(g.db, g.access),
                  published=review.published_for(g.db, g.access), groups=g.access.managed())


@web.post("/protokoll")
@signed_in
def upload():
    _secretary_only()
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        say(t.NO_FILE)
        return redirect(url_for("web.minutes"))
    name = Path(upload.filename).name[:200]
    group = request.form.get("group", "")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("underlag" + Path(name).suffix.lower())
        upload.save(path)
        try:
            draft = review.read_upload(g.db, path, name, g.access, g.ctx.now(),
                                       row_id(group))
        except review.ReviewError as error:
            say(error.args[0])
            return redirect(url_for("web.minutes"))
    say(t.READ.format(file=name))
    return redirect(url_for("web.draft", draft_id=draft.id))


def _draft(draft_id: int) -> MinutesDraft:
    _secretary_only()
    draft = review.draft_for(g.db, g.access, draft_id)
    if draft is None:
        abort(404)
    return draft


@web.get("/protokoll/<int:draft_id>")
@signed_in
def draft(draft_id: int):
    found = _draft(draft_id)
    parsed = review.from_data(found.parsed) if found.parsed else None
    values = review.field_values(parsed) if parsed else {}
    news = review.announced_by_default(parsed, g.ctx.now())
    return render("review.html", page="minutes", draft=found, parsed=parsed, values=values,
                  errors=review.notices(parsed, g.ctx.now()), groups=g.access.managed(),
                  corrections=review.corrections(g.db, found.id), tell=news, old_meeting=not news,
                  revision=revisions.revision(g.db, found),
                  new_version=review.new_version(g.db, found, g.access))


@web.post("/protokoll/<int:draft_id>")
@signed_in
def correct(draft_id: int):
    found = _draft(draft_id)
    stale = revisions.stale_reason(g.db, found, request.form.get("revision"), g.access)
    if stale is not None and found.status == DocumentStatus.draft:
        say(stale)  # someone saved since this page was opened: show what is saved now
        return redirect(url_for("web.draft", draft_id=found.id))
    group = request.form.get("group", "")
    try:
        checked = review.correct(g.db, found, request.form.to_dict(), g.access, g.ctx.now(),
                                 row_id(group))
    except review.ReviewError as error:
        say(error.args[0])
        return redirect(url_for("web.minutes"))
    if checked.errors:
        parsed = review.from_data(found.parsed)
        values = {**review.field_values(parsed), **request.form.to_dict()}
        say(t.FIX_ERRORS)
        return render("review.html", page="minutes", draft=found, parsed=parsed,
                      values=values, errors=checked.errors, groups=g.access.managed(),
                      corrections=review.corrections(g.db, found.id),
                      tell=request.form.get("meddela", "ja") != "nej",
                      old_meeting=not review.announced_by_default(parsed, g.ctx.now()),
                      revision=revisions.revision(g.db, found),
                      new_version=review.new_version(g.db, found, g.access)), 400
    if request.form.get("action") != "publish":
        say(t.SAVED.format(count=len(checked.changed)) if checked.changed
              else t.NOTHING_CHANGED)
        return redirect(url_for("web.draft", draft_id=found.id))
    try:
        # A form without the choice (an older page) tells the channel, as before it existed.
        tell = request.form.get("meddela", "ja") != "nej"
        published = review.publish(g.db, found, g.access, g.clock, tell_channel=tell)
    except review.ReviewError as error:
        say(error.args[0])
        if found.status == DocumentStatus.draft:  # refused: back to the draft, to correct it
            return redirect(url_for("web.draft", draft_id=found.id))
        return redirect(url_for("web.minutes"))
    if published.replaced is not None:  # a new version over the published one
        say(replace.told(g.db, published.replaced))
        return redirect(url_for("web.published_minutes", document_id=published.document.id))
    day = local(published.document.created_at).date()
    meeting_day = review.from_data(found.parsed).date or day
    channels = texts.join_names([x.name for x in published.channels]) or texts.CHANNEL_FALLBACK
    if flow.decision_count(g.db, published.document) == 0:  # no "besluten" to speak of
        say(flow.published_text(g.db, published.document, meeting_day, published.channels,
                                quietly=not tell))
    else:
        say(t.PUBLISHED.format(when=texts.long_date(meeting_day), channels=channels) if tell
            else t.PUBLISHED_QUIETLY.format(when=texts.long_date(meeting_day)))
    if published.proposed:
        say(t.PROPOSED.format(titles=texts.join_names([f"”{c.title}”"
                                                         for c in published.proposed])))
    return redirect(url_for("web.minutes"))


@web.post("/protokoll/<int:draft_id>/kasta")
@signed_in
def discard(draft_id: int):
    found = _draft(draft_id)
    try:
        review.discard(g.db, found, g.ctx.now())
        say(t.DISCARDED)
    except review.ReviewError as error:
        say(error.args[0])
    return redirect(url_for("web.minutes"))
