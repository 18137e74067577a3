"""Reading minutes in bounded time and memory, in a separate process, whoever sent them.

Files come from people, and a file can be built to hurt: a Word file that inflates to
gigabytes, a PDF of thousands of pages, a text of hundreds of megabytes. Everything that
touches a file's content happens in a short-lived child process (sandbox.py), forked from a
helper that has the readers imported, with an address-space limit, a CPU limit and a lower
priority, and killed at a wall-clock deadline; at most `workers` of them run at once. The
process that answers people only checks the name and the size on disk, and waits.

    raw = read(path, name)                 # readers.read_file, bounded
    parsed = parse(path, name, today)      # parser.parse_raw as well, in the same child
    raw, parsed = read_and_parse(path, name)
"""

from __future__ import annotations

import tempfile
import threading
import time
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bot.texts import files as t

from .model import NotMinutesError, ParsedMinutes
from .readers import RawText, read_file
from .sandbox import OK, RAISED, SLOW, Sandbox
from .sniff import FileRefused, check_docx, check_pdf, check_text, kind_of

__all__ = ["LIMITS", "FileRefused", "Limits", "Outcome", "check_name", "check_size", "parse",
           "read", "read_and_parse", "run"]


@dataclass(frozen=True)
class Limits:
    """What one file may cost. Real minutes are 10–500 kB and under 50 pages."""

    max_bytes: int = 20_000_000  # any file, on disk or while downloading
    max_text_bytes: int = 2_000_000  # a text or Markdown file
    max_unpacked: int = 40_000_000  # every part of a Word file, inflated (python-docx loads all)
    max_xml: int = 8_000_000  # its XML parts, inflated: reading takes about 1 s a megabyte
    max_parts: int = 2_000  # parts of a Word file
    max_pages: int = 200
    max_chars: int = 2_000_000  # text a file may yield
    max_name: int = 255  # characters of a file name, as file systems allow
    seconds: float = 10.0  # wall clock for one file, waiting for a free slot not included
    memory: int = 280 * 1024 * 1024  # address space of the reading process
    workers: int = 2  # files read at the same time


LIMITS = Limits()
_SLOTS = threading.BoundedSemaphore(LIMITS.workers)
_BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


@dataclass
class Outcome:
    """How one reading went: the value, or the refusal; seconds and the child's peak memory."""

    value: RawText | ParsedMinutes | None
    refusal: NotMinutesError | None
    seconds: float
    peak_kb: int | None  # None when the child was killed before it could tell


def check_name(name: str, limits: Limits = LIMITS) -> None:
    """Refuses names no person gives a file: too long, or with control or direction marks."""
    if len(name) > limits.max_name:
        raise FileRefused(t.NAME_TOO_LONG.format(length=len(name), limit=limits.max_name))
    if any(unicodedata.category(c) == "Cc" or c in _BIDI for c in name):
        raise FileRefused(t.NAME_BAD_CHARACTERS)


def check_size(size: int, limits: Limits = LIMITS) -> None:
    if size > limits.max_bytes:
        raise FileRefused(t.TOO_BIG.format(size=t.size(size), limit=t.size(limits.max_bytes)))


def read(path: str | Path, name: str | None = None, limits: Limits = LIMITS) -> RawText:
    """readers.read_file within the limits; NotMinutesError (FileRefused) says why not."""
    return _value(run(path, name, limits=limits))


def parse(
    path: str | Path, name: str | None = None, today: date | None = None,
    limits: Limits = LIMITS,
) -> ParsedMinutes:
    """Reads and parses within the limits: the parser's time is bounded too."""
    return _value(run(path, name, what="parsed", today=today, limits=limits))


def read_and_parse(
    path: str | Path, name: str | None = None, today: date | None = None,
    limits: Limits = LIMITS,
) -> tuple[RawText, ParsedMinutes]:
    return _value(run(path, name, what="both", today=today, limits=limits))


