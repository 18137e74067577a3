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
    # Administrators: e-mail addresses, Slack ids (U…) or Teams ids (29:…), lower-cased.
    admins: frozenset[str] = frozenset()

    @property
    def effective_database_url(self) -> str:
        """DATABASE_URL, or a SQLite file in the data folder."""
        if self.database_url:
            return normalise_database_url(self.database_url)
        return f"sqlite:///{self.data_dir / 'samverkansbot.db'}"

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
            admins=frozenset(part.strip().casefold()
                             for part in env.get("SAMVERKANSBOT_ADMINS", "").split(",")
                             if part.strip()),
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
