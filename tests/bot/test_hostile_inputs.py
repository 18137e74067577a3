"""What people (or someone pretending to be them) type that the bot must not trip over:
å, ä and ö in followed subjects, dates a thousand years off, text far past Slack's limits."""

from __future__ import annotations

import pytest
from sqlmodel import select

from bot import commands
from bot.context import Context
from bot.replies import Request
from storage.engine import unit_of_work
from storage.models import Follow

JOHANNA, DANIEL, SBU = "U0JOHANNA", "U0DANIELB", "C0SBU0001"


def say(engine, clock, command, text, user=JOHANNA, channel=None):
    request = Request("slack", user, text, command, channel_id=channel or f"D{user}",
                      is_dm=channel is None, now=clock.now())
    with unit_of_work(engine) as session:
        return commands.handle(Context(session, clock), request)


def follows(engine) -> list[str]:
    with unit_of_work(engine) as session:
        return sorted(f.subject for f in session.exec(select(Follow)).all())


@pytest.mark.parametrize("again", ["Överenskommelse", "överenskommelse", "ÖVERENSKOMMELSE",
                                   "  Överenskommelse  "])
def test_following_a_subject_with_a_swedish_letter_twice_changes_nothing(loaded, clock, again):
    assert say(loaded, clock, "bevaka", "Överenskommelse").text.startswith("Klart.")
    reply = say(loaded, clock, "bevaka", again)
    assert "redan" in reply.text
    assert follows(loaded) == ["Överenskommelse"]


@pytest.mark.parametrize("written", ["Överenskommelse", "överenskommelse", "ÖVERENSKOMMELSE"])
def test_a_subject_with_a_swedish_letter_can_be_unfollowed_however_written(loaded, clock,
                                                                            written):
    say(loaded, clock, "bevaka", "Överenskommelse")
    reply = say(loaded, clock, "sluta-bevaka", written)
    assert "inte längre" in reply.text
    assert follows(loaded) == []
