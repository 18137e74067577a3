"""What a file is, from its content rather than its name, and whether it is too big to read.

Runs inside the bounded reading process (bounded.py): a hostile zip directory or PDF page
tree costs memory and time there, never in the process that answers people.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from bot.texts import files as t

from .model import NotMinutesError
from .readers import BROKEN_DOCX, OLD_DOC


class FileRefused(NotMinutesError):
    """A file refused for its size, shape or name, before or while it is read."""


_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the old binary Word (and Excel) container
_ZIP = b"PK\x03\x04"
_HEAD = 64 * 1024


def kind_of(path: Path, name: str) -> str:
    """'pdf', 'docx', 'md' or 'txt'; a refusal for everything else, whatever its name says."""
    with path.open("rb") as stream:
        head = stream.read(_HEAD)
    if b"%PDF-" in head[:1024]:  # readers accept the header anywhere in the first kilobyte
        return "pdf"
    if head.startswith(_ZIP):
        return "docx"  # whether it is Word is decided by check_docx, from its parts
    if head.startswith(_OLE):
        raise NotMinutesError(OLD_DOC)
    if b"\x00" in head or head.lstrip().startswith(b"{\\rtf"):
        raise NotMinutesError(t.NOT_A_READABLE_KIND)  # pictures, programs, RTF, UTF-16…
    # Text: whether it is Markdown only changes how links and emphasis are read.
    return "md" if name.lower().endswith((".md", ".markdown")) else "txt"


def check_text(path: Path, limit: int) -> None:
    size = path.stat().st_size
    if size > limit:
        raise FileRefused(t.TEXT_TOO_BIG.format(size=t.size(size), limit=t.size(limit)))


def check_docx(path: Path, max_unpacked: int, max_xml: int, max_parts: int) -> None:
    """A Word file is a zip: count its parts and their unpacked size before anything inflates.

    The sizes are those the zip declares; Python's zipfile never inflates a part beyond its
    declared size, so a zip that lies reads as broken instead of filling memory.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
            if len(parts) > max_parts:
                raise FileRefused(t.TOO_MANY_PARTS.format(parts=t.number(len(parts))))
            if not any(part.filename == "word/document.xml" for part in parts):
                raise NotMinutesError(t.NOT_A_READABLE_KIND)  # Excel, PowerPoint, a plain zip
            unpacked = sum(part.file_size for part in parts)
            xml = sum(part.file_size for part in parts
                      if part.filename.endswith((".xml", ".rels")))
    except zipfile.BadZipFile as error:
        raise NotMinutesError(BROKEN_DOCX) from error
    for size, limit in ((unpacked, max_unpacked), (xml, max_xml)):
        if size > limit:
            raise FileRefused(t.PACKED_TOO_BIG.format(size=t.size(size), limit=t.size(limit)))


def check_pdf(path: Path, max_pages: int) -> None:
    """Refuses a PDF with more pages than minutes have; a broken one is left to the reader."""
    from pypdf import PdfReader

    try:
        root = PdfReader(str(path)).trailer["/Root"]["/Pages"]
        # The page tree's own count first; then a walk that stops past the limit, for a tree
        # that understates its count (pypdf's own walk would visit every page).
        pages = int(root.get("/Count", 0))
        if pages <= max_pages:
            pages = _count_pages(root, max_pages)
    except Exception:  # encrypted or damaged: readers.read_file says which, in Swedish
        return
    if pages > max_pages:
        counted = t.number(pages) if pages > max_pages + 1 else t.MORE_THAN.format(
            count=max_pages)
        raise FileRefused(t.TOO_MANY_PAGES.format(pages=counted, limit=max_pages))


def _count_pages(root, limit: int) -> int:
    """Leaves of the page tree, up to limit + 1; each node once, so a loop ends."""
    count, seen, stack = 0, set(), [root]
    while stack and count <= limit:
        node = stack.pop()
        reference = getattr(node, "indirect_reference", None)
        key = (reference.idnum, reference.generation) if reference is not None else id(node)
        if key in seen:
            continue
        seen.add(key)
        kids = node.get("/Kids")
        if kids is None:
            count += 1
        else:
            stack.extend(kid.get_object() for kid in kids)
    return count
