"""The review page writes a meeting's times as every hint and refusal in the product does,
13.00, and says so beside each time; 13:00 typed is read as the same time, not counted as a
correction of the reader, and an hour that does not exist is refused on its field."""

from __future__ import annotations

import html
import io

from sqlmodel import select

from storage.engine import unit_of_work
from storage.models import MinutesCorrection
from tests.conftest import EXAMPLES
from tests.web.test_hostile_forms import secretary  # noqa: F401  (the fixture)
from tests.web.test_review_dates import _review_form

SAMPLE = EXAMPLES / "protokoll" / "specifika-samverkansradet-svoo-2024-05-17.txt"


def _draft(client, csrf: str, group: int) -> str:
    uploaded = client.post("/webb/protokoll", data={
        "csrf": csrf, "group": str(group),
        "file": (io.BytesIO(SAMPLE.read_bytes()), SAMPLE.name)})
    assert uploaded.status_code == 302
    return uploaded.headers["Location"]


def _corrected_fields(engine) -> list[str]:
    with unit_of_work(engine) as session:
        return [c.field_name for c in session.exec(select(MinutesCorrection)).all()]


def test_the_times_read_are_shown_as_the_hints_write_them(loaded, secretary):  # noqa: F811
    client, csrf, group, _ = secretary
    page = html.unescape(client.get(_draft(client, csrf, group)).text)
    form = _review_form(page)
    assert (form["start"], form["end"]) == ("13.00", "16.00")
    assert '<p class="muted" id="f-start-hint">Som 13.00</p>' in page
    assert '<p class="muted" id="f-next-start-hint">Som 13.00</p>' in page
    assert ('<p class="muted" id="f-next-date-hint">Som 9 juni 2016, 9/6 2016 eller '
            '2016-06-09</p>') in page


def test_a_time_typed_with_a_colon_is_the_same_time(loaded, secretary):  # noqa: F811
    client, csrf, group, _ = secretary
    draft = _draft(client, csrf, group)
    form = {**_review_form(client.get(draft).text), "group": str(group), "action": "save"}
    saved = client.post(draft, data={**form, "start": "13:00", "end": "16:30"})
    assert saved.status_code == 302
    assert _corrected_fields(loaded) == ["end"]  # 13:00 was no correction; 16:30 was
    assert _review_form(client.get(draft).text)["end"] == "16.30"


def test_an_hour_that_does_not_exist_is_refused_on_its_field(loaded, secretary):  # noqa: F811
    client, csrf, group, _ = secretary
    draft = _draft(client, csrf, group)
    form = {**_review_form(client.get(draft).text), "group": str(group), "action": "save"}
    refused = client.post(draft, data={**form, "start": "25.61"})
    assert refused.status_code == 400
    page = html.unescape(refused.text)
    assert '<p class="field-error" id="f-start-fel">Skriv tiden som 13.00.</p>' in page
    assert _review_form(page)["start"] == "25.61"  # what she typed stays to be corrected
    assert _corrected_fields(loaded) == []
