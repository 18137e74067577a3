"""Parse throughput of the minutes reader, `bot.minutes.reading.parse_file`.

The five sample minutes in examples/protokoll as they are (Markdown, text), and as DOCX and PDF
built from them the way the tests build them (tests/bot/minutes/documents.py: python-docx with
real tables and struck runs; fpdf2 with DejaVu Sans, a letterhead and a page footer on every
page, long lines hyphenated by hand). Each set is parsed over and over for a few seconds:
documents a second, and how much of the time goes to reading the file (text extraction) rather
than to the parser. Then one long minutes document: the five samples one after another, repeated
until the PDF has exactly 30 pages — time to parse it, pages a second. Every parse is checked to
find what the original text gives (date, decisions). Writes its section of BENCHMARKS.md.

    .venv/bin/python -m bench.bench_parse [--seconds 3] [--pages 30]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.support import ROOT, load_average, machine, write_section
from bot.minutes.reading import ParsedMinutes, parse_file
from bot.minutes.reading.readers import read_file
from tests.bot.minutes.documents import write_docx, write_pdf

SAMPLES = ROOT / "examples" / "protokoll"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def samples() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir() if p.suffix in (".md", ".txt"))


def build_documents(folder: Path) -> dict[str, list[Path]]:
    """The samples as they are, and as DOCX and PDF from their text lines."""
    sets: dict[str, list[Path]] = {"text/Markdown": samples(), "DOCX": [], "PDF": []}
    for path in samples():
        lines = read_file(path).lines
        sets["DOCX"].append(write_docx(lines, folder / f"{path.stem}.docx"))
        sets["PDF"].append(write_pdf(lines, folder / f"{path.stem}.pdf"))
    return sets


def pdf_pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def long_pdf(folder: Path, pages: int) -> tuple[Path, int, int]:
    """The five samples in turn, repeated, cut at the line that fills exactly `pages` pages."""
    one_round: list[str] = []
    for path in samples():
        one_round += read_file(path).lines + ["", ""]
    path = folder / f"protokoll-{pages}-sidor.pdf"
    rounds = 1
    while pdf_pages(write_pdf(one_round * rounds, path)) < pages:
        rounds *= 2
    lines = one_round * rounds
    low, high = 0, len(lines)  # the most lines that still fit on `pages` pages
    while low < high:
        middle = (low + high + 1) // 2
        if pdf_pages(write_pdf(lines[:middle], path)) <= pages:
            low = middle
        else:
            high = middle - 1
    write_pdf(lines[:low], path)
    return path, low, len(one_round)


def signature(parsed: ParsedMinutes) -> tuple:
    """What every format must agree on."""
    return parsed.date, len(parsed.decisions)


@dataclass
class Throughput:
    label: str
    documents: int
    parses: int
    seconds: float
    read_seconds: float
    cold_ms: float
    size_kib: float
    agree: str

    @property
    def per_second(self) -> float:
        return self.parses / self.seconds

    @property
    def mean_ms(self) -> float:
        return self.seconds / self.parses * 1000


def throughput(label: str, paths: list[Path], seconds: float,
               reference: dict[str, tuple]) -> Throughput:
    started = time.perf_counter()
    parsed = [parse_file(p) for p in paths]  # first round: imports and caches warm up
    cold_ms = (time.perf_counter() - started) * 1000
    agree = sum(1 for p, r in zip(paths, parsed, strict=True)
                if signature(r) == reference[p.stem])
    parses, started = 0, time.perf_counter()
    while True:
        for path in paths:
            parse_file(path)
        parses += len(paths)
        elapsed = time.perf_counter() - started
        if elapsed >= seconds and parses >= 5 * len(paths):
            break
    rounds = max(2, parses // len(paths) // 4)  # the reading alone, a quarter as many rounds
    read_started = time.perf_counter()
    for _ in range(rounds):
        for path in paths:
            read_file(path)
    read_seconds = (time.perf_counter() - read_started) / (rounds * len(paths)) * parses
    size = sum(p.stat().st_size for p in paths) / 1024
    return Throughput(label, len(paths), parses, elapsed, read_seconds, cold_ms, size,
                      f"{agree}/{len(paths)}")


def long_document(path: Path, repeats: int) -> dict:
    times, reads = [], []
    parsed = parse_file(path)
    for _ in range(repeats):
        started = time.perf_counter()
        parsed = parse_file(path)
        times.append(time.perf_counter() - started)
        started = time.perf_counter()
        read_file(path)
        reads.append(time.perf_counter() - started)
    return {"median": statistics.median(times), "min": min(times), "max": max(times),
            "read": statistics.median(reads), "decisions": len(parsed.decisions),
            "agenda": len(parsed.agenda), "attendees": len(parsed.attendees),
            "warnings": len(parsed.warnings), "date": parsed.date}  # fmt: skip


def report(sets: list[Throughput], long: dict, pages: int, lines: str, size_kib: float,
           seconds: float) -> str:
    rows = [
        "## Minutes parsing (`bench/bench_parse.py`)",
        "",
        f"`python -m bench.bench_parse`, {machine()}, one process, one thread; 1-minute load "
        f"average {load_average():.1f} at the end.",
        "",
        "`bot.minutes.reading.parse_file` on the five samples in `examples/protokoll` as they "
        "are, and as DOCX and PDF built from their text the way the tests build them "
        "(`tests/bot/minutes/documents.py`: python-docx with real tables and struck runs; "
        "fpdf2 with DejaVu Sans, a letterhead and a page footer on every page). Each set "
        f"parsed round after round for {seconds:g} s after one warm-up round (*first round*: "
        "the five documents the first time, imports and caches included). *Reading*: the "
        "time per document in `readers.read_file` alone (PDF text layer via pypdf, DOCX via "
        "python-docx), measured separately, and its share of the whole. *Agree*: documents "
        "whose date and number of decisions equal those parsed from the original text.",
        "",
        "| format | documents | size | parses | documents/s | mean per document "
        "| reading | first round | agree |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for s in sets:
        rows.append(
            f"| {s.label} | {s.documents} | {s.size_kib:.0f} KiB | {s.parses} "
            f"| **{s.per_second:.1f}** | {s.mean_ms:.1f} ms "
            f"| {s.read_seconds / s.parses * 1000:.1f} ms "
            f"({min(100.0, s.read_seconds / s.seconds * 100):.0f} %) | {s.cold_ms:.0f} ms "
            f"| {s.agree} |"
        )
    rows += [
        "",
        f"One long minutes document: the five samples' text one after another, repeated as "
        f"needed and cut at the last line that fits on exactly {pages} A4 pages ({lines}, "
        f"{size_kib:.0f} KiB, letterhead and “Sida N” footer on every page), parsed "
        f"{long['repeats']} times after one warm-up parse:",
        "",
        "| document | pages | parse (median, min–max) | pages/s | reading | found |",
        "| --- | --- | --- | --- | --- | --- |",
        f"| {pages}-page PDF | {pages} | **{long['median'] * 1000:.0f} ms** "
        f"({long['min'] * 1000:.0f}–{long['max'] * 1000:.0f} ms) "
        f"| **{pages / long['median']:.0f}** | {long['read'] * 1000:.0f} ms "
        f"({long['read'] / long['median'] * 100:.0f} %) "
        f"| {long['decisions']} decisions, {long['agenda']} agenda items, "
        f"{long['attendees']} attendees, {long['warnings']} warnings |",
    ]
    return "\n".join(rows)


_AB = """
import glob, sys, time
from bot.minutes.reading import parse_file
paths = sorted(glob.glob(sys.argv[1] + "/*"))
for p in paths: parse_file(p)
best = 1e9
for _ in range(5):
    t = time.process_time()
    for _ in range(4):
        for p in paths: parse_file(p)
    best = min(best, (time.process_time() - t) / (4 * len(paths)))
