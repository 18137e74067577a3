"""The minutes reader's scorecard on the corpus of real minutes (tests/corpus, issue 10).

Parses every document of a part with `parse_file`, as a user's upload is parsed, and compares
what it found with the hand-written truth (matching rules in bench/corpus_score.py): per
category, how many facts were right, wrong, missed and invented. The development part
(tests/corpus/dev) may be shown document by document (`--details`); the measured part
(tests/corpus/measured) only in aggregate, since nobody may tune the reader on it. Its figures go
into BENCHMARKS.md next to the targets, together with the same scorecard for the reader as it
was before the work on issue 10 (`--before COMMIT`, run from that commit's `bot` package).

    .venv/bin/python -m bench.bench_corpus [--details] [--no-write] [--before COMMIT]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from contextlib import contextmanager
from io import BytesIO
from pathlib import Path

import yaml

from bench.corpus_score import CATEGORIES, Count, DocumentScore, score
from bench.corpus_split import REMOVED, once_in_dev
from bench.support import ROOT, machine, write_section

CORPUS = ROOT / "tests" / "corpus"
PARTS = ("dev", "measured")
TIMEOUT = 20.0  # seconds one document may take before it counts as a hang
TARGET = 0.90
BEFORE = "88a2b59"  # main just before the reader's work on issue 10 began
LOCK = ROOT / "tests" / "bench" / "corpus_lock.json"  # what the development part reaches


class Hang(Exception):
    pass


@contextmanager
def time_limit(seconds: float):
    """A document that takes too long raises Hang (in the main thread; elsewhere no limit)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(*_):
        raise Hang()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def truth_of(part: str | Path) -> list[dict]:
    folder = Path(part) if Path(part).is_dir() else CORPUS / str(part)
    path = folder / "truth.yaml"
    if not path.exists():
        return []
    return yaml.safe_load(path.read_text(encoding="utf-8"))["documents"] or []


def read_one(path: Path) -> tuple[dict | None, str, float]:
    """The reader's to_json() (None when it refused the file), a crash, and the seconds."""
    from bot.minutes.reading import NotMinutesError, parse_file

    started = time.perf_counter()
    try:
        with time_limit(TIMEOUT):
            found, crash = parse_file(path).to_json(), ""
    except NotMinutesError:
        found, crash = None, ""
    except Hang:
        found, crash = None, f"no answer in {TIMEOUT:g} s"
    except Exception as error:  # a crash is a finding of the scorecard, not its end
        found, crash = None, f"{type(error).__name__}: {error}"
    return found, crash, time.perf_counter() - started


def score_part(part: str | Path) -> list[DocumentScore]:
    folder = Path(part) if Path(part).is_dir() else CORPUS / str(part)
    scores = []
    for truth in truth_of(folder):
        found, crash, seconds = read_one(folder / truth["file"])
        result = score(truth, found)
        result.crashed, result.seconds = crash, seconds
        if crash:
            result.notes.insert(0, f"crashed: {crash}")
        scores.append(result)
    return scores


def totals(scores: list[DocumentScore]) -> dict[str, Count]:
    total = {c: Count() for c in CATEGORIES}
    for s in scores:
        for category, count in s.counts.items():
            total[category].add(count)
    return total


def summary(scores: list[DocumentScore]) -> dict:
    """Everything the report needs, JSON-safe (also what `--json` prints for `--before`)."""
    total = totals(scores)
    return {
        "documents": len(scores),
        "categories": {c: vars(n) for c, n in total.items()},
        "invented_dates": total["date"].invented,
        "wrong_refusals": total["refused-or-not"].wrong,
        "crashes": sum(1 for s in scores if s.crashed),
        "max_seconds": max((s.seconds for s in scores), default=0.0),
        "mean_seconds": sum(s.seconds for s in scores) / len(scores) if scores else 0.0,
    }


def share(count: dict) -> str:
    n = Count(**count)
    return "–" if n.share is None else f"{n.share * 100:.0f} %"


def table(now: dict, before: dict | None = None) -> list[str]:
    head = "| category | right | wrong | missed | invented | right share |"
    rule = "| --- | --- | --- | --- | --- | --- |"
    if before:
        head, rule = head + " before |", rule + " --- |"
    rows = [head, rule]
    for category in CATEGORIES:
        n = now["categories"][category]
        mark = "" if Count(**n).share is None or Count(**n).share >= TARGET else " ✗"
        row = (f"| {category} | {n['right']} | {n['wrong']} | {n['missed']} | {n['invented']} "
               f"| **{share(n)}**{mark} |")
        if before:
            row += f" {share(before['categories'][category])} |"
        rows.append(row)
    return rows


def verdicts(now: dict) -> str:
    low = [c for c in CATEGORIES
           if Count(**now["categories"][c]).share is not None
           and Count(**now["categories"][c]).share < TARGET]
    return (
        f"Targets: ≥ 90 % right in every category: "
        f"{'met' if not low else 'not met (' + ', '.join(low) + ')'}; "
        f"invented meeting dates: {now['invented_dates']} (target 0); wrong refusals: "
        f"{now['wrong_refusals']} (target 0); crashes or hangs: {now['crashes']}; slowest "
        f"document {now['max_seconds'] * 1000:.0f} ms, mean {now['mean_seconds'] * 1000:.0f} ms."
    )


