"""Signing in with a one-time link or OpenID Connect, and signing out."""

from __future__ import annotations

import secrets

from flask import redirect, render_template, request, session, url_for

from bot.roster import signin as links
from bot.texts import web as t
from handlers.web import oidc
from handlers.web.app import next_path, runtime, say, web
from storage.engine import unit_of_work


@web.get("/logga-in")
def signin():
    return render_template("signin.html", providers=oidc.providers(),
                           next=request.args.get("next", ""))


@web.get("/in/<token>")
def link(token: str):
    """The link from chat shows a button; only pressing it signs in, so a link preview or a mail
    scanner that fetches the address does not use the link up."""
    rt = runtime()
    with unit_of_work(rt.engine) as db:
        usable = links.link_is_usable(db, token, rt.clock.now())
    if not usable:
        return render_template("signin.html", providers=oidc.providers(), next="",
                               problem=t.LINK_USED_OR_OLD), 410
    response = render_template("link.html", token=token,
                               next=next_path(request.args.get("next")))
    return response, 200, {"Referrer-Policy": "no-referrer"}


@web.post("/in/<token>")
def redeem(token: str):
    rt = runtime()
    with unit_of_work(rt.engine) as db:
        person = links.redeem_link(db, token, rt.clock.now())
        person_id = person.id if person else None
    if person_id is None:
        return render_template("signin.html", providers=oidc.providers(), next="",
                               problem=t.LINK_USED_OR_OLD), 410
    start_session(person_id)
    return redirect(next_path(request.form.get("next")))


def start_session(person_id: int) -> None:
    """A fresh session: nothing from before signing in is carried over."""
    session.clear()
    session.permanent = True
    session["person_id"] = person_id
    session["csrf"] = secrets.token_urlsafe(32)


@web.post("/logga-ut")
def signout():
    session.clear()
    say(t.SIGNED_OUT)
    return redirect(url_for("web.signin"))


@web.get("/logga-in/<provider>")
def oidc_start(provider: str):
    return oidc.start(provider, next_path(request.args.get("next")))


@web.get("/logga-in/<provider>/klar")
def oidc_done(provider: str):
    person_id, problem, target = oidc.finish(provider)
    if person_id is None:
        return render_template("signin.html", providers=oidc.providers(), next="",
                               problem=problem), 403
    start_session(person_id)
    return redirect(target)
