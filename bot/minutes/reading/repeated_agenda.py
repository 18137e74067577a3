"""A numbered agenda repeated with its text run together: cut the text where the agenda says.

Minutes kept as one long line per page often list the agenda first ("Dagordning 52. Mötets
öppnande 53. Val av justerare … 68. Mötets avslutande") and then take the same points again with
their text, the whole page on one line ("52. Mötets öppnande Ordföranden öppnade … 53. Val av
justerare Beslut: Till justerare valdes …", or in capitals: "2. VAL AV JUSTERARE FÖR MÖTETS
PROTOKOLL: Till att justera …"). The labels cut such a page into pieces that each hold a point's
end and the next point's start, so no piece was one point, and every decision of the page stood
under no item or under the agenda's last point. The agenda itself says where the points start: a
later "N." followed by the first words of the agenda's point N (in any case) starts point N.
"""

from __future__ import annotations

import re

# "52. Mötets öppnande", "2. VAL AV": a number with its full stop before a capital
_MARK = re.compile(r"(?:(?<=\s)|^)(?P<n>\d{1,2})\.\s+(?=[A-ZÅÄÖ])")
# what every mark holds: one search in C skips the paragraphs without one (most of them)
# before _MARK, whose look-behind is tried at every position
_MARK_CORE = re.compile(r"\d\.\s")
_WORD = re.compile(r"[^\W\d_]+")
_MAX_TITLE_WORDS = 12  # a point of an agenda list is a title, not a sentence
_MIN_POINTS = 3


def title_key(text: str, words: int = 2) -> tuple[str, ...]:
    """The first words of a title, in lower case: what a point taken up again opens with."""
    return tuple(w.casefold() for w in _WORD.findall(text[:80])[:words])


def _marks(paragraphs: list[str]) -> list[tuple[int, int, int, str]]:
    """(paragraph, position, number, text up to the next mark or the paragraph's end)."""
    found = []
    for k, paragraph in enumerate(paragraphs):
        if not _MARK_CORE.search(paragraph):
            continue
        ms = list(_MARK.finditer(paragraph))
        if not ms:
            continue
        for m, nxt in zip(ms, [*ms[1:], None], strict=True):
            end = nxt.start() if nxt else len(paragraph)
            found.append((k, m.start(), int(m["n"]), paragraph[m.end() : end].strip()))
    return found


def _agenda(marks: list[tuple[int, int, int, str]]) -> tuple[int, dict[int, str]]:
    """The first list of at least three points numbered one after the other, each a short title
    (the last may run on into what follows the list), in one paragraph or on lines next to each
    other: the paragraph it ends in and the first words of each point's title."""
    k = 0
    while k < len(marks):
        run = [marks[k]]
        for mark in marks[k + 1 :]:
            last = run[-1]
            if mark[2] != last[2] + 1 or mark[0] - last[0] > 2:
                break
            if len(_WORD.findall(last[3])) > _MAX_TITLE_WORDS:
                break
            run.append(mark)
        if len(run) >= _MIN_POINTS:
            return run[-1][0], {n: title for _, _, n, title in run if title_key(title)}
        k += 1
    return -1, {}


def _heading_end(paragraph: str, position: int, title: str) -> int:
    """Where the point's title ends when the text takes it up word for word ('16. Ekonomi
    Kassören redovisade …', '2. VAL AV JUSTERARE FÖR MÖTETS PROTOKOLL: Till att …'), so that the
    title stands over the point's text as a heading; 0 when the text words it otherwise."""
    words = _WORD.findall(title)
    if not words or len(words) > _MAX_TITLE_WORDS:
        return 0
    pattern = r"\d{1,2}\.\s+" + r"\W+".join(re.escape(w) for w in words) + r"\s*:?(?=\s+[A-ZÅÄÖ])"
    m = re.compile(pattern, re.I).match(paragraph, position)
    return m.end() if m else 0


def cut_repeated(paragraphs: list[str]) -> list[str]:
    """The paragraphs after an agenda list, cut before every point of it that they take up
    again with its text; unchanged when fewer than two points are taken up again."""
    marks = _marks(paragraphs)
    end, titles = _agenda(marks)
    if not titles:
        return paragraphs
    cuts: dict[int, list[int]] = {}
    for k, position, n, text in marks:
        title = titles.get(n)
        key = title_key(title) if title else ()
        if k > end and key and title_key(text, len(key)) == key:
            cuts.setdefault(k, []).append(position)
            heading = _heading_end(paragraphs[k], position, title)
            if heading:
                cuts[k].append(heading)
    if sum(len(v) for v in cuts.values()) < 2:
        return paragraphs
    result: list[str] = []
    for k, paragraph in enumerate(paragraphs):
        starts = [p for p in cuts.get(k, []) if p > 0]
        if not starts:
            result.append(paragraph)
            continue
        last = 0
        for s in starts:
            if paragraph[last:s].strip():
                result.append(paragraph[last:s].strip())
            last = s
        result.append(paragraph[last:].strip())
    return result
