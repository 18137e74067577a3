"""Bot Framework auth: inbound JWTs checked against the published keys; outbound app tokens."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from urllib.parse import urlsplit

import httpx
import jwt

from handlers.teams.settings import LOGIN_URL, OPENID_METADATA_URL

log = logging.getLogger(__name__)

ISSUER = "https://api.botframework.com"
DEFAULT_TENANT = "botframework.com"  # multi-tenant bots get their tokens from this tenant
SCOPE = "https://api.botframework.com/.default"

CLOCK_SKEW = 300  # seconds; the Bot Framework allows five minutes either way
KEYS_TTL = 24 * 3600  # keys rotate rarely; the SDKs keep them for days, a day is enough
UNKNOWN_KID_REFETCH = 300  # a token with an unknown key id refetches at most this often
TOKEN_MARGIN = 300  # an outbound token is renewed this long before it expires


class AuthError(Exception):
    """An inbound request that must be refused; the message is for the log, never for a user."""


class InboundVerifier:
    """Checks `Authorization: Bearer <JWT>` on activities posted to /api/messages."""

    def __init__(
        self,
        http: httpx.Client,
        app_id: str,
        metadata_url: str = OPENID_METADATA_URL,
        now: Callable[[], float] = time.time,
    ) -> None:
        self.http = http
        self.app_id = app_id
        self.metadata_url = metadata_url
        self.now = now
        self._keys: dict[str, tuple[jwt.PyJWK, list[str]]] = {}
        self._fetched_at = float("-inf")
        self._lock = threading.Lock()

    def verify(self, authorization: str | None, activity: dict) -> dict:
        """The token's claims, or AuthError. Signature, issuer, audience, expiry, endorsement
        of the activity's channel, and the serviceUrl the reply will be sent to."""
        if not self.app_id:
            raise AuthError("no app id configured")
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise AuthError("missing bearer token")
        token = token.strip()
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError as error:
            raise AuthError(f"malformed token: {type(error).__name__}") from error
        if header.get("alg") != "RS256":
            raise AuthError("unexpected signing algorithm")
        key, endorsements = self._key(str(header.get("kid", "")))
        try:
            claims = jwt.decode(
                token,
                key,
                algorithms=["RS256"],
                audience=self.app_id,
                issuer=ISSUER,
                leeway=CLOCK_SKEW,
                options={"require": ["exp", "iss", "aud"]},
            )
        except jwt.PyJWTError as error:
            raise AuthError(f"invalid token: {type(error).__name__}") from error
        # Both are required: an activity without them would skip the two checks below.
        channel = activity.get("channelId")
        if not isinstance(channel, str) or not channel:
            raise AuthError("no channelId")
        if channel not in endorsements:
            raise AuthError("signing key not endorsed for the channel")
        # The reply carries our own access token to serviceUrl: only a URL the Bot Framework
        # itself vouched for in this token may receive it.
        service_url = activity.get("serviceUrl")
        if not isinstance(service_url, str) or not service_url:
            raise AuthError("no serviceUrl")
        if claims.get("serviceUrl") != service_url:
            raise AuthError("serviceUrl does not match the token")
        if urlsplit(service_url).scheme != "https":
            raise AuthError("serviceUrl is not https")
        return claims

    def _key(self, kid: str) -> tuple[jwt.PyJWK, list[str]]:
        with self._lock:
            age = self.now() - self._fetched_at
            stale = age > KEYS_TTL
            # A new key id means the keys rotated; refetch, but not for every forged token.
            unknown = kid not in self._keys and age > UNKNOWN_KID_REFETCH
            if stale or unknown:
                self._fetch_keys()
            if kid not in self._keys:
                raise AuthError("unknown signing key")
            return self._keys[kid]

    def _fetch_keys(self) -> None:
        try:
            metadata = self.http.get(self.metadata_url).raise_for_status().json()
            jwks = self.http.get(metadata["jwks_uri"]).raise_for_status().json()
        except (httpx.HTTPError, KeyError, ValueError) as error:
            if self._keys:  # keep the keys we have; the next request tries again
                log.warning("Could not refresh Bot Framework keys: %s", type(error).__name__)
                self._fetched_at = self.now() - KEYS_TTL + UNKNOWN_KID_REFETCH
                return
            raise AuthError("signing keys unavailable") from error
        keys: dict[str, tuple[jwt.PyJWK, list[str]]] = {}
        for data in jwks.get("keys", []):
            try:
                keys[data["kid"]] = (jwt.PyJWK(data), list(data.get("endorsements") or []))
            except (KeyError, jwt.PyJWTError):
                continue  # a key type we cannot use; the others still count
        self._keys = keys
        self._fetched_at = self.now()
        log.info("Loaded %d Bot Framework signing keys", len(keys))


class OutboundTokens:
    """Client-credentials tokens for the Bot Connector, kept until shortly before they expire."""

    def __init__(
        self,
        http: httpx.Client,
        app_id: str,
        password: str,
        tenant_id: str = "",
        login_url: str = LOGIN_URL,
        now: Callable[[], float] = time.time,
    ) -> None:
        self.http = http
        self.app_id = app_id
        self.password = password
        self.url = f"{login_url.rstrip('/')}/{tenant_id or DEFAULT_TENANT}/oauth2/v2.0/token"
        self.now = now
        self._token = ""
        self._expires_at = 0.0
        self._lock = threading.Lock()

    def token(self) -> str:
        with self._lock:
            if self._token and self.now() < self._expires_at - TOKEN_MARGIN:
                return self._token
            response = self.http.post(
                self.url,
                data={
                    "grant_type": "client_credentials",
                    "client_id": self.app_id,
                    "client_secret": self.password,
                    "scope": SCOPE,
                },
            )
            if response.status_code != 200:
                # The body may echo the request; the status and error code are enough to act on.
                raise httpx.HTTPStatusError(
                    f"token endpoint answered {response.status_code} {_error_code(response)}",
                    request=response.request,
                    response=response,
                )
            data = response.json()
            self._token = data["access_token"]
            self._expires_at = self.now() + float(data.get("expires_in", 3600))
            return self._token

    def forget(self) -> None:
        """Drop the cached token, e.g. after the connector refused it."""
        with self._lock:
            self._token = ""
            self._expires_at = 0.0


def _error_code(response: httpx.Response) -> str:
    try:
        return str(response.json().get("error", ""))
    except (ValueError, json.JSONDecodeError, AttributeError):
        return ""
