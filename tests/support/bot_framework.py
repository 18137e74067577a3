"""A stand-in for the Bot Framework: OpenID metadata, keys, token endpoint and Bot Connector.

One httpx.MockTransport answers them all; the keys are a pair generated here, the tokens real
RS256 JWTs, every call is recorded, and `faults` makes the connector fail first.
"""

from __future__ import annotations

import json
import time

import httpx
import jwt
from cryptography.hazmat.primitives.asymmetric import rsa

from handlers.teams.auth import ISSUER, OPENID_METADATA_URL

APP_ID = "00000000-1111-2222-3333-444444444444"
SERVICE_URL = "https://smba.trafficmanager.net/emea/"
KEYS_URL = "https://login.botframework.com/v1/.well-known/keys"
TOKEN_URL = "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token"
CHANNEL = "19:sbu-channel@thread.tacv2"
PERSONAL = "a:1personal-chat-with-johanna"


def _key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


KEY, OTHER_KEY = _key(), _key()


def token(key=KEY, kid="key-1", **claims) -> str:
    """A Bot Framework token as Teams sends it with an activity."""
    now = int(time.time())
    payload = {"iss": ISSUER, "aud": APP_ID, "nbf": now - 5, "iat": now - 5, "exp": now + 3600,
               "serviceUrl": SERVICE_URL, **claims}
    return jwt.encode(payload, key, algorithm="RS256", headers={"kid": kid})


class FakeBotFramework:
    """Tokens are token-1, token-2, …; new 1:1 chats are a:new-personal-chat."""

    def __init__(self) -> None:
        public = jwt.algorithms.RSAAlgorithm.to_jwk(KEY.public_key(), as_dict=True)
        self.jwks = {"keys": [{**public, "kid": "key-1", "use": "sig",
                               "endorsements": ["msteams"]}]}
        self.calls: list[httpx.Request] = []
        self.faults: list[tuple[int, dict]] = []  # (status, headers) for the next connector calls
        self.tokens = 0
        self.files: dict[str, bytes] = {}  # download URL → content, for files shared in a chat
        self.transport = httpx.MockTransport(self.answer)

    def answer(self, request: httpx.Request) -> httpx.Response:
        self.calls.append(request)
        url = str(request.url)
        if url == OPENID_METADATA_URL:
            return httpx.Response(200, json={"issuer": ISSUER, "jwks_uri": KEYS_URL})
        if url == KEYS_URL:
            return httpx.Response(200, json=self.jwks)
        if url in self.files:
            return httpx.Response(200, content=self.files[url])
        if url.endswith("/oauth2/v2.0/token"):
            self.tokens += 1
            return httpx.Response(200, json={"token_type": "Bearer", "expires_in": 3599,
                                             "access_token": f"token-{self.tokens}"})
        if self.faults:
            status, headers = self.faults.pop(0)
            return httpx.Response(status, headers=headers,
                                  json={"error": {"code": "Fault", "message": "secret text"}})
        if url.endswith("/v3/conversations"):
            return httpx.Response(201, json={"id": "a:new-personal-chat"})
        if "/v3/conversations/" in url:
            return httpx.Response(201, json={"id": "activity-1"})
        return httpx.Response(404)

    def calls_to(self, prefix: str) -> list[httpx.Request]:
        return [r for r in self.calls if str(r.url).startswith(prefix)]

    def replies(self) -> list[dict]:
        return [json.loads(r.content) for r in self.calls_to(SERVICE_URL)]

    def posts(self) -> list[httpx.Request]:
        """Proactive posts: new activities in a conversation (not replies, not creations)."""
        return [r for r in self.calls if str(r.url).endswith("/activities")]

    def creations(self) -> list[httpx.Request]:
        """New 1:1 conversations."""
        return [r for r in self.calls if str(r.url).endswith("/v3/conversations")]
