"""The secretary's forms against what people and browsers really send: a double click, a form
sent again from the history, an invisible NUL pasted from another program, text far too long,
markup in a name. Each gets a clean answer in Swedish, and nothing is stored twice or half."""

from __future__ import annotations

import re

import pytest
from sqlmodel import func, select

from storage import directory
from storage.engine import unit_of_work
from storage.models import AgendaItem, Consultation, Meeting, Membership, Person
from tests.web.test_web_matrix import _app, _sign_in

DANIEL = "U0DANIELB"  # sekreterare in Samverkansgrupp Barn och unga


def _count(engine, model) -> int:
    with unit_of_work(engine) as session:
        return session.exec(select(func.count()).select_from(model)).one()


@pytest.fixture
def secretary(loaded, clock, tmp_path):
    client = _app(loaded, clock, tmp_path).test_client()
    csrf = _sign_in(client, loaded, clock, DANIEL)
    with unit_of_work(loaded) as session:
        group = directory.group_by_slug(session, "sbu").id
    meeting = re.search(r'href="/webb/moten/(\d+)"', client.get("/webb/moten").text).group(1)
    return client, csrf, group, int(meeting)


def test_a_remiss_sent_twice_is_opened_once(loaded, secretary):
    client, csrf, group, _ = secretary
    form = {"csrf": csrf, "title": "Regional handlingsplan för barnhälsoteam",
            "group": str(group), "deadline": "2026-10-30", "per": "organisation"}
    before = _count(loaded, Consultation)
    first = client.post("/webb/remisser", data=form)
    again = client.post("/webb/remisser", data=form)
    assert first.status_code == again.status_code == 302
    assert first.headers["Location"] == again.headers["Location"]
    assert _count(loaded, Consultation) == before + 1
    page = client.get(again.headers["Location"]).text
    assert "finns redan, öppen för synpunkter till fredag 30 oktober 2026. Ingen ny skickades " \
           "ut." in page
    # Another deadline is another remiss.
    client.post("/webb/remisser", data={**form, "deadline": "2026-11-30"})
    assert _count(loaded, Consultation) == before + 2


def test_an_agenda_item_sent_twice_is_added_once(loaded, secretary):
    client, csrf, _, meeting = secretary
    form = {"csrf": csrf, "title": "Obruten skolgång – SAMS", "presenter": "Ingmar Ångman",
            "kind": "decision"}
    before = _count(loaded, AgendaItem)
    assert client.post(f"/webb/moten/{meeting}/punkter", data=form).status_code == 302
    again = client.post(f"/webb/moten/{meeting}/punkter",
                        data={**form, "title": "obruten skolgång – SAMS "})
    assert again.status_code == 302
    assert _count(loaded, AgendaItem) == before + 1
    page = client.get(again.headers["Location"]).text
    assert "Punkten ”Obruten skolgång – SAMS” finns redan på dagordningen. Ingen ny lades " \
           "till." in page


@pytest.mark.parametrize(("path", "form"), [
    ("/webb/grupper/{group}/ledamoter", {"name": "Anna\x00 Berg", "email": "anna@nora.se",
                                         "organisation": "Nora kommun", "role": "member"}),
    ("/webb/remisser", {"title": "Remiss\x00", "group": "{group}", "deadline": "2026-10-30"}),
    ("/webb/moten/{meeting}/punkter", {"title": "Punkt\x00", "kind": "information"}),
    ("/webb/moten", {"group": "{group}", "date": "2026-11-12", "start": "13:00",
                     "place": "Sothönan\x00"}),
])
def test_a_nul_in_a_form_is_refused_whole(loaded, secretary, path, form):
    """PostgreSQL cannot store NUL: the member form answered 500 there, after its checks."""
    client, csrf, group, meeting = secretary
    counts = [_count(loaded, m) for m in (Person, Membership, Consultation, AgendaItem, Meeting)]
    response = client.post(path.format(group=group, meeting=meeting), data={
        "csrf": csrf, **{k: v.format(group=group) for k, v in form.items()}})
    assert response.status_code == 400
    assert "osynligt styrtecken (NUL)" in response.text and "Ingenting sparades." in response.text
    assert [_count(loaded, m) for m in (Person, Membership, Consultation, AgendaItem,
                                        Meeting)] == counts


def test_long_text_and_markup_in_a_roster_are_kept_as_text(loaded, secretary):
    client, csrf, group, meeting = secretary
    markup = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    response = client.post(f"/webb/grupper/{group}/ledamoter", data={
        "csrf": csrf, "name": markup, "email": "skript@orebro.se", "organisation": "Örebro kommun",
        "role": "member"})
    assert response.status_code == 302
    page = client.get(f"/webb/grupper/{group}").text
    assert "<script>alert" not in page and "&lt;script&gt;alert" in page
    long = "Överenskommelse om familjecentraler " * 600
    response = client.post(f"/webb/moten/{meeting}/punkter", data={
        "csrf": csrf, "title": long, "presenter": long, "kind": "information",
        "document_title": long, "document_url": "https://example.se/" + "a" * 5000})
    assert response.status_code == 302
    with unit_of_work(loaded) as session:
        item = session.exec(select(AgendaItem).order_by(AgendaItem.id.desc())).first()
        assert len(item.title) == 500 and len(item.presenter) == 300
