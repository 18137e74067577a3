"""Build PDF and DOCX versions of a text in a test's tmp_path (no binary files in the repo).

The PDF gets a letterhead and a page footer on every page and long lines broken by hand,
some of them inside a word with a hyphen, as a word processor's PDF export would. The DOCX
puts tab-separated lines (attendance lists) in a real table and struck-out names in struck
runs.
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
from fpdf import FPDF

_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
_LATIN1 = str.maketrans({"–": "-", "—": "-", "”": '"', "“": '"', "’": "'", "•": "-", "…": "..."})
_DEL = re.compile(r"<del>(.*?)</del>")


class _Letterhead(FPDF):
    def header(self) -> None:
        self.set_font(self.body_font, size=8)
        self.cell(0, 4, _text(self, "Region Örebro län"), new_x="LMARGIN", new_y="NEXT")
        self.cell(
            0,
            4,
            _text(self, "Regional utveckling, Välfärd och folkhälsa"),
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(self.body_font, size=8)
        self.cell(0, 4, _text(self, f"Sida {self.page_no()}"), align="C")


def _text(pdf: FPDF, text: str) -> str:
    return (
        text
        if pdf.body_font == "DejaVu"
        else text.translate(_LATIN1).encode("latin-1", "replace").decode("latin-1")
    )


def wrap(line: str, width: int = 90) -> list[str]:
    """Break a long line like a PDF would; long words at the edge are hyphenated."""
    out: list[str] = []
    current = ""
    for word in line.split(" "):
        if len(current) + 1 + len(word) <= width or not current:
            current = f"{current} {word}" if current else word
            continue
        room = width - len(current) - 2
        if len(word) >= 12 and word.isalpha() and word.islower() and room >= 5:
            out.append(f"{current} {word[:room]}-")
            current = word[room:]
        else:
            out.append(current)
            current = word
    out.append(current)
    return out


def write_pdf(lines: list[str], path: Path) -> Path:
    pdf = _Letterhead(format="A4")
    pdf.body_font = "Helvetica"
    if _FONT.exists():
        pdf.add_font("DejaVu", "", str(_FONT))
        pdf.body_font = "DejaVu"
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    for raw in lines:
        raw = _DEL.sub(r"\1", raw)  # a struck line is drawn, but pypdf reads only its text
        if not raw.strip():
            pdf.ln(3)
            continue
        pdf.set_font(pdf.body_font, size=9)
        for line in wrap(raw.replace("\t", "    ")):
            pdf.cell(0, 4.5, _text(pdf, line), new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def write_docx(lines: list[str], path: Path) -> Path:
    document = docx.Document()
    table_rows: list[str] = []

    def flush() -> None:
        if not table_rows:
            return
        columns = max(len(r.split("\t")) for r in table_rows)
        table = document.add_table(rows=0, cols=columns)
        for row in table_rows:
            cells = table.add_row().cells
            for cell, value in zip(cells, row.split("\t"), strict=False):
                struck_runs(cell.paragraphs[0], value)
        table_rows.clear()

    for line in lines:
        if "\t" in line:
            table_rows.append(line)
            continue
        flush()
        struck_runs(document.add_paragraph(), line)
    flush()
    document.save(str(path))
    return path


def struck_runs(paragraph, text: str, struck: re.Pattern = _DEL) -> None:
    """The text as runs of a Word paragraph, what `struck` marks struck through."""
    pos = 0
    for m in struck.finditer(text):
        if m.start() > pos:
            paragraph.add_run(text[pos : m.start()])
        paragraph.add_run(m[1]).font.strike = True
        pos = m.end()
    if pos < len(text):
        paragraph.add_run(text[pos:])
