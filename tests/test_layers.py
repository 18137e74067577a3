"""The layers hold: handlers → bot → storage, and no platform type below handlers/."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = {
    "storage": ("bot", "handlers", "slack_bolt", "slack_sdk", "flask", "waitress"),
    "bot": ("handlers", "slack_bolt", "slack_sdk", "flask", "waitress"),
}


def imports_of(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_no_import_goes_against_the_layers(package):
    wrong = []
    for path in sorted((ROOT / package).rglob("*.py")):
        for line, module in imports_of(path):
            if module.split(".")[0] in FORBIDDEN[package]:
                wrong.append(f"{path.relative_to(ROOT)}:{line} imports {module}")
    assert wrong == []


def test_the_check_itself_sees_a_wrong_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from handlers.slack import render\n")
    assert imports_of(bad) == [(1, "handlers.slack")]
