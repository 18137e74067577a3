"""Secretary-template layouts for corpus documents: Word files and PDFs built from real text.

A document is a dict: {"format": "docx" | "pdf" | "pdf-scan", ...}. DOCX and PDF documents hold
"blocks"; a block is a tuple whose first element says what it is:

    ("title", text)                      the document's title line, large and bold
    ("heading", text)                    an item heading ("§ 74 Val av justerare")
    ("para", text | [run, ...])          a paragraph; a run is text or (text, {"bold": True, ...}),
                                         formats being bold, italic and strike
    ("kv", [(label, value), ...])        a header table of label/value pairs, no header row
    ("table", [header, ...], [[cell, ...], ...])   a table with a header row; a cell is text or
                                         a list of runs, a row of one cell spans the whole table
    ("grid", [[cell, ...], ...])         a table without a header row (names set in two columns)
    ("break",)                           a page break

"pdf-scan" documents hold "pages", one text per page: each page is drawn as a picture of the
printed page (as a scanner makes it) under an invisible text layer that holds the page's whole text
on one line, the way OCR layers of scanned minutes often come out.
"""

from __future__ import annotations

import textwrap
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from fpdf import FPDF
from fpdf.enums import TextMode, XPos, YPos

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
REGULAR = FONT_DIR / "DejaVuSans.ttf"
BOLD = FONT_DIR / "DejaVuSans-Bold.ttf"
ITALIC = FONT_DIR / "DejaVuSans-Oblique.ttf"
# A fixed creation date, so that building twice gives the same bytes.
FIXED_DATE = datetime(2026, 1, 1, tzinfo=UTC)


def build(document: dict, path: Path) -> None:
    fmt = document["format"]
    if fmt == "docx":
        _docx(document, path)
    elif fmt == "pdf":
        _pdf(document, path)
    elif fmt == "pdf-scan":
        _pdf_scan(document, path)
    else:
        raise ValueError(fmt)


def _runs(content) -> list[tuple[str, dict]]:
    if isinstance(content, str):
        return [(content, {})]
    return [(run, {}) if isinstance(run, str) else run for run in content]


# --- Word ------------------------------------------------------------------------------------


def _docx(document: dict, path: Path) -> None:
    doc = Document()
    doc.core_properties.author = document.get("author", "")
    doc.core_properties.title = document.get("doc_title", "")
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    section = doc.sections[0]
    if document.get("page_header"):
        _with_page_field(section.header.paragraphs[0], document["page_header"])
    if document.get("page_footer"):
        _with_page_field(section.footer.paragraphs[0], document["page_footer"])
    for block in document["blocks"]:
        kind = block[0]
        if kind == "title":
            doc.add_heading(block[1], level=0)
        elif kind == "heading":
            doc.add_heading(block[1], level=2)
        elif kind == "para":
            paragraph = doc.add_paragraph()
            _add_docx_runs(paragraph, block[1])
        elif kind == "kv":
            table = doc.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            for label, value in block[1]:
                cells = table.add_row().cells
                _add_docx_runs(cells[0].paragraphs[0], [(label, {"bold": True})])
                _add_docx_runs(cells[1].paragraphs[0], value)
            doc.add_paragraph()
        elif kind == "table":
            _docx_table(doc, block[1], block[2])
        elif kind == "grid":
            table = doc.add_table(rows=0, cols=len(block[1][0]))
            table.alignment = WD_TABLE_ALIGNMENT.LEFT
            for row in block[1]:
                for cell, content in zip(table.add_row().cells, row, strict=True):
                    _add_docx_runs(cell.paragraphs[0], content)
            doc.add_paragraph()
        elif kind == "break":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    doc.save(path)
    _fix_zip_times(path)


def _fix_zip_times(path: Path) -> None:
    """Give every member of the Word file one fixed time: building twice gives the same bytes."""
    with zipfile.ZipFile(path) as source:
        members = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in members:
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, data)


def _with_page_field(paragraph, text: str) -> None:
    """Write a header or footer such as "Sida {page} av 8", with {page} as Word's PAGE field."""
    before, _, after = text.partition("{page}")
    paragraph.add_run(before)
    if _:
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), "PAGE")
        run = OxmlElement("w:r")
        text_element = OxmlElement("w:t")
        text_element.text = "1"
        run.append(text_element)
        field.append(run)
        paragraph._p.append(field)
        paragraph.add_run(after)


def _docx_table(doc, header: list, rows: list) -> None:
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        _add_docx_runs(cell.paragraphs[0], [(text, {"bold": True})])
    for row in rows:
        cells = table.add_row().cells
        if len(row) == 1:  # a group row ("Ersättare") spanning the table
            merged = cells[0].merge(cells[-1])
            group = [(row[0], {"bold": True})] if isinstance(row[0], str) else row[0]
            _add_docx_runs(merged.paragraphs[0], group)
            continue
        for cell, content in zip(cells, row, strict=True):
            _add_docx_runs(cell.paragraphs[0], content)
    doc.add_paragraph()


