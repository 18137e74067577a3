"""Settings come from the environment, with defaults that work on a laptop."""

from __future__ import annotations

from bot.scheduler import schedule_from
from bot.settings import Settings


def test_defaults_and_sqlite_in_the_data_folder(tmp_path):
    settings = Settings.from_env({"SAMVERKANSBOT_DATA_DIR": str(tmp_path)})
    assert settings.effective_database_url == f"sqlite:///{tmp_path / 'samverkansbot.db'}"
    assert settings.reminder_days == (7, 1) and settings.quorum_share == 0.5


def test_postgres_urls_from_hosting_platforms_get_the_psycopg_driver():
    settings = Settings.from_env({"DATABASE_URL": "postgres://u:p@db:5432/bot"})
    assert settings.effective_database_url == "postgresql+psycopg://u:p@db:5432/bot"


def test_schedule_days_are_read_and_sorted():
    settings = Settings.from_env({"SAMVERKANSBOT_REMINDER_DAYS": "1, 14,3",
                                  "SAMVERKANSBOT_PING_DAYS": "5",
                                  "SAMVERKANSBOT_SUBSTITUTE_ANSWER_HOURS": "24"})
    schedule = schedule_from(settings)
    assert schedule.reminder_days == (14, 3, 1)
    assert schedule.ping_days == (5,)
    assert schedule.substitute_answer_hours == 24
