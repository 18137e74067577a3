"""Files built to hurt a reader, made in a test's folder (nothing hostile lives in the repo).

    zip_bomb_docx(path)          a real Word file whose text part inflates to 150 MB
    lying_zip_docx(path)         the same, but the zip declares the part to be 20 kB
    pdf_with_pages(path, 5000)   a real PDF with text on each of 5,000 pages
    long_text(path, 25_000_000)  25 MB of Swedish minutes text
    sparse_file(path, size)      a file of that size on disk that takes no disk space
    endless_stream(...)          chunks for a download that never ends, or trickles
"""

from __future__ import annotations

import os
import struct
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

from bot.minutes.reading.readers import read_file
from tests.bot.minutes.documents import write_docx
from tests.conftest import EXAMPLES

SAMPLE = EXAMPLES / "protokoll" / "samverkansgrupp-barn-och-unga-2026-05-12.txt"
_PARAGRAPH = (
    "<w:p><w:r><w:t>§ {n}. Gruppen beslutar att godkänna dagordningen. Ärendet om "
    "Överenskommelse SIP bordläggs till nästa möte i Örebro.</w:t></w:r></w:p>"
)


def sample_lines() -> list[str]:
    return read_file(SAMPLE).lines


def zip_bomb_docx(path: Path, inflated: int = 150_000_000) -> Path:
    """Real minutes as DOCX, with paragraphs appended until document.xml is `inflated` bytes."""
    base = write_docx(sample_lines(), path.with_name(path.stem + "-base.docx"))
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(
            path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename != "word/document.xml":
                out.writestr(item, data)
                continue
            head, tail = data.decode().split("</w:body>")
            # One paragraph over and over, as a bomb is made: 150 MB packs to about 0.5 MB.
            chunk = _PARAGRAPH.format(n=12).encode() * 100
            with out.open("word/document.xml", "w") as part:
                part.write(head.encode())
                written = len(head)
                while written < inflated:
                    part.write(chunk)
                    written += len(chunk)
                part.write(("</w:body>" + tail).encode())
    base.unlink()
    return path


def lying_zip_docx(path: Path, declared: int = 20_000) -> Path:
    """The zip bomb with document.xml's size in both zip headers rewritten to `declared`."""
    zip_bomb_docx(path)
    with zipfile.ZipFile(path) as archive:
        part = archive.getinfo("word/document.xml")
        central = archive.start_dir
    data = bytearray(path.read_bytes())
    struct.pack_into("<I", data, part.header_offset + 22, declared)  # local header
    name = part.filename.encode()
    while data[central + 46:central + 46 + len(name)] != name:  # the part's directory entry
        lengths = struct.unpack_from("<HHH", data, central + 28)
        central += 46 + sum(lengths)
    struct.pack_into("<I", data, central + 24, declared)
    path.write_bytes(bytes(data))
    return path


def pdf_with_pages(
    path: Path, pages: int, text: str = "Minnesanteckningar, sida", count: int | None = None,
) -> Path:
    """A well-formed PDF, written by hand so that 5,000 pages take milliseconds: one content
    stream per page, Helvetica, the page number in the text. `count` is what the page tree
    says it holds (a lie, when it differs from `pages`)."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    add(b"<< /Type /Catalog /Pages 2 0 R >>")
    add(b"")  # the page tree, written when the kids are known
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    kids = []
    for number in range(1, pages + 1):
        stream = f"BT /F1 12 Tf 72 720 Td ({text} {number}) Tj ET".encode()
        content = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        kids.append(add(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (content, font)))
    objects[1] = b"<< /Type /Pages /Count %d /Kids [%s] >>" % (
        pages if count is None else count, b" ".join(b"%d 0 R" % kid for kid in kids))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def long_text(path: Path, size: int) -> Path:
    """Real minutes repeated to `size` bytes: a text that is only too long, nothing else."""
    one = SAMPLE.read_bytes()
    with path.open("wb") as out:
        written = 0
        while written < size:
            piece = one[: size - written]
            out.write(piece)
            written += len(piece)
    return path


def sparse_file(path: Path, size: int) -> Path:
    with path.open("wb") as out:
        out.write(b"%PDF-1.4\n")
        os.truncate(out.fileno(), size)
    return path


def endless_stream(chunk: int = 1 << 20, pause: float = 0.0, limit: int = 1 << 40):
    """A download body: `limit` bytes in chunks, `pause` seconds apart (a trickle)."""

    def chunks() -> Iterator[bytes]:
        sent = 0
        while sent < limit:
            if pause:
                time.sleep(pause)
            yield b"%PDF-1.4\n" + b"0" * (chunk - 9)
            sent += chunk

    return chunks
