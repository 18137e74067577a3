"""The five sample minutes, ingested, published and indexed: a store to ask questions of."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from bot import retrieval
from bot.clock import FixedClock
from bot.minutes.ingest import ingest_file
from storage.engine import unit_of_work
from tests.conftest import EXAMPLES, load_examples

PROTOKOLL = EXAMPLES / "protokoll"
# The autumn 2024 minutes carry no date; the text puts the meeting between 15 October and
# 16 December 2024.
UNDATED = {"chefsgrupper-gemensamt-hosten-2024.txt": date(2024, 11, 15)}
INGESTED_AT = datetime(2026, 6, 1, 9, 0)


def load_samples(engine) -> None:
    """Roster, planned meetings, then every sample's minutes, published and indexed."""
    load_examples(engine)
    publish_samples(engine)


def publish_samples(engine) -> None:
    """Every sample's minutes, published and indexed, on a database with the roster loaded."""
    clock = FixedClock(INGESTED_AT)
    with unit_of_work(engine) as session:
        ids = []
        for path in sorted(PROTOKOLL.iterdir()):
            result = ingest_file(session, path, clock, date=UNDATED.get(path.name), publish=True)
            retrieval.learn_acronyms(session, Path(path).read_text(encoding="utf-8"))
            ids += [d.id for d in result.decisions]
        retrieval.index_decisions(session, ids)
