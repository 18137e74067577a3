""""Logga in med Slack" and "Logga in med Microsoft": OpenID Connect, authorization code + PKCE.

Authlib's OAuth 2 client (over httpx) builds the authorization request and exchanges the code;
the ID token is then checked here with PyJWT against the provider's published keys: signature,
issuer, audience, expiry and our nonce. The person is the roster entry with the token's e-mail,
when the provider vouches for it (Slack's `email_verified`; for Entra ID the tenant must be the
configured one, since its e-mail claims are not verified by Microsoft).
"""

from __future__ import annotations

import json
import logging
import secrets
from dataclasses import dataclass

import httpx
import jwt
from authlib.oauth2.rfc7636 import create_s256_code_challenge
from flask import abort, redirect, request, session, url_for

from bot.roster import signin as links
from bot.texts import web as t
from handlers.web.app import runtime
from storage.engine import unit_of_work

log = logging.getLogger(__name__)
TIMEOUT = 10


@dataclass(frozen=True)
class Provider:
    name: str  # "slack" or "microsoft", in the URL
    label: str  # on the button
    client_id: str
    client_secret: str
    metadata_url: str
    tenant: str = ""  # Entra ID: the only tenant whose people may sign in (empty: any)


def providers() -> list[Provider]:
    s = runtime().settings
    found = []
    if s.slack_client_id and s.slack_client_secret:
        found.append(Provider("slack", "Logga in med Slack", s.slack_client_id,
                              s.slack_client_secret, s.slack_oidc_metadata_url))
    if s.entra_client_id and s.entra_client_secret:
        found.append(Provider("microsoft", "Logga in med Microsoft", s.entra_client_id,
                              s.entra_client_secret, s.entra_metadata, s.entra_tenant_id))
    return found


def _provider(name: str) -> Provider:
    found = next((p for p in providers() if p.name == name), None)
    if found is None:
        abort(404)
    return found


def _client(*args, **kwargs):
    """Authlib's OAuth 2 client over httpx, imported when someone signs in (it warns about a
    future httpx2 package on import; its API stays the same)."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from authlib.integrations.httpx_client import OAuth2Client
    return OAuth2Client(*args, transport=runtime().transport, timeout=TIMEOUT, **kwargs)


def _http() -> httpx.Client:
    """A client per sign-in; tests hand the runtime a transport to a loopback provider."""
    return httpx.Client(timeout=TIMEOUT, transport=runtime().transport)


def _metadata(http: httpx.Client, provider: Provider) -> dict:
    response = http.get(provider.metadata_url)
    response.raise_for_status()
    return response.json()


def _redirect_uri(provider: Provider) -> str:
    base = runtime().settings.public_url
    path = url_for("web.oidc_done", provider=provider.name)
    return f"{base}{path}" if base else url_for("web.oidc_done", provider=provider.name,
                                                _external=True)


def start(name: str, target: str):
    provider = _provider(name)
    with _http() as http:
        try:
            metadata = _metadata(http, provider)
        except (httpx.HTTPError, ValueError) as error:
            log.warning("OpenID metadata of %s unavailable: %s", name, type(error).__name__)
            abort(503)
    verifier, nonce = secrets.token_urlsafe(48), secrets.token_urlsafe(24)
    client = _client(provider.client_id, scope="openid email profile",
                          redirect_uri=_redirect_uri(provider))
    url, state = client.create_authorization_url(
        metadata["authorization_endpoint"], nonce=nonce,
        code_challenge=create_s256_code_challenge(verifier), code_challenge_method="S256")
    session[f"oidc_{name}"] = {"state": state, "nonce": nonce, "verifier": verifier,
                               "next": target}
    return redirect(url)


def finish(name: str) -> tuple[int | None, str, str]:
    """(person id, problem, where to go): the callback's work."""
    provider = _provider(name)
    pending = session.pop(f"oidc_{name}", None)
    if not pending or request.args.get("state") != pending.get("state") or \
            not request.args.get("code"):
        return None, t.OIDC_FAILED, ""
    try:
        with _http() as http:
            metadata = _metadata(http, provider)
            client = _client(provider.client_id, provider.client_secret,
                                  redirect_uri=_redirect_uri(provider),
                                  token_endpoint_auth_method="client_secret_post")
            token = client.fetch_token(metadata["token_endpoint"], code=request.args["code"],
                                       code_verifier=pending["verifier"])
            claims = _verified_claims(http, metadata, provider, token.get("id_token", ""),
                                      pending["nonce"])
    except (httpx.HTTPError, jwt.PyJWTError, ValueError, KeyError) as error:
        log.warning("Sign-in with %s refused: %s", name, type(error).__name__)
        return None, t.OIDC_FAILED, ""
    email, problem = _email(provider, claims)
    if email is None:
        return None, problem, ""
    rt = runtime()
    with unit_of_work(rt.engine) as db:
        person = links.person_by_email(db, email)
        if person is None:
            return None, t.NOT_IN_ROSTER.format(email=email), ""
        return person.id, "", pending.get("next") or url_for("web.mine")


def _verified_claims(http, metadata: dict, provider: Provider, id_token: str, nonce: str):
    keys = jwt.PyJWKSet.from_json(json.dumps(http.get(metadata["jwks_uri"]).json()))
    header = jwt.get_unverified_header(id_token)
    key = next((k for k in keys.keys if k.key_id == header.get("kid")), None)
    if key is None:
        raise jwt.InvalidKeyError("unknown key id")
    issuer = metadata["issuer"]
    options = {"require": ["exp", "iat", "iss", "aud"]}
    claims = jwt.decode(id_token, key.key, algorithms=[header.get("alg", "RS256")],
                        audience=provider.client_id, options={**options, "verify_iss": False})
    # Entra's "organizations" document names its issuer with {tenantid} in it.
    wanted = issuer.replace("{tenantid}", str(claims.get("tid", "")))
    if claims.get("iss") != wanted:
        raise jwt.InvalidIssuerError("issuer")
    if claims.get("nonce") != nonce:
        raise jwt.InvalidTokenError("nonce")
    return claims


def _email(provider: Provider, claims: dict) -> tuple[str | None, str]:
    if provider.name == "microsoft":
        # Any tenant could claim any address: only the configured tenant's accounts count.
        if not provider.tenant or claims.get("tid") != provider.tenant:
            return None, t.WRONG_TENANT
        email = claims.get("email") or claims.get("preferred_username") or ""
        return (email.lower(), "") if "@" in email else (None, t.NO_VERIFIED_EMAIL)
    if claims.get("email_verified") is not True or "@" not in str(claims.get("email", "")):
        return None, t.NO_VERIFIED_EMAIL
    return str(claims["email"]).lower(), ""