def _add_docx_runs(paragraph, content) -> None:
    for text, fmt in _runs(content):
        run = paragraph.add_run(text)
        run.bold = fmt.get("bold") or None
        run.italic = fmt.get("italic") or None
        run.font.strike = fmt.get("strike") or None


# --- PDF with a real text layer ----------------------------------------------------------------


class _TemplatePDF(FPDF):
    def __init__(self, page_header: str, page_footer: str) -> None:
        super().__init__(format="A4")
        self.page_header = page_header
        self.page_footer = page_footer
        self.add_font("DejaVu", "", str(REGULAR))
        self.add_font("DejaVu", "B", str(BOLD))
        self.add_font("DejaVu", "I", str(ITALIC))
        self.set_auto_page_break(auto=True, margin=22)
        self.set_margins(22, 20, 22)

    def header(self) -> None:
        if self.page_header:
            self.set_font("DejaVu", "", 8)
            self.cell(0, 5, self.page_header, new_x=XPos.LMARGIN, new_y=YPos.NEXT, align="R")
            self.ln(4)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("DejaVu", "", 8)
        text = self.page_footer.format(page=self.page_no(), pages="{nb}")
        self.cell(0, 5, text, align="C")


def _pdf(document: dict, path: Path) -> None:
    footer = document.get("page_footer", "Sida {page} ({pages})")
    pdf = _TemplatePDF(document.get("page_header", ""), footer)
    pdf.set_title(document.get("doc_title", ""))
    pdf.set_author(document.get("author", ""))
    pdf.set_creation_date(FIXED_DATE)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for block in document["blocks"]:
        kind = block[0]
        if kind == "title":
            pdf.set_font("DejaVu", "B", 15)
            pdf.multi_cell(width, 8, block[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(3)
        elif kind == "heading":
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(width, 6, block[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        elif kind == "para":
            pdf.set_font("DejaVu", "", 10)
            text = _markdown(block[1])
            pdf.multi_cell(width, 5, text, markdown=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2)
        elif kind == "kv":
            pdf.set_font("DejaVu", "", 10)
            columns = (35, 85)
            with pdf.table(col_widths=columns, first_row_as_headings=False, line_height=6) as table:
                for label, value in block[1]:
                    row = table.row()
                    row.cell(label)
                    row.cell(_plain(value))
            pdf.ln(4)
        elif kind == "table":
            pdf.set_font("DejaVu", "", 9)
            header, rows = block[1], block[2]
            with pdf.table(line_height=5) as table:
                head = table.row()
                for text in header:
                    head.cell(text)
                for cells in rows:
                    row = table.row()
                    if len(cells) == 1:
                        row.cell(_plain(cells[0]), colspan=len(header))
                    else:
                        for content in cells:
                            row.cell(_plain(content))
            pdf.ln(4)
        elif kind == "grid":
            pdf.set_font("DejaVu", "", 10)
            grid = {"first_row_as_headings": False, "line_height": 5, "borders_layout": "NONE"}
            with pdf.table(**grid) as table:
                for cells in block[1]:
                    row = table.row()
                    for content in cells:
                        row.cell(_plain(content))
            pdf.ln(4)
        elif kind == "break":
            pdf.add_page()
        else:
            raise ValueError(kind)
    pdf.output(str(path))


def _plain(content) -> str:
    return "".join(text for text, _ in _runs(content))


def _markdown(content) -> str:
    out = []
    for text, fmt in _runs(content):
        if fmt.get("bold"):
            text = f"**{text}**"
        if fmt.get("italic"):
            text = f"__{text}__"
        out.append(text)
    return "".join(out)


# --- Scanned PDF with a one-line OCR layer ---------------------------------------------------


def _pdf_scan(document: dict, path: Path) -> None:
    from PIL import Image, ImageDraw, ImageFont

    dpi = 110
    width_px, height_px = int(8.27 * dpi), int(11.69 * dpi)
    font = ImageFont.truetype(str(REGULAR), 12)
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", str(REGULAR))
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(document.get("doc_title", ""))
    pdf.set_creation_date(FIXED_DATE)
    for number, text in enumerate(document["pages"], start=1):
        image = Image.new("L", (width_px, height_px), 255)
        draw = ImageDraw.Draw(image)
        y = 70
        for paragraph in text.split("\n"):
            for line in textwrap.wrap(paragraph, width=105) or [""]:
                draw.text((80, y), line, fill=20, font=font)
                y += 17
        image_path = path.with_suffix(f".page{number}.png")
        image.save(image_path, optimize=True)
        pdf.add_page()
        pdf.image(str(image_path), x=0, y=0, w=pdf.w, h=pdf.h)
        image_path.unlink()
        # The OCR layer: the page's whole text, invisible, on one line.
        pdf.set_font("DejaVu", "", 4)
        pdf.text_mode = TextMode.INVISIBLE
        pdf.set_xy(5, 5)
        pdf.cell(text=" ".join(text.split("\n")))
        pdf.text_mode = TextMode.FILL
    pdf.output(str(path))
