"""The commands whose replay key goes ahead of them (bot.commands.READS_ONLY) write nothing,
whoever asks and whatever they write: nothing of theirs is to be saved together with the key."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from bot import commands
from bot.context import Context
from bot.replies import Request
from storage.engine import unit_of_work, wrote

SBU_CHANNEL = "C0SBU0001"
ASKED = [
    ("dagordning", ""), ("dagordning", "31 augusti"), ("dagordning", "vecka 36"),
    ("dagordning", "sbu"), ("dagordning", "31 februari"), ("dagordning", "Kulturrådet"),
    ("remisser", ""), ("remisser", "sbu"),
    ("beslut", "SAMS"), ("beslut", "vad beslutades om familjecentraler?"), ("beslut", ""),
    ("hjälp", ""),
]
WHO = ["U0JOHANNA", "U0DANIELB", "U0OKÄNDAX"]  # a ledamot, the secretary, no one in the roster


def test_the_commands_that_only_read_are_known_by_every_name():
    assert set(commands.command_names()) >= commands.READS_ONLY
    assert commands.reads_only("/dagordning") and commands.reads_only("hjalp")
    assert not commands.reads_only("anmäl-förhinder") and not commands.reads_only("synpunkt")


@pytest.mark.parametrize("command,text", ASKED)
def test_a_command_that_only_reads_writes_nothing(loaded, clock, command, text):
    assert commands.reads_only(command)
    statements = []

    def sent(_connection, _cursor, statement, *_rest) -> None:
        statements.append(statement.lstrip()[:6].upper())

    event.listen(loaded, "before_cursor_execute", sent)
    try:
        for user in WHO:
            for channel, is_dm in ((f"D{user}", True), (SBU_CHANNEL, False)):
                request = Request("slack", user, text, command, channel_id=channel,
                                  is_dm=is_dm, now=clock.now())
                with unit_of_work(loaded) as session:
                    reply = commands.handle(Context(session, clock), request)
                    assert reply.plain_text().strip()
                    assert not wrote(session)
                    assert not (session.new or session.dirty or session.deleted)
    finally:
        event.remove(loaded, "before_cursor_execute", sent)
    assert statements or command == "hjälp"  # the listener sees what is sent (/hjälp: nothing)
    assert not {"INSERT", "UPDATE", "DELETE"} & set(statements)
