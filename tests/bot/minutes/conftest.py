"""Samples as the user sends them, and as PDF and DOCX built from them in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.minutes.reading import ParsedMinutes, parse_file
from bot.minutes.reading.readers import read_file

from .documents import write_docx, write_pdf

# The sample minutes travel with the repository: a fresh clone has them, nothing is skipped.
SAMPLES = Path(__file__).resolve().parents[3] / "examples" / "protokoll"

FORMATS = ["original", "pdf", "docx"]


def sample(name: str, fmt: str, tmp_path: Path) -> ParsedMinutes:
    path = SAMPLES / name
    if fmt == "original":
        return parse_file(path)
    lines = read_file(path).lines
    out = tmp_path / f"{path.stem}.{fmt}"
    (write_pdf if fmt == "pdf" else write_docx)(lines, out)
    return parse_file(out)


@pytest.fixture(params=FORMATS)
def fmt(request) -> str:
    return request.param