def _value(outcome: Outcome):
    if outcome.refusal is not None:
        raise outcome.refusal
    return outcome.value


def run(
    path: str | Path, name: str | None = None, what: str = "raw", today: date | None = None,
    limits: Limits = LIMITS,
) -> Outcome:
    """One file through a child process: its RawText ("raw"), ParsedMinutes ("parsed") or both
    ("both"); FileNotFoundError when there is no such file."""
    path = Path(path)
    name = path.name if name is None else name
    started = time.monotonic()
    try:
        check_name(name, limits)
        check_size(path.stat().st_size, limits)
    except NotMinutesError as refusal:
        return Outcome(None, refusal, time.monotonic() - started, None)
    if not _SLOTS.acquire(timeout=limits.seconds):
        return Outcome(None, FileRefused(t.BUSY), time.monotonic() - started, None)
    try:
        started = time.monotonic()
        with tempfile.TemporaryDirectory(prefix="samverkansbot-read-") as folder:
            message = _in_child(path.resolve(), Path(folder), name, what, today, limits)
    finally:
        _SLOTS.release()
    return _outcome(message, time.monotonic() - started, limits)


_SANDBOX = Sandbox(["pypdf", "pypdf.filters", "docx", f"{__name__}:warm_up"])


def warm_up() -> None:
    """Run once in the helper: what the parser compiles and caches on first use is then
    inherited by every child instead of being built again for each file."""
    from .parser import parse_text

    parse_text(_WARM_UP)


_WARM_UP = """Minnesanteckningar Samverkansgrupp Barn och unga
Tid: tisdag 12 maj 2026, kl. 13.00–15.00
Plats: Sothönan, Örebro
Närvarande: Eva Ek, Askersunds kommun; Per Lind, Region Örebro län

1. Dagordning
Beslut: Gruppen godkänner dagordningen. Synpunkter lämnas senast 31 augusti 2026.
Nästa möte: 31 augusti 2026 kl. 13.00
"""


def _in_child(path, folder, name, what, today, limits) -> tuple:
    return _SANDBOX.call(_work, (path, folder, name, what, today, limits), limits.seconds,
                         limits.memory)


def _outcome(message: tuple, seconds: float, limits: Limits) -> Outcome:
    status, value, peak = message
    if status == OK:
        return Outcome(value, None, seconds, peak)
    if status == RAISED and isinstance(value, NotMinutesError):
        return Outcome(None, value, seconds, peak)
    if status == SLOW:
        refusal = FileRefused(t.TOO_SLOW.format(seconds=t.seconds(limits.seconds)))
    else:  # out of memory, out of CPU time, or a reader's bug on a strange file
        refusal = FileRefused(t.TOO_HEAVY)
    return Outcome(None, refusal, seconds, peak)


# --- in the child ----------------------------------------------------------------------------

def _work(path: Path, folder: Path, name: str, what: str, today, limits: Limits):
    kind = kind_of(path, name)
    if kind in ("md", "txt"):
        check_text(path, limits.max_text_bytes)
    elif kind == "docx":
        check_docx(path, limits.max_unpacked, limits.max_xml, limits.max_parts)
    elif kind == "pdf":
        check_pdf(path, limits.max_pages)
    # read_file goes by the suffix: give it the one the content has, never the sender's name.
    typed = folder / f"dokument.{kind}"
    typed.symlink_to(path)
    try:
        raw = read_file(typed)
    except NotMinutesError as error:
        # The readers turn any failure into "broken"; running out of memory is ours to name.
        if isinstance(error.__cause__, MemoryError):
            raise MemoryError from None
        raise
    chars = sum(len(line) for line in raw.lines)
    if chars > limits.max_chars:
        raise FileRefused(t.TOO_MUCH_TEXT.format(chars=t.number(chars),
                                                 limit=t.number(limits.max_chars)))
    if what == "raw":
        return raw
    from .parser import parse_raw

    parsed = parse_raw(raw, name, today)
    return parsed if what == "parsed" else (raw, parsed)
