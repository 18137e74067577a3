"""Build the DOCX and PDF documents of the corpus's development part from their real text.

Run by hand (`.venv/bin/python tests/corpus/tools/build_dev.py`), never by the tests. Each document
is the text of a public source (its address is in tests/corpus/dev/truth.yaml), laid out the way a
secretary's template would lay it out. The words are the source's, glitches included; only the
layout (tables, headers, footers, strikethrough) is ours.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from dev_sources import DOCUMENTS  # noqa: E402
from layouts import build  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "dev"


def main() -> None:
    for name, document in DOCUMENTS.items():
        build(document, OUT / name)
        print(f"wrote {name}")


if __name__ == "__main__":
    main()
