"""/webb in chat, `samverkansbot web link`, and the iCal feed (through the Flask app)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlmodel import select

from bot import commands
from bot.context import Context
from bot.replies import Request
from bot.settings import Settings
from handlers import cli
from storage.engine import unit_of_work
from storage.models import Person, WebSignIn

JOHANNA = "U0JOHANNA"


@pytest.fixture
def app(loaded, clock, tmp_path):
    from handlers.server import build_web_app

    settings = Settings(web_secret="s" * 40, data_dir=tmp_path)
    return build_web_app(None, loaded, clock=clock, settings=settings)


def sign_in(client, engine, clock, slack_id=JOHANNA) -> str:
    with unit_of_work(engine) as session:
        reply = commands.handle(Context(session, clock),
                                Request("slack", slack_id, "", command="webb"))
    url = re.search(r"https?://\S+", reply.text).group(0)
    path = url.split("127.0.0.1:3000", 1)[-1]
    page = client.get(path)
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    assert client.post(path, data={"csrf": csrf}).status_code == 302
    # Signing in starts a fresh session with a token of its own.
    return re.search(r'name="csrf" value="([^"]+)"', client.get("/webb/").text).group(1)


def test_webb_answers_privately_with_a_link_for_that_person(loaded, clock, monkeypatch):
    monkeypatch.setenv("SAMVERKANSBOT_PUBLIC_URL", "https://bot.regionorebrolan.example.se")
    with unit_of_work(loaded) as session:
        ctx = Context(session, clock)
        reply = commands.handle(ctx, Request("slack", JOHANNA, "", command="webb"))
        stranger = commands.handle(ctx, Request("slack", "U0NOBODY", "", command="webb"))
    assert reply.ephemeral
    assert "fungerar en gång, i tio minuter, och bara för dig" in reply.text
    assert re.search(r"https://bot\.regionorebrolan\.example\.se/webb/in/[\w-]{40,}", reply.text)
    assert "känner inte igen dig" in stranger.text
    with unit_of_work(loaded) as session:
        (row,) = session.exec(select(WebSignIn)).all()
        token = reply.text.rsplit("/", 1)[-1]
        assert token not in row.token_hash and len(row.token_hash) == 64  # stored hashed
        assert (row.expires_at - row.created_at).total_seconds() == 600


def test_cli_web_link(loaded, capsys, monkeypatch, tmp_path):
    db = Path(str(loaded.url).split("///", 1)[-1]) if loaded.dialect.name == "sqlite" else None
    if db is None:
        pytest.skip("the CLI opens the database by DATABASE_URL; SQLite is enough here")
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{db}")
    assert cli.main(["web", "link", "JOHANNA.VIBERG@orebro.example.se"]) == 0
    assert "Inloggningslänk för Johanna Viberg" in capsys.readouterr().out
    assert cli.main(["web", "link", "okand@example.se"]) == 2
    assert "Ingen i deltagarlistan" in capsys.readouterr().err


def test_the_calendar_feed_and_a_new_secret_invalidating_the_old(app, loaded, clock):
    client = app.test_client()
    csrf = sign_in(client, loaded, clock)
    first = client.post("/webb/kalender/ny", data={"csrf": csrf}, follow_redirects=True).text
    old = re.search(r'value="(http[^"]+\.ics)"', first).group(1)
    feed = client.get("/ical/" + old.rsplit("/", 1)[-1])
    assert feed.status_code == 200 and feed.mimetype == "text/calendar"
    calendar = Calendar.from_ical(feed.data)
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    sbu = [e for e in calendar.walk("VEVENT") if e["dtstart"].dt.isoformat().startswith(
        "2026-08-31")][0]
    assert str(sbu["summary"]) == "Samverkansgrupp Barn och unga"
    assert sbu["dtstart"].dt.isoformat() == "2026-08-31T11:00:00+00:00"  # 13.00 in Stockholm
    assert "Sothönan" in str(sbu["location"])
    assert "SAMS – kartläggning av aktuella behov" in str(sbu["description"])
    assert "Du har inte anmält förhinder." in str(sbu["description"])
    assert events
    # A new address: the old one stops working at once.
    second = client.post("/webb/kalender/ny", data={"csrf": csrf}, follow_redirects=True).text
    new = re.search(r'value="(http[^"]+\.ics)"', second).group(1)
    assert new != old
    assert client.get("/ical/" + old.rsplit("/", 1)[-1]).status_code == 404
    assert client.get("/ical/" + new.rsplit("/", 1)[-1]).status_code == 200
    assert client.get("/ical/gissat.ics").status_code == 404


def test_the_calendar_shows_my_forhinder(app, loaded, clock):
    client = app.test_client()
    csrf = sign_in(client, loaded, clock)
    page = client.get("/webb/").text
    meeting = re.search(r'action="/webb/moten/(\d+)/forhinder"', page).group(1)
    client.post(f"/webb/moten/{meeting}/forhinder", data={"csrf": csrf, "substitute": "none"})
    made = client.post("/webb/kalender/ny", data={"csrf": csrf}, follow_redirects=True)
    address = re.search(r'value="(http[^"]+\.ics)"', made.text).group(1)
    calendar = Calendar.from_ical(client.get("/ical/" + address.rsplit("/", 1)[-1]).data)
    absent = [e for e in calendar.walk("VEVENT")
              if "Du har anmält förhinder" in str(e["description"])]
    assert len(absent) == 1 and str(absent[0]["transp"]) == "TRANSPARENT"


def test_bad_input_gets_a_clean_4xx(app, loaded, clock):
    client = app.test_client()
    csrf = sign_in(client, loaded, clock)
    page = client.get("/webb/").text
    meeting = re.search(r'action="/webb/moten/(\d+)/forhinder"', page).group(1)
    bad = client.post(f"/webb/moten/{meeting}/forhinder",
                      data={"csrf": csrf, "substitute": "'; drop table absence"})
    assert bad.status_code == 400 and 'lang="sv"' in bad.text
    assert client.post(f"/webb/moten/{meeting}/forhinder",
                       data={"csrf": csrf, "part_from": "sent"}).status_code == 400
    assert client.post("/webb/moten/999999/forhinder", data={"csrf": csrf}).status_code == 404
    with unit_of_work(loaded) as session:
        assert session.exec(select(Person)).first() is not None


@pytest.mark.parametrize("wanted, lands", [
    ("/webb/kalender", "/webb/kalender"),
    ("https://elak.example.com/webb/", "/webb/"),
    ("//elak.example.com/webb/", "/webb/"),
])
def test_a_link_leads_on_to_our_own_pages_only(app, loaded, clock, wanted, lands):
    client = app.test_client()
    with unit_of_work(loaded) as session:
        person = session.exec(select(Person).where(Person.slack_id == JOHANNA)).one()
        from bot.roster.signin import issue_link_token

        token = issue_link_token(session, person, clock.now())
    page = client.get(f"/webb/in/{token}", query_string={"next": wanted})
    assert page.headers["Referrer-Policy"] == "no-referrer"
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    follow = re.search(r'name="next" value="([^"]*)"', page.text).group(1)
    answer = client.post(f"/webb/in/{token}", data={"csrf": csrf, "next": wanted})
    assert answer.headers["Location"] == lands and follow == lands
