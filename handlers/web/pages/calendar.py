"""Kalender: the page that makes a personal iCal address, and the feed itself (/ical/…)."""

from __future__ import annotations

from flask import Response, abort, g, redirect, request, session, url_for

from bot.clock import local
from bot.meetings import calendar as feeds
from bot.texts import web as t
from handlers.web.app import render, runtime, signed_in, web
from storage.engine import unit_of_work


def ical(secret: str):
    """The feed: no session, the secret in the address is the key (calendar apps send no
    cookies). A wrong or replaced secret gets 404, the same as an address that never was."""
    rt = runtime()
    now = rt.clock.now()
    with unit_of_work(rt.engine) as db:
        person = feeds.person_for(db, secret)
        if person is None:
            abort(404)
        body = feeds.feed(db, person, local(now).date(), now)
    return Response(body, mimetype="text/calendar", headers={
        "Content-Disposition": 'inline; filename="samverkansboten.ics"',
        "Cache-Control": "private, max-age=900",
    })


@web.get("/kalender")
@signed_in
def calendar():
    # The address just made is shown once, here, after the redirect: the page it is on can
    # be reloaded without making yet another one.
    address = session.pop("new_calendar", None)
    feed = address is not None or feeds.has_feed(g.db, g.person)
    return render("calendar.html", page="calendar", feed=feed, address=address,
                  message=t.CALENDAR_NEW)


@web.post("/kalender/ny")
@signed_in
def calendar_new():
    """A new address, then a redirect. The page answered the form itself before, so reloading
    it (or going back to it) sent the form again, made another address and silently stopped
    the one just put into Outlook."""
    secret = feeds.new_secret(g.db, g.person, g.ctx.now())
    session["new_calendar"] = _public(url_for("ical", secret=secret))
    return redirect(url_for("web.calendar"))


def _public(path: str) -> str:
    base = runtime().settings.public_url or request.host_url.rstrip("/")
    return base + path
