"""A secretary of two groups opens a remiss or a meeting: in a group's channel it is that
group's; in a DM the bot asks which, and never files it under the first group of the list.

The demo: Malin Duckert Ek is secretary of Specifika samverkansrådet för social välfärd samt
vård och omsorg (svoo) and of Chefsgrupp för samverkan social välfärd samt vård och omsorg
(cg-svvo)."""

from __future__ import annotations

import pytest
from sqlmodel import select

from storage.engine import unit_of_work
from storage.models import Consultation, ConsultationGroup, Group
from tests.handlers.test_console import talk
from tests.handlers.test_slack_http import _view_submission
from tests.support import signing

MALIN, SVOO_CHANNEL = "U0MALINDU", "C0SVOO001"
SVOO = "Specifika samverkansrådet för social välfärd samt vård och omsorg"
CG_SVVO = "Chefsgrupp för samverkan social välfärd samt vård och omsorg"


def opened_group_field(served, fake_slack, command, text, channel):
    before = len(fake_slack.calls_to("views.open"))
    signing.slash_command(f"{served}/slack/events", command, text, MALIN, channel)
    view = fake_slack.wait_for("views.open", before + 1)[-1]["view"]
    return view, next(b for b in view["blocks"] if b["block_id"] == "group")["element"]


@pytest.mark.parametrize("command", ["/ny-remiss", "/nytt-möte"])
def test_in_a_dm_the_secretary_of_two_groups_is_asked_which(served, fake_slack, command):
    _, field = opened_group_field(served, fake_slack, command, "", f"D{MALIN}")
    assert [o["text"]["text"] for o in field["options"]] == [CG_SVVO, SVOO]
    assert "initial_option" not in field  # no group chosen for her


@pytest.mark.parametrize("command", ["/ny-remiss", "/nytt-möte"])
def test_in_a_groups_channel_it_is_that_groups(served, fake_slack, command):
    _, field = opened_group_field(served, fake_slack, command, "", SVOO_CHANNEL)
    assert field["initial_option"]["text"]["text"] == SVOO


def test_a_group_named_after_the_command_is_chosen_and_the_rest_is_the_title(
        served, fake_slack):
    view, field = opened_group_field(served, fake_slack, "/ny-remiss",
                                     "svoo Remiss om hemsjukvård", f"D{MALIN}")
    assert field["initial_option"]["text"]["text"] == SVOO
    title = next(b for b in view["blocks"] if b["block_id"] == "title")["element"]
    assert title["initial_value"] == "Remiss om hemsjukvård"


def test_a_form_sent_without_a_group_is_asked_for_it_and_nothing_is_saved(served, loaded):
    view = {"type": "modal", "callback_id": "consultation.new", "private_metadata": "",
            "blocks": []}
    submission = _view_submission(MALIN, view, {
        "title": ("plain_text_input", "Remiss om hemsjukvård"),
        "group": ("static_select", ""),
        "deadline": ("datepicker", "2026-09-30"),
    })
    # Nothing chosen: Slack sends the select with no option (a required block stops it in the
    # app, but a form sent from elsewhere, or the group's block marked optional, may not).
    submission["view"]["state"]["values"]["group"]["value"]["selected_option"] = None
    body = signing.interaction(f"{served}/slack/events", submission).json()
    assert body.get("response_action") == "errors", body
    assert body["errors"]["group"] == "Välj vilken grupp det gäller."
    with unit_of_work(loaded) as session:
        assert session.exec(select(Consultation).where(
            Consultation.title == "Remiss om hemsjukvård")).all() == []


def test_in_the_console_enter_does_not_choose_the_first_group(loaded, clock):
    transcript = talk(loaded, clock, ["/ny-remiss", "Remiss om hemsjukvård", "", "2",
                                      "30 september", "", "", ""], user=MALIN)
    assert "[Enter: Chefsgrupp" not in transcript
    assert "Det här behöver fyllas i." in transcript
    assert f"till onsdag 30 september 2026 ({SVOO})." in transcript
    with unit_of_work(loaded) as session:
        (group,) = session.exec(
            select(Group).join(ConsultationGroup).join(Consultation)
            .where(Consultation.title == "Remiss om hemsjukvård")).all()
        assert group.name == SVOO
