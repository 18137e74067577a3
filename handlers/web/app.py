"""The web page under /webb/: sessions, the CSRF check, one unit of work per page, the layout.

Served by the same Flask app (and process) as /slack/events; built by `register` so tests can
build it. Sessions are Flask's signed cookies (itsdangerous, HMAC-SHA1 over the content with a
timestamp): HttpOnly, Secure, SameSite=Lax, and refused by the server once older than the
session lifetime, whatever the browser keeps.
"""

from __future__ import annotations

import hmac
import logging
import os
import secrets
from dataclasses import dataclass
from datetime import timedelta
from functools import wraps
from pathlib import Path
from typing import NoReturn

import httpx
from flask import (
    Blueprint,
    Flask,
    abort,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask.sessions import SecureCookieSessionInterface
from sqlalchemy.engine import Engine
from werkzeug.exceptions import HTTPException

from bot import markup
from bot.clock import Clock
from bot.context import Context
from bot.minutes.reading.bounded import LIMITS
from bot.roster import matrix
from bot.roster.web_access import access_for
from bot.settings import Settings
from bot.texts import files as tf
from bot.texts import web as t
from handlers.web import formatting
from storage import directory
from storage.engine import unit_of_work
from storage.ids import row_id

log = logging.getLogger(__name__)
COOKIE = "samverkansbot_session"


@dataclass
class WebRuntime:
    engine: Engine
    clock: Clock
    settings: Settings
    transport: httpx.BaseTransport | None = None  # OpenID Connect calls; tests pass their own


def runtime() -> WebRuntime:
    return current_app.extensions["samverkansbot_web"]


web = Blueprint("web", __name__, url_prefix="/webb", template_folder="templates",
                static_folder="static", static_url_path="/static")


class SessionInterface(SecureCookieSessionInterface):
    """Flask's signed cookie session; a session begun in the Teams tab (inside Teams' own site)
    gets SameSite=None and Partitioned, the only cookie a browser keeps in such a frame.

    Slack's requests and the health check have no use for it: Flask would otherwise build a
    signing serializer and look for the cookie on each of them, in every slash command's way.
    They get Flask's null session, which nothing there writes to."""

    WITHOUT_SESSION = frozenset(("/slack/events", "/healthz"))

    def open_session(self, app: Flask, request):
        if request.path in self.WITHOUT_SESSION:
            return None  # Flask then makes its null session, and saves nothing
        return super().open_session(app, request)

    def get_cookie_samesite(self, app: Flask) -> str | None:
        return "None" if session.get("teams") else super().get_cookie_samesite(app)

    def get_cookie_partitioned(self, app: Flask) -> bool:
        return bool(session.get("teams")) or super().get_cookie_partitioned(app)


def register(app: Flask, engine: Engine, clock: Clock, settings: Settings,
             transport: httpx.BaseTransport | None = None) -> None:
    """Mounts /webb/ and /ical/ on the app that serves Slack and Teams."""
    app.secret_key = settings.web_secret or _stored_secret(settings.data_dir)
    app.config.update(
        SESSION_COOKIE_NAME=COOKIE,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SECURE=True,  # browsers keep Secure cookies on http://127.0.0.1 too
        SESSION_COOKIE_SAMESITE="Lax",  # Lax, not Strict: the OpenID provider redirects back
        PERMANENT_SESSION_LIFETIME=timedelta(hours=settings.web_session_hours),
        # The reader's own cap on a file, with room for the form around it.
        MAX_CONTENT_LENGTH=LIMITS.max_bytes + 1024 * 1024,
    )
    app.session_interface = SessionInterface()
    app.extensions["samverkansbot_web"] = WebRuntime(engine, clock, settings, transport)
    formatting.install(app)
    from handlers.web import pages  # noqa: F401  (the routes register themselves on `web`)

    if "web" not in app.blueprints:
        app.register_blueprint(web)
    from handlers.web.pages.calendar import ical

    app.add_url_rule("/ical/<secret>.ics", "ical", ical)
    app.add_url_rule("/webb", "webb_root", lambda: redirect(url_for("web.mine")))


def _stored_secret(folder: Path) -> str:
    """Without SAMVERKANSBOT_WEB_SECRET a random key is kept in the data folder, readable by the
    bot alone, so sessions survive a restart."""
    path = folder / "web-secret"
    if path.exists():
        return path.read_text().strip()
    folder.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_hex(32)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w") as handle:
        handle.write(secret)
    return secret


def csrf_token() -> str:
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


@web.before_request
def refuse_nul():
    """A NUL character anywhere in a form or an address is refused before anything reads it:
    PostgreSQL cannot store one, and a form with one failed after its checks (a 500)."""
    if request.method == "POST" and any("\x00" in value for values in (
            request.form.listvalues()) for value in values):
        abort(400, description=t.NUL_REFUSED)
    if any("\x00" in value for values in request.args.listvalues() for value in values) or \
            any("\x00" in (f.filename or "") for f in request.files.values()):
        abort(400, description=t.NUL_REFUSED)
    return None


# The forms' fields that carry an id (the group page's ersättare is a name, not an id).
ID_FIELDS = {"web.add_meetings": "group", "web.open_consultation": "group", "web.upload": "group",
             "web.correct": "group", "web.report_absence": "substitute"}


@web.before_request
def refuse_impossible_ids():
    """A forged id beyond any table's range, or written in other digits ('²', which Python's
    isdigit() takes and int() refuses), is refused before a page or form looks it up: asked of
    the database it failed with a 500 instead of "not found"."""
    if any(isinstance(value, int) and row_id(value) is None
           for value in (request.view_args or {}).values()):
        abort(404)
    if request.method == "POST" and request.endpoint in ID_FIELDS:
        value = request.form.get(ID_FIELDS[request.endpoint], "")
        if value.isdigit() and row_id(value) is None:
            abort(404)
    return None


@web.before_request
def check_csrf():
    """Every form carries the session's token; a POST without it changes nothing."""
    if request.method != "POST" or request.endpoint in CSRF_EXEMPT:
        return None
    if not session.get("person_id") and request.endpoint == "web.signout":
        return redirect(url_for("web.signin"))  # signed out already: nothing to protect
    if not session.get("person_id") and request.endpoint not in SIGNING_IN:
        # Signed out, or the session outlived its hours while she wrote: say so, and how to
        # keep what she typed, rather than that the page was old or came from elsewhere.
        log.info("Refused a web form from someone no longer signed in: %s", request.path)
        abort(400, description=t.SESSION_GONE)
    sent = request.form.get("csrf", "") or request.headers.get("X-CSRF-Token", "")
    expected = session.get("csrf", "")
    if not expected or not sent or not hmac.compare_digest(sent, expected):
        log.warning("Refused a web form without a valid CSRF token: %s", request.path)
        abort(400, description=t.CSRF_REFUSED)
    return None


SIGNING_IN = frozenset(("web.redeem", "web.teams_sso"))  # forms sent before a session exists
CSRF_EXEMPT: set[str] = set()  # the OpenID callback is a GET; nothing is exempt today


@web.after_request
def headers(response):
    """No caching of personal pages, no framing (but in Teams), no referrer to other sites."""
    response.headers.setdefault("Cache-Control", "no-store")
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers.setdefault("Referrer-Policy", "same-origin")
    if "Content-Security-Policy" not in response.headers:
        response.headers["Content-Security-Policy"] = (
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            "form-action 'self' https:; frame-ancestors 'none'; base-uri 'none'"
        )
    return response


@web.app_errorhandler(HTTPException)
def http_error(error: HTTPException):
    if not request.path.startswith("/webb"):
        return error
    message = {403: g.get("refusal", t.FORBIDDEN), 404: t.NOT_FOUND,
               413: t.TOO_LARGE.format(limit=tf.size(LIMITS.max_bytes))}.get(error.code)
    if error.code == 400:
        message = error.description if error.description in t.REFUSALS else t.BAD_REQUEST
    return render_template("error.html", code=error.code, message=message or t.BAD_REQUEST,
                           title=t.ERROR_TITLES.get(error.code, t.ERROR_TITLES[400])), error.code


@dataclass(frozen=True)
class Viewer:
    name: str
    secretary: bool
    staff: bool
    remisser: bool  # runs a group, or owns a remiss


def signed_in(view):
    """Opens the page's unit of work with the signed-in person in `g`; others go to sign-in."""

    @wraps(view)
    def wrapper(*args, **kwargs):
        person_id = session.get("person_id")
        if not person_id:
            return redirect(url_for("web.signin", next=request.full_path.rstrip("?")))
        rt = runtime()
        with unit_of_work(rt.engine) as db:
            person = directory.person(db, person_id)  # the roster snapshot: no query
            if person is None:  # forgotten since the cookie was made
                session.clear()
                return redirect(url_for("web.signin"))
            g.db, g.clock, g.person = db, rt.clock, person
            g.ctx = Context(db, rt.clock)
            g.access = access_for(db, person, rt.settings)
            # Plain values for the layout: an error page is drawn after a rollback, when the
            # rows above can no longer be read.
            g.viewer = Viewer(person.name, g.access.is_secretary_anywhere,
                              g.access.is_staff_anywhere, g.access.follows_remisser(db))
            return view(*args, **kwargs)

    return wrapper


def forbid(page: str) -> NoReturn:
    """403 for a page the person's roles do not open (its key in the permission matrix,
    'web.attendance'): the refusal names the page and who may open it."""
    g.refusal = markup.plain(matrix.page_refusal(page, t.PAGE_NAMES[page]))
    abort(403)


def say(text) -> None:
    """A message for the next page: the bot's sentences are markup, a page shows plain text."""
    flash(markup.plain(text))


def render(template: str, **values):
    return render_template(template, **values)


def next_path(value: str | None) -> str:
    """Only our own pages after sign-in: never an address on another site."""
    if value and value.startswith("/webb") and not value.startswith("//") and "\\" not in value:
        return value
    return url_for("web.mine")
