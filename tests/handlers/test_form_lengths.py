"""Forms sent back with more than the database holds (a forged view_submission, or a form from
a client that ignores max_length) get a field error in Swedish and save nothing, on SQLite and
on PostgreSQL alike (where a too long value used to end the request in an error)."""

from __future__ import annotations

import pytest
from sqlmodel import select

from storage import directory
from storage.engine import unit_of_work
from storage.models import AgendaItem, Consultation, Meeting
from tests.handlers.test_slack_http import _view_submission
from tests.support import signing

DANIEL = "U0DANIELB"  # secretary of Samverkansgrupp Barn och unga
TOO_LONG = "Högst {limit} tecken får plats här. Ingenting är sparat; korta texten."
LONG = "Överenskommelse om " + "samverkan " * 60  # 619 characters


def send(served, callback, values, metadata=""):
    view = {"type": "modal", "callback_id": callback, "private_metadata": metadata,
            "blocks": []}
    response = signing.interaction(f"{served}/slack/events", _view_submission(DANIEL, view, {
        name: ("plain_text_input", value) if kind is None else (kind, value)
        for name, (kind, value) in values.items()}))
    assert response.status_code == 200
    return response.json()


def sbu_id(engine) -> str:
    with unit_of_work(engine) as session:
        return str(directory.group_by_slug(session, "sbu").id)


def count(engine, table) -> int:
    with unit_of_work(engine) as session:
        return len(session.exec(select(table)).all())


def test_a_remiss_title_longer_than_the_database_holds(served, loaded):
    before = count(loaded, Consultation)
    body = send(served, "consultation.new", {
        "title": (None, LONG), "group": ("static_select", sbu_id(loaded)),
        "deadline": ("datepicker", "2026-09-30"), "draft": (None, "")})
    assert body["response_action"] == "errors"
    assert body["errors"]["title"] == TOO_LONG.format(limit="500")
    assert count(loaded, Consultation) == before


def test_a_meeting_place_longer_than_the_database_holds(served, loaded):
    before = count(loaded, Meeting)
    body = send(served, "meeting.new", {
        "group": ("static_select", sbu_id(loaded)), "date": ("datepicker", "2026-12-03"),
        "start": ("timepicker", "13:00"), "end": ("timepicker", "15:00"),
        "place": (None, LONG), "link": (None, "https://meet.example.se/" + "x" * 1000)})
    assert body["response_action"] == "errors"
    assert body["errors"] == {"place": TOO_LONG.format(limit="500"),
                              "link": TOO_LONG.format(limit="1\u00a0000")}
    assert count(loaded, Meeting) == before


@pytest.mark.parametrize(("values", "field", "error"), [
    ({"title": LONG}, "title", TOO_LONG.format(limit="500")),
    ({"title": "Lägesbild", "presenter": "Per Lind " * 40}, "presenter",
     TOO_LONG.format(limit="300")),
    ({"title": "Lägesbild", "kind": "information-och-beslut"}, "kind",
     "Välj ett av alternativen."),
])
def test_an_agenda_item_with_a_field_too_long_or_not_offered(served, loaded, values, field,
                                                            error):
    with unit_of_work(loaded) as session:
        meeting_id = str(session.exec(select(Meeting)).first().id)
    before = count(loaded, AgendaItem)
    fields = {"title": (None, values["title"]), "presenter": (None, values.get("presenter", "")),
              "kind": ("static_select", values.get("kind", "information")),
              "document": (None, "")}
    body = send(served, "meeting.item", fields, metadata=meeting_id)
    assert body["response_action"] == "errors"
    assert body["errors"] == {field: error}
    assert count(loaded, AgendaItem) == before


def test_the_forms_tell_slack_their_limits(served, fake_slack):
    signing.slash_command(f"{served}/slack/events", "/ny-remiss", "", DANIEL, "C0SBU0001")
    view = fake_slack.wait_for("views.open")[-1]["view"]
    limits = {b["block_id"]: b["element"].get("max_length") for b in view["blocks"]}
    assert limits["title"] == 500 and limits["draft"] == 1000
