"""The Teams personal tab: Mina möten inside Teams, signed in with Teams single sign-on.

Teams shows the tab in a frame of its own site, where a browser sends no SameSite=Lax cookie;
a session started here is marked `teams` and its cookie is SameSite=None, Secure and
Partitioned (kept for the Teams frame only). The token Teams hands the tab is an Entra ID
access token for our app registration: signature (the tenant's published keys), audience
(the app's client id or its api:// URI), tenant and expiry are checked before the e-mail in it
is matched to the roster.
"""

from __future__ import annotations

import json
import logging

import httpx
import jwt
from flask import jsonify, request, session, url_for

from bot import markup
from bot.roster import signin as links
from bot.texts import web as t
from handlers.web.app import render, runtime, signed_in, web
from storage.engine import unit_of_work

log = logging.getLogger(__name__)
TEAMS_FRAMES = ("https://teams.microsoft.com https://*.teams.microsoft.com "
                "https://*.teams.microsoft.us https://*.skype.com https://*.office.com "
                "https://*.cloud.microsoft https://outlook.office.com")


def frame_policy(response):
    response.headers["Content-Security-Policy"] = (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "connect-src 'self'; form-action 'self'; base-uri 'none'; "
        f"frame-ancestors 'self' {TEAMS_FRAMES}"
    )
    return response


@web.get("/teams")
def teams_tab():
    if session.get("person_id"):
        return frame_policy(_mine())
    session["teams"] = True  # the cookie from here on is the frame's (see SessionInterface)
    page = render("teams_signin.html", waiting=t.TEAMS_WAITING, failed=t.TEAMS_FAILED)
    return frame_policy(web_response(page))


@signed_in
def _mine():
    from handlers.web.pages.members import mine

    return web_response(mine.__wrapped__())


def web_response(value):
    from flask import make_response

    return make_response(value)


@web.post("/teams/logga-in")
def teams_sso():
    settings = runtime().settings
    body = request.get_json(silent=True) or {}
    token = str(body.get("token", ""))
    if not (settings.entra_client_id and settings.entra_tenant_id) or not token:
        return jsonify(message=markup.plain(t.TEAMS_NOT_CONFIGURED)), 400
    try:
        claims = verify(token)
    except (httpx.HTTPError, jwt.PyJWTError, ValueError, KeyError) as error:
        log.warning("Teams tab sign-in refused: %s", type(error).__name__)
        return jsonify(message=markup.plain(t.TEAMS_FAILED)), 401
    email = str(claims.get("preferred_username") or claims.get("upn") or
                claims.get("email") or "").lower()
    rt = runtime()
    with unit_of_work(rt.engine) as db:
        person = links.person_by_email(db, email)
        person_id = person.id if person else None
    if person_id is None:
        return jsonify(message=markup.plain(t.NOT_IN_ROSTER.format(email=email or "?"))), 403
    from handlers.web.pages.signin import start_session

    start_session(person_id)
    session["teams"] = True
    return jsonify(ok=True, next=url_for("web.teams_tab"))


def verify(token: str) -> dict:
    """The claims of an Entra ID token for this app and tenant, or an exception."""
    settings = runtime().settings
    with httpx.Client(timeout=10, transport=runtime().transport) as http:
        metadata = http.get(settings.entra_metadata).json()
        keys = jwt.PyJWKSet.from_json(json.dumps(http.get(metadata["jwks_uri"]).json()))
    header = jwt.get_unverified_header(token)
    key = next((k for k in keys.keys if k.key_id == header.get("kid")), None)
    if key is None:
        raise jwt.InvalidKeyError("unknown key id")
    audiences = [settings.entra_client_id]
    if settings.public_url:
        host = settings.public_url.split("://", 1)[-1]
        audiences.append(f"api://{host}/{settings.entra_client_id}")
    claims = jwt.decode(token, key.key, algorithms=["RS256"], audience=audiences,
                        options={"require": ["exp", "iat", "iss", "aud", "tid"]})
    tenant = settings.entra_tenant_id
    if claims["tid"] != tenant or claims["iss"] not in (
            f"https://login.microsoftonline.com/{tenant}/v2.0",
            f"https://sts.windows.net/{tenant}/"):
        raise jwt.InvalidIssuerError("tenant")
    return claims
