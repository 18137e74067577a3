"""Minutes go into the group they name: a roster group by name or alias, a new group for each
body the roster lacks, and never one shared "okänd grupp" for minutes that name none."""

from __future__ import annotations

from sqlmodel import select

from bot.minutes.ingest import ingest_file
from storage.engine import unit_of_work
from storage.models import Group

WITHOUT_BODY = """Minnesanteckningar
Datum: 2026-03-{day}, kl. 13.00–15.00
Närvarande: Anna Berg, Per Lind, Eva Ek

1. Budget
Beslut: att godkänna budgeten för {day}.
"""

WITH_BODY = """PROTOKOLL
Kommunstyrelsens arbetsutskott
Sammanträdesdatum: 2026-03-{day}, kl 09.00-11.00
Beslutande: Jan Sahlén (S), ordförande, Gudrun Sjödin (S), Ida Stafrin (C)

§ {day} Val av justerare
Ida Stafrin valdes till justerare.
"""


def _write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_each_unknown_body_is_one_group_and_nameless_minutes_never_share_one(
    engine, clock, tmp_path
):
    with unit_of_work(engine) as session:
        for day in ("05", "06"):
            ingest_file(session, _write(tmp_path, f"anteckningar-{day}.txt",
                                        WITHOUT_BODY.format(day=day)), clock)
        for day in ("10", "11"):
            ingest_file(session, _write(tmp_path, f"ksau-{day}.txt", WITH_BODY.format(day=day)),
                        clock)
    with unit_of_work(engine) as session:
        names = sorted(g.name for g in session.exec(select(Group)).all())
    assert names == [
        "Grupp utan namn i protokollet (anteckningar-05.txt)",
        "Grupp utan namn i protokollet (anteckningar-06.txt)",
        "Kommunstyrelsens arbetsutskott",
    ]
