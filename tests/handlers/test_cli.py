"""The samverkansbot command, run in-process as an administrator would."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from handlers.cli import build_parser, main
from tests.conftest import EXAMPLES, ROOT


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SAMVERKANSBOT_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    return tmp_path


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_fresh_database_is_migrated_and_filled_from_the_cli(data_dir, capsys):
    code, out, _ = run(capsys, "roster", "load", str(EXAMPLES / "roster.yaml"))
    assert code == 0 and "5 nya grupper" in out
    code, out, _ = run(capsys, "meeting", "add", "--group", "sbu", "--date", "2026-12-03",
                       "--start", "13:00", "--end", "15:00", "--place", "Sothönan")
    assert code == 0 and "är inlagt" in out
    code, out, _ = run(capsys, "meeting", "add", "--group", "sbu", "--date", "2026-12-03",
                       "--start", "13:00")
    assert "fanns redan" in out
    code, out, _ = run(capsys, "agenda", "add", "--group", "sbu", "--date", "2026-12-03",
                       "--title", "SAMS", "--presenter", "Ingmar Ångman", "--kind", "beslut")
    assert code == 0 and "Punkt 1 ”SAMS”" in out
    code, out, _ = run(capsys, "meeting", "list", "--group", "sbu")
    assert out.strip() == (
        "2026-12-03\t13.00–15.00\tSamverkansgrupp Barn och unga\tSothönan\t1 punkter"
    )
    assert (data_dir / "samverkansbot.db").exists()


def test_refusals_say_why_and_exit_2(data_dir, capsys):
    run(capsys, "roster", "load", str(EXAMPLES / "roster.yaml"))
    code, _, err = run(capsys, "meeting", "add", "--group", "xyz", "--date", "2026-12-03",
                       "--start", "13:00")
    assert code == 2 and "Det finns ingen grupp med kortnamnet ”xyz”" in err
    code, _, err = run(capsys, "meeting", "add", "--group", "sbu", "--date", "3 dec",
                       "--start", "13:00")
    assert code == 2 and "2026-08-31" in err
    code, _, err = run(capsys, "agenda", "add", "--group", "sbu", "--date", "2026-12-24",
                       "--title", "x")
    assert code == 2 and "Det finns inget möte" in err


def test_a_bad_roster_is_refused_with_lines(data_dir, capsys, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("groups:\n  - name: G\n    slug: g\n    members:\n      - name: A\n"
                   "        role: kung\n", encoding="utf-8")
    code, _, err = run(capsys, "roster", "load", str(bad))
    assert code == 2
    assert "rad 6: okänd roll 'kung'" in err


def test_migrate_reports_the_revision(data_dir, capsys):
    code, out, _ = run(capsys, "migrate")
    assert code == 0 and re.search(r"\(\d{4}\)", out)


def test_every_cli_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # argparse keeps them here
    for name, sub in commands.items():
        nested = [a for a in sub._actions if a.__class__.__name__ == "_SubParsersAction"]
        names = [f"{name} {child}" for child in nested[0].choices] if nested else [name]
        for full in names:
            assert f"`samverkansbot {full}" in readme, full


def test_the_manifest_lists_exactly_the_commands_the_bot_answers():
    import yaml

    from bot.commands import command_names

    manifest = yaml.safe_load(Path(ROOT / "manifest.yml").read_text(encoding="utf-8"))
    listed = {c["command"].lstrip("/") for c in manifest["features"]["slash_commands"]}
    assert listed == set(command_names())
    for command in manifest["features"]["slash_commands"]:
        assert command["should_escape"] is True  # mentions arrive as <@U…|name>
        assert command["description"]
    assert manifest["settings"]["socket_mode_enabled"] is False
    events = set(manifest["settings"]["event_subscriptions"]["bot_events"])
    assert events == {"app_mention", "message.im", "app_home_opened", "file_shared"}


def test_roster_load_looks_up_missing_slack_ids_by_email(data_dir, capsys, monkeypatch,
                                                          fake_slack, tmp_path):
    roster = tmp_path / "roster.yaml"
    roster.write_text(
        "groups:\n  - name: Samverkansgrupp Barn och unga\n    slug: sbu\n    members:\n"
        "      - name: Eva Ek\n        email: eva.ek@example.se\n"
        "      - name: Per Lind\n        email: per.lind@example.se\n", encoding="utf-8")
    fake_slack.users["eva.ek@example.se"] = "U0EVAEK"
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
    monkeypatch.setenv("SLACK_API_URL", fake_slack.url)
    code, out, _ = run(capsys, "roster", "load", str(roster))
    assert code == 0
    assert "Slack-id hämtades via e-post för 1 personer." in out
    assert "Slack känner inte till e-postadressen för: Per Lind." in out
    from sqlmodel import select

    from storage.engine import make_engine, unit_of_work
    from storage.models import Person

    engine = make_engine(f"sqlite:///{data_dir / 'samverkansbot.db'}")
    with unit_of_work(engine) as session:
        eva = session.exec(select(Person).where(Person.name == "Eva Ek")).one()
        assert eva.slack_id == "U0EVAEK"
