"""A meeting's pages name the meeting's day as people write it, in the title (what a screen
reader says first, and the browser's tab) and in the heading: Närvaro's page for a meeting was
headed 'Närvaro' alone, like the list it came from, and both were titled with an ISO date."""

from __future__ import annotations

import html
import re

from tests.web.test_hostile_forms import secretary  # noqa: F401  (the fixture)


def _title_and_heading(page: str) -> tuple[str, str]:
    page = html.unescape(page)
    return (re.search(r"<title>(.*?)</title>", page).group(1),
            re.search(r"<h1>(.*?)</h1>", page).group(1))


def test_attendance_and_meeting_pages_name_the_day(loaded, secretary):  # noqa: F811
    client, _, group, meeting = secretary
    listing = client.get("/webb/narvaro").text
    link = re.search(r'href="(/webb/narvaro/\d+/\d+)">måndag 31 augusti 2026', listing).group(1)
    assert _title_and_heading(client.get(link).text) == (
        "Närvaro måndag 31 augusti 2026 – Samverkansboten", "Närvaro måndag 31 augusti 2026")
    title, heading = _title_and_heading(client.get(f"/webb/moten/{meeting}").text)
    assert re.fullmatch(r"Möte \w+dag \d+ \w+ 2026 – Samverkansboten", title), title
    assert heading.startswith("Mötet ") and title.removeprefix("Möte ").startswith(
        heading.removeprefix("Mötet "))
