"""Närvaro on the web page for meetings already held: listed under Hållna möten, and told in
the past tense as the minutes say (who was there, who was not), not as who 'kommer'."""

from __future__ import annotations

import re

import pytest

from bot.minutes.ingest import ingest_file
from storage.engine import unit_of_work
from tests.conftest import EXAMPLES
from tests.web.test_hostile_forms import secretary  # noqa: F401  (the fixture)

SAMPLE = EXAMPLES / "protokoll" / "samverkansgrupp-barn-och-unga-2026-05-12.txt"


@pytest.fixture
def published(loaded, clock):
    """The 12 May 2026 minutes of Samverkansgrupp Barn och unga, read and published."""
    with unit_of_work(loaded) as session:
        ingest_file(session, SAMPLE, clock, publish=True)
    return loaded


def _cells(page: str) -> dict[str, str]:
    """Name → status, from the page's tables."""
    rows = re.findall(r"<tr><td>([^<]+)</td><td>[^<]*</td><td>([^<]+)</td></tr>", page)
    return dict(rows)


def test_a_held_meetings_attendance_is_what_its_minutes_say(published, secretary):  # noqa: F811
    client, _, _, _ = secretary
    index = client.get("/webb/narvaro").text
    assert "Kommande möten" in index and "Hållna möten" in index
    held = index[index.index("Hållna möten"):]
    link = re.search(r'href="(/webb/narvaro/\d+/\d+)">tisdag 12 maj 2026', held)
    assert link and "(enligt protokollet)" in held  # the published sample minutes

    page = client.get(link.group(1)).text
    assert "Enligt protokollet: 11 närvarande, 2 frånvarande." in page
    assert "Organisationer som saknades: Hallsbergs kommun och RF-SISU Örebro län." in page
    assert "kommer" not in page and "har förhinder" not in page
    statuses = _cells(page)
    assert statuses["Jaana Jansson"] == "frånvarande"
    assert statuses["Annika Karlsson Juliussen"] == "frånvarande"
    assert statuses["Anna Bürger Sjödin"] == "närvarande"
    assert statuses["Sofia Persson"] == "närvarande"  # a guest who presented, not on the roster


def test_a_planned_meeting_still_says_who_comes(published, secretary):  # noqa: F811
    client, _, _, _ = secretary
    index = client.get("/webb/narvaro").text
    upcoming = index[index.index("Kommande möten"):index.index("Hållna möten")]
    link = re.search(r'href="(/webb/narvaro/\d+/\d+)">måndag 31 augusti 2026', upcoming)
    page = client.get(link.group(1)).text
    assert ("Ledamöter: 9 av 9 kommer, 0 har förhinder. Ordförande Ingmar Ångman kommer."
            in page)
    assert set(_cells(page).values()) == {"kommer"}


def test_a_past_meeting_without_minutes_says_what_was_reported(loaded, secretary):  # noqa: F811
    from datetime import date

    from storage import meetings as store
    from storage.models import Meeting

    client, _, group, _ = secretary
    with unit_of_work(loaded) as session:
        store.add_meeting(session, Meeting(date=date(2026, 8, 17), place="Sothönan"), [group])
    index = client.get("/webb/narvaro").text
    held = index[index.index("Hållna möten"):]
    link = re.search(r'href="(/webb/narvaro/\d+/\d+)">måndag 17 augusti 2026', held)
    page = client.get(link.group(1)).text
    assert ("Protokollet från mötet är inte inläst, så här står vad som anmäldes före mötet. "
            "Ledamöter: 9 av 9 skulle komma, 0 hade förhinder. Ordförande Ingmar Ångman skulle "
            "komma.") in page
    assert "Varning" not in page
