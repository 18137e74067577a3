"""A secretary shares minutes with the bot in Slack, then publishes them (signed requests)."""

from __future__ import annotations

import itertools

from sqlmodel import select

from storage.engine import unit_of_work
from storage.models import Decision, Document, OutboxMessage
from tests.conftest import EXAMPLES
from tests.support import signing

DANIEL, JOHANNA, SBU = "U0DANIELB", "U0JOHANNA", "C0SBU0001"
SAMPLE = EXAMPLES / "protokoll" / "samverkansgrupp-barn-och-unga-2026-05-12.txt"
CLICKS = itertools.count(1)


def share(served, fake_slack, file_id, name, content, user, channel, event_id):
    fake_slack.files[file_id] = (name, content)
    event = {"type": "file_shared", "file_id": file_id, "user_id": user, "channel_id": channel,
             "file": {"id": file_id}, "event_ts": "1.1"}
    assert signing.event(f"{served}/slack/events", event, event_id).status_code == 200


def press(served, fake_slack, user, button, channel=SBU):
    # Every click is a request of its own: Slack gives each a new trigger_id and action_ts, so
    # a second press within the same second is not a replay of the first.
    click = next(CLICKS)
    payload = {
        "type": "block_actions", "user": {"id": user}, "trigger_id": f"1.2.{click}",
        "channel": {"id": channel}, "container": {"type": "message"},
        "response_url": f"{fake_slack.url}response",
        "actions": [{**button, "type": "button", "action_ts": f"1700000000.{click:06d}"}],
    }
    return signing.interaction(f"{served}/slack/events", payload)


def count(engine, model):
    with unit_of_work(engine) as session:
        return len(session.exec(select(model)).all())


def test_shared_minutes_are_read_back_privately_and_nothing_is_stored(served, fake_slack, loaded):
    share(served, fake_slack, "F1", SAMPLE.name, SAMPLE.read_bytes(), DANIEL, SBU, "Ev1")
    (posted,) = fake_slack.wait_for("chat.postEphemeral")
    assert posted["user"] == DANIEL
    assert posted["text"].startswith(f"Jag har läst *{SAMPLE.name}*: tisdag 12 maj 2026")
    shown = str(posted["blocks"])
    assert "6 beslut" in shown and "nästa möte måndag 31 augusti 2026" in shown
    assert fake_slack.downloads == ["Bearer xoxb-test"]
    assert count(loaded, Decision) == 0 and count(loaded, Document) == 0


def test_publishing_stores_the_decisions_and_announces_once(served, fake_slack, loaded):
    share(served, fake_slack, "F2", SAMPLE.name, SAMPLE.read_bytes(), DANIEL, SBU, "Ev2")
    (posted,) = fake_slack.wait_for("chat.postEphemeral")
    publish = next(e for b in posted["blocks"] if b["type"] == "actions"
                   for e in b["elements"] if e["text"]["text"] == "Publicera")
    press(served, fake_slack, DANIEL, publish)
    (answer,) = fake_slack.wait_for("response")
    assert answer["text"].startswith("Klart. Besluten från tisdag 12 maj 2026 är publicerade i")
    assert count(loaded, Decision) == 6  # "Bordlägges" is one too
    press(served, fake_slack, DANIEL, publish)
    answers = fake_slack.wait_for("response", count=2)
    assert answers[1]["text"] == "Protokollet är redan publicerat. Ingenting skickades igen."
    with unit_of_work(loaded) as session:
        announcements = [m for m in session.exec(select(OutboxMessage)).all()
                         if m.key.startswith("announce:")]
        document = session.exec(select(Document)).one()
    assert [m.recipient for m in announcements] == [SBU]
    assert document.url == "https://example.slack.com/files/F2"
    text = str(announcements[0].payload)
    assert "Nya beslut från Samverkansgrupp Barn och unga tisdag 12 maj 2026" in text
    assert "Gruppen bifaller Ingmars förslag." in text
    # The announcement says what the approval approved, from the item's text (issue 10).
    assert "Förslaget: Ingmar föreslår att uppdraget i så fall ges till Välfärd och Folkhälsa." in (
        text
    )


def test_a_member_cannot_publish(served, fake_slack, loaded):
    button = {"action_id": "minutes.publish:F3", "value": f"F3|{SBU}",
              "text": {"type": "plain_text", "text": "Publicera"}}
    fake_slack.files["F3"] = (SAMPLE.name, SAMPLE.read_bytes())
    press(served, fake_slack, JOHANNA, button)
    (answer,) = fake_slack.wait_for("response")
    assert answer["text"].startswith("Bara sekreterare och ordförande i Samverkansgrupp Barn")
    assert count(loaded, Decision) == 0


def test_a_file_that_is_not_minutes_is_refused_in_a_dm(served, fake_slack, loaded):
    share(served, fake_slack, "F4", "inköpslista.txt", "Mjölk\nÄgg\nSmör\n".encode(), DANIEL,
          "D0DANIEL", "Ev4")
    (posted,) = fake_slack.wait_for("chat.postMessage")
    assert posted["channel"] == "D0DANIEL"
    assert "inte ut som minnesanteckningar" in posted["text"]
    assert "Ingenting sparades" in posted["text"]
    assert count(loaded, Document) == 0


