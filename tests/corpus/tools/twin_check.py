"""Is a candidate document already in the corpus? (run by hand before its text is read closely)

    .venv/bin/python tests/corpus/tools/twin_check.py URL [URL ...]
    .venv/bin/python tests/corpus/tools/twin_check.py --meeting "Socialnämnden" 2016-06-09

For each source address (or body and date) it prints where the corpus already holds it: 'dev'
with the dev file's name, 'measured' without anything of that document (the measured part is
compared by its source keys and body-and-date keys only, nothing of it is shown), or 'new'.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.bench_corpus import truth_of  # noqa: E402
from bench.corpus_score import plain  # noqa: E402
from bench.corpus_split import removed_sources, source_key  # noqa: E402

CORPUS = Path(__file__).resolve().parents[1]


def where(key: str, meeting: tuple[str, str] | None) -> str:
    for entry in truth_of(CORPUS / "dev"):
        if key and source_key(entry.get("source")) == key:
            return f"dev ({entry['file']})"
        if meeting and (plain(str(entry.get("body") or "")), str(entry.get("date"))) == meeting:
            return f"dev, same body and date ({entry['file']})"
    measured = truth_of(CORPUS / "measured")
    keys = {source_key(entry.get("source")) for entry in measured} | removed_sources(CORPUS)
    meetings = {(plain(str(e.get("body") or "")), str(e.get("date"))) for e in measured}
    if (key and key in keys) or (meeting and meeting in meetings):
        return "measured"
    return "new"


def main(argv: list[str]) -> None:
    if argv[:1] == ["--meeting"]:
        print(where("", (plain(argv[1]), argv[2])))
        return
    for address in argv:
        print(f"{where(source_key(address), None)}\t{address}")


if __name__ == "__main__":
    main(sys.argv[1:])
