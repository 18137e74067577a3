"""The secretary's "Lägg till punkt" form in Slack, with what people paste into it: its answers
in Swedish from bot/texts, and a document that is no web address refused as on the web page
(before, "javascript:alert(1)" or a file path was stored and shown to every member as text)."""

from __future__ import annotations

import pytest

from bot import commands
from bot.context import Context
from bot.replies import Request
from storage import directory
from storage import meetings as store
from storage.engine import unit_of_work
from storage.models import AgendaItem
from tests.bot.test_absences import DANIEL, rows


def _submit(engine, clock, values):
    with unit_of_work(engine) as session:
        sbu = directory.group_by_slug(session, "sbu")
        meeting = store.upcoming(session, [sbu.id], clock.now().date(), limit=1)[0]
        request = Request("slack", DANIEL, now=clock.now())
        return commands.handle_form(Context(session, clock), request, "meeting.item",
                                    str(meeting.id), values)


@pytest.mark.parametrize("document", ["javascript:alert(1)", "G:\\Samverkan\\underlag.pdf",
                                      "www.regionorebrolan.se/underlag.pdf"])
def test_a_document_that_is_no_web_address_is_refused_and_nothing_is_stored(
        loaded, clock, document):
    before = len(rows(loaded, AgendaItem))
    reply = _submit(loaded, clock, {"title": "SAMS", "kind": "information",
                                    "document": document})
    assert reply.field_errors == {
        "document": "Skriv hela adressen, som börjar med https:// eller http://."}
    assert len(rows(loaded, AgendaItem)) == before


def test_a_web_address_is_kept(loaded, clock):
    reply = _submit(loaded, clock, {"title": "SAMS", "kind": "information",
                                    "document": "https://example.se/sams.pdf"})
    assert reply.field_errors == {} and reply.text.startswith("Klart. Punkten ”SAMS” är tillagd")
    assert rows(loaded, AgendaItem)[-1].documents[0]["url"] == "https://example.se/sams.pdf"


def test_an_empty_title_is_asked_for_in_a_sentence(loaded, clock):
    reply = _submit(loaded, clock, {"title": "  ", "kind": "information"})
    assert reply.field_errors == {"title": "Skriv en rubrik för punkten."}
    assert reply.text == "Skriv en rubrik för punkten."
