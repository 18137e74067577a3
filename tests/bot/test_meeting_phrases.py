"""A meeting named without a date, as /hjälp itself says it: "/dagordning nästa möte",
"förra mötet". The large county: its next meeting is Thursday 3 September, its last was held
Thursday 11 June."""

from __future__ import annotations

import pytest

from bot import commands
from bot.context import Context
from bot.replies import Request
from storage.engine import unit_of_work
from tests.support.large_county import CHANNEL

NEXT = "torsdag 3 september 2026 kl. 09.00–16.00"
LAST = "torsdag 11 juni 2026 kl. 09.00–15.00"


def ask(county, clock, command, text, user=None):
    user = user or county.secretary.slack_id
    request = Request("slack", user, text, command, channel_id=CHANNEL, is_dm=False,
                      now=clock.now())
    with unit_of_work(county.engine) as session:
        return commands.handle(Context(session, clock), request).plain_text()


@pytest.mark.parametrize(("command", "text", "shown"), [
    ("dagordning", "nästa möte", NEXT),
    ("dagordning", "Nästa sammanträde", NEXT),
    ("dagordning", "förra mötet", LAST),
    ("dagordning", "senaste mötet", LAST),
    (None, "vad stod på dagordningen förra mötet?", LAST),
    ("närvaro", "nästa möte", NEXT),
    ("närvaro", "förra mötet", LAST),
])
def test_a_meeting_named_without_a_date_is_found(large_county, clock, command, text, shown):
    answer = ask(large_county, clock, command, text)
    assert shown in answer, answer[:300]
    assert "Jag förstod inte" not in answer
    other = LAST if shown == NEXT else NEXT
    assert other not in answer.split("\n")[0]


@pytest.mark.parametrize("text", ["11 juni", "den 11/6", "torsdag 11 juni"])
def test_a_forhinder_for_a_meeting_already_held_says_so(large_county, clock, text):
    """In August, '11 juni' was read as next June and answered 'Jag hittade inget möte den
    11 juni', when the group met on 11 June: it has been held, and that is what is said."""
    from sqlmodel import select

    from storage.models import Absence

    answer = ask(large_county, clock, "anmäl-förhinder", text, user=large_county.member.slack_id)
    assert answer.startswith(f"Mötet {LAST} (Chefsgrupp för social välfärd samt vård och "
                             "omsorg) har redan varit, så förhinder kan inte anmälas till det. "
                             "Nästa möten: torsdag 3 september."), answer
    with unit_of_work(large_county.engine) as session:
        assert session.exec(select(Absence)).all() == []


@pytest.mark.parametrize("text", ["förra mötet", "11 juni"])
def test_the_attendance_of_a_meeting_held_without_minutes_says_it_was_reported(
        large_county, clock, text):
    """A held meeting whose minutes list no attendance: every ledamot was shown as 'kommer',
    as if the meeting were ahead."""
    answer = ask(large_county, clock, "närvaro", text)
    assert answer.startswith(f"Närvaro {LAST} (Chefsgrupp för social välfärd samt vård och "
                             "omsorg)\n\nMötet har redan varit, men inget protokoll med närvaro "
                             "är inläst. Så här var det anmält före mötet:"), answer[:400]
    assert ask(large_county, clock, "närvaro", "nästa möte").count("Mötet har redan varit") == 0
