"""Samples as the user sends them, and as PDF and DOCX built from them in tmp_path."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.minutes.reading import ParsedMinutes, parse_file
from bot.minutes.reading.readers import read_file

from .documents import write_docx, write_pdf
from .word_tables import write_docx as write_word_tables
from .word_tables import write_pdf as write_pdf_tables

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


@pytest.fixture(params=["docx", "pdf"])
def read(request, tmp_path):
    """Blocks (paragraphs and tables, as tests/bot/minutes/word_tables.py takes them) written as
    a Word file and as its PDF, each parsed as an upload is, on 1 January 2026."""
    writer = write_pdf_tables if request.param == "pdf" else write_word_tables

    def parse(*blocks):
        path = writer(list(blocks), tmp_path / f"protokoll.{request.param}")
        return parse_file(path, today=date(2026, 1, 1))

    return parse
