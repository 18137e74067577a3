"""File -> text lines: PDF (text layer), DOCX (paragraphs and tables), Markdown, plain text.

Struck-out text is kept as <del>…</del> (DOCX strike-through, Markdown <del>/~~), since a
struck name in an attendance list means the person was absent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from . import pdf_strikes, pdf_tables
from .layout import drop_page_furniture
from .model import Link, NotMinutesError

ENCRYPTED = "Filen är krypterad och kan inte läsas. Skicka en version utan lösenord."
NO_TEXT_LAYER = (
    "PDF-filen har inget textlager (den är troligen inskannad). "
    "Skicka en PDF med text eller en Word-fil."
)
BROKEN_PDF = "Filen kunde inte läsas som en PDF. Skicka den igen eller som Word-fil."
BROKEN_DOCX = "Filen kunde inte läsas som ett Word-dokument."
OLD_DOC = (
    "Filen är i det gamla Word-formatet (.doc). Spara den som .docx eller PDF och skicka igen."
)
UNSUPPORTED = "Jag kan bara läsa PDF, Word (.docx), Markdown (.md) och textfiler (.txt)."
EMPTY = "Filen är tom."


@dataclass
class RawText:
    lines: list[str]
    links: list[Link] = field(default_factory=list)
    source: str = ""  # "pdf", "docx", "md", "txt"
    headings: set[str] = field(default_factory=set)  # Markdown headings, as text


def read_file(path: str | Path) -> RawText:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return read_pdf(path)
    if suffix == ".docx":
        return read_docx(path)
    if suffix == ".doc":
        raise NotMinutesError(OLD_DOC)
    if suffix in (".md", ".markdown", ".txt", ".text", ""):
        text = _decode(path.read_bytes())
        # Text files are often exported from Markdown or Word: links and bold read the same.
        raw = read_markdown(text)
        raw.source = "md" if suffix in (".md", ".markdown") else "txt"
        return raw
    raise NotMinutesError(UNSUPPORTED)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_text(text: str) -> RawText:
    return RawText(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), source="txt")


_MD_LINK = re.compile(r"(?<!!)\[([^\]]*)\]\(([^)\s]*)(?:\s+\"[^\"]*\")?\)")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s*")
# Emphasis only as a pair of marks around words ("**PP bifogas**", "*komplexa utmaningar*"): a
# lone star is the writer's own character, as Markdown renders it too. Plain text files go
# through this reader (they are often exported from Markdown), and in a fullmäktige's list
# "*Anna Berg" marks a serving ersättare; a signature line "______" is no emphasis either.
_MD_EMPHASIS = re.compile(
    r"(\*\*|__)(?=[^\s*_])(.+?)(?<=[^\s*_])\1"
    r"|(?<![\w*])\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?![\w*])"
)
_MD_BULLET = re.compile(r"^(\s*)[*+]\s+")


# A line with none of these characters has no Markdown to undo.
_MD_MARKS = frozenset("|#*+[~_\\")
_MD_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def read_markdown(text: str) -> RawText:
    links: list[Link] = []

    def link(m: re.Match) -> str:
        label = m[1].replace("\\(", "(").replace("\\)", ")")
        url = m[2]
        if url and url != "#":
            links.append(Link(label, url))
        return label

    lines = []
    headings: set[str] = set()
    for line in read_text(text).lines:
        if not _MD_MARKS.intersection(line) and "---" not in line:
            lines.append(line.rstrip())  # plain text: no mark to read (most lines)
            continue
        if _MD_TABLE_RULE.match(line):
            continue  # "|---|:---:|": the rule under a table's head
        if _MD_TABLE_ROW.match(line):  # "| Anna Holm | Ordförande | X |": cells as a Word row's
            line = "\t".join(c.strip() for c in line.strip().strip("|").split("|"))
        heading = _MD_HEADING.match(line)
        line = _MD_HEADING.sub("", line)
        line = _MD_BULLET.sub(r"\1- ", line)
        line = _MD_LINK.sub(link, line)
        line = re.sub(r"~~(.+?)~~", r"<del>\1</del>", line)
        line = _MD_EMPHASIS.sub(lambda m: m[2] or m[3], line)
        line = re.sub(r"\\([\\`*_{}\[\]()#+\-.!])", r"\1", line)
        lines.append(line.rstrip())
        if heading and line.strip():
            headings.add(" ".join(line.split()).rstrip(":").strip())
    return RawText(lines, links, source="md", headings=headings)


def read_pdf(path: Path) -> RawText:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise NotMinutesError(ENCRYPTED)
        pages = [(page.extract_text() or "") for page in reader.pages]
    except NotMinutesError:
        raise
    except Exception as exc:  # pypdf raises many kinds; any of them means "not readable"
        if isinstance(exc, PdfReadError) and "decrypt" in str(exc).lower():
            raise NotMinutesError(ENCRYPTED) from exc
        if "crypt" in type(exc).__name__.lower() or "AES" in str(exc):
            raise NotMinutesError(ENCRYPTED) from exc
        raise NotMinutesError(BROKEN_PDF) from exc
    if sum(len(p.strip()) for p in pages) < 20:
        raise NotMinutesError(NO_TEXT_LAYER)
    page_lines = [_page_lines(page, text) for page, text in zip(reader.pages, pages, strict=True)]
    links = []
    try:
        for page in reader.pages:
            for annot in page.get("/Annots") or []:
                uri = (annot.get_object().get("/A") or {}).get("/URI")
                if uri:
                    links.append(Link(str(uri), str(uri)))
    except Exception:  # links are a bonus; a damaged annotation must not stop the reading
        pass
    return RawText(drop_page_furniture(page_lines), links, source="pdf")


def _page_lines(page, text: str) -> list[str]:
    lines = _cells(page, text.replace("\r", ""))
    if pdf_strikes.may_have_strikes(page):  # a name with a bar drawn through it was not there
        lines = pdf_strikes.mark_struck(lines, pdf_strikes.struck_texts(page))
    return lines


def _cells(page, text: str) -> list[str]:
    if not pdf_tables.worth_a_look(text):
        return text.split("\n")
    try:  # the layout mode, a second reading, only where an attendance table may be
        rows = pdf_tables.tabbed_rows(page.extract_text(extraction_mode="layout") or "")
    except Exception:  # a page the layout mode cannot read keeps its plain text
        return text.split("\n")
    return pdf_tables.with_cells(text, rows)


def read_docx(path: Path) -> RawText:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # zipfile, KeyError, lxml: all mean the same to the user
        raise NotMinutesError(BROKEN_DOCX) from exc
    lines: list[str] = []
    links: list[Link] = []
    # paragraph.style scans every style of the document on each call (about 1 ms); a table of
    # style ids built once makes reading a long document 100 times faster.
    styles = {style.style_id: (style.name or "").lower() for style in document.styles}
    # document.element.body holds neither page headers nor footers (they are separate parts),
    # so nothing repeated on every page reaches the parser.
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.extend(_paragraph_text(Paragraph(child, document), links, styles).split("\n"))
        elif tag == "tbl":
            for row in Table(child, document).rows:
                cells: list[str] = []
                seen: set[int] = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:  # merged cells repeat themselves
                        continue
                    seen.add(id(cell._tc))
                    text = " ".join(_paragraph_text(p, links, styles) for p in cell.paragraphs)
                    cells.append(text.replace("\n", " ").strip())
                lines.append("\t".join(cells))
            lines.append("")
    return RawText(lines, links, source="docx")


def _paragraph_text(paragraph, links: list[Link], styles: dict[str, str]) -> str:
    parts = []
    for item in paragraph.iter_inner_content():
        address = getattr(item, "address", None)
        if address is not None:  # a Hyperlink
            if address:
                links.append(Link(item.text, address))
            parts.append(item.text)
            continue
        text = item.text
        if text and item.font.strike:
            text = f"<del>{text}</del>"
        parts.append(text)
    text = "".join(parts).replace("</del><del>", "")
    style = styles.get(paragraph._p.style or "", "")
    if "list" in style and text.strip():
        text = "- " + text
    return text
