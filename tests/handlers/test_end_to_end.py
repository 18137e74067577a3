"""Whole journeys through the real HTTP path: signed Slack requests in, the worker's posts out."""

from __future__ import annotations

import time
from datetime import datetime

import pytest
from sqlmodel import select

from bot.clock import STOCKHOLM
from bot.consultations import service as consultations
from bot.decisions.announce import announce
from bot.settings import Settings
from handlers import worker
from handlers.demo import load_minutes
from storage import directory
from storage.engine import unit_of_work
from storage.models import Absence, Consultation, Document, OutboxMessage, Person
from tests.conftest import EXAMPLES
from tests.support import signing

JOHANNA, MARCUS, DANIEL, SBU = "U0JOHANNA", "U0MARCUSB", "U0DANIELB", "C0SBU0001"


@pytest.fixture(autouse=True)
def quick_channels(monkeypatch):
    monkeypatch.setenv("SAMVERKANSBOT_CHANNEL_INTERVAL", "0")


def work(engine, fake_slack, now: str) -> None:
    """`samverkansbot worker --once --now …` against the loopback Slack."""
    settings = Settings(slack_bot_token="xoxb-test", slack_api_url=fake_slack.url)
    assert worker.run(settings, engine, once=True, now=now) == 0


def posts_to(fake_slack, channel):
    return [p for p in fake_slack.calls_to("chat.postMessage") if p["channel"] == channel]


def command(served, name, text, user, channel, **kw):
    return signing.slash_command(f"{served}/slack/events", name, text, user, channel, **kw)


def test_absence_from_slash_command_to_the_ersattare_dm_and_narvaro(served, fake_slack, loaded):
    started = time.monotonic()
    response = command(served, "/anmäl-förhinder", "31 augusti", JOHANNA, SBU)
    assert time.monotonic() - started < 3.0
    assert response.json()["text"].startswith(
        "Klart. Du har anmält förhinder till måndag 31 augusti 2026 kl. 13.00–15.00")
    work(loaded, fake_slack, "2026-08-24T09:01")
    (dm,) = posts_to(fake_slack, MARCUS)
    shown = str(dm["blocks"])
    assert "Johanna Viberg har förhinder" in shown and "SAMS – kartläggning" in shown
    assert dm["metadata"]["event_payload"]["key"].startswith("absence:")
    assert len(posts_to(fake_slack, DANIEL)) == 1  # the secretary hears of it
    overview = command(served, "/narvaro", "", DANIEL, SBU).json()
    assert "Johanna Viberg (ledamot): förhinder" in str(overview["blocks"])
    assert "Marcus Boljang: ersättare för Johanna Viberg, kallad, inte svarat" in \
        str(overview["blocks"])
    # A repeat, a forged and a stale request change nothing and send nothing new.
    repeat = command(served, "/anmal-forhinder", "31/8", JOHANNA, SBU).json()["text"]
    assert "redan anmält" in repeat
    assert command(served, "/anmäl-förhinder", "19 oktober", JOHANNA, SBU,
                   forged=True).status_code == 401
    assert command(served, "/anmäl-förhinder", "19 oktober", JOHANNA, SBU,
                   timestamp=int(time.time()) - 600).status_code == 401
    work(loaded, fake_slack, "2026-08-24T09:02")
    assert len(posts_to(fake_slack, MARCUS)) == 1
    with unit_of_work(loaded) as session:
        assert len(session.exec(select(Absence)).all()) == 1


def test_the_ersattare_answers_with_the_button(served, fake_slack, loaded):
    command(served, "/anmäl-förhinder", "31 augusti", JOHANNA, SBU)
    work(loaded, fake_slack, "2026-08-24T09:01")
    (dm,) = posts_to(fake_slack, MARCUS)
    button = next(e for b in dm["blocks"] if b["type"] == "actions" for e in b["elements"]
                  if e["text"]["text"] == "Jag kommer")
    payload = {"type": "block_actions", "user": {"id": MARCUS}, "trigger_id": "1.2",
               "channel": {"id": "D0MARCUS"}, "container": {"type": "message"},
               "response_url": f"{fake_slack.url}response",
               "actions": [{**button, "type": "button"}]}
    assert signing.interaction(f"{served}/slack/events", payload).status_code == 200
    (answer,) = fake_slack.wait_for("response")
    assert answer["text"].startswith("Tack! Du är anmäld som ersättare för Johanna Viberg")
    overview = command(served, "/närvaro", "", DANIEL, SBU).json()
    assert "Marcus Boljang: ersättare för Johanna Viberg, kommer" in str(overview["blocks"])


