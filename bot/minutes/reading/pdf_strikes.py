"""Struck-through text on a PDF page: a name with a line drawn over it was not there.

A PDF has no struck text, only text and, drawn over it, a thin bar: fpdf2 and Word's PDF export
fill a thin rectangle ('x y w h re f') or stroke a horizontal line ('x y m x2 y l S') through
the middle of the letters. pypdf tells a page's text pieces with their positions and the drawing
operations with theirs; a piece whose middle band (a sixth to a half of its font size above the
baseline) a bar crosses from its start is struck. An underline runs below the baseline and a
table's borders above or below the text, so neither counts.

Only pages whose content draws a thin bar at all are looked at twice (most pages draw none).
"""

from __future__ import annotations

import re

# A thin filled rectangle ("31.18 787.62 54.90 -0.50 re") or a horizontal line's end ("l"):
# the cheap test on the raw content stream before anything is parsed.
_THIN_BAR = re.compile(rb"[-\d.]+\s+[-\d.]+\s+[-\d.]+\s+-?(?:0?\.\d+|1(?:\.\d+)?)\s+re\b|\sl\s")
_FILL = {b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*", b"S", b"s"}


def _apply(m: list[float], x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def _times(a: list[float], b: list[float]) -> list[float]:
    return [
        a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5],
    ]  # fmt: skip


def may_have_strikes(page) -> bool:
    try:
        data = page.get_contents().get_data() if page.get_contents() is not None else b""
    except Exception:  # a page whose stream cannot be read has nothing to add here
        return False
    return bool(_THIN_BAR.search(data))


def struck_texts(page) -> list[str]:
    """The texts on the page drawn with a bar through them, in the order they are shown."""
    pieces: list[tuple[float, float, float, str]] = []  # x, baseline y, size, text
    bars: list[tuple[float, float, float]] = []  # x from, x to, y
    path: list[tuple[float, float, float]] = []
    start: list[tuple[float, float]] = []

    def before(op, args, cm, tm):
        try:
            if op == b"re" and len(args) == 4:
                x, y, w, h = (float(a) for a in args)
                (x0, y0), (x1, y1) = _apply(cm, x, y), _apply(cm, x + w, y + h)
                if abs(y1 - y0) <= 2 and abs(x1 - x0) > 2:
                    path.append((min(x0, x1), max(x0, x1), (y0 + y1) / 2))
            elif op == b"m" and len(args) == 2:
                start[:] = [_apply(cm, float(args[0]), float(args[1]))]
            elif op == b"l" and len(args) == 2 and start:
                (x0, y0), (x1, y1) = start[0], _apply(cm, float(args[0]), float(args[1]))
                if abs(y1 - y0) <= 0.5 and abs(x1 - x0) > 2:
                    path.append((min(x0, x1), max(x0, x1), y0))
            elif op in _FILL:
                bars.extend(path)
                path.clear()
            elif op == b"n":
                path.clear()
        except (TypeError, ValueError):  # an operand that is no number: not a bar
            path.clear()

    def text(content, cm, tm, font_dict, font_size):
        if content.strip():
            m = _times(tm, cm)
            x, y = m[4], m[5]
            size = (font_size or 0) * (abs(m[3]) or 1)
            pieces.append((x, y, size, content.strip()))

    try:
        page.extract_text(visitor_operand_before=before, visitor_text=text)
    except Exception:  # a page pypdf cannot walk keeps its text unmarked
        return []
    if not bars:
        return []
    struck = []
    for x, y, size, content in pieces:
        low, high = y + size / 6, y + size / 2
        if any(low <= by <= high and bx0 <= x + 1 and bx1 > x + size for bx0, bx1, by in bars):
            struck.append(content)
    return struck


def mark_struck(lines: list[str], struck: list[str]) -> list[str]:
    """The page's lines with each struck text put in <del>…</del>, as a DOCX's struck run is."""
    out = list(lines)
    for content in struck:
        for k, line in enumerate(out):
            at = line.find(content)
            if at >= 0 and "<del>" not in line[max(0, at - 5) : at]:
                out[k] = f"{line[:at]}<del>{content}</del>{line[at + len(content) :]}"
                break
    return out
