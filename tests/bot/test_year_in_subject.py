"""A year in a question about decisions is the subject's own word when no decision of that year
matches: "budget 2027" is decided in 2026, and asking for it must find it."""

from __future__ import annotations

from datetime import date

import pytest

from bot.decisions.questions import ask
from bot.minutes.ingest import ingest_file
from storage.engine import unit_of_work

MINUTES = """\
Minnesanteckningar
Samverkansgrupp Barn och unga
Datum: 2026-06-09, kl. 13.00–15.00
Plats: Regionhuset, Örebro
Närvarande: Anna Bürger Sjödin, Daniel Berglund (sekreterare), Ida Broman

§ 1 Verksamhetsplan 2027 för familjecentralerna
Gruppen beslutar att godkänna verksamhetsplanen för familjecentralerna.
"""
TODAY = date(2026, 8, 24)


@pytest.fixture
def minutes(loaded, clock, tmp_path):
    path = tmp_path / "sbu-2026-06-09.txt"
    path.write_text(MINUTES, encoding="utf-8")
    with unit_of_work(loaded) as session:
        ingest_file(session, path, clock, publish=True)
    return loaded


@pytest.mark.parametrize("question, expected", [
    # Nothing was decided in 2027: the year names the plan, as the item does.
    ("vad beslutades om verksamhetsplan 2027?", "godkänna verksamhetsplanen"),
    ("vad beslutades om familjecentralerna 2027", "godkänna verksamhetsplanen"),
    # A year that is a time filter still is one: the plan was decided in 2026.
    ("vad beslutades om verksamhetsplanen 2026?", "godkänna verksamhetsplanen"),
])
# A year only in an item's background is no subject word: tests/bot/questions.yaml asks "vad
# beslutades om SAMS 2024?" of minutes whose SAMS item mentions 2024 and expects no answer.
def test_a_year_in_the_subject_finds_the_decision_that_names_it(minutes, question, expected):
    with unit_of_work(minutes) as session:
        answer = ask(session, question, TODAY)
    assert answer.sources and expected in answer.sources[0]["text"], answer.answer

