"""Two people review the same draft at once: the secretary and the chair of Samverkansgrupp Barn
och unga, each in their own browser, on minutes of a body nobody here has seen (the dev corpus).

What one of them saved must not be undone by the other's page, opened before it was saved."""

from __future__ import annotations

import io

from sqlmodel import select

from storage.engine import unit_of_work
from storage.models import Decision, Document, Meeting, MinutesDraft
from tests.conftest import ROOT
from tests.web.test_review_dates import _review_form
from tests.web.test_web_matrix import _app, _sign_in

DANIEL, INGMAR = "U0DANIELB", "U0INGMARA"  # sekreterare and ordförande in the group
MINUTES = ROOT / "tests" / "corpus" / "dev" / "nordmaling-folkhalsoradet-2015-01-14.pdf"


def _browser(loaded, clock, tmp_path, who):
    client = _app(loaded, clock, tmp_path).test_client()
    return client, _sign_in(client, loaded, clock, who)


def test_a_page_opened_before_another_saved_does_not_undo_it(loaded, clock, tmp_path):
    daniel, daniel_csrf = _browser(loaded, clock, tmp_path, DANIEL)
    ingmar, _ = _browser(loaded, clock, tmp_path, INGMAR)
    uploaded = daniel.post("/webb/protokoll", data={
        "csrf": daniel_csrf, "file": (io.BytesIO(MINUTES.read_bytes()), MINUTES.name)})
    url = uploaded.headers["Location"]
    ingmars_page = _review_form(ingmar.get(url).text)  # the chair opens it first
    daniels_page = _review_form(daniel.get(url).text)
    # The secretary corrects the date and adds the decision the reader missed, and saves.
    saved = daniel.post(url, data={
        **daniels_page, "date": "2015-01-15", "action": "save",
        "decision.new.item": "Information om kommande arrangemang",
        "decision.new.text": "Rådet beslutar att genomföra en seniordag den 1 september."})
    assert saved.status_code == 302
    # The chair, on the page he opened before, adds a person and presses Publicera.
    refused = ingmar.post(url, data={
        **ingmars_page, "absent": "Kalle Kula, S", "action": "publish", "meddela": "nej"},
        follow_redirects=True)
    assert ("Daniel Berglund har sparat rättelser i protokollet sedan du öppnade det. Sidan "
            "visar nu det som är sparat: gör dina ändringar igen.") in refused.text
    assert 'value="2015-01-15"' in refused.text  # what is saved, to correct again
    with unit_of_work(loaded) as session:
        assert session.exec(select(Document)).all() == []
        (draft,) = session.exec(select(MinutesDraft)).all()
        assert draft.status == "draft" and draft.parsed["date"] == "2015-01-15"
        assert len(draft.parsed["decisions"]) == 4
    # Again, on the page he now has: both corrections go out.
    page = _review_form(refused.text)
    published = ingmar.post(url, data={**page, "absent": "Kalle Kula, S", "action": "publish",
                                       "meddela": "nej"}, follow_redirects=True)
    assert "Klart. Protokollet från torsdag 15 januari 2015 är publicerat" in published.text
    with unit_of_work(loaded) as session:
        days = {str(m.date) for m in session.exec(select(Meeting)).all()}
        assert "2015-01-15" in days and "2015-01-14" not in days
        assert len(session.exec(select(Decision)).all()) == 4


def test_a_second_save_from_the_same_page_is_hers_as_before(loaded, clock, tmp_path):
    # Her own page, saved and then saved again from the page the save showed: no refusal.
    daniel, csrf = _browser(loaded, clock, tmp_path, DANIEL)
    url = daniel.post("/webb/protokoll", data={
        "csrf": csrf, "file": (io.BytesIO(MINUTES.read_bytes()), MINUTES.name)}
    ).headers["Location"]
    first = daniel.post(url, data={**_review_form(daniel.get(url).text), "date": "2015-01-15",
                                   "action": "save"}, follow_redirects=True)
    assert "Klart. Rättelserna är sparade" in first.text
    second = daniel.post(url, data={**_review_form(first.text), "place": "Kommunhuset",
                                    "action": "save"}, follow_redirects=True)
    assert "Klart. Rättelserna är sparade (1 ändrade fält)." in second.text
    assert "sedan du öppnade" not in second.text


def test_minutes_published_without_decisions_are_not_said_to_send_decisions(
    loaded, clock, tmp_path
):
    # Before: "Klart. Protokollet från … är publicerat. Besluten går ut i …" with no decision.
    daniel, csrf = _browser(loaded, clock, tmp_path, DANIEL)
    minutes = ROOT / "tests" / "corpus" / "dev" / "samordningsforbundet-sydnarke-2016-12-16.pdf"
    url = daniel.post("/webb/protokoll", data={
        "csrf": csrf, "file": (io.BytesIO(minutes.read_bytes()), minutes.name)}
    ).headers["Location"]
    done = daniel.post(url, data={**_review_form(daniel.get(url).text), "action": "publish",
                                  "meddela": "ja"}, follow_redirects=True).text
    assert ("Klart. Protokollet från fredag 16 december 2016 är publicerat i Samverkansgrupp "
            "Barn och unga, utan beslut. Kanalen får veta var det finns.") in done
