"""Attendance as Swedish minutes write it, round 13b: lists a page break cut, labels of those
away in other words, and people who present an item in the passive or with their title after a
comma. Every text here is written for the test (none is copied from the corpus)."""

from __future__ import annotations

from datetime import date

from bot.minutes.reading import parse_text

TODAY = date(2026, 1, 1)


def _read(text: str):
    return parse_text(text, "protokoll.txt", today=TODAY)


def test_inte_narvarande_and_icke_deltagande_label_those_away():
    minutes = _read(
        "Minnesanteckningar styrgruppen 12 mars 2026\n"
        "Närvarande: Anna Berg (S), Kumla Karl Dahl (M), Örebro\n"
        "Inte närvarande: Eva Holm (V), Nora Sten Lund (C), Laxå\n"
        "1. Mötet öppnas\n"
    )
    assert {"Eva Holm", "Sten Lund"} <= set(minutes.absent)
    assert "Eva Holm" not in minutes.present
    board = _read(
        "Protokoll styrelsemöte 12 mars 2026\n"
        "Deltagande: Anna Berg, Karl Dahl, Mona Ek\n"
        "Icke deltagande: Eva Holm, Sten Lund\n"
        "§ 1 Mötet öppnas\n"
    )
    assert set(board.absent) == {"Eva Holm", "Sten Lund"}


def test_inte_narvarande_run_in_after_the_last_present_name():
    minutes = _read(
        "Minnesanteckningar styrgruppen 12 mars 2026\n"
        "Närvarande: Anna Berg (S), Kumla Karl Dahl (M), Örebro Inte närvarande: Eva Holm (V), "
        "Nora Sten Lund (C), Laxå\n"
        "1. Mötet öppnas\n"
    )
    assert {"Anna Berg", "Karl Dahl"} <= set(minutes.present)
    assert {"Eva Holm", "Sten Lund"} <= set(minutes.absent)
    assert "Eva Holm" not in minutes.present