def test_a_non_member_is_refused_and_nothing_is_stored(served, loaded):
    text = command(served, "/anmäl-förhinder", "31 augusti", "U0JESSICA", SBU).json()["text"]
    assert text.startswith("Du är inte med i Samverkansgrupp Barn och unga")
    with unit_of_work(loaded) as session:
        assert session.exec(select(Absence)).all() == []


def test_the_absence_modal_through_a_signed_view_submission(served, fake_slack, loaded):
    command(served, "/anmäl-förhinder", "", JOHANNA, SBU)
    (opened,) = fake_slack.wait_for("views.open")
    view = opened["view"]
    meeting = view["blocks"][0]["element"]["initial_option"]["value"]
    substitute = view["blocks"][1]["element"]["initial_option"]["value"]
    assert substitute.startswith("person:")  # preset to the usual ersättare
    assert not any("orsak" in str(block).lower() for block in view["blocks"])  # never asks why
    state = {
        "meeting": {"value": {"type": "static_select", "selected_option": {"value": meeting}}},
        "substitute": {"value": {"type": "static_select",
                                 "selected_option": {"value": substitute}}},
        "part_from": {"value": {"type": "timepicker", "selected_time": "14:00"}},
        "part_to": {"value": {"type": "timepicker", "selected_time": None}},
        "message": {"value": {"type": "plain_text_input", "value": "Underlagen ligger i Teams."}},
    }
    submission = {"type": "view_submission", "user": {"id": JOHANNA}, "team": {"id": "T1"},
                  "view": {**view, "id": "V1", "state": {"values": state}}}
    assert signing.interaction(f"{served}/slack/events", submission).status_code == 200
    receipt = fake_slack.wait_for("chat.postMessage")[0]
    assert "en del av mötet måndag 31 augusti 2026 kl. 13.00–15.00" in receipt["text"]
    assert "från kl. 14.00" in receipt["text"]
    work(loaded, fake_slack, "2026-08-24T09:01")
    shown = str(posts_to(fake_slack, MARCUS)[0]["blocks"])
    assert "Underlagen ligger i Teams." in shown


@pytest.fixture
def remiss(loaded, clock):
    with unit_of_work(loaded) as session:
        sbu = directory.group_by_slug(session, "sbu")
        owner = session.exec(select(Person).where(Person.slack_id == DANIEL)).one()
        deadline = datetime(2026, 8, 28, 23, 59, tzinfo=STOCKHOLM)
        open_id = consultations.create(session, "Handlingsplan för SIP", [sbu], owner,
                                       deadline, clock.now()).id
        closed_at = datetime(2026, 8, 21, 23, 59, tzinfo=STOCKHOLM)
        consultations.create(session, "Uppdragsbeskrivning", [sbu], owner, closed_at,
                             clock.now())
        return open_id


