"""What the reader reads, as one hash per document, to show that a change for speed reads the
same: `python -m bench.parse_identity > before.json`, change, run again, `--compare before.json`.

Every document of the corpus (both halves: only the hash of what was read is kept, never a
figure or a look at the content) and the five samples, as they are and as DOCX and PDF built
from their text the way the benchmark builds them."""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from pathlib import Path

from bot.minutes.reading import NotMinutesError, parse_file

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("examples/protokoll", "tests/corpus/dev", "tests/corpus/measured")
SUFFIXES = {".txt", ".md", ".docx", ".pdf"}


def reading(path: Path) -> str:
    """A stable text of everything parse_file returns (or the refusal it gives)."""
    try:
        return repr(parse_file(path))
    except NotMinutesError as refusal:
        return f"refused: {refusal.reason_sv}"


def documents(folder: Path) -> list[tuple[str, Path]]:
    found = [(str(p.relative_to(ROOT)), p) for name in FOLDERS
             for p in sorted((ROOT / name).iterdir()) if p.suffix in SUFFIXES]  # fmt: skip
    from bench.bench_parse import build_documents, samples

    for label, paths in build_documents(folder).items():
        found += [(f"{label}:{p.name}", p) for p in paths]
    assert len(samples()) == 5
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.parse_identity")
    parser.add_argument("--compare", type=Path, help="hashes of an earlier run")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        hashes = {name: hashlib.sha256(reading(path).encode()).hexdigest()
                  for name, path in documents(Path(tmp))}  # fmt: skip
    if not args.compare:
        json.dump(hashes, sys.stdout, indent=0, sort_keys=True)
        return 0
    before = json.loads(args.compare.read_text())
    differ = sorted(k for k in before.keys() | hashes.keys() if before.get(k) != hashes.get(k))
    for name in differ:
        print("differs:", name)
    print(f"{len(hashes)} documents, {len(differ)} read differently")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
