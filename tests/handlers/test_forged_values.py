"""Buttons, menus and forms whose value names a row that cannot exist: written in other digits
than 0–9 ('²', which str.isdigit() takes and int() refuses) or a number past any id the database
holds (40 nines: SQLite's 64 bits and PostgreSQL's integer both overflow). Signed as Slack signs
them, each is answered in Swedish as a button for something gone or not one's own is, with a
200, no error in the log, and nothing changed in the database."""

from __future__ import annotations

import json
import logging

import pytest
from sqlalchemy import func, select
from sqlmodel import SQLModel

from storage.engine import unit_of_work
from tests.support import signing

JOHANNA, DANIEL, MARCUS, SBU = "U0JOHANNA", "U0DANIELB", "U0MARCUSB", "C0SBU0001"
SUPERSCRIPT, HUGE = "²", "9" * 40
NOT_YOURS = "Det där hör inte till någon av dina grupper"
# The answers a button for a row that is gone (or was never hers) gets today.
NOT_HER_ABSENCE = "Det förhindret är inte ditt"
NOT_HIS_CALL = "Den kallelsen gick inte till dig"
ONLY_SECRETARIES = "Bara sekreterare och ordförande kan publicera protokoll"
# Tables a refused button may write to: the replay key of the request, and nothing else.
BOOKKEEPING = {"processedevent"}


def _rows(engine) -> dict[str, int]:
    with unit_of_work(engine) as session:
        return {table.name: session.execute(select(func.count()).select_from(table)).scalar()
                for table in SQLModel.metadata.sorted_tables if table.name not in BOOKKEEPING}


def _errors(caplog) -> list:
    return [r for r in caplog.records
            if r.levelno >= logging.ERROR and r.threadName != "slack-identity"]


def press(served, fake_slack, user: str, action_id: str, value: str, channel: str = SBU) -> str:
    """A button pressed in a channel message; the ephemeral answer's text."""
    payload = {"type": "block_actions", "user": {"id": user}, "team": {"id": "T1"},
               "channel": {"id": channel}, "container": {"type": "message"},
               "response_url": f"{fake_slack.url}response",
               "actions": [{"action_id": action_id, "value": value, "type": "button"}]}
    assert signing.interaction(f"{served}/slack/events", payload).status_code == 200
    (answer,) = fake_slack.wait_for("response")
    assert fake_slack.calls_to("views.open") == []  # no form opened on a forged value
    return answer["text"]


def submit(served, fake_slack, user: str, callback: str, state: dict, metadata: str = "") -> str:
    """A form sent; the answer in the acknowledgement (field errors) or the receipt by DM."""
    values = {block: {"value": element} for block, element in state.items()}
    payload = {"type": "view_submission", "user": {"id": user}, "team": {"id": "T1"},
               "view": {"id": "V1", "type": "modal", "callback_id": callback,
                        "private_metadata": metadata, "state": {"values": values}}}
    response = signing.interaction(f"{served}/slack/events", payload)
    assert response.status_code == 200
    if response.content:
        return json.dumps(response.json(), ensure_ascii=False)
    (receipt,) = fake_slack.wait_for("chat.postMessage")
    return receipt["text"]


def select_option(value: str) -> dict:
    return {"type": "static_select", "selected_option": {"value": value}}


def text_input(value: str) -> dict:
    return {"type": "plain_text_input", "value": value}


BUTTONS = [
    # (who presses, action_id, value as forged from the number, the answer begins)
    (JOHANNA, "absence.form", "{n}", NOT_YOURS),
    (JOHANNA, "absence.withdraw", "{n}", NOT_HER_ABSENCE),
    (MARCUS, "absence.accept", "{n}", NOT_HIS_CALL),
    (MARCUS, "absence.decline", "{n}", NOT_HIS_CALL),
    (JOHANNA, "absence.choose", '{{"m": "{n}"}}', NOT_YOURS),
    (JOHANNA, "consultation.edit", "{n}", NOT_YOURS),
    (JOHANNA, "consultation.withdraw", "{n}", NOT_YOURS),
    (JOHANNA, "consultation.comment_on", "{n}:Vi ställer oss bakom förslaget.", NOT_YOURS),
    (DANIEL, "consultation.confirm", "{n}", NOT_YOURS),
    (DANIEL, "meeting.add_item", "{n}", NOT_YOURS),
    (DANIEL, "attendance.export", "{n}:1", NOT_YOURS),
    (DANIEL, "attendance.export", "1:{n}", NOT_YOURS),
    (DANIEL, "minutes.publish_draft", "{n}", ONLY_SECRETARIES),
    (DANIEL, "minutes.discard_draft", "{n}|tyst", ONLY_SECRETARIES),
]


