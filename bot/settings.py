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
        )


def normalise_database_url(url: str) -> str:
    """Hosting platforms hand out postgres:// URLs; SQLAlchemy wants the psycopg 3 driver named."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url
