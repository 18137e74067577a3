"""The bot's Microsoft registration, read from the environment.

Apart from the Teams handler, so that the worker and `serve` can tell whether Teams is set up
without importing it (with PyJWT and cryptography: a fifth of a second) when it is not.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

OPENID_METADATA_URL = "https://login.botframework.com/v1/.well-known/openidconfiguration"
LOGIN_URL = "https://login.microsoftonline.com"


@dataclass(frozen=True)
class TeamsSettings:
    """The bot's Azure registration. To be folded into bot.settings.Settings."""

    microsoft_app_id: str = ""
    microsoft_app_password: str = ""
    microsoft_app_tenant_id: str = ""  # set for a single-tenant registration
    teams_openid_metadata_url: str = OPENID_METADATA_URL
    teams_login_url: str = LOGIN_URL

    @property
    def enabled(self) -> bool:
        return bool(self.microsoft_app_id and self.microsoft_app_password)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> TeamsSettings:
        env = os.environ if env is None else env
        return cls(
            microsoft_app_id=env.get("MICROSOFT_APP_ID", ""),
            microsoft_app_password=env.get("MICROSOFT_APP_PASSWORD", ""),
            microsoft_app_tenant_id=env.get("MICROSOFT_APP_TENANT_ID", ""),
        )
