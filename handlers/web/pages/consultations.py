"""Remisser: open one, follow answers by organisation, read synpunkter with versions, export,
close early."""

from __future__ import annotations

from flask import Response, abort, g, redirect, request, url_for

from bot.consultations import manage
from bot.consultations import service as consultation_service
from bot.texts import web as t
from handlers.web.app import forbid, render, say, signed_in, web


def _secretary_only() -> None:
    if not g.access.is_secretary_anywhere:
        forbid("web.open_consultation")


def _follows_remisser() -> None:
    """Secretaries and chairs, and the owner of a remiss (who may be in none of its groups)."""
    if not g.viewer.remisser:
        forbid("web.consultations")


@web.get("/remisser")
@signed_in
def consultations():
    _follows_remisser()
    return _listing()


def _listing(values=None, errors=None, status=200):
    everything = request.args.get("alla") == "1"
    rows, more = manage.listed(g.db, g.access, manage.ALL if everything else manage.SHOWN)
    return render("consultations.html", page="consultations", rows=rows, more=more,
                  everything=everything, groups=g.access.managed(),
                  values=values or {"per": "organisation"}, errors=errors or {}), status


@web.post("/remisser")
@signed_in
def open_consultation():
    _secretary_only()
    values = request.form.to_dict()
    try:
        created, new = manage.open_new(g.db, g.access, values, g.ctx.now())
    except manage.ConsultationError as error:
        say(t.FIX_FIELDS)
        return _listing(values, error.errors, 400)
    say((t.CONSULTATION_OPENED if new else t.CONSULTATION_EXISTS).format(
        title=created.title, deadline=consultation_service.deadline_text(created)))
    return redirect(url_for("web.consultation", consultation_id=created.id))


def _managed(consultation_id: int):
    _follows_remisser()
    found = manage.managed(g.db, g.access, consultation_id)
    if found is None:
        abort(404)
    return found


@web.get("/remisser/<int:consultation_id>")
@signed_in
def consultation(consultation_id: int):
    found = _managed(consultation_id)
    return render("consultation.html", page="consultations", d=manage.detail(g.db, found))


@web.get("/remisser/<int:consultation_id>/synpunkter.<fmt>")
@signed_in
def consultation_export(consultation_id: int, fmt: str):
    if fmt not in ("csv", "md"):
        abort(404)
    found = _managed(consultation_id)
    body = consultation_service.export(g.db, found, fmt)
    mimetype = "text/csv" if fmt == "csv" else "text/markdown"
    # Flask adds the charset to a text/ mimetype itself: naming it too would say it twice.
    return Response(body, mimetype=mimetype, headers={
        "Content-Disposition": f'attachment; filename="synpunkter-{found.id}.{fmt}"'})


@web.post("/remisser/<int:consultation_id>/stang")
@signed_in
def close_consultation(consultation_id: int):
    found = _managed(consultation_id)
    if manage.close_early(g.db, g.access, found, g.ctx.now()):
        say(t.CONSULTATION_CLOSED.format(title=found.title))
    else:
        say(t.CONSULTATION_ALREADY_CLOSED)
    return redirect(url_for("web.consultation", consultation_id=found.id))


@web.post("/remisser/<int:consultation_id>/oppna")
@signed_in
def confirm_consultation(consultation_id: int):
    found = _managed(consultation_id)
    if manage.confirm(g.db, g.access, found, g.ctx.now()):
        say(t.CONSULTATION_CONFIRMED.format(title=found.title,
                                              deadline=consultation_service.deadline_text(found)))
    else:
        say(t.CONSULTATION_NOT_CONFIRMED)
    return redirect(url_for("web.consultation", consultation_id=found.id))