@pytest.mark.parametrize("number", [SUPERSCRIPT, HUGE])
@pytest.mark.parametrize(("user", "action", "value", "answer"), BUTTONS,
                         ids=[f"{a}:{v}" for _, a, v, _ in BUTTONS])
def test_a_button_naming_no_possible_row_is_answered_in_swedish(
        served, fake_slack, loaded, caplog, user, action, value, answer, number):
    before = _rows(loaded)
    text = press(served, fake_slack, user, action, value.format(n=number))
    assert text.startswith(answer), text
    assert _errors(caplog) == []
    assert _rows(loaded) == before


@pytest.mark.parametrize("number", [10**40, 2**31, True])
def test_a_choice_button_with_a_json_number_past_any_id_is_not_yours(
        served, fake_slack, loaded, caplog, number):
    """The button under "Du har flera möten …" carries JSON: a number there is a number."""
    before = _rows(loaded)
    text = press(served, fake_slack, JOHANNA, "absence.choose", json.dumps({"m": number}))
    assert text.startswith(NOT_YOURS), text
    assert _errors(caplog) == []
    assert _rows(loaded) == before


@pytest.mark.parametrize("number", [SUPERSCRIPT, HUGE])
@pytest.mark.parametrize("field", ["meeting", "substitute"])
def test_the_absence_form_with_a_forged_meeting_or_ersattare_calls_nobody(
        served, fake_slack, loaded, caplog, number, field):
    before = _rows(loaded)
    meeting = number if field == "meeting" else _first_sbu_meeting(loaded)
    substitute = f"person:{number}" if field == "substitute" else "default"
    text = submit(served, fake_slack, JOHANNA, "absence.new", {
        "meeting": select_option(meeting), "substitute": select_option(substitute),
        "message": text_input("Jag är på kurs i Stockholm.")})
    assert _errors(caplog) == []
    assert text.startswith(NOT_YOURS if field == "meeting" else
                           "Den ersättare du valde finns inte längre i Samverkansgrupp Barn och "
                           "unga, så ingenting är sparat."), text
    assert number not in text  # never an id, real or forged
    assert _rows(loaded) == before


def test_the_absence_form_sent_without_a_meeting_asks_for_one_beside_the_field(
        served, fake_slack, loaded, caplog):
    """A form whose meeting menu came back empty (forged, or a client that lost it): the
    field says what is missing, in Swedish, and nothing is stored."""
    before = _rows(loaded)
    text = submit(served, fake_slack, JOHANNA, "absence.new", {
        "meeting": {"type": "static_select", "selected_option": None},
        "substitute": select_option("default")})
    assert json.loads(text) == {"response_action": "errors",
                                "errors": {"meeting": "Välj ett möte."}}
    assert _errors(caplog) == []
    assert _rows(loaded) == before


def _first_sbu_meeting(engine) -> str:
    from datetime import date

    from storage.models import Meeting

    with unit_of_work(engine) as session:
        meeting = session.exec(select(Meeting).where(Meeting.date == date(2026, 8, 31))).first()
        return str(meeting[0].id)


@pytest.mark.parametrize("number", [SUPERSCRIPT, HUGE])
def test_a_synpunkt_form_naming_no_possible_remiss_is_not_yours(
        served, fake_slack, loaded, caplog, number):
    before = _rows(loaded)
    text = submit(served, fake_slack, JOHANNA, "consultation.comment", {
        "consultation": select_option(number),
        "text": text_input("Örebro kommun ställer sig bakom förslaget.")})
    assert text.startswith(NOT_YOURS), text
    assert _errors(caplog) == []
    assert _rows(loaded) == before


@pytest.mark.parametrize("number", [SUPERSCRIPT, HUGE])
def test_an_agenda_item_form_for_no_possible_meeting_is_not_yours(
        served, fake_slack, loaded, caplog, number):
    before = _rows(loaded)
    text = submit(served, fake_slack, DANIEL, "meeting.item", {
        "title": text_input("Rapport från länets elevhälsa"),
        "kind": select_option("information")}, metadata=number)
    assert text.startswith(NOT_YOURS), text
    assert _errors(caplog) == []
    assert _rows(loaded) == before
