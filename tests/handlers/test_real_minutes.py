"""Real minutes nobody here wrote, shared with the bot over signed Slack HTTP by a secretary:
what she is shown before Publicera, and what the group's channel gets after it.

Tanum's folkhälsoråd wrote its decisions of 24 October 2011 as bare att-satser under each §,
which the reader does not take for decisions: it finds none. The secretary must be told so
before she publishes, and the channel must not be told that nothing was decided.
"""

from __future__ import annotations

from sqlmodel import select

from storage.engine import unit_of_work
from storage.models import Decision, OutboxMessage
from tests.handlers.test_minutes_upload import press, share
from tests.support.real_minutes import REAL

DANIEL, SBU = "U0DANIELB", "C0SBU0001"
TANUM_2011 = REAL / "tanum-folkhalsoradet-2011-10-24.txt"
TANUM_2001 = REAL / "tanum-folkhalsoradet-2001-12-04.md"


def preview(served, fake_slack, path, file_id) -> dict:
    share(served, fake_slack, file_id, path.name, path.read_bytes(), DANIEL, SBU, f"Ev{file_id}")
    (posted,) = fake_slack.wait_for("chat.postEphemeral")
    return posted


def publish_button(posted) -> dict:
    """Publicera, telling the channel (these minutes are old: the quiet one is offered first)."""
    return next(e for b in posted["blocks"] if b["type"] == "actions" for e in b["elements"]
                if e["text"]["text"].startswith("Publicera i"))


def announcements(engine) -> list[str]:
    with unit_of_work(engine) as session:
        return [str(m.payload) for m in session.exec(select(OutboxMessage)).all()
                if m.key.startswith("announce:")]


def test_minutes_where_no_decision_was_read_say_so_before_publicera(served, fake_slack, loaded):
    posted = preview(served, fake_slack, TANUM_2011, "F1")
    shown = str(posted["blocks"])
    assert "måndag 24 oktober 2011" in posted["text"] and "0 beslut" in shown
    assert "Jag hittade inga beslut i protokollet." in shown
    assert "lägg till dem på webbsidan innan du publicerar" in shown
    labels = [e["text"]["text"] for b in posted["blocks"] if b["type"] == "actions"
              for e in b["elements"]]
    assert "Granska på webben" in labels  # where she adds them


def test_published_without_decisions_the_channel_is_told_what_went_out(served, fake_slack,
                                                                       loaded):
    press(served, fake_slack, DANIEL, publish_button(preview(served, fake_slack, TANUM_2011, "F2")))
    (answer,) = fake_slack.wait_for("response")
    assert answer["text"].startswith("Klart. Protokollet från måndag 24 oktober 2011 är "
                                     "publicerat i Samverkansgrupp Barn och unga, utan beslut.")
    (announced,) = announcements(loaded)
    # What the secretary published, not a claim about the meeting, and where to read it.
    assert "Inga beslut fattades" not in announced
    assert ("Protokollet från mötet måndag 24 oktober 2011 (Samverkansgrupp Barn och unga) är "
            "publicerat. Det innehåller inga beslut.") in announced
    assert "Källa:" in announced and TANUM_2011.name in announced


def test_minutes_with_decisions_are_previewed_and_announced_without_the_warning(
    served, fake_slack, loaded
):
    posted = preview(served, fake_slack, TANUM_2001, "F3")
    shown = str(posted["blocks"])
    assert "Jag hittade inga beslut" not in shown
    assert "att godkänna Folkhälsoplan och budget" in shown
    press(served, fake_slack, DANIEL, publish_button(posted))
    fake_slack.wait_for("response")
    (announced,) = announcements(loaded)
    assert "Nya beslut från Samverkansgrupp Barn och unga tisdag 4 december 2001" in announced
    with unit_of_work(loaded) as session:
        assert len(session.exec(select(Decision)).all()) == 2


# The justerade minutes after the ojusterade: the same decisions, a line more at the end.
JUSTERAT = TANUM_2001.read_text(encoding="utf-8") + (
    "\nJusterat 2001-12-11: Mona Svegås, Birgit Ekholm\n")


def test_another_version_of_published_minutes_is_not_published_twice(served, fake_slack, loaded):
    press(served, fake_slack, DANIEL, publish_button(preview(served, fake_slack, TANUM_2001, "F4")))
    fake_slack.wait_for("response")
    share(served, fake_slack, "F5", "tanum-folkhalsoradet-2001-12-04-justerat.md",
          JUSTERAT.encode(), DANIEL, SBU, "EvF5")
    posted = fake_slack.wait_for("chat.postEphemeral", count=2)[1]
    shown = str(posted["blocks"])
    # Another file saying the same as the published minutes: no new version to publish.
    assert ("Det här är en ny version av protokollet från mötet tisdag 4 december 2001 "
            "(Samverkansgrupp Barn och unga), publicerat") in shown
    assert "Den nya versionen säger samma sak som den publicerade" in shown
    labels = [e["text"]["text"] for b in posted["blocks"] if b["type"] == "actions"
              for e in b["elements"]]
    assert labels == ["Kasta"]
    # A Publicera button from before (or forged) is refused the same way, and nothing is stored.
    forged = {"action_id": f"minutes.publish:F5|{SBU}|1", "value": f"F5|{SBU}|1",
              "text": {"type": "plain_text", "text": "Publicera i Samverkansgrupp Barn och unga"}}
    press(served, fake_slack, DANIEL, forged)
    answers = fake_slack.wait_for("response", count=2)
    assert "har redan ett protokoll med i stort sett samma beslut" in answers[1]["text"]
    assert "Ingenting sparades" in answers[1]["text"]
    assert len(announcements(loaded)) == 1
    with unit_of_work(loaded) as session:
        assert len(session.exec(select(Decision)).all()) == 2
