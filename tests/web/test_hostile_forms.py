"""The secretary's forms against what people and browsers really send: a double click, a form
sent again from the history, an invisible NUL pasted from another program, text far too long,
markup in a name. Each gets a clean answer in Swedish, and nothing is stored twice or half."""

from __future__ import annotations

import contextlib
import re
import threading

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


class _ChecksMeetTogether:
    """Stands in for a storage module whose look-up `name`, once made, waits (at most a second)
    until the other request has made it too: without a lock both then have seen no item and both
    insert, which is what a double click does when its two requests arrive at the same moment."""

    def __init__(self, module, name: str):
        self._module, self._name = module, name
        self._both_checked = threading.Barrier(2)

    def __getattr__(self, attribute):
        found = getattr(self._module, attribute)
        if attribute != self._name:
            return found

        def checked_together(*args, **kwargs):
            seen = found(*args, **kwargs)
            # Broken: the other request waits for our lock, and checks after we committed.
            with contextlib.suppress(threading.BrokenBarrierError):
                self._both_checked.wait(timeout=1)
            return seen
        return checked_together


def _two_clicks_at_once(loaded, clock, tmp_path, path: str, form: dict) -> list[int]:
    app = _app(loaded, clock, tmp_path)
    clients = [app.test_client() for _ in range(2)]
    tokens = [_sign_in(client, loaded, clock, DANIEL) for client in clients]
    statuses: list[int] = []

    def click(client, csrf):
        statuses.append(client.post(path, data={**form, "csrf": csrf}).status_code)
    clicks = [threading.Thread(target=click, args=pair)
              for pair in zip(clients, tokens, strict=True)]
    for thread in clicks:
        thread.start()
    for thread in clicks:
        thread.join(timeout=30)
    return statuses


def test_an_agenda_item_double_clicked_at_the_same_moment_is_added_once(
        loaded, secretary, clock, tmp_path, monkeypatch):
    from bot.meetings import plan

    _, _, _, meeting = secretary
    monkeypatch.setattr(plan, "store", _ChecksMeetTogether(plan.store, "agenda"))
    before = _count(loaded, AgendaItem)
    statuses = _two_clicks_at_once(loaded, clock, tmp_path, f"/webb/moten/{meeting}/punkter",
                                   {"title": "Obruten skolgång – SAMS", "kind": "decision"})
    assert statuses == [302, 302]
    assert _count(loaded, AgendaItem) == before + 1


def test_a_remiss_double_clicked_at_the_same_moment_is_opened_once(
        loaded, secretary, clock, tmp_path, monkeypatch):
    from bot.consultations import manage

    _, _, group, _ = secretary
    monkeypatch.setattr(manage, "store", _ChecksMeetTogether(manage.store, "of_groups"))
    before = _count(loaded, Consultation)
    statuses = _two_clicks_at_once(loaded, clock, tmp_path, "/webb/remisser", {
        "title": "Regional handlingsplan för barnhälsoteam", "group": str(group),
        "deadline": "2026-10-30", "per": "organisation"})
    assert statuses == [302, 302]
    assert _count(loaded, Consultation) == before + 1


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
    items = _count(loaded, AgendaItem)
    response = client.post(f"/webb/moten/{meeting}/punkter", data={
        "csrf": csrf, "title": long, "presenter": long, "kind": "information",
        "document_title": long, "document_url": "https://example.se/" + "a" * 5000})
    assert response.status_code == 400  # said, not cut (test below): nothing of it is stored
    # Said at each of the four fields, and again in the summary of errors above the form.
    assert response.text.count('class="field-error"') == 4
    assert response.text.count("får plats här") == 8
    assert _count(loaded, AgendaItem) == items


def test_moving_an_agenda_item_past_the_end_or_one_that_is_gone(loaded, secretary):
    client, csrf, _, meeting = secretary
    for title in ("Läget i SAMS", "Barn med misstänkt IF"):
        client.post(f"/webb/moten/{meeting}/punkter",
                    data={"csrf": csrf, "title": title, "kind": "information"})
    page = client.get(f"/webb/moten/{meeting}").text
    first = re.search(r'action="/webb/moten/\d+/punkter/(\d+)"', page).group(1)
    up = client.post(f"/webb/moten/{meeting}/punkter/{first}", data={"csrf": csrf, "action": "up"})
    assert up.status_code == 302
    moved = client.get(up.headers["Location"]).text
    assert "Punkten står redan först. Ordningen är oförändrad." in moved
    # Another secretary removed it meanwhile, or the id was made up: a clean 404, nothing moved.
    gone = client.post(f"/webb/moten/{meeting}/punkter/987654",
                       data={"csrf": csrf, "action": "down"})
    assert gone.status_code == 404
    assert "Sidan finns inte, eller så är den inte din att se." in gone.text


