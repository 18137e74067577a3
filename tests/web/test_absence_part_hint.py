"""The two times of a förhinder for part of a meeting have a hint that stays while she types
and is read with each field ('Skriv klockslagen som 14.00 …'); before, the only hint was a
placeholder, gone at the first key and not read by every screen reader."""

from __future__ import annotations

import html
import re

from tests.web.test_web_matrix import _app, _sign_in

HINT = "Skriv klockslagen som 14.00. Lämna tomt om du är borta hela mötet."


def test_the_part_fields_carry_a_hint_that_stays(loaded, clock, tmp_path):
    client = _app(loaded, clock, tmp_path).test_client()
    _sign_in(client, loaded, clock, "U0KATARIN")
    page = html.unescape(client.get("/webb/").text)
    hints = re.findall(r'<p class="muted" id="(del-\d+)">([^<]*)</p>', page)
    assert hints and all(text == HINT for _, text in hints)
    for hint, _ in hints:
        fields = re.findall(rf'<input id="(?:fran|till)-\d+"[^>]*aria-describedby="{hint}"', page)
        assert len(fields) == 2
    assert "placeholder=" not in page
