"""Hostile files: time to the answer, peak memory of the reading process, and the answer.

Each file of issue 13 is built in a temporary folder (tests/support/hostile_files.py) and sent
through what the bot does with a file: `bounded.run` (name and size checks, then a child process
with an address-space limit, a CPU limit and a deadline) for files on disk, as `samverkansbot
parse` and `ingest` read them and as chat reads a downloaded file; and the streamed, capped
download (handlers/downloads.py) from a loopback server for the file Slack announces as 1 MB.
Real minutes in three formats are measured alongside, for comparison. Writes its section of
BENCHMARKS.md.

    .venv/bin/python -m bench.bench_hostile
"""

from __future__ import annotations

import resource
import statistics
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx

from bench.support import load_average, machine, write_section
from bot.minutes import intake
from bot.minutes.reading import bounded
from handlers.downloads import DownloadFailed, fetch
from tests.bot.minutes.documents import write_docx, write_pdf
from tests.support import hostile_files as hostile

MB = 1_000_000


def cases(folder: Path) -> list[tuple[str, Path, str]]:
    """(what it is, the file, the name it is sent under)"""
    lines = hostile.sample_lines()
    return [
        ("real minutes, text (13 kB)", hostile.SAMPLE, hostile.SAMPLE.name),
        ("real minutes, PDF", write_pdf(lines, folder / "protokoll.pdf"), "protokoll.pdf"),
        ("real minutes, DOCX", write_docx(lines, folder / "protokoll.docx"), "protokoll.docx"),
        ("zip-bomb DOCX, inflates to 151 MB", hostile.zip_bomb_docx(folder / "bomb.docx"),
         "protokoll.docx"),
        ("zip bomb whose headers claim 20 kB", hostile.lying_zip_docx(folder / "lying.docx"),
         "protokoll.docx"),
        ("300 MB file on disk", hostile.sparse_file(folder / "stor.pdf", 300 * MB),
         "protokoll.pdf"),
        ("25 MB text file", hostile.long_text(folder / "lang.txt", 25 * MB), "protokoll.txt"),
        ("3 MB text file", hostile.long_text(folder / "kort.txt", 3 * MB), "protokoll.txt"),
        ("PDF with 5,000 pages", hostile.pdf_with_pages(folder / "sidor.pdf", 5000),
         "protokoll.pdf"),
        ("name of 300 characters", hostile.SAMPLE, "p" * 296 + ".txt"),
        ("name with a NUL byte", hostile.SAMPLE, "protokoll\x00.txt"),
    ]


def measure_file(what: str, path: Path, name: str, rounds: int = 5) -> dict:
    """The median time of `rounds` readings, and the highest peak."""
    bounded.run(hostile.SAMPLE)  # the helper process is up before anything is timed
    times, peaks = [], []
    for _ in range(rounds):
        started = time.monotonic()
        outcome = bounded.run(path, name, what="parsed")
        times.append(time.monotonic() - started)
        peaks.append(outcome.peak_kb or 0)
    seconds = statistics.median(times)
    if outcome.refusal is None:
        answer = f"read: {outcome.value.date}, {len(outcome.value.decisions)} decisions"
    else:
        answer = outcome.refusal.reason_sv
    return {"what": what, "size": path.stat().st_size, "seconds": seconds,
            "peak": max(peaks) or None, "answer": answer}


class _Endless(BaseHTTPRequestHandler):
    """300 MB without a Content-Length, as a client that announced 1 MB might upload."""

    def do_GET(self):  # noqa: N802
        self.send_response(200)
        self.end_headers()
        chunk = b"%PDF-1.4\n" + bytes(MB - 9)
        try:
            for _ in range(300):
                self.wfile.write(chunk)
        except OSError:
            pass

    def log_message(self, *args):
        pass


def measure_download() -> dict:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Endless)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as folder, httpx.Client() as http:
        try:
            fetch(http, f"http://127.0.0.1:{server.server_address[1]}/f", Path(folder) / "f",
                  bounded.LIMITS.max_bytes, intake.DOWNLOAD_SECONDS)
            answer = "downloaded (wrong!)"
        except DownloadFailed as failure:
            answer = intake.download_failed(failure.reason, failure.size).text
            fetched = failure.size
    seconds = time.monotonic() - started
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    server.shutdown()
    return {"what": "300 MB announced as 1 MB (Slack download)", "size": 300 * MB,
            "seconds": seconds, "peak": None, "answer": answer, "fetched": fetched,
            "grown": grown}


def table(rows: list[dict]) -> str:
    lines = ["| file | size | time to the answer | peak memory of the reading process | answer |",
             "| --- | ---: | ---: | ---: | --- |"]
    for row in rows:
        peak = f"{row['peak'] / 1000:.0f} MB" if row["peak"] else "no reading process"
        if "fetched" in row:
            peak = (f"no reading process; stopped after {row['fetched'] / MB:.1f} MB, the "
                    f"serving process grew {row['grown'] / 1000:.0f} MB")
        lines.append(f"| {row['what']} | {row['size'] / MB:.2f} MB | "
                     f"{row['seconds'] * 1000:.0f} ms | {peak} | {row['answer']} |")
    return "\n".join(lines)


def main() -> None:
    load = load_average()
    download = measure_download()  # first, while the process's high-water mark is low
    with tempfile.TemporaryDirectory() as folder:
        rows = [measure_file(*case) for case in cases(Path(folder))]
    rows.insert(6, download)
    limits = bounded.LIMITS
    body = f"""## Hostile files (`bench/bench_hostile.py`)

{machine()}; load average {load:.1f} at the start.

Every file is read in a child process forked from a helper that has the readers imported
(`bot/minutes/reading/sandbox.py`), with an address space of {limits.memory // 2**20} MiB, a
CPU limit and a wall-clock deadline of {limits.seconds:.0f} s, at most {limits.workers} at a
time; before that, only the name and the size on disk are looked at. Limits: {limits.max_bytes
// MB} MB a file, {limits.max_text_bytes // MB} MB a text file, {limits.max_unpacked // MB} MB
unpacked ({limits.max_xml // MB} MB of XML) for a Word file, {limits.max_pages} PDF pages,
{limits.max_chars:,} characters of text, names of {limits.max_name} characters. Files shared in
Slack are streamed to disk with a {limits.max_bytes // MB} MB cap and a
{intake.DOWNLOAD_SECONDS:.0f} s deadline whatever size Slack reports. Time is from the call
to the answer (median of five); peak memory is the reading process's maximum resident set (it
includes the ~30 MB of readers it shares with the helper). Before this (issue 13), the zip
bomb took 2.1 GB and over 15 minutes in the serving process.

{table(rows)}
"""
    write_section("hostile", body)
    print(body)


if __name__ == "__main__":
    main()