def details(scores: list[DocumentScore]) -> str:
    lines = []
    for s in scores:
        bad = {c: n for c, n in s.counts.items() if n.total and n.right < n.total}
        head = ", ".join(f"{c} {n.right}/{n.total}" for c, n in bad.items()) or "all right"
        lines.append(f"\n{s.file} ({s.seconds * 1000:.0f} ms): {head}")
        lines.extend(f"    {note}" for note in s.notes)
    return "\n".join(lines)


def lock_of(scores: list[DocumentScore]) -> dict[str, dict[str, list[int]]]:
    """Per document and category: [right, not right], for the test that holds the line."""
    return {
        s.file: {c: [n.right, n.total - n.right] for c, n in s.counts.items() if n.total}
        for s in scores
    }


def before_summaries(commit: str) -> dict[str, dict]:
    """The scorecard of the reader at `commit`: its `bot` package in a temporary folder."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "bot"],
                             capture_output=True, check=True).stdout
    with tempfile.TemporaryDirectory() as folder:
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(folder, filter="data")
        env = dict(os.environ, PYTHONPATH=os.pathsep.join([folder, str(ROOT)]))
        out = subprocess.run([sys.executable, "-m", "bench.bench_corpus", "--json"],
                             capture_output=True, check=True, env=env, cwd=folder, text=True)
    return json.loads(out.stdout)


def without_twins(clean: dict | None, measured: dict) -> list[str]:
    """The measured figures without the documents whose twins were once in dev."""
    if clean is None:
        return []
    gone = measured["documents"] - clean["documents"]
    shares = ", ".join(f"{c} {share(clean['categories'][c])}" for c in CATEGORIES)
    return ["", f"{gone} of these documents had a twin in the development part (the same "
            f"minutes, found on 2026-12-02 and taken out of dev: `tests/corpus/{REMOVED}`), so "
            f"the reader may have been tuned on them. Without them ({clean['documents']} "
            f"documents): {shares}; invented meeting dates {clean['invented_dates']}, wrong "
            f"refusals {clean['wrong_refusals']}."]


def report(now: dict[str, dict], before: dict[str, dict] | None, commit: str,
           clean: dict | None = None) -> str:
    measured, dev = now["measured"], now["dev"]
    rows = [
        "## Minutes reader on real minutes (`bench/bench_corpus.py`, `make corpus`)",
        "",
        f"`python -m bench.bench_corpus`, {machine()}.",
        "",
        "Every document of the corpus (`tests/corpus/`, real Swedish minutes with hand-written "
        "truth) parsed with `parse_file` as an upload is. Per category, facts found right, wrong, "
        "missed and invented; *right share* = right / (right + wrong + missed + invented), so "
        "inventing costs as much as missing. Names match without case, diacritics, party "
        "letters or role words; body and place match when one is a run of the other's words at "
        "least half as long; a decision is found when the truth's quoted phrase is in its text "
        "or in the proposal it approves, and is right when its § / item number or title agrees "
        "('§ 3', '3.', 'Punkt 3' and 'Ärende 3' are all item 3: since 2026-12-02; before, a "
        "misread of 'Punkt 3' as 'unkt 3' in the scorer; no dev figure changed by it); "
        "a single fact the document lacks is right when the reader says none (the rules in full: "
        "`bench/corpus_score.py`). *Before*: the reader at "
        f"`{commit}` on the same documents.",
        "",
        f"### Measured part ({measured['documents']} documents, never used to tune the reader)",
        "",
        *table(measured, before and before.get("measured")),
        "",
        verdicts(measured),
        *without_twins(clean, measured),
        "",
        f"### Development part ({dev['documents']} documents, the reader was tuned on these)",
        "",
        *table(dev, before and before.get("dev")),
        "",
        verdicts(dev),
    ]
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_corpus")
    parser.add_argument("--details", action="store_true",
                        help="every document of the development part, with what went wrong")
    parser.add_argument("--json", action="store_true", help="print the summaries as JSON")
    parser.add_argument("--before", default=BEFORE, help="the commit to compare with")
    parser.add_argument("--no-before", action="store_true", help="skip the comparison")
    parser.add_argument("--no-write", action="store_true", help="print, leave BENCHMARKS.md")
    parser.add_argument("--lock", action="store_true",
                        help=f"write what the development part reaches to {LOCK.name}")
    args = parser.parse_args(argv)
    if args.lock:
        lock = lock_of(score_part("dev"))
        LOCK.write_text(json.dumps(lock, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"locked {len(lock)} documents in {LOCK.relative_to(ROOT)}")
        return 0
    scores = {part: score_part(part) for part in PARTS}
    now = {part: summary(s) for part, s in scores.items()}
    if args.json:
        print(json.dumps(now))
        return 0
    if args.details:
        print(details(scores["dev"]))  # never the measured part's documents
    before = None if args.no_before else before_summaries(args.before)
    gone = once_in_dev(truth_of("measured"), CORPUS)
    clean = summary([s for s in scores["measured"] if s.file not in gone]) if gone else None
    text = report(now, before, args.before, clean)
    print(text)
    if not args.no_write:
        write_section("corpus", text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
