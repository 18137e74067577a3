"""Another file of published minutes that says the same (the justerade after the ojusterade,
nothing changed): nothing to replace, and she is told so. A forged Publicera of such a file in
chat, or the command line's ingest, names how published minutes are corrected, and who may: the
group's secretaries and chair, by name, and who sent the published minutes in. She was told
'kontakta den som sköter boten', which names nobody. (A new version that changes something
replaces the published one: tests/web/test_replace_minutes.py.)"""

from __future__ import annotations

import io

import pytest
from sqlmodel import select

from bot.minutes.ingest import IngestError, ingest_file
from storage import directory
from storage.engine import unit_of_work
from storage.models import Document
from tests.web.test_hostile_forms import secretary  # noqa: F401  (the fixture)
from tests.web.test_published_minutes import _publish
from tests.web.test_review_dates import SAMPLE, _review_form


def _send_justerat(client, csrf, group) -> str:
    """The same minutes, approved: another file, the same decisions."""
    text = SAMPLE.read_text(encoding="utf-8") + "\nJusterat 2026-05-19 av Ingmar Ångman\n"
    uploaded = client.post("/webb/protokoll", data={
        "csrf": csrf, "group": str(group),
        "file": (io.BytesIO(text.encode()), "sbu-2026-05-12-justerat.txt")})
    url = uploaded.headers["Location"]
    form = {**_review_form(client.get(url).text), "group": str(group), "action": "publish"}
    return client.post(url, data=form, follow_redirects=True).text


def test_another_file_saying_the_same_is_told_there_is_nothing_to_replace(
        loaded, clock, secretary):  # noqa: F811
    client, csrf, group, _ = secretary
    _publish(client, csrf, group)
    page = _send_justerat(client, csrf, group)
    assert "Den nya versionen säger samma sak som den publicerade, så jag ersatte ingenting." \
        in page
    with unit_of_work(loaded) as session:
        assert [d.status for d in session.exec(select(Document))] == ["published"]


def test_the_command_line_names_the_groups_secretary_and_chair(
        loaded, clock, secretary, tmp_path):  # noqa: F811
    client, csrf, group, _ = secretary
    _publish(client, csrf, group)
    again = tmp_path / "sbu-2026-05-12-justerat.txt"
    again.write_text(SAMPLE.read_text(encoding="utf-8") + "\nJusterat 2026-05-19\n",
                     encoding="utf-8")
    with pytest.raises(IngestError) as refused, unit_of_work(loaded) as session:
        assert directory.group_by_slug(session, "sbu") is not None
        ingest_file(session, again, clock, group_slug="sbu")
    assert "Den nya versionen granskas och publiceras på webbsidan (Granska på webben), där " \
           "den ersätter den publicerade; det kan gruppens sekreterare och ordförande göra: " \
           "Daniel Berglund och Ingmar Ångman. Protokollet skickades in av Daniel Berglund." \
        in refused.value.reason
    assert "den som sköter boten" not in refused.value.reason
