"""A 40-item agenda: the ersättare's call, the kallelse and "när är nästa möte?" show the first
items and say where the whole agenda is; /dagordning shows all of it, in as many messages as
it takes."""

from __future__ import annotations

from sqlmodel import select

from bot import commands
from bot.context import Context
from bot.replies import Request, reply_from_payload
from bot.scheduler import kallelse
from handlers.slack.render import block_text_length, reply_messages
from storage import directory
from storage.engine import unit_of_work
from storage.models import Meeting, OutboxMessage
from tests.support.large_county import agenda_title

LAST = agenda_title(40)


def ask(county, clock, text, command=None):
    request = Request("slack", county.member.slack_id, text, command,
                      channel_id=f"D{county.member.slack_id}", is_dm=True, now=clock.now())
    with unit_of_work(county.engine) as session:
        return commands.handle(Context(session, clock), request)


def assert_short(reply) -> None:
    text = reply.plain_text()
    assert agenda_title(10) in text and agenda_title(11) not in text and LAST not in text
    assert "… och 30 punkter till. Hela dagordningen: /dagordning 3 september" in text
    (message,) = reply_messages(reply)  # one message, well inside Slack's limits
    assert sum(block_text_length(b) for b in message["blocks"]) < 12_000


def test_the_ersattares_call_shortens_a_forty_item_agenda(large_county, clock):
    request = Request("slack", large_county.member.slack_id, now=clock.now())
    values = {"meeting": str(large_county.meeting_id), "substitute": "default"}
    with unit_of_work(large_county.engine) as session:
        commands.handle_form(Context(session, clock), request, "absence.new", "", values)
        (call,) = [m for m in session.exec(select(OutboxMessage)).all() if ":call:" in m.key]
        reply = reply_from_payload(call.payload)
    assert_short(reply)
    assert [b.label for b in reply.buttons] == ["Jag kommer", "Jag kan inte"]


def test_the_kallelse_shortens_it(large_county):
    with unit_of_work(large_county.engine) as session:
        meeting = session.get(Meeting, large_county.meeting_id)
        group = directory.group_by_slug(session, large_county.slug)
        assert_short(kallelse(session, meeting, group, last=False))


def test_when_is_the_next_meeting_shortens_it(large_county, clock):
    assert_short(ask(large_county, clock, "när är nästa möte?"))


def test_the_agenda_asked_for_is_shown_whole(large_county, clock):
    for reply in (ask(large_county, clock, "", "dagordning"),
                  ask(large_county, clock, "vad står på dagordningen den 3 september?")):
        text = "\n".join(b.get("text", {}).get("text", "") for m in reply_messages(reply)
                         for b in m["blocks"])
        assert LAST in text and "punkter till" not in text


def test_with_a_public_address_the_rest_is_a_link_to_the_meetings_web_page(
        large_county, clock, monkeypatch):
    monkeypatch.setenv("SAMVERKANSBOT_PUBLIC_URL", "https://samverkansbot.example.se")
    reply = ask(large_county, clock, "när är nästa möte?")
    url = f"https://samverkansbot.example.se/webb/moten/{large_county.meeting_id}"
    assert f"Hela dagordningen: dagordningen på webben ({url})" in reply.plain_text()
