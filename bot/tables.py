"""Tables a secretary downloads: a CSV file for Excel as it is set up in Sweden, and Markdown."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

# Excel set to Swedish separates a CSV file's columns with semicolons (the comma is the decimal
# sign there), and reads the file as UTF-8, å, ä and ö included, only after a byte-order mark.
SEPARATOR = ";"
BYTE_ORDER_MARK = "\ufeff"
# A spreadsheet runs a cell that starts with one of these as a formula; a synpunkt or a name is
# typed by anyone in a group, so such a cell is opened as text (the leading apostrophe).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_text_cell(cell: str) -> str:
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def csv_file(rows: Iterable[Sequence[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=SEPARATOR, lineterminator="\r\n")
    writer.writerows([as_text_cell(str(cell)) for cell in row] for row in rows)
    return BYTE_ORDER_MARK + out.getvalue()


def markdown_table(rows: Sequence[Sequence[str]]) -> str:
    """The first row is the header; a cell's '|' and line breaks would break the table."""
    def line(row: Sequence[str]) -> str:
        cells = (str(cell).replace("|", "/").replace("\r", " ").replace("\n", " ") for cell in row)
        return "| " + " | ".join(cells) + " |"

    header, *body = rows
    return "\n".join([line(header), "|" + " --- |" * len(header), *map(line, body)]) + "\n"
