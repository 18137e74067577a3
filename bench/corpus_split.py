"""The corpus's two parts hold no document twice.

A development document is a measured one's twin when it comes from the same page (the source
address, read without scheme, 'www.', docplayer's '/amp/' and the title part of a docplayer
address) or names the same body on the same date. Rules tuned on a twin fit the measured part,
so a twin is taken out of `dev/` and its source listed in `removed_from_dev.yaml`; the report gives
the measured figures also without the measured documents whose twins were once in dev.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from bench.corpus_score import plain

REMOVED = "removed_from_dev.yaml"


def source_key(address: str | None) -> str:
    """'https://docplayer.se/amp/3583387-Sammantradesprotokoll.html' → 'docplayer.se/3583387'."""
    key = re.sub(r"^[a-z]+://", "", (address or "").strip().casefold())
    key = re.sub(r"^www\.", "", key).replace("/amp/", "/").rstrip("/")
    docplayer = re.match(r"(docplayer\.se/\d+)", key)
    return docplayer.group(1) if docplayer else key


def _body_and_date(truth: dict) -> tuple[str, str] | None:
    body, day = plain(str(truth.get("body") or "")), str(truth.get("date") or "")
    return (body, day) if body and day else None


def twins(dev: list[dict], measured: list[dict]) -> list[tuple[str, str]]:
    """(dev file, measured file) for every pair that is one document."""
    found = []
    for d in dev:
        for m in measured:
            same_source = source_key(d.get("source")) and (
                source_key(d.get("source")) == source_key(m.get("source")))
            same_meeting = _body_and_date(d) is not None and _body_and_date(d) == _body_and_date(m)
            if same_source or same_meeting:
                found.append((d["file"], m["file"]))
    return found


def removed_sources(corpus: Path) -> set[str]:
    """Source keys of the documents taken out of dev as twins of measured ones."""
    path = corpus / REMOVED
    if not path.exists():
        return set()
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))["removed"] or []
    return {source_key(entry["source"]) for entry in entries}


def once_in_dev(measured: list[dict], corpus: Path) -> set[str]:
    """Measured files whose twin was once in dev (and may have been tuned on)."""
    gone = removed_sources(corpus)
    return {m["file"] for m in measured if source_key(m.get("source")) in gone}
