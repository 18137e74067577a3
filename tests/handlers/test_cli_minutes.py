"""Minutes from the command line: stored as drafts (and said so), listed, published once with
their announcement, discarded; a passed deadline is not proposed as a remiss."""

from __future__ import annotations

import pytest
from sqlmodel import select

from handlers.cli import main
from storage.engine import make_engine, unit_of_work
from storage.models import Consultation, Decision, OutboxMessage
from tests.conftest import EXAMPLES

SBU_MINUTES = EXAMPLES / "protokoll" / "samverkansgrupp-barn-och-unga-2026-05-12.txt"
AUTUMN = EXAMPLES / "protokoll" / "chefsgrupper-gemensamt-hosten-2024.txt"  # deadline 2024-12-31


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SAMVERKANSBOT_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    assert main(["roster", "load", str(EXAMPLES / "roster.yaml")]) == 0
    return tmp_path


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def rows(data_dir, model):
    engine = make_engine(f"sqlite:///{data_dir / 'samverkansbot.db'}")
    with unit_of_work(engine) as session:
        found = list(session.exec(select(model)).all())
    engine.dispose()
    return found


def announcements(data_dir) -> list[str]:
    return [m.key for m in rows(data_dir, OutboxMessage) if m.key.startswith("announce:")]


def test_ingest_says_the_minutes_are_a_draft_and_how_to_publish_them(data_dir, capsys):
    capsys.readouterr()
    code, out, _ = run(capsys, "ingest", SBU_MINUTES)
    assert code == 0
    assert "Sparat som utkast, inte publicerat: publicera med " \
           "`samverkansbot minutes publish 1`" in out
    code, out, _ = run(capsys, "minutes", "list")
    header, line = out.strip().splitlines()
    assert header.split("\t")[:3] == ["id", "status", "mötesdatum"]
    assert line.split("\t")[:3] == ["1", "utkast", "2026-05-12"]
    found = len(rows(data_dir, Decision))  # however many the reader finds in these minutes
    assert found >= 5
    assert "Samverkansgrupp Barn och unga" in line and line.endswith(f"\t{found}")
    assert announcements(data_dir) == []


def test_minutes_publish_announces_once_as_the_button_does(data_dir, capsys):
    run(capsys, "ingest", SBU_MINUTES)
    code, out, _ = run(capsys, "minutes", "publish", "1")
    assert code == 0 and "är publicerat; besluten gick ut till Samverkansgrupp Barn och unga" \
        in out
    assert len(announcements(data_dir)) == 1
    assert all(d.published_at for d in rows(data_dir, Decision))
    code, out, _ = run(capsys, "minutes", "publish", "1")
    assert code == 0 and "var redan publicerat. Ingenting skickades igen." in out
    assert len(announcements(data_dir)) == 1
    assert "publicerat" in run(capsys, "minutes", "list")[1]


def test_ingesting_a_stored_file_again_with_publish_publishes_it(data_dir, capsys):
    run(capsys, "ingest", SBU_MINUTES)
    code, out, _ = run(capsys, "ingest", SBU_MINUTES, "--publish")
    assert code == 0 and "redan inläst (2026-05-12, Samverkansgrupp Barn och unga), nu " \
        "publicerat." in out
    assert len(announcements(data_dir)) == 1
    code, out, _ = run(capsys, "ingest", SBU_MINUTES, "--publish")
    assert "Ingenting ändrades." in out and len(announcements(data_dir)) == 1


def test_minutes_discard_takes_back_a_draft_and_the_file_can_come_in_again(data_dir, capsys):
    run(capsys, "ingest", SBU_MINUTES)
    found = len(rows(data_dir, Decision))
    code, out, _ = run(capsys, "minutes", "discard", "1")
    assert code == 0
    assert f"är kastat: {found} beslut och 0 sista dagar för synpunkter togs bort" in out
    assert rows(data_dir, Decision) == [] and announcements(data_dir) == []
    assert run(capsys, "minutes", "list")[1].startswith("Inga protokoll är inlästa.")
    code, out, _ = run(capsys, "ingest", SBU_MINUTES, "--publish")
    assert code == 0 and f"{found} beslut" in out and len(announcements(data_dir)) == 1
    published = run(capsys, "minutes", "list")[1].splitlines()[1].split("\t")[0]
    code, _, err = run(capsys, "minutes", "discard", published)
    assert code == 2 and "är redan publicerat och kan inte kastas" in err


def test_a_wrong_id_is_one_swedish_line_and_exit_2(data_dir, capsys):
    for command in ("publish", "discard"):
        code, _, err = run(capsys, "minutes", command, "42")
        assert code == 2
        assert err.strip() == ("Det finns inget inläst protokoll med nummer 42. "
                               "Se `samverkansbot minutes list`.")


def test_a_deadline_that_has_passed_is_not_proposed_as_a_remiss(data_dir, capsys):
    code, out, _ = run(capsys, "ingest", AUTUMN, "--date", "2024-11-15")
    assert code == 0 and "1 sista dagar för synpunkter" in out
    assert "Föreslagen remiss" not in out
    (kept,) = rows(data_dir, Consultation)  # history, for "när skulle de vara inne?"
    assert kept.status == "closed"
    assert run(capsys, "consultation", "confirm", kept.id)[0] == 2  # and never opened


def test_parse_shows_a_secretary_the_reading_in_swedish_and_stores_nothing(data_dir, capsys):
    code, out, _ = run(capsys, "parse", SBU_MINUTES)
    assert code == 0
    assert "Datum: tisdag 12 maj 2026\nTid: kl. 14.00–16.00\n" in out
    assert "Nästa möte: måndag 31 augusti 2026, kl. 13.00–15.00, Sothönan" in out
    assert "Bifaller: Ingmar föreslår att uppdraget i så fall ges till Välfärd" in out
    # The agenda as the minutes number it, topics under their item, sub-topics under theirs.
    assert ("  2. Dagens innehåll\n"
            "    – Så organiserar regionen frågorna kring barn och unga (Camilla Wass)\n") in out
    assert ("    – Uppföljning gemensam chefsgrupp den 6 mars (Ingmar Ångman)\n"
            "      – Barn med misstänkt IF\n") in out
    assert "  3. Övrig fråga från chefsgrupperna\n" in out
    assert rows(data_dir, Decision) == []  # a reading only: nothing stored


def test_parse_of_minutes_without_date_or_time_says_so_and_names_no_one_as_replaced(
        data_dir, capsys, tmp_path):
    minutes = tmp_path / "styrelsen.txt"
    minutes.write_text(
        "Protokoll fört vid styrelsemöte i Byalaget\n\n"
        "Närvarande: Anna Lind, Per Holm\n"
        "Tjänstgörande ersättare: Eva Berg\n\n"
        "§ 1 Val av justerare\nBeslut: Per Holm utses till justerare.\n",
        encoding="utf-8")
    code, out, _ = run(capsys, "parse", str(minutes))
    assert code == 0
    assert "Datum: –\nTid: –\n" in out
    assert "Ersättare: Eva Berg (protokollet säger inte för vem)" in out
    assert "Dagordning (1):\n  § 1 Val av justerare\n" in out  # its own §, not "1."
    assert "None" not in out
