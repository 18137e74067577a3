"""A command imports what it needs: `ask` none of Alembic, Slack, Flask or the minutes reader,
the worker nothing of Teams when Teams is not set up. Each runs in a fresh interpreter, as
`samverkansbot` does, and reports the modules it ended with."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from handlers import demo

ROOT = Path(__file__).resolve().parents[2]
# Run the command, then list every module it imported (its own output goes to stderr).
PROBE = """
import contextlib, json, sys
from handlers.cli import main
with contextlib.redirect_stdout(sys.stderr):
    code = main(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("startup")
    demo.build(folder / "samverkansbot.db").dispose()
    return folder


def run(data_dir: Path, *argv: str) -> dict:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("SAMVERKANSBOT_", "MICROSOFT_", "DATABASE_URL", "SLACK_"))}
    env.update(SAMVERKANSBOT_DATA_DIR=str(data_dir), SLACK_BOT_TOKEN="xoxb-test",
               SLACK_API_URL="http://127.0.0.1:9/api/")
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def heavy(modules: list[str], *prefixes: str) -> list[str]:
    return [m for m in modules if m.split(".")[0] in prefixes or m.startswith(prefixes)]


def test_ask_imports_neither_alembic_nor_slack_nor_flask(data_dir):
    result = run(data_dir, "ask", "vad beslutades om SAMS?")
    assert result["code"] == 0
    modules = result["modules"]
    assert "bot.decisions.questions" in modules  # it did answer
    assert heavy(modules, "alembic", "mako", "slack_bolt", "slack_sdk", "flask", "waitress",
                 "jwt", "bot.minutes.reading", "handlers.slack", "handlers.teams") == []
    # Only the tables it reads are mapped (storage.models: the others when first named).
    assert "storage.models_lazy" not in modules
    # Snowball's Swedish stemmer, and none of its other 35 languages.
    assert "snowballstemmer.swedish_stemmer" in modules
    assert heavy(modules, "snowballstemmer.english_stemmer", "Stemmer") == []


def test_the_worker_imports_nothing_of_teams_or_alembic_when_teams_is_not_set_up(data_dir):
    result = run(data_dir, "worker", "--once")
    assert result["code"] == 0
    assert heavy(result["modules"], "alembic", "mako", "jwt", "handlers.teams.app",
                 "handlers.teams.auth") == []


def program(data_dir: Path, *argv: str) -> subprocess.CompletedProcess:
    """`samverkansbot ARGV` as the console script and the Procfile run it (handlers.cli.run)."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("SAMVERKANSBOT_", "MICROSOFT_", "DATABASE_URL", "SLACK_"))}
    env.update(SAMVERKANSBOT_DATA_DIR=str(data_dir))
    return subprocess.run([sys.executable, "-m", "handlers.cli", *argv], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_the_program_answers_and_closes_its_database_at_exit(tmp_path):
    """run() hides the start-up's objects from the garbage collector; what a command opens
    after that is still collected at exit: SQLite's last connection closes, which folds the
    write-ahead log back into the file and removes it. (Freezing after the command left the
    connection open and the -wal and -shm files behind.)"""
    demo.build(tmp_path / "samverkansbot.db").dispose()
    done = program(tmp_path, "ask", "vad beslutades om SAMS?")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "SAMS" in done.stdout
    added = program(tmp_path, "meeting", "add", "--group", "sbu",
                    "--date", "2026-12-17", "--start", "13:00")
    assert added.returncode == 0, added.stderr[-2000:]
    assert "är inlagt" in added.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["samverkansbot.db"]
