"""Which PDF text extraction reads minutes best: pypdf's plain text (what the reader uses),
pypdf's layout mode, or pdfplumber's layout text. Scored with the corpus scorecard on the PDFs
of the development part only (the measured part chooses nothing), and timed.

pdfplumber is not a dependency; install it in the virtual environment to run this:

    .venv/bin/pip install "pdfplumber>=0.11" && .venv/bin/python -m bench.compare_pdf_text
"""

from __future__ import annotations

import sys

from bench import bench_corpus
from bench.support import machine, write_section
from bot.minutes.reading import readers
from bot.minutes.reading.layout import drop_page_furniture


def pypdf_layout(path):
    from pypdf import PdfReader

    pages = [p.extract_text(extraction_mode="layout") or "" for p in PdfReader(str(path)).pages]
    return readers.RawText(drop_page_furniture([p.split("\n") for p in pages]), source="pdf")


def pdfplumber_layout(path):
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        pages = [page.extract_text(layout=True) or "" for page in pdf.pages]
    return readers.RawText(drop_page_furniture([p.split("\n") for p in pages]), source="pdf")


def main() -> int:
    rows = []
    plain = readers.read_pdf
    for label, reader in (("pypdf, plain text (in use)", plain),
                          ("pypdf, layout mode", pypdf_layout),
                          ("pdfplumber, layout text", pdfplumber_layout)):
        readers.read_pdf = reader
        try:
            scores = [s for s in bench_corpus.score_part("dev") if s.file.endswith(".pdf")]
        finally:
            readers.read_pdf = plain
        total = bench_corpus.totals(scores)
        facts = ", ".join(f"{c} {n.right}/{n.total}" for c, n in total.items() if n.total)
        seconds = sum(s.seconds for s in scores)
        rows.append(f"| {label} | {len(scores)} | {facts} | {seconds * 1000:.0f} ms |")
    text = "\n".join([
        "## PDF text for the minutes reader (`bench/compare_pdf_text.py`)",
        "",
        f"`python -m bench.compare_pdf_text`, {machine()}. The PDFs of the corpus's development "
        "part, read three ways and scored with the corpus scorecard (facts right / facts); time "
        "is the whole parse of all of them, on a machine shared with other work. pypdf's plain "
        "text reads the most people and is the fastest of the two that read them well: the "
        "layout modes keep a page's columns apart, which splits the label column from its "
        "values and a name from its party, so the reader stays with pypdf's plain text.",
        "",
        "| extraction | PDFs | facts right | time |",
        "| --- | --- | --- | --- |",
        *rows,
    ])
    print(text)
    if "--no-write" not in sys.argv:
        write_section("pdftext", text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
