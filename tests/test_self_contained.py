"""The suite needs nothing but the repository: no test reads a file outside it, so none skips
because a machine lacks one, and a fresh clone runs every test."""

from __future__ import annotations

import re

from tests.conftest import ROOT

OUTSIDE = re.compile(r"""/work/|\.\./shared|\.parent\s*/\s*["']shared["']|["']shared["']\s*/""")


def test_no_test_reads_a_file_outside_the_repository():
    offenders = []
    for path in sorted((ROOT / "tests").rglob("*.py")):
        if path.name == "test_self_contained.py":
            continue
        text = path.read_text(encoding="utf-8")
        if OUTSIDE.search(text):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_the_sample_minutes_are_in_the_repository():
    assert len(list((ROOT / "examples" / "protokoll").iterdir())) == 5
