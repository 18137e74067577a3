"""The Teams personal tab: Mina möten, signed in with a Teams SSO token the test signs itself."""

from __future__ import annotations

import re
import time
from dataclasses import replace

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from bot.settings import Settings

TENANT, CLIENT = "tenant-region-orebro", "client-samverkansbot"
METADATA = f"https://login.microsoftonline.com/{TENANT}/v2.0/.well-known/openid-configuration"
KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)


def entra(request: httpx.Request) -> httpx.Response:
    if str(request.url) == METADATA:
        return httpx.Response(200, json={"issuer": f"https://login.microsoftonline.com/{TENANT}"
                                                   "/v2.0", "jwks_uri": "https://keys.test/"})
    public = jwt.algorithms.RSAAlgorithm.to_jwk(KEY.public_key(), as_dict=True)
    return httpx.Response(200, json={"keys": [{**public, "kid": "k1", "use": "sig"}]})


def sso_token(email="johanna.viberg@orebro.example.se", tenant=TENANT, key=KEY, **extra):
    now = int(time.time())
    claims = {"iss": f"https://login.microsoftonline.com/{tenant}/v2.0", "aud": CLIENT,
              "tid": tenant, "preferred_username": email, "iat": now, "exp": now + 600, **extra}
    return jwt.encode(claims, key, algorithm="RS256", headers={"kid": "k1"})


@pytest.fixture
def app(loaded, clock, tmp_path):
    from handlers.server import build_web_app

    settings = Settings(web_secret="s" * 40, data_dir=tmp_path, entra_client_id=CLIENT,
                        entra_client_secret="x", entra_tenant_id=TENANT)
    web = build_web_app(None, loaded, clock=clock, settings=settings)
    web.extensions["samverkansbot_web"].transport = httpx.MockTransport(entra)
    return web


def tab(client):
    page = client.get("/webb/teams")
    csrf = re.search(r'name="csrf-token" content="([^"]+)"', page.text)
    return page, csrf.group(1) if csrf else ""


def test_the_tab_signs_in_with_teams_and_shows_mina_moten(app):
    client = app.test_client()
    page, csrf = tab(client)
    assert page.status_code == 200 and "MicrosoftTeams.min.js" in page.text
    assert "frame-ancestors 'self' https://teams.microsoft.com" in \
        page.headers["Content-Security-Policy"]
    cookie = page.headers["Set-Cookie"]
    assert "SameSite=None" in cookie and "Partitioned" in cookie and "Secure" in cookie
    answer = client.post("/webb/teams/logga-in", json={"token": sso_token()},
                         headers={"X-CSRF-Token": csrf})
    assert answer.status_code == 200
    mine = client.get("/webb/teams")
    assert "måndag 31 augusti 2026 kl. 13.00–15.00" in mine.text
    assert "Johanna Viberg" in mine.text
    assert "frame-ancestors 'self' https://teams.microsoft.com" in \
        mine.headers["Content-Security-Policy"]
    # The ordinary pages stay unframeable.
    assert "frame-ancestors 'none'" in client.get("/webb/").headers["Content-Security-Policy"]


@pytest.mark.parametrize("token, status", [
    (lambda: sso_token(tenant="another-tenant"), 401),
    (lambda: sso_token(key=rsa.generate_private_key(public_exponent=65537, key_size=2048)), 401),
    (lambda: sso_token(aud="someone-elses-app"), 401),
    (lambda: sso_token(email="okand@orebro.example.se"), 403),
])
def test_tokens_that_are_not_ours_or_name_no_member_are_refused(app, token, status):
    client = app.test_client()
    _, csrf = tab(client)
    answer = client.post("/webb/teams/logga-in", json={"token": token()},
                         headers={"X-CSRF-Token": csrf})
    assert answer.status_code == status
    assert "Mina möten" in client.get("/webb/teams").text  # still the sign-in page
    assert "måndag 31 augusti" not in client.get("/webb/teams").text


def test_the_exchange_needs_the_csrf_token(app):
    client = app.test_client()
    tab(client)
    assert client.post("/webb/teams/logga-in", json={"token": sso_token()}).status_code == 400


def test_without_entra_the_tab_says_how_to_sign_in(app):
    web = app.extensions["samverkansbot_web"]
    web.settings = replace(web.settings, entra_client_id="")
    client = app.test_client()
    _, csrf = tab(client)
    answer = client.post("/webb/teams/logga-in", json={"token": sso_token()},
                         headers={"X-CSRF-Token": csrf})
    assert answer.status_code == 400 and "/webb" in answer.json["message"]