def test_text_longer_than_a_field_holds_is_refused_not_cut(loaded, secretary):
    client, csrf, group, meeting = secretary
    meetings, items = _count(loaded, Meeting), _count(loaded, AgendaItem)
    place = "Sothönan, Regionhuset, Klostergatan 23, Örebro. " * 12  # about 600 characters
    refused = client.post("/webb/moten", data={
        "csrf": csrf, "group": str(group), "date": "2026-11-16", "start": "13:00",
        "end": "15:00", "place": place, "repeat": "none", "count": "1"})
    assert refused.status_code == 400
    assert "Högst 500 tecken får plats här. Ingenting är sparat; korta texten." in refused.text
    assert place.strip() in refused.text.replace("&#39;", "'")  # what she typed is still there
    title = "Riktlinjer för barnhälsoteam och fristående förskolor, " * 10
    refused = client.post(f"/webb/moten/{meeting}/punkter", data={
        "csrf": csrf, "title": title, "presenter": "Välfärd och folkhälsa", "kind": "decision"})
    assert refused.status_code == 400
    assert "Högst 500 tecken får plats här." in refused.text
    assert _count(loaded, Meeting) == meetings and _count(loaded, AgendaItem) == items


def test_a_remiss_opened_and_closed_on_the_web_is_in_the_audit_log(loaded, secretary):
    """Opening a remiss in chat was logged; opening one on the web page, and closing one early
    (which ends everyone's chance to answer), left no trace of who did it."""
    from storage.models import AuditEvent

    client, csrf, group, _ = secretary
    form = {"csrf": csrf, "title": "Regional handlingsplan för barnhälsoteam",
            "group": str(group), "deadline": "2026-10-30", "per": "organisation"}
    opened = client.post("/webb/remisser", data=form)
    client.post("/webb/remisser", data=form)  # the same again: not opened, not logged twice
    consultation = int(opened.headers["Location"].rsplit("/", 1)[1])
    assert client.post(f"/webb/remisser/{consultation}/stang",
                       data={"csrf": csrf}).status_code == 302
    client.post(f"/webb/remisser/{consultation}/stang", data={"csrf": csrf})  # already closed
    with unit_of_work(loaded) as session:
        daniel = directory.person_by_platform_id(session, "slack", DANIEL)
        events = session.exec(select(AuditEvent).order_by(AuditEvent.id)).all()
    assert [(e.action, e.subject, e.platform, e.actor_id) for e in events] == [
        ("consultation.create", f"consultation:{consultation}", "web", daniel.id),
        ("consultation.close", f"consultation:{consultation}", "web", daniel.id),
    ]
    assert events[0].details == {"groups": ["sbu"], "deadline": "2026-10-30T23:59:00+01:00"}


@pytest.mark.parametrize(("field", "value"), [
    ("title", "Remiss om regional handlingsplan för barnhälsoteam, " * 12),
    ("draft", "https://regionorebrolan.sharepoint.com/sites/samverkan/Delade%20dokument/"
              + "Remisser%202026/" * 70 + "utkast.docx"),
])
def test_a_remiss_title_or_address_too_long_is_refused_not_cut(loaded, secretary, field, value):
    """In chat a title over 500 characters was refused; on the web page it was cut, and an
    address over 1,000 cut to a link that leads nowhere."""
    client, csrf, group, _ = secretary
    form = {"csrf": csrf, "title": "Regional handlingsplan för barnhälsoteam",
            "group": str(group), "deadline": "2026-10-30", "per": "organisation", field: value}
    before = _count(loaded, Consultation)
    response = client.post("/webb/remisser", data=form)
    assert response.status_code == 400
    assert "Ingenting är sparat; korta texten." in response.text
    assert _count(loaded, Consultation) == before
