"""Clean text lines: page furniture, URL lines, hyphenation across lines, soft-wrapped lines.

PDF text comes with a line break at every visual line, words split with a hyphen at the end of
a line, and a letterhead or footer repeated on every page. Everything after this module works
on paragraphs ("logical lines") without any of that.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .model import Link

_URL_LINE = re.compile(r"^\s*(?:<)?(https?://\S+|www\.\S+)(?:>)?\s*$", re.I)
# Letterhead words that are glued to the previous word when a PDF's columns run together.
_GLUED = re.compile(r"(?<=[a-zåäö])(Sekreterare|Tjänsteställe|Handläggare)\b")
_LETTERHEAD_ANCHOR = re.compile(r"^(Tjänsteställe|Handläggare)$", re.I)
_FOOTER_START = re.compile(r"^POSTADRESS\b", re.I)
_FOOTER_LINE = re.compile(r"^(E-?POST|INTERNET|WEBB|TELEFON|BESÖKSADRESS|ORG\.?\s?NR)\b", re.I)
_SOFT_HYPHEN_END = re.compile(r"(?<=[A-Za-zÅÄÖåäöéü0-9])-$")
_KEEP_HYPHEN_WORDS = {"och", "eller", "samt", "respektive", "till", "som"}
_TERMINAL = (".", "!", "?", ":", ";")
_FUNCTION_WORDS = {
    "och", "i", "för", "har", "att", "av", "med", "till", "om", "som", "en", "ett", "den",
    "det", "på", "från", "mellan", "är", "var", "de", "vi", "kring", "samt", "eller", "inom",
}  # fmt: skip
_BULLET = re.compile(r"^(?:[-–•*·▪]\s|\d{1,2}[.)]\s|\d{1,2}\.\d{1,2}\.?\s|§\s*\d)")
_CAP = r"[A-ZÅÄÖÉÜ][a-zåäöéüè]+(?:-[A-ZÅÄÖ][a-zåäö]+)?"
_NAME_START = re.compile(rf"^{_CAP}\s+{_CAP}(?:\s|$|,)")
_ATT = re.compile(r"^att\s", re.I)
_LEAD = re.compile(r"\b(?:beslutar|beslutade|beslöt|beslutas|beslutades|besluta)\s*:?$", re.I)
_DECIDES_THAT = re.compile(r"\b(?:beslutar|beslutade|beslöt|beslutas|beslutades)\s+att\s", re.I)
_LABEL = re.compile(r"^[A-ZÅÄÖ][\w ,]{0,30}:(\s|$)")
_HEADING_WORDS = re.compile(
    r"^((?:[A-ZÅÄÖ]\w+s\s+)?beslut|Förslag till beslut|Förslag till nästa steg)\s*:?$", re.I
)


@dataclass
class CleanText:
    paragraphs: list[str]
    links: list[Link] = field(default_factory=list)
    secretary: str = ""  # found in a repeated letterhead ("Sekreterare Malin Duckert Ek")


def drop_page_furniture(pages: list[list[str]]) -> list[str]:
    """Join PDF pages, leaving out lines repeated at the top or bottom of most pages."""
    if len(pages) < 2:
        return [line for page in pages for line in page]

    def key(line: str) -> str:
        return re.sub(r"\d+", "#", " ".join(line.split())).lower()

    counts: Counter[str] = Counter()
    edges = []
    for page in pages:
        content = [i for i, line in enumerate(page) if line.strip()]
        edge = set(content[:4] + content[-4:])
        edges.append(edge)
        counts.update({key(page[i]) for i in edge})
    threshold = max(2, int(len(pages) * 0.6 + 0.5))
    repeated = {k for k, n in counts.items() if n >= threshold}
    lines: list[str] = []
    # The running head on the first page stays: it often is the only place that names the
    # body and the meeting's date ("NORDMALINGS KOMMUN FOLKHÄLSORÅD … Sammanträdesdatum …").
    first = pages[0]
    head = {i for i in [k for k, line in enumerate(first) if line.strip()][:4]}
    for n, (page, edge) in enumerate(zip(pages, edges, strict=True)):
        lines.extend(
            line for i, line in enumerate(page)
            if i not in edge or key(line) not in repeated or (n == 0 and i in head)
        )
        lines.append("")
    return lines


def clean(lines: list[str], links: list[Link] | None = None) -> CleanText:
    links = list(links or [])
    lines = [_normalise(x) for part in lines for x in _unglued(part)]
    kept = []
    for line in lines:
        m = _URL_LINE.match(line)
        if m:
            links.append(Link(m[1], m[1]))
            continue
        kept.append(line)
    kept, secretary = _drop_letterheads(kept)
    kept = _drop_footers(kept)
    kept = dehyphenate(_numbers_to_their_titles(kept))
    unique_links = list({link.url: link for link in links}.values())
    return CleanText(paragraphs(kept), unique_links, secretary)


_NUMBER_LINE = re.compile(r"^\s*(\d{1,2})\.?\s*$")


def _numbers_to_their_titles(lines: list[str]) -> list[str]:
    """'1' / 'Mötets öppnande:' / 'Ordförande hälsade …' / '2' / 'Protokolljusterare:': a word
    processor's numbered headings whose numbers came out on lines of their own. Each number
    goes back in front of its title ('1. Mötets öppnande:') when the numbers count 1, 2, 3 … and
    each stands right above a short line that starts with a capital; a number that does not go
    on from the one before (a page number), or that stands above another number (a column of
    numbers flattened ahead of its text), is left as it is."""
    numbered = [i for i, line in enumerate(lines) if line.strip()[:1].isdigit()
                and len(line.strip()) <= 3 and _NUMBER_LINE.match(line)]
    if len(numbered) < 2:
        return lines
    joined: dict[int, int] = {}  # the number's line -> its title's line
    expected = 1
    for i in numbered:
        n = int(_NUMBER_LINE.match(lines[i])[1])
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        title = lines[j].strip() if j < len(lines) else ""
        if n == expected and title[:1].isupper() and len(title) <= 60 and "\t" not in title:
            joined[i], expected = j, n + 1
        elif n == 1 and title[:1].isupper() and len(title) <= 60:
            joined, expected = {i: j}, 2  # the count starts again: the earlier run was no list
    titles = [lines[j].strip().casefold() for j in joined.values()]
    if len(joined) < 2 or len(set(titles)) < len(titles):
        return lines  # the same line under each number: page numbers over a running head
    gone = {k for i, j in joined.items() for k in range(i + 1, j + 1)}  # titles, blank lines
    return [
        f"{_NUMBER_LINE.match(line)[1]}. {lines[joined[i]].strip()}" if i in joined else line
        for i, line in enumerate(lines) if i not in gone
    ]


def _unglued(line: str) -> list[str]:
    if "Sekreterare" not in line and "Tjänsteställe" not in line and "Handläggare" not in line:
        return [line]  # the common case, without a pattern search
    return _GLUED.sub(r"\n\1", line).split("\n")


_LEADER = re.compile(r"\s*(?:\.{3,}|…+|_{3,})\s*(?=\S)")
_LEADER_END = re.compile(r"\s*(?:\.{3,}|…+|_{3,})\s*$")
_WIDE_GAP = re.compile(r" {3,}")


def _normalise(line: str) -> str:
    line = line.replace("\u00a0", " ").replace("\u00ad", "").replace("\uf0b7", "•")
    # Dotted leaders of a signature block ("Sekreterare ........ Anna Berg") separate, like a
    # comma. (The literal tests first: most lines have neither leaders nor wide gaps.)
    if "..." in line or "…" in line or "___" in line:
        line = _LEADER.sub(", ", line)
        line = _LEADER_END.sub("", line)
    line = line.rstrip()
    if "   " in line:
        line = _WIDE_GAP.sub("\t", line)  # wide gaps in PDF text are table columns
    return line.strip(" ") if "\t" not in line.strip() else line.strip()


def _key(line: str) -> str:
    return " ".join(line.split()).lower()


def _drop_letterheads(lines: list[str]) -> tuple[list[str], str]:
    """Remove a letterhead block (around "Tjänsteställe") repeated on every page."""
    anchors = [i for i, line in enumerate(lines) if _LETTERHEAD_ANCHOR.match(line.strip())]
    if len(anchors) < 2:
        return lines, ""
    counts = Counter(_key(line) for line in lines if line.strip())
    drop: set[int] = set()
    secretary = ""
    for a in anchors:
        i, steps = a - 1, 0
        while i >= 0 and steps < 5 and (not lines[i].strip() or counts[_key(lines[i])] >= 2):
            drop.add(i)
            i, steps = i - 1, steps + 1
        i, steps = a, 0
        while i < len(lines) and steps < 9:
            text = lines[i].strip()
            after_secretary = i > 0 and lines[i - 1].strip().lower() == "sekreterare"
            if text and counts[_key(text)] < 2 and not after_secretary and i != a:
                break
            if after_secretary and text:
                secretary = secretary or text
            drop.add(i)
            i, steps = i + 1, steps + 1
    return [line for i, line in enumerate(lines) if i not in drop], secretary


def _drop_footers(lines: list[str]) -> list[str]:
    drop: set[int] = set()
    for i, line in enumerate(lines):
        if _FOOTER_START.match(line.strip()):
            drop.update({i, i + 1})
            for j in range(i + 2, min(i + 8, len(lines))):
                if not lines[j].strip() or _FOOTER_LINE.match(lines[j].strip()):
                    drop.add(j)
                else:
                    break
    return [line for i, line in enumerate(lines) if i not in drop]


def dehyphenate(lines: list[str]) -> list[str]:
    """Join words split across lines: "möteskal-" + "lelsen" -> "möteskallelsen", but keep
    "hälso-" + "och" as "hälso- och" and "TSI-" + "modell" as "TSI-modell"."""
    lines = list(lines)
    for i, line in enumerate(lines):
        # the pattern ends in "-$": a line that does not is passed over without a search
        if not line.endswith(("-", "-\n")) or not _SOFT_HYPHEN_END.search(line) or "\t" in line:
            continue
        j = i + 1
        if j < len(lines) and not lines[j].strip():
            j += 1  # PDF text sometimes has an empty line between the two halves
        if j >= len(lines):
            continue
        nxt = lines[j].lstrip()
        m = re.match(r"([a-zåäöéü]\S*)(\s+|$)", nxt)
        if not m:
            continue
        word = m[1]
        bare = word.rstrip(".,:;!?)")
        before = line[-2]
        if bare in _KEEP_HYPHEN_WORDS:
            joined = line + " " + word
        elif before.isupper() or before.isdigit():
            joined = line + word
        else:
            joined = line[:-1] + word
        lines[i] = joined
        lines[j] = nxt[m.end() :]
        if j == i + 2 and not lines[j].strip():
            lines[i + 1] = "\0"  # the empty line between the halves goes too
    return [line for line in lines if line != "\0"]


def paragraphs(lines: list[str]) -> list[str]:
    """Join soft-wrapped lines into paragraphs; one paragraph per list item or table row."""
    result: list[str] = []
    last_physical = ""  # the last line added, to judge whether it was wrapped
    blank_since = 0
    for raw in lines:
        line = raw.strip() if "\t" not in raw else raw.strip(" ")
        if not line.strip():
            blank_since += 1
            continue
        if result and _continues(result[-1], last_physical, line, blank_since):
            result[-1] = result[-1].rstrip() + " " + line
        else:
            result.append(line)
        last_physical = line
        blank_since = 0
    return [" ".join(p.split()) if "\t" not in p else p.strip() for p in result]


def _continues(paragraph: str, last: str, line: str, blank_lines: int) -> bool:
    if "\t" in paragraph or "\t" in line or blank_lines > 1:
        return False
    if _BULLET.match(line) or _HEADING_WORDS.match(paragraph.strip()):
        return False
    if _HEADING_WORDS.match(line.strip()):
        return False
    last = last.rstrip()
    if last.endswith(_TERMINAL):
        return False
    first = line[0]
    if _ATT.match(line) and (
        _ATT.match(paragraph) or _ATT.match(last) or _LEAD.search(last)
        or (last.rstrip().endswith((",", ";")) and _DECIDES_THAT.search(paragraph))
    ):
        # "Nämnden beslutar" / "att godkänna …," / "att uppdra …": one decision each, and the
        # lead-in stays apart so that each att-sats is read with it
        return False
    if first.islower():
        return True
    if _BULLET.match(paragraph) or _LABEL.match(line):
        return False  # "1. Inledning (Ingmar Ångman)" is a heading; "Tid: …" starts a field
    words = last.split()
    wrapped = len(last) >= 55
    if blank_lines:
        return bool(words) and (last.endswith(",") or (wrapped and words[-1] in _FUNCTION_WORDS))
    if not wrapped or _NAME_START.match(line):
        return False  # "Anna Andersson Länsstyrelsen" after a long line is the next list row
    # A capital after a wrapped line is a sentence of its own, unless the line stopped inside
    # a name ("… till Ingmar" / "Ångman"), after a comma or a small word, or before brackets.
    last_word = words[-1]
    return (
        last_word[0].isupper()
        or last_word.lower() in _FUNCTION_WORDS
        or last.endswith(",")
        or first in "(”\"'"
    )