print(best)
"""


def before_and_now(commit: str, rounds: int = 3) -> tuple[float, float]:
    """Seconds per sample document (text/Markdown, best of rounds) for the reader at `commit`
    and now, measured in turn in fresh processes, so that both see the same load. CPU time of
    the process, not the wall clock: on a machine shared with other work the wall clock
    measures the waiting for a core as well."""
    import subprocess
    import tarfile
    from io import BytesIO

    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "bot"],
                             capture_output=True, check=True).stdout
    before, now = [], []
    with tempfile.TemporaryDirectory() as folder:
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(folder, filter="data")
        for _ in range(rounds):
            for where, into in ((folder, before), (str(ROOT), now)):
                out = subprocess.run([sys.executable, "-c", _AB, str(SAMPLES)], cwd=where,
                                     env={"PYTHONPATH": where, "PATH": "/usr/bin:/bin"},
                                     capture_output=True, check=True, text=True).stdout
                into.append(float(out))
    return min(before), min(now)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_parse")
    parser.add_argument("--seconds", type=float, default=3.0, help="per format")
    parser.add_argument("--pages", type=int, default=30)
    parser.add_argument("--repeats", type=int, default=7, help="parses of the long PDF")
    parser.add_argument("--no-write", action="store_true", help="print, leave BENCHMARKS.md")
    parser.add_argument("--before", default="88a2b59",
                        help="the reader to compare with (before issue 10's work)")
    args = parser.parse_args(argv)
    if not FONT.exists():
        print(f"{FONT} is missing: the PDFs fall back to Helvetica (Latin-1 only)",
              file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        documents = build_documents(folder)
        reference = {p.stem: signature(parse_file(p)) for p in samples()}
        results = [throughput(label, paths, args.seconds, reference)
                   for label, paths in documents.items()]  # fmt: skip
        path, lines, round_lines = long_pdf(folder, args.pages)
        pages = pdf_pages(path)
        long = long_document(path, args.repeats) | {"repeats": args.repeats}
        section = report(results, long, pages, f"{lines} lines, {lines / round_lines:.2f} × the "
                         f"five samples", path.stat().st_size / 1024, args.seconds)
    if args.before:
        was, now = before_and_now(args.before)
        section += (
            f"\n\nThe reader before and after issue 10 (the corpus work), timed in turn in fresh "
            f"processes so that both see the same load, in CPU time of the process (best of three "
            f"rounds each; the wall clock of a shared machine counts the wait for a core, as the "
            f"tables above do): the five samples as text/Markdown, "
            f"{was * 1000:.1f} ms per document at `{args.before}`, {now * 1000:.1f} ms now "
            f"(**{now / was:.2f} ×**; the target is at most 2 ×)."
        )
    print(section)
    if not args.no_write:
        write_section("parse", section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
