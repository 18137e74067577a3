"""No traceback ever reaches a terminal: every refusal is one Swedish line and exit code 2,
argparse's own included."""

from __future__ import annotations

import os
import subprocess

import pytest

from handlers.cli import main
from tests.conftest import ROOT


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SAMVERKANSBOT_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    return tmp_path


def refused(capsys, *args) -> str:
    with pytest.raises(SystemExit) as exit_:
        main(list(args))
    return _checked(capsys, exit_.value.code)


def returned(capsys, *args) -> str:
    return _checked(capsys, main(list(args)))


def _checked(capsys, code) -> str:
    out, err = capsys.readouterr()
    assert code == 2, err
    assert "Traceback" not in out + err and "Error" not in err
    return err


@pytest.mark.parametrize("args, said", [
    (("ask", "vad beslutades om SAMS?", "--now", "igår"),
     "Tiden ”igår” går inte att läsa; skriv den som 2026-08-25T09:00."),
    (("console", "--as", "U0JOHANNA", "--now", "25/8"), "Tiden ”25/8” går inte att läsa"),
    (("worker", "--once", "--now", "i morgon"), "Tiden ”i morgon” går inte att läsa"),
    (("roster", "load", "finns-inte.yaml"), "Filen finns-inte.yaml finns inte."),
    (("parse", "finns-inte.pdf"), "Filen finns-inte.pdf finns inte."),
    (("consultation", "export", "99"), "Det finns ingen remiss med nummer 99."),
    (("minutes", "publish", "99"), "Det finns inget inläst protokoll med nummer 99."),
])
def test_refusals_are_one_swedish_line(data_dir, capsys, args, said):
    assert said in returned(capsys, *args)


@pytest.mark.parametrize("args, said", [
    (("consultation", "export", "tre"), "id: ”tre” är inget giltigt värde"),
    (("meeting", "add", "--group"), "--group: behöver ett värde"),
    (("meeting", "add", "--date", "2026-12-03"), "det här saknas: --group, --start"),
    (("mote",), "kommando: ”mote” finns inte"),
    (("meeting", "list", "--grupp", "sbu"), "okända argument: --grupp sbu"),
])
def test_argparse_refuses_in_swedish_too(data_dir, capsys, args, said):
    err = refused(capsys, *args)
    assert said in err
    assert err.strip().endswith("för att se hur kommandot används.")


def test_an_unreachable_database_is_one_line_from_the_real_command(tmp_path):
    """The installed command, as an administrator runs it, with a server that is not there."""
    env = {**os.environ, "DATABASE_URL": "postgresql://bot:hemligt@127.0.0.1:1/samverkan",
           "SAMVERKANSBOT_DATA_DIR": str(tmp_path)}
    done = subprocess.run([str(ROOT / ".venv" / "bin" / "samverkansbot"), "meeting", "list"],
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.startswith("Databasen går inte att nå (")
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert "hemligt" not in done.stderr  # the password in the URL is never shown
