"""The review page's dates as a secretary types them, correcting what the reader read: "12 maj",
"12/5 2026", "tisdag 12 maj", "2026-05-12". A year left out is the meeting's. A date that
cannot be ("31 februari") is refused next to its field, with what is wrong, and everything
else she typed stays in the form; nothing is saved."""

from __future__ import annotations

import io
import re

import pytest
from sqlmodel import select

from storage.engine import unit_of_work
from storage.models import MinutesCorrection, MinutesDraft
from tests.web.test_hostile_forms import secretary  # noqa: F401  (the fixture)
from tests.web.test_review_dates import SAMPLE, _review_form


def _open_draft(client, csrf, group) -> tuple[str, dict[str, str]]:
    uploaded = client.post("/webb/protokoll", data={
        "csrf": csrf, "group": str(group),
        "file": (io.BytesIO(SAMPLE.read_bytes()), SAMPLE.name)})
    assert uploaded.status_code == 302
    url = uploaded.headers["Location"]
    form = {**_review_form(client.get(url).text), "group": str(group), "action": "save"}
    assert form["date"] == "2026-05-12"  # as the reader found it
    return url, form


def _saved(engine) -> dict:
    with unit_of_work(engine) as session:
        return session.exec(select(MinutesDraft)).one().parsed


@pytest.mark.parametrize(("typed", "meeting"), [
    ("12 maj 2026", "2026-05-12"),
    ("12/5 2026", "2026-05-12"),
    ("tisdag 12 maj", "2026-05-12"),
    ("2026-05-12", "2026-05-12"),
    ("13 maj", "2026-05-13"),  # the year is the meeting's, not guessed
    ("den 13/5", "2026-05-13"),
])
def test_a_meeting_date_typed_the_swedish_way_is_read(loaded, secretary, typed,  # noqa: F811
                                                      meeting):
    client, csrf, group, _ = secretary
    url, form = _open_draft(client, csrf, group)
    saved = client.post(url, data={**form, "date": typed, "next.date": "9 juni"})
    assert saved.status_code == 302, re.findall(r'class="field-error"[^>]*>([^<]*)', saved.text)
    parsed = _saved(loaded)
    assert parsed["date"] == meeting
    assert parsed["next_meeting"]["date"] == "2026-06-09"  # after the meeting, that year
    page = client.get(url).text
    assert f'name="date" value="{meeting}"' in page  # shown back as stored


def test_the_same_date_typed_in_words_is_no_correction(loaded, secretary):  # noqa: F811
    client, csrf, group, _ = secretary
    url, form = _open_draft(client, csrf, group)
    client.post(url, data={**form, "date": "tisdag 12 maj 2026"})
    with unit_of_work(loaded) as session:
        fields = [c.field_name for c in session.exec(select(MinutesCorrection))]
    assert "date" not in fields


@pytest.mark.parametrize(("typed", "said"), [
    ("31 februari", "31 februari finns inte: februari 2026 har 28 dagar. Rätta datumet."),
    ("2026-02-30", "30 februari finns inte: februari 2026 har 28 dagar. Rätta datumet."),
    ("31/4", "31 april finns inte: april har 30 dagar. Rätta datumet."),
    ("fredag 12 maj 2026",
     "12 maj 2026 är en tisdag, inte en fredag. Rätta datumet eller veckodagen."),
    ("i våras", "Jag förstår inte datumet ”i våras”. Skriv det som 9 juni 2016, 9/6 2016 eller "
                "2016-06-09."),
])
def test_an_impossible_date_is_refused_next_to_its_field_keeping_the_rest(
        loaded, secretary, typed, said):  # noqa: F811
    client, csrf, group, _ = secretary
    url, form = _open_draft(client, csrf, group)
    before = _saved(loaded)
    refused = client.post(url, data={**form, "date": typed, "place": "Rådhuset i Örebro, sal Å",
                                     "next.date": "9 juni"})
    assert refused.status_code == 400
    page = refused.text
    assert f'<p class="field-error" id="f-date-fel">{said}</p>' in page
    assert re.search(r'<input id="f-date" name="date" value="[^"]*" aria-describedby="'
                     r'f-date-hint f-date-fel" aria-invalid="true">', page)
    # What she typed stays: the date as typed, the place, the next meeting's date.
    assert f'value="{typed}"' in page
    assert 'value="Rådhuset i Örebro, sal Å"' in page
    assert 'name="next.date" value="9 juni"' in page
    assert _saved(loaded) == before  # nothing saved
