"""The förhinder form's list of agenda items holds at most 100 (Slack's limit for a menu): what
does not fit is said in the form, never dropped unsaid, and the meeting the kallelse's button
names has its items first."""

from __future__ import annotations

from datetime import date

from bot.meetings import service
from storage import directory
from storage import meetings as store
from storage.engine import unit_of_work
from tests.support import signing

JOHANNA, SBU = "U0JOHANNA", "C0SBU0001"


def add_items(engine, day: date, count: int) -> int:
    with unit_of_work(engine) as session:
        sbu = directory.group_by_slug(session, "sbu")
        (meeting,) = store.on_date(session, [sbu.id], day)
        for n in range(count):
            service.add_item(session, meeting, f"Rapport från kommunernas elevhälsa, del {n + 1}",
                             "Välfärd och folkhälsa", "information")
        return meeting.id


def items_field(served, fake_slack, button: str | None = None) -> dict:
    if button is None:
        signing.slash_command(f"{served}/slack/events", "/anmäl-förhinder", "", JOHANNA, SBU)
    else:
        signing.interaction(f"{served}/slack/events", {
            "type": "block_actions", "user": {"id": JOHANNA}, "team": {"id": "T1"},
            "channel": {"id": SBU}, "container": {"type": "message"},
            "actions": [{"action_id": "absence.form", "value": button, "type": "button"}]})
    (opened,) = fake_slack.wait_for("views.open")
    (block,) = [b for b in opened["view"]["blocks"] if b["block_id"] == "part_items"]
    return block


def labels(block: dict) -> list[str]:
    return [o["text"]["text"] for o in block["element"]["options"]]


def test_a_meeting_whose_items_do_not_fit_is_named_in_the_form(served, fake_slack, loaded):
    add_items(loaded, date(2026, 10, 19), 98)  # 5 items on 31 augusti: 103 in all
    block = items_field(served, fake_slack)
    shown = labels(block)
    assert len(shown) == 5 and all(label.startswith("31 augusti: ") for label in shown)
    assert block["hint"]["text"] == (
        "Listan rymmer 100 punkter, så punkterna för mötet 19 oktober finns inte med. "
        "Missar du någon av dem, välj mötet ovan och skriv tiden du är borta.")


def test_the_kallelses_meeting_has_its_items_first(served, fake_slack, loaded):
    october = add_items(loaded, date(2026, 10, 19), 98)
    block = items_field(served, fake_slack, button=str(october))
    shown = labels(block)
    assert len(shown) == 98 and shown[0].startswith("19 oktober: 1. Rapport")
    assert "punkterna för mötet 31 augusti finns inte med" in block["hint"]["text"]


def test_an_agenda_longer_than_the_list_says_which_items_are_left_out(served, fake_slack,
                                                                        loaded):
    add_items(loaded, date(2026, 8, 31), 115)  # 120 items on one agenda
    block = items_field(served, fake_slack)
    shown = labels(block)
    assert len(shown) == 100 and shown[-1].startswith("31 augusti: 100. Rapport")
    assert block["hint"]["text"].startswith(
        "Listan rymmer 100 punkter, så punkt 101–120 på mötet 31 augusti finns inte med.")


def test_a_short_list_has_no_hint(served, fake_slack, loaded):
    block = items_field(served, fake_slack)
    assert len(labels(block)) == 5 and "hint" not in block
