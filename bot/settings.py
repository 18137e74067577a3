"""One settings object, read from the environment once per process."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


def _default_data_dir() -> Path:
    return Path(os.environ.get("SAMVERKANSBOT_DATA_DIR", "data")).resolve()


@dataclass(frozen=True)
class Settings:
    """Everything that differs between a laptop, CI and production."""

    data_dir: Path = field(default_factory=_default_data_dir)
    database_url: str = ""
    slack_bot_token: str = ""
    slack_signing_secret: str = ""
    slack_app_token: str = ""
    slack_api_url: str = ""
    port: int = 3000
    web_threads: int = 8
    log_level: str = "INFO"
    timezone: str = "Europe/Stockholm"
    # What the worker's jobs do, and when (bot.scheduler.Schedule).
    reminder_days: tuple[int, ...] = (7, 1)
    ping_days: tuple[int, ...] = (7, 2)
    substitute_answer_hours: int = 48
    quorum_share: float = 0.5  # /närvaro warns when at most this share of members come
    morning_hour: int = 8  # deadline pings go out at this hour (Stockholm time)
    # Administrators: e-mail addresses, Slack ids (U…) or Teams ids (29:…), lower-cased.
    admins: frozenset[str] = frozenset()
    # The web page (handlers/web): where people reach `serve`, and what signs its cookies.
    public_url: str = ""
    web_secret: str = ""
    web_session_hours: int = 8
    # "Logga in med Slack" / "Logga in med Microsoft" (OpenID Connect), when configured.
    slack_client_id: str = ""
    slack_client_secret: str = ""
    # Several Slack workspaces, installed through /slack/install (handlers/slack/oauth.py): the
    # Fernet key(s) the bot tokens are stored under.
    token_key: str = ""
    slack_oidc_metadata_url: str = "https://slack.com/.well-known/openid-configuration"
    entra_client_id: str = ""
    entra_client_secret: str = ""
    entra_tenant_id: str = ""
    entra_metadata_url: str = ""
    # Förhinder, ersättare calls and synpunkter are purged this long after their meeting or
    # deadline (bot.privacy.retention); the README says what is kept and why.
    retention_months: int = 24

    @property
    def slack_installs(self) -> bool:
        """Several workspaces, installed through /slack/install: the app's OAuth credentials
        are set and no single workspace's token is. SAMVERKANSBOT_TOKEN_KEY must then be set
        too (checked at start, handlers/slack/oauth.key_problem); with SLACK_BOT_TOKEN the bot
        serves that one workspace, as before."""
        return bool(self.slack_client_id and self.slack_client_secret
                    and not self.slack_bot_token)

    @property
    def effective_database_url(self) -> str:
        """DATABASE_URL, or a SQLite file in the data folder."""
        if self.database_url:
            return normalise_database_url(self.database_url)
        return f"sqlite:///{self.data_dir / 'samverkansbot.db'}"

    @property
    def entra_metadata(self) -> str:
        """Entra ID's discovery document: the tenant's own, or "organizations" for any tenant."""
        if self.entra_metadata_url:
            return self.entra_metadata_url
        tenant = self.entra_tenant_id or "organizations"
        return f"https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration"

    def web_url(self, port: int | None = None) -> str:
        """The web page's address as people reach it (links in chat and from the CLI)."""
        return self.public_url or f"http://127.0.0.1:{port or self.port}"

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        env = dict(os.environ if env is None else env)
        return cls(
            data_dir=Path(env.get("SAMVERKANSBOT_DATA_DIR", "data")).resolve(),
            database_url=env.get("DATABASE_URL", ""),
            slack_bot_token=env.get("SLACK_BOT_TOKEN", ""),
            slack_signing_secret=env.get("SLACK_SIGNING_SECRET", ""),
            slack_app_token=env.get("SLACK_APP_TOKEN", ""),
            slack_api_url=env.get("SLACK_API_URL", ""),
            port=int(env.get("PORT", "3000")),
            web_threads=int(env.get("SAMVERKANSBOT_WEB_THREADS", "8")),
            log_level=env.get("LOG_LEVEL", "INFO").upper(),
            reminder_days=_days(env.get("SAMVERKANSBOT_REMINDER_DAYS", "7,1")),
            ping_days=_days(env.get("SAMVERKANSBOT_PING_DAYS", "7,2")),
            substitute_answer_hours=int(env.get("SAMVERKANSBOT_SUBSTITUTE_ANSWER_HOURS", "48")),
            quorum_share=float(env.get("SAMVERKANSBOT_QUORUM_SHARE", "0.5")),
            morning_hour=int(env.get("SAMVERKANSBOT_MORNING_HOUR", "8")),
            admins=frozenset(part.strip().casefold()
                             for part in env.get("SAMVERKANSBOT_ADMINS", "").split(",")
                             if part.strip()),
            public_url=env.get("SAMVERKANSBOT_PUBLIC_URL", "").rstrip("/"),
            web_secret=env.get("SAMVERKANSBOT_WEB_SECRET", ""),
            web_session_hours=int(env.get("SAMVERKANSBOT_WEB_SESSION_HOURS", "8")),
            slack_client_id=env.get("SLACK_CLIENT_ID", ""),
            slack_client_secret=env.get("SLACK_CLIENT_SECRET", ""),
            token_key=env.get("SAMVERKANSBOT_TOKEN_KEY", ""),
            entra_client_id=env.get("ENTRA_CLIENT_ID", ""),
            entra_client_secret=env.get("ENTRA_CLIENT_SECRET", ""),
            entra_tenant_id=env.get("ENTRA_TENANT_ID", ""),
            retention_months=int(env.get("SAMVERKANSBOT_RETENTION_MONTHS", "24")),
        )


def normalise_database_url(url: str) -> str:
    """Hosting platforms hand out postgres:// URLs; SQLAlchemy wants the psycopg 3 driver named."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def _days(text: str) -> tuple[int, ...]:
    """'7,1' → (7, 1): days before a meeting or a deadline."""
    return tuple(sorted({int(part) for part in text.replace(" ", "").split(",") if part},
                        reverse=True))
