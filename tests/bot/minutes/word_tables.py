"""Word and PDF files with attendance tables shaped as secretaries' templates shape them.

A document is a list of blocks: a string is a paragraph, a list of rows is a table. A row is a
list of cells; a cell "~~Anna Ek~~" is struck out, and a row of one cell is a caption row merged
across the whole table ("Beslutande ledamöter", "Lekebergs kommun").
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
from fpdf import FPDF

from tests.bot.minutes.documents import struck_runs

_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
_STRUCK = re.compile(r"~~(.+?)~~")

HEAD = [
    "Protokoll",
    "Socialnämnden, Kumla kommun",
    "Sammanträdesdatum 2025-03-12",
    "Plats och tid: Kommunhuset, Kumla, kl 13.00–15.30",
]
# a decision, so that the page reads as minutes; no person in it (a justerare the nämnd elects
# was at the meeting, and would be present beside any table the test builds)
TAIL = ["§ 1 Dagordning", "Nämnden godkänner dagordningen."]


def write_docx(blocks: list, path: Path) -> Path:
    document = docx.Document()
    for block in [*HEAD, *blocks, *TAIL]:
        if isinstance(block, str):
            struck_runs(document.add_paragraph(), block, _STRUCK)
            continue
        columns = max(len(row) for row in block)
        table = document.add_table(rows=0, cols=columns)
        for row in block:
            cells = table.add_row().cells
            if len(row) == 1 and columns > 1:  # a caption row merged across the table
                cells[0].merge(cells[-1])
            for cell, value in zip(cells, row, strict=False):
                struck_runs(cell.paragraphs[0], value, _STRUCK)
    document.save(str(path))
    return path


def write_pdf(blocks: list, path: Path) -> Path:
    """The same document as a word processor's PDF export: tables drawn with their borders."""
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", str(_FONT))
    pdf.set_font("DejaVu", size=9)
    pdf.add_page()
    for block in [*HEAD, *blocks, *TAIL]:
        # "~~Per Lind~~" is drawn as fpdf2 (and Word's PDF export) draws struck text: its
        # letters with a thin bar filled through their middle
        if isinstance(block, str):
            pdf.multi_cell(0, 5, block, new_x="LMARGIN", new_y="NEXT", markdown=True)
            continue
        columns = max(len(row) for row in block)
        with pdf.table(first_row_as_headings=False, markdown=True) as table:
            for row in block:
                out = table.row()
                if len(row) == 1 and columns > 1:
                    out.cell(row[0], colspan=columns)
                    continue
                for value in [*row, *[""] * (columns - len(row))]:
                    out.cell(value)
        pdf.ln(3)
    pdf.output(str(path))
    return path
