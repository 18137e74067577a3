"""Addresses and forms with an id no table can hold: a number past the database's range (typed,
or forged by changing a link) is "not found", as another group's id is, not a server error;
so is an id written in other digits than 0–9."""

from __future__ import annotations

import html

import pytest

from tests.web.test_hostile_forms import secretary  # noqa: F401  (the fixture)

BEYOND = "99999999999999999999"  # past SQLite's 64 bits
PAST_POSTGRES = "2147483648"  # past PostgreSQL's integer

PAGES = ["/webb/moten/{id}", "/webb/grupper/{id}", "/webb/remisser/{id}", "/webb/protokoll/{id}",
         "/webb/narvaro/{id}/1", "/webb/remisser/{id}/synpunkter.csv",
         "/webb/protokoll/publicerade/{id}"]
FORMS = ["/webb/moten/{meeting}/punkter/{id}", "/webb/grupper/{group}/ledamoter/{id}",
         "/webb/forhinder/{id}/ta-tillbaka", "/webb/utskick/{id}/igen",
         "/webb/remisser/{id}/stang", "/webb/moten/{id}/forhinder",
         "/webb/protokoll/publicerade/{id}/ratta"]


@pytest.mark.parametrize("number", [BEYOND, PAST_POSTGRES])
def test_an_address_past_any_id_is_not_found(loaded, secretary, number):  # noqa: F811
    client, csrf, group, meeting = secretary
    for page in PAGES:
        assert client.get(page.format(id=number)).status_code == 404, page
    for form in FORMS:
        sent = client.post(form.format(id=number, group=group, meeting=meeting),
                           data={"csrf": csrf, "action": "up"})
        assert sent.status_code == 404, form
        assert "Sidan finns inte, eller så är den inte din att se." in html.unescape(sent.text)


@pytest.mark.parametrize("number", [BEYOND, PAST_POSTGRES, "²"])
def test_a_form_naming_a_group_or_person_past_any_id_is_not_found(loaded, secretary, number):  # noqa: F811
    client, csrf, group, meeting = secretary
    meeting_form = {"csrf": csrf, "group": number, "date": "2026-10-01", "start": "13.00"}
    assert client.post("/webb/moten", data=meeting_form).status_code == 404
    remiss_form = {"csrf": csrf, "group": number, "title": "Regional handlingsplan",
                   "deadline": "2026-10-30", "per": "organisation"}
    assert client.post("/webb/remisser", data=remiss_form).status_code == 404
    absence = {"csrf": csrf, "substitute": number}
    assert client.post(f"/webb/moten/{meeting}/forhinder", data=absence).status_code == 404


@pytest.mark.parametrize("count", ["²", "9" * 5000])  # int() refuses 4,300 digits and more
def test_a_series_counted_in_other_digits_is_asked_again(loaded, secretary, count):  # noqa: F811
    client, csrf, group, _ = secretary
    refused = client.post("/webb/moten", data={
        "csrf": csrf, "group": str(group), "date": "2026-10-01", "start": "13.00",
        "repeat": "weekly", "count": count})
    assert refused.status_code == 400
    assert "Antalet möten i en serie är 1 till 24." in html.unescape(refused.text)


@pytest.mark.parametrize("number", [BEYOND, "²"])
def test_an_ersattare_past_any_id_is_marked_on_its_field(loaded, secretary, number):  # noqa: F811
    client, csrf, group, _ = secretary
    added = client.post(f"/webb/grupper/{group}/ledamoter", data={
        "csrf": csrf, "name": "Åsa Öberg", "email": "asa.oberg@orebro.example.se",
        "organisation": "Örebro kommun", "role": "member", "substitute": number})
    assert added.status_code == 400
    assert "Ersättaren ska vara en annan aktiv person i gruppen." in html.unescape(added.text)
