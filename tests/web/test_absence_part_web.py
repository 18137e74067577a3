"""The web page's förhinder form refuses a part of the meeting that cannot be, as the chat
does (tests/bot/test_absence_part.py): the member reads why, and nothing is saved."""

from __future__ import annotations

import html
import re

import pytest

from storage.models import Absence, SubstituteCall
from tests.bot.test_absences import JOHANNA, rows
from tests.web.test_web_matrix import _app, _sign_in


@pytest.mark.parametrize(("away_from", "away_to", "expected"), [
    ("15.00", "14.00", "Borta kl. 15.00–14.00 går inte"),
    ("7", "8", "Mötet är kl. 13.00–15.00, så kl. 07.00–08.00 är utanför mötet."),
])
def test_the_web_page_refuses_a_part_that_cannot_be(loaded, clock, tmp_path, away_from, away_to,
                                                    expected):
    client = _app(loaded, clock, tmp_path).test_client()
    csrf = _sign_in(client, loaded, clock, JOHANNA)
    meeting = re.search(r'action="/webb/moten/(\d+)/forhinder"', client.get("/webb/").text)[1]
    sent = client.post(f"/webb/moten/{meeting}/forhinder", data={
        "csrf": csrf, "substitute": "default", "part_from": away_from, "part_to": away_to})
    assert sent.status_code == 302
    assert expected in html.unescape(client.get(sent.headers["Location"]).text)
    assert rows(loaded, Absence) == [] and rows(loaded, SubstituteCall) == []
