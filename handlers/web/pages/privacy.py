"""Mina uppgifter: what the bot stores about me, as in chat (/mina-uppgifter), and all of it as
a file to download."""

from __future__ import annotations

from flask import Response, g

from bot.privacy import page as my_data
from bot.texts import privacy as t
from handlers.web.app import render, runtime, signed_in, web


@web.get("/mina-uppgifter")
@signed_in
def privacy():
    months = runtime().settings.retention_months
    found = my_data.overview(g.db, g.person, months)
    return render("privacy.html", page="privacy", d=found, actions=t.ACTIONS,
                  kept=t.KEPT.format(months=months))


@web.post("/mina-uppgifter/fil")
@signed_in
def privacy_export():
    """A POST with the form's token: each export is written to the audit log, so no link on
    another site can make one."""
    body = my_data.export_from_web(g.db, g.person, g.ctx.now())
    name = my_data.file_name(g.ctx.today())
    return Response(body, mimetype="application/json; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})