def test_minutes_without_a_date_are_refused_with_what_to_do(served, fake_slack, loaded):
    hosten = EXAMPLES / "protokoll" / "chefsgrupper-gemensamt-hosten-2024.txt"
    share(served, fake_slack, "F5", hosten.name, hosten.read_bytes(), DANIEL, "D0DANIEL", "Ev5")
    (posted,) = fake_slack.wait_for("chat.postMessage")
    assert posted["text"].startswith(f"Jag hittade inget mötesdatum i *{hosten.name}*")


def test_minutes_of_a_meeting_not_yet_held_offer_no_publicera(served, fake_slack, loaded):
    # The demo's clock stands at 24 August 2026: a misread or mistyped date, to be corrected.
    ahead = SAMPLE.read_text(encoding="utf-8").replace("2026 05 12", "2026 09 14").encode()
    share(served, fake_slack, "F7", "sbu-2026-09-14.txt", ahead, DANIEL, SBU, "Ev7")
    (posted,) = fake_slack.wait_for("chat.postEphemeral")
    shown = str(posted["blocks"])
    assert ("Mötesdatumet är måndag 14 september 2026, och det har inte varit än: protokoll "
            "finns bara från hållna möten. Kontrollera datumet.") in shown
    buttons = [e["text"]["text"] for b in posted["blocks"] if b["type"] == "actions"
               for e in b["elements"]]
    assert "Publicera" not in buttons and "Kasta" in buttons
    assert count(loaded, Document) == 0


def test_other_files_in_a_channel_are_left_alone(served, fake_slack, loaded):
    share(served, fake_slack, "F6", "bild.png", b"\x89PNG", JOHANNA, SBU, "Ev6")
    import time

    time.sleep(0.3)
    assert fake_slack.calls_to("chat.postEphemeral") == []
    assert fake_slack.calls_to("chat.postMessage") == []


def test_a_deadline_in_published_minutes_is_offered_as_a_remiss(served, fake_slack, loaded):
    minutes = (
        "Minnesanteckningar Samverkansgrupp Barn och unga\n\n"
        "Tid: 2026-08-20, kl. 13.00 – 15.00\nPlats: Sothönan\n\n"
        "1. Överenskommelse om SIP\nIngmar Ångman\n\n"
        "Synpunkter på utkastet till ny SIP-överenskommelse skickas till Daniel Berglund "
        "senast 30 september 2026.\n\n"
        "Beslut: Gruppen beslutar att skicka utkastet på remiss.\n"
    ).encode()
    fake_slack.files["F7"] = ("minnesanteckningar-2026-08-20.txt", minutes)
    button = {"action_id": "minutes.publish:F7", "value": f"F7|{SBU}",
              "text": {"type": "plain_text", "text": "Publicera"}}
    press(served, fake_slack, DANIEL, button)
    (answer,) = fake_slack.wait_for("response")
    shown = str(answer["blocks"])
    assert "Jag hittade en sista dag för synpunkter i protokollet" in shown
    assert "onsdag 30 september 2026" in shown
    confirm = next(e for b in answer["blocks"] if b["type"] == "actions" for e in b["elements"]
                   if e["text"]["text"] == "Öppna remissen")
    press(served, fake_slack, DANIEL, confirm)
    answers = fake_slack.wait_for("response", count=2)
    assert answers[1]["text"].startswith("Klart. Remissen ”")
    from storage.models import Consultation

    with unit_of_work(loaded) as session:
        (row,) = [c for c in session.exec(select(Consultation)).all() if "SIP" in c.title]
        assert row.status == "open"


def test_granska_pa_webben_opens_the_minutes_on_the_web_page(served, fake_slack, loaded,
                                                             monkeypatch):
    monkeypatch.setenv("SAMVERKANSBOT_PUBLIC_URL", "https://bot.regionorebrolan.example.se")
    share(served, fake_slack, "F9", SAMPLE.name, SAMPLE.read_bytes(), DANIEL, SBU, "Ev9")
    (posted,) = fake_slack.wait_for("chat.postEphemeral")
    review = next(e for b in posted["blocks"] if b["type"] == "actions"
                  for e in b["elements"] if e["text"]["text"] == "Granska på webben")
    press(served, fake_slack, DANIEL, review)
    (answer,) = fake_slack.wait_for("response")
    assert "väntar på granskning på webbsidan" in answer["text"]
    assert "https://bot.regionorebrolan.example.se/webb/in/" in answer["text"]
    assert "?next=/webb/protokoll/" in answer["text"]
    from storage.models import MinutesDraft

    with unit_of_work(loaded) as session:
        (draft,) = session.exec(select(MinutesDraft)).all()
        assert draft.status == "draft" and "Sothönan" in draft.text
    assert count(loaded, Document) == 0  # nothing published before Publicera
