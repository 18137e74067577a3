"""The justerade minutes shared in Slack after the ojusterade were published, over signed Slack
HTTP: the secretary sees what differs and is led to the review on the web page, where Publicera
replaces the published version; the channel then gets one short message. A secretary of
another group is told whose minutes they are; the same file again is told it is published."""

from __future__ import annotations

import re

from sqlmodel import select

from bot.settings import Settings
from handlers import worker
from storage.engine import unit_of_work
from storage.models import Decision, Document, MinutesDraft, OutboxMessage
from tests.handlers.test_minutes_upload import SAMPLE, press, share
from tests.web.test_replace_minutes import DECIDED, JUSTERAD, JUSTERAT
from tests.web.test_review_dates import _review_form
from tests.web.test_web_matrix import _app, _sign_in

DANIEL, MALIN, SBU = "U0DANIELB", "U0MALINDU", "C0SBU0001"


def buttons(posted) -> dict[str, dict]:
    return {e["text"]["text"]: e for b in posted["blocks"] if b["type"] == "actions"
            for e in b["elements"]}


def shown(posted) -> str:
    return str(posted["blocks"])


def publish_first(served, fake_slack) -> None:
    share(served, fake_slack, "F1", SAMPLE.name, SAMPLE.read_bytes(), DANIEL, SBU, "Ev1")
    (posted,) = fake_slack.wait_for("chat.postEphemeral")
    press(served, fake_slack, DANIEL, buttons(posted)["Publicera"])
    (answer,) = fake_slack.wait_for("response")
    assert "är publicerade" in answer["text"], answer["text"]


def test_the_justerade_in_slack_is_reviewed_on_the_web_and_replaces(served, fake_slack, loaded,
                                                                    clock, tmp_path):
    publish_first(served, fake_slack)
    share(served, fake_slack, "F2", "sbu-2026-05-12-justerat.txt", JUSTERAT.encode(), DANIEL,
          SBU, "Ev2")
    posted = fake_slack.wait_for("chat.postEphemeral", count=2)[1]
    text = shown(posted)
    assert "Det här är en ny version av protokollet från mötet tisdag 12 maj 2026 " \
           "(Samverkansgrupp Barn och unga), publicerat måndag 24 augusti 2026." in text
    assert "Skillnader mot den publicerade versionen:" in text
    assert "Närvarande, inte frånvarande: Jaana Jansson" in text and JUSTERAD in text
    assert set(buttons(posted)) == {"Granska den nya versionen på webben", "Kasta"}
    press(served, fake_slack, DANIEL, buttons(posted)["Granska den nya versionen på webben"])
    answer = fake_slack.wait_for("response", count=2)[1]
    assert "väntar på granskning på webbsidan" in answer["text"]
    with unit_of_work(loaded) as session:
        draft = session.exec(select(MinutesDraft).where(MinutesDraft.status == "draft")).one()
        draft_id = draft.id
    web = _app(loaded, clock, tmp_path).test_client()
    csrf = _sign_in(web, loaded, clock, DANIEL)
    url = f"/webb/protokoll/{draft_id}"
    form = {**_review_form(web.get(url).text), "csrf": csrf, "action": "publish",
            "meddela": "ja"}
    done = web.post(url, data=form, follow_redirects=True)
    assert "har ersatt den publicerade" in done.text
    with unit_of_work(loaded) as session:
        texts = [d.text for d in session.exec(select(Decision))]
        assert JUSTERAD in texts and texts.count(DECIDED) == 1
        assert sorted(d.status for d in session.exec(select(Document))) == ["published",
                                                                              "replaced"]
    settings = Settings(slack_bot_token="xoxb-test", slack_api_url=fake_slack.url)
    assert worker.run(settings, loaded, once=True, now="2026-08-24T09:05") == 0
    posts = [p for p in fake_slack.calls_to("chat.postMessage") if p["channel"] == SBU]
    assert len(posts) == 2  # the announcement once, then what changed: not it all again
    changed = posts[1]["text"] + str(posts[1].get("blocks", ""))
    assert "Protokollet från mötet tisdag 12 maj 2026 är justerat. Ändrat: ett ändrat beslut " \
           "och närvaron." in changed
    assert "Inledning och föregående" not in changed
    # The ojusterade shared again, and its old Publicera pressed: it stays replaced.
    share(served, fake_slack, "F5", SAMPLE.name, SAMPLE.read_bytes(), DANIEL, SBU, "Ev5")
    posted = fake_slack.wait_for("chat.postEphemeral", count=3)[2]
    assert f"{SAMPLE.name} är en tidigare version av protokollet från mötet tisdag 12 maj " \
           "2026. Den har ersatts av sbu-2026-05-12-justerat.txt" in shown(posted)
    assert not buttons(posted)
    press(served, fake_slack, DANIEL, {"action_id": f"minutes.publish:F5|{SBU}|1",
                                       "value": f"F5|{SBU}|1", "text": {
                                           "type": "plain_text", "text": "Publicera"}})
    answer = fake_slack.wait_for("response", count=3)[2]
    assert "är en tidigare version av protokollet" in answer["text"]
    with unit_of_work(loaded) as session:
        assert sorted(d.status for d in session.exec(select(Document))) == ["published",
                                                                              "replaced"]


def test_a_secretary_of_another_group_is_told_whose_minutes_they_are(served, fake_slack,
                                                                    loaded):
    publish_first(served, fake_slack)
    share(served, fake_slack, "F3", "sbu-2026-05-12-justerat.txt", JUSTERAT.encode(), MALIN,
          "D0MALIN01", "Ev3")
    posted = fake_slack.wait_for("chat.postMessage", count=1)[-1]
    text = posted["text"] + shown(posted)
    assert "bara gruppens sekreterare eller ordförande kan publicera en ny version av det. " \
           "Kontakta Daniel Berglund." in re.sub(r"\s+", " ", text)
    assert not buttons(posted)
    with unit_of_work(loaded) as session:
        assert len(session.exec(select(Document)).all()) == 1
        assert session.exec(select(MinutesDraft)).all() == []


def test_the_same_file_again_is_told_it_is_published(served, fake_slack, loaded):
    publish_first(served, fake_slack)
    share(served, fake_slack, "F4", SAMPLE.name, SAMPLE.read_bytes(), DANIEL, SBU, "Ev4")
    posted = fake_slack.wait_for("chat.postEphemeral", count=2)[1]
    assert "är redan publicerat" in shown(posted) or "redan publicerat" in posted["text"]
    assert not buttons(posted)
    with unit_of_work(loaded) as session:
        assert len(session.exec(select(OutboxMessage)).all()) == 1
