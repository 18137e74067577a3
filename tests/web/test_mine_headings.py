"""Mina möten with a group that meets every week: each meeting's heading (and so its region)
names the day, so that a screen reader's list of headings tells the meetings apart."""

from __future__ import annotations

import re

from tests.web.test_hostile_forms import secretary  # noqa: F401  (the fixture)


def test_each_meeting_on_mina_moten_is_headed_by_its_day(loaded, secretary):  # noqa: F811
    client, csrf, group, _ = secretary
    planned = client.post("/webb/moten", data={
        "csrf": csrf, "group": str(group), "date": "2026-11-10", "start": "13.00",
        "end": "15.00", "place": "Sothönan, Regionhuset", "repeat": "weekly", "count": "3"})
    assert planned.status_code == 302
    page = client.get("/webb/").text
    headings = re.findall(r'<h2 id="rubrik-\d+">([^<]*)</h2>', page)
    assert len(headings) == len(set(headings))
    for day in ("tisdag 10 november 2026", "tisdag 17 november 2026",
                "tisdag 24 november 2026"):
        assert f"{day}: Samverkansgrupp Barn och unga" in headings


def test_a_link_without_its_beginning_is_refused_with_what_is_taken(loaded, secretary):  # noqa: F811
    """An address copied without https:// is refused; the answer names both beginnings the
    form takes, since an intranet's http:// address is taken as it is."""
    client, csrf, group, meeting = secretary
    refused = client.post(f"/webb/moten/{meeting}/punkter", data={
        "csrf": csrf, "title": "Barnhälsoteam i förskolan", "kind": "information",
        "document_url": "www.regionorebrolan.se/underlag/barnhalsoteam.pdf"})
    assert refused.status_code == 400
    assert "Skriv hela adressen, som börjar med https:// eller http://." in refused.text
    taken = client.post(f"/webb/moten/{meeting}/punkter", data={
        "csrf": csrf, "title": "Barnhälsoteam i förskolan", "kind": "information",
        "document_url": "http://intranat.regionorebrolan.se/underlag/barnhalsoteam.pdf"})
    assert taken.status_code == 302
