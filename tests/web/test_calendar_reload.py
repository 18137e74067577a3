"""The page that shows a new calendar address can be reloaded, or gone back to, without making
another: before, it was the answer to the form itself, so the browser sent the form again and
the address the member had just put into Outlook stopped working without a word."""

from __future__ import annotations

import html
import re

import httpx

from tests.web.conftest import assert_accessible, click, sign_in
from tests.web.test_web_matrix import _app, _sign_in

ADDRESS = r'value="https?://[^"/]+/ical/([^"]+)\.ics"'


def test_reloading_the_new_address_keeps_it_working(loaded, clock, tmp_path):
    client = _app(loaded, clock, tmp_path).test_client()
    csrf = _sign_in(client, loaded, clock, "U0KATARIN")
    made = client.post("/webb/kalender/ny", data={"csrf": csrf})
    assert made.status_code == 302 and made.headers["Location"] == "/webb/kalender"
    shown = client.get("/webb/kalender").text
    secret = re.search(ADDRESS, shown).group(1)
    assert "Klart. Här är din nya kalenderadress." in html.unescape(shown)
    again = html.unescape(client.get("/webb/kalender").text)  # reloaded
    assert re.search(ADDRESS, again) is None
    assert "Du har redan en kalenderadress." in again
    assert client.get(f"/ical/{secret}.ics").status_code == 200


def test_the_new_address_in_the_browser(site, chromium):
    sign_in(chromium, site, "U0KATARIN")
    chromium.get(site.base + "/webb/kalender")
    click(chromium, "//main//form//button", "Kalender")
    field = chromium.find_element("id", "adress")
    secret = re.search(r"/ical/([^/]+)\.ics$", field.get_attribute("value")).group(1)
    assert_accessible(chromium)
    chromium.refresh()
    assert chromium.find_elements("id", "adress") == []
    # As Outlook fetches it, with no session: the address made before the reload still works.
    assert httpx.get(f"{site.base}/ical/{secret}.ics").text.startswith("BEGIN:VCALENDAR")