def test_synpunkter_before_and_after_the_deadline_and_the_pings(served, fake_slack, loaded,
                                                                 remiss):
    ok = command(served, "/synpunkt", "handlingsplan: Bra, men förtydliga ansvaret.", JOHANNA, SBU)
    assert ok.json()["text"].startswith("Tack! Din synpunkt på ”Handlingsplan för SIP”")
    late = command(served, "/synpunkt", "uppdragsbeskrivning: Vi saknar uppföljning.", JOHANNA,
                   SBU)
    assert late.json()["text"].startswith(
        "Synpunkter på ”Uppdragsbeskrivning” stängde fredag 21 augusti 2026. Kontakta Daniel")
    for now in ("2026-08-26T10:00", "2026-08-26T10:05"):  # the 2-day ping, twice
        work(loaded, fake_slack, now)
    pings = [p for p in posts_to(fake_slack, SBU) if "Påminnelse: synpunkter" in p["text"]]
    assert len(pings) == 1
    shown = str(pings[0]["blocks"])
    assert "Inte svarat än:" in shown and "Lekebergs kommun" in shown
    assert "Örebro kommun" not in shown.split("Inte svarat än:")[1]
    work(loaded, fake_slack, "2026-08-28T08:15")  # the morning of the last day
    pings = [p for p in posts_to(fake_slack, SBU) if "Påminnelse: synpunkter" in p["text"]]
    assert len(pings) == 2
    assert posts_to(fake_slack, "U0MONICAS")  # Lekeberg has not answered: a DM
    assert not [p for p in posts_to(fake_slack, JOHANNA) if "sista dagen" in p["text"]]
    with unit_of_work(loaded) as session:
        export = consultations.export(session, session.get(Consultation, remiss), "csv")
    assert "Johanna Viberg" in export and "förtydliga ansvaret" in export


def test_publishing_posts_the_decisions_to_the_right_channels_once(fake_slack, loaded, clock):
    load_minutes(loaded, EXAMPLES / "protokoll")
    with unit_of_work(loaded) as session:
        for document in session.exec(select(Document)).all():
            announce(session, document, clock.now())
            announce(session, document, clock.now())  # twice: nothing new
    for _ in range(3):
        work(loaded, fake_slack, "2026-08-24T09:00")
    announcements = [p for p in fake_slack.calls_to("chat.postMessage")
                     if p["metadata"]["event_payload"]["key"].startswith("announce:")]
    by_channel = {}
    for post in announcements:
        by_channel.setdefault(post["channel"], []).append(post["text"])
    assert len(by_channel["C0SBU0001"]) == 1
    assert "tisdag 12 maj 2026" in by_channel["C0SBU0001"][0]
    assert len(by_channel["C0SVOO001"]) == 1
    assert len(by_channel["C0CGSVVO1"]) == 3  # three joint meetings, one message each
    none = [text for text in by_channel["C0CGSVVO1"] if "Det innehåller inga beslut." in text]
    assert len(none) == 1
    keys = [p["metadata"]["event_payload"]["key"] for p in announcements]
    assert len(keys) == len(set(keys))
    with unit_of_work(loaded) as session:
        assert all(m.state == "sent" for m in session.exec(select(OutboxMessage)).all()
                   if m.key.startswith("announce:"))


def test_the_modal_can_name_the_agenda_items_missed(served, fake_slack, loaded):
    command(served, "/anmäl-förhinder", "", JOHANNA, "D0JOHANNA")  # a DM: all her meetings
    (opened,) = fake_slack.wait_for("views.open")
    view = opened["view"]
    meeting = view["blocks"][0]["element"]["initial_option"]["value"]
    items = next(b for b in view["blocks"] if b["block_id"] == "part_items")["element"]
    sams = next(o for o in items["options"] if "SAMS" in o["text"]["text"])
    other_meeting = next(o for o in items["options"] if not o["value"].startswith(f"{meeting}:"))
    state = {
        "meeting": {"value": {"type": "static_select", "selected_option": {"value": meeting}}},
        "substitute": {"value": {"type": "static_select",
                                 "selected_option": {"value": "none"}}},
        "part_items": {"value": {"type": "multi_static_select",
                                 "selected_options": [sams, other_meeting]}},
    }
    submission = {"type": "view_submission", "user": {"id": JOHANNA}, "team": {"id": "T1"},
                  "view": {**view, "id": "V1", "state": {"values": state}}}
    signing.interaction(f"{served}/slack/events", submission)
    receipt = fake_slack.wait_for("chat.postMessage")[0]
    assert receipt["text"] == (
        "Klart. Du har anmält förhinder till en del av mötet måndag 31 augusti 2026 "
        "kl. 13.00–15.00 (Samverkansgrupp Barn och unga): punkterna ”2. SAMS – kartläggning av "
        "aktuella behov”. Ingen ersättare är kallad."
    )
    with unit_of_work(loaded) as session:
        (absence,) = session.exec(select(Absence)).all()
        assert absence.part_items == ["2. SAMS – kartläggning av aktuella behov"]
