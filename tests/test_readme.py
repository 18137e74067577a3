"""The README as a newcomer reads it: nothing links outside the repository, the sections the
bot's messages point to exist under those names, and /healthz is shown as it answers."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_readme_links_nothing_outside_the_repository():
    for target in re.findall(r"\]\(([^)]+)\)", README):
        assert "://" not in target and not target.startswith(("/", "..")), target
        assert (ROOT / target.split("#")[0]).exists(), target


def test_every_section_a_message_points_to_is_there_by_that_name():
    headings = [line.lstrip("#").strip() for line in README.splitlines()
                if line.startswith("## ")]
    sources = [*sorted((ROOT / "bot").rglob("*.py")), ROOT / "examples" / "roster.yaml"]
    named = set()
    for path in sources:
        text = " ".join(path.read_text(encoding="utf-8").split())
        named.update(re.findall(r"README, avsnittet ([A-ZÅÄÖ]\w+)", text))
    assert named >= {"Konfiguration", "Deltagarlistan"}
    for name in named:
        assert any(heading.split(" (")[0] == name for heading in headings), name


def test_healthz_is_shown_as_it_answers(engine):
    from bot.clock import FixedClock
    from bot.settings import Settings
    from handlers.server import build_web_app
    from handlers.slack.app import build_app
    from storage import workers
    from storage.engine import unit_of_work

    moment = datetime(2026, 8, 24, 7, 0, 12, tzinfo=UTC)
    with unit_of_work(engine) as session:
        workers.record_pass(session, "web:1", moment)
    clock = FixedClock(moment)
    web = build_web_app(build_app(Settings(slack_signing_secret="x"), engine, clock), engine,
                        clock=clock)
    answered = web.test_client().get("/healthz").get_json()
    shown = re.search(r"`GET /healthz`.*?```json\n(.*?)```", README, re.S).group(1)
    assert json.loads(shown) == answered
