"""A held meeting's attendance is what its minutes say: in /närvaro, /dagordning and the CLI.

The 12 May 2026 minutes of Samverkansgrupp Barn och unga call twelve people and list Annika
Karlsson Juliussen and Jaana Jansson as frånvarande; Sofia Persson, who is not called, presented
SAMS at the meeting. Before the minutes, every member of the roster showed as present.
"""

from __future__ import annotations

import io
import re

import pytest

from handlers import console
from handlers.cli import main
from tests.conftest import EXAMPLES

SAMPLE = EXAMPLES / "protokoll" / "samverkansgrupp-barn-och-unga-2026-05-12.txt"
DANIEL = "U0DANIELB"  # Daniel Berglund, the group's secretary


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SAMVERKANSBOT_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    return tmp_path


def run(capsys, *args) -> tuple[int, str]:
    code = main(list(args))
    out, _ = capsys.readouterr()
    return code, out


def test_the_cli_attendance_list_of_a_held_meeting_comes_from_its_minutes(data_dir, capsys):
    run(capsys, "roster", "load", str(EXAMPLES / "roster.yaml"))
    code, _ = run(capsys, "ingest", str(SAMPLE), "--publish")
    assert code == 0
    code, out = run(capsys, "attendance", "--group", "sbu", "--date", "2026-05-12")
    assert code == 0
    rows = {line.split(" | ")[0].strip("| "): line for line in out.splitlines()[2:]}
    assert "frånvarande" in rows["Annika Karlsson Juliussen"]
    assert "frånvarande" in rows["Jaana Jansson"]
    assert "närvarande" in rows["Anna Bürger Sjödin"] and "sekreterare" in rows["Daniel Berglund"]
    # Only who the minutes name: ten of the called there, two not, and the guest who presented;
    # no roster member added as present.
    assert len(rows) == 13 and "närvarande" in rows["Sofia Persson"]
    assert sum("| närvarande |" in line for line in rows.values()) == 11


def talk(engine, clock, lines: list[str], user: str = DANIEL) -> str:
    out = io.StringIO()
    console.run(engine, clock, user, stdin=io.StringIO("\n".join(lines) + "\n"), stdout=out)
    return out.getvalue()


def test_narvaro_and_dagordning_of_a_held_meeting_say_who_was_there(loaded, clock):
    from bot.minutes.ingest import ingest_file
    from storage.engine import unit_of_work

    with unit_of_work(loaded) as session:
        ingest_file(session, SAMPLE, clock, publish=True)
    transcript = talk(loaded, clock, ["/närvaro 12 maj"])
    # The minutes name neither's role nor organisation: the roster does, as for a planned one.
    assert "RF-SISU Örebro län\nAnnika Karlsson Juliussen (ledamot): frånvarande" in transcript
    assert "Region Örebro län\nAnna Bürger Sjödin (ledamot): närvarande" in transcript
    assert "Enligt protokollet: 11 närvarande, 2 frånvarande." in transcript
    assert "kommer" not in transcript  # a held meeting is not planned: nobody "comes"
    transcript = talk(loaded, clock, ["/dagordning sbu 12 maj 2026"])
    assert (
        "Enligt protokollet: 11 närvarande. Frånvarande: Annika Karlsson Juliussen och "
        "Jaana Jansson." in transcript
    )


# Minutes with a tjänstgörande ersättare, förhinder and a justerare who is also listed as
# absent: what the reader reports must be what each view shows, person by person.
STANDS_IN = """\
Protokoll
Samverkansgrupp Barn och unga
Datum: 2026-06-09, kl. 13.00–15.00
Plats: Regionhuset, Örebro
Närvarande: Anna Bürger Sjödin, Daniel Berglund (sekreterare), Ida Broman
Tjänstgörande ersättare: Per Lind för Jaana Jansson
Anmält förhinder: Jaana Jansson, Annika Karlsson Juliussen
§ 1 Val av justerare
Gruppen utser Annika Karlsson Juliussen till justerare.
§ 2 SAMS
Gruppen beslutar att godkänna planen.
"""


def test_every_view_of_a_held_meeting_shows_what_the_reader_read(
    data_dir, tmp_path, capsys, loaded, clock
):
    from bot.minutes.ingest import ingest_file
    from bot.minutes.reading import parse_file
    from storage.engine import unit_of_work

    path = tmp_path / "protokoll-sbu-2026-06-09.txt"
    path.write_text(STANDS_IN, encoding="utf-8")
    read = parse_file(path).to_json()
    # the justerare listed with förhinder is one person, absent, in the reader's report too
    assert sorted(read["absent"]) == ["Annika Karlsson Juliussen", "Jaana Jansson"]
    assert read["substitutes"] == [{"substitute": "Per Lind", "for": "Jaana Jansson"}]
    present = sorted(read["present"])
    assert present == ["Anna Bürger Sjödin", "Daniel Berglund", "Ida Broman", "Per Lind"]

    run(capsys, "roster", "load", str(EXAMPLES / "roster.yaml"))
    assert run(capsys, "ingest", str(path), "--publish")[0] == 0
    code, out = run(capsys, "attendance", "--group", "sbu", "--date", "2026-06-09")
    assert code == 0
    rows = {line.split(" | ")[0].strip("| "): line for line in out.splitlines()[2:]}
    assert sorted(rows) == sorted(present + read["absent"])
    assert sorted(n for n, r in rows.items() if "| frånvarande |" in r) == sorted(read["absent"])
    assert "ersättare för Jaana Jansson" in rows["Per Lind"]

    with unit_of_work(loaded) as session:
        ingest_file(session, path, clock, publish=True)
    transcript = talk(loaded, clock, ["/närvaro 9 juni"])
    for name in read["absent"]:
        assert re.search(rf"{name} \(\w+\): frånvarande", transcript)
    for name in present:
        assert name in transcript
    assert "Per Lind: ersättare för Jaana Jansson" in transcript
    assert "Enligt protokollet: 4 närvarande, 2 frånvarande." in transcript
    transcript = talk(loaded, clock, ["/dagordning sbu 9 juni 2026"])
    assert (
        "Enligt protokollet: 4 närvarande. Frånvarande: Jaana Jansson och Annika Karlsson "
        "Juliussen. Ersättare: Per Lind för Jaana Jansson." in transcript
    )
