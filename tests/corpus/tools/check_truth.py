"""Check a corpus part's truth.yaml against its files (run by hand; not part of the test suite).

    .venv/bin/python tests/corpus/tools/check_truth.py tests/corpus/dev

Checks that every file has exactly one entry and every entry a file, that each entry has the
schema's fields in order, and that every name and every decision's "says" occurs in the
document's text (whitespace-normalised; Word text from paragraphs, tables, headers and footers;
PDF text from pypdf). It does not run the minutes reader: it only proves that the hand-written
truth quotes the documents. A name the document breaks over two lines is reported, not failed.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

FIELDS = [
    "file", "source", "body_kind", "layout", "minutes", "body", "date", "start", "end", "place",
    "present", "absent", "substitutes", "decisions", "deadlines", "next_meeting", "notes",
]  # fmt: skip
KINDS = {
    "nämnd", "utskott", "kommunstyrelse", "fullmäktige", "regionstyrelse", "styrgrupp",
    "ledningsgrupp", "samverkansråd", "samordningsförbund", "förening", "råd", "gemensamt",
}  # fmt: skip


def document_text(path: Path) -> str:
    if path.suffix == ".docx":
        import docx

        doc = docx.Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            parts += [cell.text for row in table.rows for cell in row.cells]
        for section in doc.sections:
            parts += [p.text for p in section.header.paragraphs + section.footer.paragraphs]
        text = "\n".join(parts)
    elif path.suffix == ".pdf":
        from pypdf import PdfReader

        text = "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    else:
        text = path.read_text(encoding="utf-8")
    return re.sub(r"\s+", " ", text)


def check(part: Path) -> list[str]:
    problems: list[str] = []
    entries = yaml.safe_load((part / "truth.yaml").read_text(encoding="utf-8"))["documents"]
    files = {p.name for p in part.iterdir() if p.name != "truth.yaml"}
    named = [entry["file"] for entry in entries]
    problems += [f"{name}: no truth entry" for name in sorted(files - set(named))]
    problems += [f"{name}: no such file" for name in sorted(set(named) - files)]
    twice = sorted({n for n in named if named.count(n) > 1})
    problems += [f"{name}: two entries" for name in twice]
    for entry in entries:
        name = entry["file"]
        if list(entry) != FIELDS:
            problems.append(f"{name}: fields {list(entry)}")
            continue
        if entry["body_kind"] not in KINDS:
            problems.append(f"{name}: body_kind {entry['body_kind']!r}")
        if name not in files:
            continue
        text = document_text(part / name)
        quoted = entry["present"] + entry["absent"]
        quoted += [s["substitute"] for s in entry["substitutes"]]
        quoted += [s["for"] for s in entry["substitutes"] if s["for"]]
        for person in quoted:
            if person not in text:
                problems.append(f"{name}: name not in text (check by eye): {person}")
        for decision in entry["decisions"]:
            says = re.sub(r"\s+", " ", decision["says"])
            if says not in text:
                problems.append(f"{name}: says not in text: {says}")
            if not 4 <= len(says.split()) <= 12:
                problems.append(f"{name}: says is not 4-12 words (check the notes): {says}")
    return problems


def main() -> None:
    part = Path(sys.argv[1] if len(sys.argv) > 1 else "tests/corpus/dev")
    problems = check(part)
    print("\n".join(problems) or "truth quotes every document")


if __name__ == "__main__":
    main()
