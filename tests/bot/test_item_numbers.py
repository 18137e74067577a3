"""Items keep the numbering the minutes give them: a "Punkt 3" stays Punkt 3 and an "Ärende 4"
stays Ärende 4 in what the reader finds and in what users are shown (the announcement, the
secretary's preview, /beslut answers); § only where the minutes write §.

The minutes here are written the way a samverkansgrupp's secretary writes them (none is copied
from the corpus), read and stored as an upload is, on SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot import retrieval
from bot.clock import FixedClock
from bot.decisions.announce import announcement
from bot.decisions.questions import ask
from bot.minutes.ingest import ingest_file
from bot.minutes.reading import parse_text
from storage.engine import unit_of_work
from storage.models import Document

TODAY = date(2026, 6, 1)
PUNKT = """Minnesanteckningar Samverkansgrupp Barn och unga
Datum: 2026-05-20 kl 13.00–15.00
Plats: Region Örebro län, Eklundavägen 1
Närvarande: Ingmar Ångman, Per Lind, Kjell Berg
Punkt 1 Mötets öppnande
Ordföranden öppnade mötet.
Punkt 2 Val av justerare
Per Lind valdes att justera minnesanteckningarna.
Punkt 3 Budget för länsgemensam familjecentral 2027
Beslut: Gruppen beslutar att godkänna budgeten för familjecentralen.
Ärende 4 Remiss om samordnad individuell plan
Beslut: Gruppen beslutar att lämna synpunkter på remissen.
"""
PARAGRAPHS = """Protokoll Socialnämnden
Sammanträdesdatum 2026-05-20
Närvarande: Anna Ek, Per Lind, Kjell Berg
§ 12 Val av justerare
Per Lind utses att justera protokollet.
§ 13 Budget för familjecentralen 2027
Beslut: Nämnden beslutar att godkänna budgeten.
"""


def _numbers(minutes) -> list[tuple[str, str]]:
    return [(d.number, d.item) for d in minutes.decisions]


def test_punkt_and_arende_keep_their_own_numbers():
    minutes = parse_text(PUNKT, "minnesanteckningar.txt", today=TODAY)
    assert [a.number for a in minutes.agenda] == ["Punkt 1", "Punkt 2", "Punkt 3", "Ärende 4"]
    assert _numbers(minutes)[1:] == [
        ("Punkt 3", "Budget för länsgemensam familjecentral 2027"),
        ("Ärende 4", "Remiss om samordnad individuell plan"),
    ]


def test_paragraphs_keep_their_sign():
    minutes = parse_text(PARAGRAPHS, "protokoll.txt", today=TODAY)
    assert _numbers(minutes) == [
        ("§ 12", "Val av justerare"), ("§ 13", "Budget för familjecentralen 2027"),
    ]


@pytest.fixture
def stored(loaded, tmp_path):
    path = tmp_path / "sbu-2026-05-20.txt"
    path.write_text(PUNKT, encoding="utf-8")
    clock = FixedClock(datetime(2026, 6, 1, 9, 0))
    with unit_of_work(loaded) as session:
        result = ingest_file(session, path, clock, group_slug="sbu", publish=True)
        retrieval.index_decisions(session, [d.id for d in result.decisions])
        document_id = result.document.id
    return loaded, document_id


def test_the_announcement_names_items_as_the_minutes_do(stored):
    engine, document_id = stored
    with unit_of_work(engine) as session:
        text = str(announcement(session, session.get(Document, document_id)))
    assert "Punkt 3 Budget för länsgemensam familjecentral 2027" in text
    assert "Ärende 4 Remiss om samordnad individuell plan" in text
    assert "§" not in text


def test_a_beslut_answer_names_the_item_as_the_minutes_do(stored):
    engine, _ = stored
    with unit_of_work(engine) as session:
        answer = ask(session, "vad beslutades om familjecentralen?", TODAY)
    assert "Punkt: 3 Budget för länsgemensam familjecentral 2027" in answer.answer
    assert "§" not in answer.answer
