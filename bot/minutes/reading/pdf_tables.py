"""Table rows of a PDF page with their cells kept apart, as a Word table's row is read.

pypdf's plain text joins a row's cells with one space and drops the empty ones, so in 'Per
Lind M X' under 'Ledamot Parti N F' nobody can tell whether the X is in N or F. Its layout mode
keeps each cell at its place on the line; the cells of an attendance table are found there and
the plain line replaced by its cells joined with tabs (an empty cell where the column is empty).
Only tables that look like attendance (a mark or a column head of one) are touched, so running
text and other tables read as before.
"""

from __future__ import annotations

import re

_GAP = re.compile(r"\S(?:\s?\S)*")  # a cell: words one space apart; a wider gap ends it
# A page worth a second, slower look: a line ending in a mark ('Anna Ek S X'), or a line of two
# column heads or more ('Ledamot Parti N F', 'Namn Funktion Närv.').
_END_MARK = re.compile(r"\s(?:X|x|✓|✔|☒|Ja|Nej)$", re.M)
_HEADS = (
    r"(?:namn|förnamn|efternamn|ledamot|ledamöter|ersättare|övriga|parti|funktion|roll"
    r"|föredragande|medverkande|organisation"
    r"|närv\w*|frånv\w*|tjg|tjänstgör(?:\s+för)?|ersätter|ersatt\s+av|n|f|§§|ja\s*/\s*nej)"
)
_HEAD_LINE = re.compile(rf"^\s*{_HEADS}\.?(?:\s+{_HEADS}\.?)+\s*$", re.I | re.M)
_MARK = re.compile(
    r"^(?:x|✓|✔|☒|ja|nej|närv\w*\.?|frånv\w*\.?|tjg\.?|n|f|§§?|parti|ersätter"
    r"|tjänstgör\s+för|ersatt\s+av|ja\s*/\s*nej)$",
    re.I,
)


# "Övriga | Funktion", "Namn | Parti", "Föredragande | Funktion": a list's head without marks
_WHO = re.compile(
    r"^(?:namn|ledamot|ledamöter|ersättare|övriga(?:\s+\w+)?|deltagare|föredragande|medverkande)$",
    re.I,
)
_ROLE = re.compile(r"^(?:funktion|roll|parti|organisation|titel|befattning)$", re.I)


def worth_a_look(text: str) -> bool:
    return bool(_END_MARK.search(text) or _HEAD_LINE.search(text))


def tabbed_rows(layout: str) -> dict[str, str]:
    """From a page's layout text: each attendance table row's plain text -> its cells with
    tabs."""
    rows: dict[str, str] = {}
    block: list[list[tuple[int, str]]] = []
    columns: list[int] = []
    lines = [line for line in layout.split("\n") if line.strip()]  # blank between rows
    for n, line in enumerate([*lines, "-"]):
        cells = [(m.start(), m[0]) for m in _GAP.finditer(line)]
        if block and len(cells) == 1 and _empty_row(cells, columns, lines[n + 1 :]):
            block.append(cells)  # "Per Lind (M)" and nothing in the other cells of the row
            continue
        if len(cells) >= 2 and (not block or _fits(cells, columns)):
            block.append(cells)
            columns = _merge(columns, [x for x, _ in cells])
            continue
        _emit(block, columns, rows)
        block, columns = ([cells], [x for x, _ in cells]) if len(cells) >= 2 else ([], [])
    return rows


_NAME_ONLY = re.compile(r"^[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+){1,3}(?:\s*\([A-Za-zÅÄÖ]{1,3}\))?$")


def _empty_row(cells, columns: list[int], rest: list[str]) -> bool:
    """A row of one cell in the first column: a name, or a line with the table going on below."""
    x, text = cells[0]
    if not columns or abs(x - columns[0]) > 2:
        return False
    after = [(m.start(), m[0]) for m in _GAP.finditer(rest[0])] if rest else []
    return bool(_NAME_ONLY.match(text)) or (len(after) >= 2 and _fits(after, columns))


def _fits(cells: list[tuple[int, str]], columns: list[int]) -> bool:
    """Every cell starts where a column of the table does (a row of the same table)."""
    return all(any(abs(x - c) <= 2 for c in columns) for x, _ in cells) or (
        len(cells) > len(columns) and all(any(abs(x - c) <= 2 for x, _ in cells) for c in columns)
    )


def _merge(columns: list[int], starts: list[int]) -> list[int]:
    out = list(columns)
    for x in starts:
        if not any(abs(x - c) <= 2 for c in out):
            out.append(x)
    return sorted(out)


def _emit(block, columns, rows: dict[str, str]) -> None:
    head = [text for _, text in block[0]] if block else []
    listing = bool(head) and _WHO.match(head[0]) and all(_ROLE.match(t) for t in head[1:])
    if len(block) < 2 or not (
        listing or any(_MARK.match(text) for cells in block for _, text in cells[1:])
    ):
        return
    for cells in block:
        out = [""] * len(columns)
        for x, text in cells:
            n = min(range(len(columns)), key=lambda i: abs(columns[i] - x))
            out[n] = f"{out[n]} {text}".strip()
        rows.setdefault(" ".join(t for _, t in cells), "\t".join(out))


def with_cells(plain: str, rows: dict[str, str]) -> list[str]:
    """The plain page's lines, a table row's line replaced by its cells."""
    return [rows.get(" ".join(line.split()), line) for line in plain.split("\n")]
