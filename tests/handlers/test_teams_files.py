"""Minutes shared as a file in a Teams chat: preview, then Publicera (once) or Kasta."""

from __future__ import annotations

import json

from sqlmodel import select

from storage.engine import unit_of_work
from storage.models import Document, MinutesDraft, OutboxMessage, Person
from tests.conftest import EXAMPLES
from tests.handlers.test_teams import activity, bot_framework, card_of, shown, submit_actions, teams  # noqa: F401  (fixtures)
from tests.support.bot_framework import FakeBotFramework

DANIEL = "29:daniel"
FILE_URL = "https://regionorebrolan.sharepoint.example/personal/daniel/protokoll-sbu.txt"
MINUTES = EXAMPLES / "protokoll" / "samverkansgrupp-barn-och-unga-2026-05-12.txt"


def shared(name="protokoll-sbu.txt", user=DANIEL, activity_id="2001") -> dict:
    found = activity("", user=user, activity_id=activity_id)
    found["attachments"] = [{
        "contentType": "application/vnd.microsoft.teams.file.download.info", "name": name,
        "content": {"downloadUrl": FILE_URL, "uniqueId": "u1", "fileType": "txt"}}]
    return found


def as_daniel(loaded):
    with unit_of_work(loaded) as session:
        daniel = session.exec(select(Person).where(Person.name == "Daniel Berglund")).one()
        daniel.teams_id = DANIEL


def test_minutes_shared_in_teams_are_previewed_then_published_once(
        teams, bot_framework: FakeBotFramework, loaded):  # noqa: F811
    as_daniel(loaded)
    bot_framework.files[FILE_URL] = MINUTES.read_bytes()
    assert teams(shared()) == 200
    (reply,) = bot_framework.replies()
    text = shown(reply)
    assert "Jag har läst" in text and "tisdag 12 maj 2026" in text
    assert "/webb/protokoll/" in text  # corrections on the web page
    publish, discard = submit_actions(card_of(reply))
    assert (publish["title"], discard["title"]) == ("Publicera", "Kasta")
    with unit_of_work(loaded) as session:
        assert session.exec(select(Document)).all() == []  # nothing published before the press
    for number in (1, 2):
        press = activity("", user=DANIEL, value=publish["data"], activity_id=f"300{number}")
        assert teams(press) == 200
    first, second = [shown(r) for r in bot_framework.replies()[1:]]
    assert "publicerade i Samverkansgrupp Barn och unga" in first
    assert "redan publicerat" in second
    with unit_of_work(loaded) as session:
        assert len(session.exec(select(Document)).all()) == 1
        announcements = [m for m in session.exec(select(OutboxMessage)).all()
                         if m.recipient == "C0SBU0001"]
        assert len(announcements) == 1


def test_a_member_sharing_a_file_is_told_who_can_publish(teams, bot_framework, loaded):  # noqa: F811
    bot_framework.files[FILE_URL] = MINUTES.read_bytes()
    assert teams(shared(user="29:johanna")) == 200
    (reply,) = bot_framework.replies()
    assert "sekreterare" in shown(reply)  # who can help
    assert submit_actions(card_of(reply)) == []
    assert bot_framework.calls_to(FILE_URL) == []  # a member's file is not even fetched
    with unit_of_work(loaded) as session:
        assert session.exec(select(MinutesDraft)).all() == []


def test_kasta_discards_the_draft(teams, bot_framework, loaded):  # noqa: F811
    as_daniel(loaded)
    bot_framework.files[FILE_URL] = MINUTES.read_bytes()
    teams(shared())
    _, discard = submit_actions(card_of(bot_framework.replies()[0]))
    teams(activity("", user=DANIEL, value=discard["data"], activity_id="4001"))
    assert "kastat" in json.dumps(bot_framework.replies()[1], ensure_ascii=False)
    with unit_of_work(loaded) as session:
        (draft,) = session.exec(select(MinutesDraft)).all()
        assert draft.status == "discarded" and draft.text == ""


def test_minutes_of_a_meeting_over_a_year_ago_go_to_the_archive_without_a_message(
        teams, bot_framework: FakeBotFramework, loaded):  # noqa: F811
    as_daniel(loaded)
    old = MINUTES.read_text(encoding="utf-8").replace("2026 05 12", "2025 05 12")
    bot_framework.files[FILE_URL] = old.encode()
    assert teams(shared()) == 200
    (reply,) = bot_framework.replies()
    assert "Mötet hölls för mer än ett år sedan." in shown(reply)
    quietly, publish, discard = submit_actions(card_of(reply))
    assert [a["title"] for a in (quietly, publish, discard)] == [
        "Publicera utan meddelande", "Publicera", "Kasta"]
    assert teams(activity("", user=DANIEL, value=quietly["data"], activity_id="5001")) == 200
    assert "publicerade utan meddelande i kanalen" in shown(bot_framework.replies()[1])
    with unit_of_work(loaded) as session:
        assert len(session.exec(select(Document)).all()) == 1
        assert [m for m in session.exec(select(OutboxMessage)).all()
                if m.key.startswith("announce:")] == []


def test_the_justerade_shared_in_teams_shows_what_differs_and_replaces(
        teams, bot_framework: FakeBotFramework, loaded):  # noqa: F811
    from tests.web.test_replace_minutes import JUSTERAD, JUSTERAT

    as_daniel(loaded)
    bot_framework.files[FILE_URL] = MINUTES.read_bytes()
    assert teams(shared()) == 200
    publish, _ = submit_actions(card_of(bot_framework.replies()[0]))
    assert teams(activity("", user=DANIEL, value=publish["data"], activity_id="4001")) == 200
    bot_framework.files[FILE_URL] = JUSTERAT.encode()
    assert teams(shared(activity_id="4002")) == 200
    reply = bot_framework.replies()[2]
    text = shown(reply)
    assert "Det här är en ny version av protokollet från mötet tisdag 12 maj 2026" in text
    assert JUSTERAD in text and "Närvarande, inte frånvarande: Jaana Jansson" in text
    replace_it, discard = submit_actions(card_of(reply))
    assert (replace_it["title"], discard["title"]) == (
        "Publicera och ersätt den publicerade versionen", "Kasta")
    assert teams(activity("", user=DANIEL, value=replace_it["data"], activity_id="4003")) == 200
    assert "har ersatt den publicerade" in shown(bot_framework.replies()[3])
    with unit_of_work(loaded) as session:
        assert sorted(d.status for d in session.exec(select(Document))) == ["published",
                                                                              "replaced"]
        told = [m for m in session.exec(select(OutboxMessage)).all()
                if m.key.startswith("replaced:")]
        assert len(told) == 1
