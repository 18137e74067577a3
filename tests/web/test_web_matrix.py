"""The web page in the role matrix: every page for every kind of person, as the README says.

The same people as tests/bot/test_permissions.py (the example roster seen from Samverkansgrupp
Barn och unga, G, with a stranger and an administrator) sign in by link and open each page's
view of something of G: its meeting, its draft minutes, its remiss, its roster, its outbox.
Each must be given exactly where the matrix says, and refused (403, 404, or sign-in for the
stranger, who has no way in) everywhere else, with nothing stored. Then a secretary of another
group tries G's things page by page and form by form, and sessions that are forged, signed with
another key, or past their hours are refused.
"""

from __future__ import annotations

import re
import time
from datetime import UTC

import itsdangerous
import pytest
from flask.sessions import SecureCookieSessionInterface
from sqlmodel import select

from bot.roster import matrix
from bot.roster.matrix import ENTRIES, NO
from bot.roster.signin import issue_link_token
from bot.settings import Settings
from handlers.web.app import COOKIE
from storage.engine import unit_of_work
from storage.models import (
    AgendaItem,
    Consultation,
    MinutesDraft,
    OutboxMessage,
    OutboxState,
    Person,
)
from tests.bot.test_permissions import NOW, PERSONAS, SETTINGS, World, _column

PAGES = [e for e in ENTRIES if e.kind == "sida"]
G_ERROR = "channel_not_found"  # the dead letter of G's channel, shown on G's Utskick


def _app(engine, clock, tmp_path, hours: int = 8):
    from handlers.server import build_web_app

    settings = Settings(web_secret="w" * 40, data_dir=tmp_path, admins=SETTINGS.admins,
                        web_session_hours=hours)
    return build_web_app(None, engine, clock=clock, settings=settings)


def _sign_in(client, engine, clock, slack_id: str) -> str | None:
    """The session's CSRF token, or None for someone with no person (no link exists)."""
    with unit_of_work(engine) as session:
        person = session.exec(select(Person).where(Person.slack_id == slack_id)).first()
        if person is None:
            return None
        token = issue_link_token(session, person, clock.now())
    page = client.get(f"/webb/in/{token}")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    assert client.post(f"/webb/in/{token}", data={"csrf": csrf}).status_code == 302
    return re.search(r'name="csrf" value="([^"]+)"', client.get("/webb/").text).group(1)


def _dead_letter(engine, world: World) -> int:
    from storage import directory

    with unit_of_work(engine) as session:
        group = directory.group_by_id(session, world.group)
        row = OutboxMessage(key="reminder:g", group_id=group.id, recipient=group.channel_id,
                            payload={"text": "Påminnelse: möte måndag."},
                            due_at=NOW.astimezone(UTC), created_at=NOW.astimezone(UTC),
                            state=OutboxState.dead, last_error=G_ERROR)
        session.add(row)
        session.flush()
        return row.id


PUBLISHED_DECISION = "Gruppen ställer sig bakom den regionala planen för barnhälsoteam."


def _published(engine, world: World) -> None:
    """Minutes of G's meeting, published: the page an answer's 'Källa:' links to."""
    from storage.models import Decision, Document, DocumentStatus

    with unit_of_work(engine) as session:
        document = Document(sha256="p" * 64, filename="sbu-protokoll.txt", meeting_id=world.meeting,
                            status=DocumentStatus.published, created_at=NOW.astimezone(UTC),
                            published_at=NOW.astimezone(UTC))
        session.add(document)
        session.flush()
        session.add(Decision(meeting_id=world.meeting, document_id=document.id,
                             text=PUBLISHED_DECISION, published_at=NOW.astimezone(UTC)))
        world.published = document.id


def _open(client, world: World, csrf: str | None, key: str):
    """(got it, the response) for one page of the matrix, about G."""
    ok = 200
    if key == "web.mine":
        r = client.get("/webb/")
        return r.status_code == ok, r
    if key == "web.calendar":
        r = client.post("/webb/kalender/ny", data={"csrf": csrf or ""}, follow_redirects=True)
        found = re.search(r'value="https?://[^"/]+(/ical/[^"]+\.ics)"', r.text)
        return bool(found) and client.get(found.group(1)).status_code == ok, r
    if key == "web.privacy":
        r = client.get("/webb/mina-uppgifter")
        return r.status_code == ok, r
    if key == "web.minutes":
        r = client.get(f"/webb/protokoll/{world.drafts[0]}")
        return r.status_code == ok and "Granska protokollet" in r.text, r
    if key == "web.meetings":
        r = client.get(f"/webb/moten/{world.meeting}")
        return r.status_code == ok, r
    if key == "web.attendance":
        r = client.get(f"/webb/narvaro/{world.meeting}/{world.group}")
        return r.status_code == ok, r
    if key == "web.consultations":
        r = client.get(f"/webb/remisser/{world.remiss}")
        return r.status_code == ok and "Överenskommelse om familjecentraler" in r.text, r
    if key == "web.open_consultation":
        r = client.post("/webb/remisser", data={
            "csrf": csrf or "", "title": "Regional handlingsplan för barn och unga",
            "group": str(world.group), "deadline": "2026-11-30", "per": "organisation"})
        return r.status_code == 302 and "/webb/remisser/" in r.headers.get("Location", ""), r
    if key == "web.groups":
        r = client.get(f"/webb/grupper/{world.group}")
        return r.status_code == ok, r
    if key == "web.outbox":
        r = client.get("/webb/utskick")
        return r.status_code == ok and G_ERROR in r.text, r
    if key == "web.published":
        r = client.get(f"/webb/protokoll/publicerade/{world.published}")
        return r.status_code == ok and PUBLISHED_DECISION in r.text, r
    raise AssertionError(f"no way to open {key}")


def test_every_page_of_the_web_is_in_the_matrix():
    """Each page a person opens (not signing in, the Teams tab's sign-in, the static files)
    belongs to a row; the rows are those the test opens."""
    from flask import Flask

    from handlers.web import pages  # noqa: F401  (the routes, before the blueprint is used)
    from handlers.web.app import web

    app = Flask("x")
    app.register_blueprint(web)
    endpoints = {rule.endpoint for rule in app.url_map.iter_rules()
                 if "GET" in rule.methods and rule.endpoint.startswith("web.")}
    rows = {
        "web.mine": "web.mine", "web.calendar": "web.calendar", "web.privacy": "web.privacy",
        "web.minutes": "web.minutes", "web.draft": "web.minutes",
        "web.meetings": "web.meetings", "web.meeting": "web.meetings",
        "web.attendance": "web.attendance", "web.attendance_meeting": "web.attendance",
        "web.attendance_export": "web.attendance", "web.consultations": "web.consultations",
        "web.consultation": "web.consultations", "web.consultation_export": "web.consultations",
        "web.groups": "web.groups", "web.group": "web.groups", "web.roster_export": "web.groups",
        "web.outbox": "web.outbox", "web.published_minutes": "web.published",
    }
    outside = {"web.signin", "web.link", "web.oidc_start", "web.oidc_done", "web.teams_tab",
               "web.static"}
    assert endpoints - outside <= set(rows), endpoints - outside - set(rows)
    assert set(rows.values()) | {"web.open_consultation"} == {e.key for e in PAGES}


@pytest.mark.parametrize("persona", list(PERSONAS))
def test_every_page_for_every_kind_of_person(loaded, clock, tmp_path, persona):
    world = World(loaded, clock, persona)
    _dead_letter(loaded, world)
    _published(loaded, world)
    client = _app(loaded, clock, tmp_path).test_client()
    csrf = _sign_in(client, loaded, clock, PERSONAS[persona])
    column = _column(persona)
    assert (csrf is None) == (not column.in_roster)
    wrong = []
    for entry in PAGES:
        expected = matrix.cell(entry.right, column) != NO
        before = world.counts()
        got, response = _open(client, world, csrf, entry.key)
        if got != expected:
            wrong.append(f"{entry.key}: {'given' if got else 'refused'} ({response.status_code})")
            continue
        if got:
            continue
        assert world.counts() == before, f"{entry.key} stored something when refused"
        if csrf is None:  # the stranger: sent to sign in (a form: refused for its token)
            assert response.status_code in (302, 400), (entry.key, response.status_code)
            page = response.text
            if response.status_code == 302:
                assert "/webb/logga-in" in response.headers["Location"]
                page = client.get(response.headers["Location"]).text
            assert "Barn och unga" not in page and "Daniel Berglund" not in page
        else:
            assert response.status_code in (400, 403, 404), (entry.key, response.status_code)
            assert "Samverkansboten" in response.text and 'lang="sv"' in response.text
            if response.status_code == 403:
                _names_who_may(entry, response.text)
    assert wrong == [], f"{persona}:\n" + "\n".join(wrong)


# How a refusal names each kind of person of the matrix (plural, in Swedish).
HOLDERS = {"ledamot": "ledamöter", "ersättare": "ersättare", "tjänsteperson": "tjänstepersoner",
           "sekreterare": "sekreterare och", "ordförande": "ordförande i en grupp",
           "remissägare": "den som äger en remiss", "administratör": "administratörer"}


def _names_who_may(entry, page: str) -> None:
    """A 403 names the page and exactly those the matrix lets open it, nobody else."""
    refusal = re.search(r'<p class="problem">(.*?)</p>', page, re.S).group(1)
    assert refusal.startswith("Sidan "), refusal
    for column in matrix.COLUMNS:
        if column.title in HOLDERS:
            named = HOLDERS[column.title] in refusal
            assert named == (matrix.cell(entry.right, column) != NO), (entry.key, column.title,
                                                                       refusal)


@pytest.mark.parametrize(("persona", "path", "says"), [
    ("tjänsteperson", "/webb/protokoll", "Sidan Protokoll är till för sekreterare och "
     "ordförande i en grupp och administratörer."),
    ("ledamot", "/webb/narvaro", "Sidan Närvaro är till för tjänstepersoner, sekreterare och "
     "ordförande i en grupp och administratörer."),
    ("ersättare", "/webb/remisser", "Sidan Remisser är till för sekreterare och ordförande i en "
     "grupp, den som äger en remiss och administratörer."),
    ("tjänsteperson", "/webb/utskick", "Sidan Utskick är till för sekreterare och ordförande i "
     "en grupp och administratörer."),
])
def test_a_refused_page_says_who_may_open_it(loaded, clock, tmp_path, persona, path, says):
    World(loaded, clock, persona)
    client = _app(loaded, clock, tmp_path).test_client()
    _sign_in(client, loaded, clock, PERSONAS[persona])
    response = client.get(path)
    assert response.status_code == 403
    assert says in response.text
    assert "Kontakta sekreteraren i din grupp" in response.text


MALIN = "U0MALINDU"  # secretary of svoo and cg-svvo, not in G


def test_a_secretary_of_another_group_gets_nothing_of_g(loaded, clock, tmp_path):
    world = World(loaded, clock, "ledamot i annan grupp")
    message = _dead_letter(loaded, world)
    client = _app(loaded, clock, tmp_path).test_client()
    csrf = _sign_in(client, loaded, clock, MALIN)
    for path in (f"/webb/protokoll/{world.drafts[0]}", f"/webb/moten/{world.meeting}",
                 f"/webb/narvaro/{world.meeting}/{world.group}",
                 f"/webb/narvaro/{world.meeting}/{world.group}/narvaro.csv",
                 f"/webb/remisser/{world.remiss}", f"/webb/remisser/{world.remiss}/synpunkter.csv",
                 f"/webb/grupper/{world.group}"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert "Barn och unga" not in response.text, path
    for page in ("/webb/protokoll", "/webb/moten", "/webb/narvaro", "/webb/remisser",
                 "/webb/grupper", "/webb/utskick"):  # her own pages: nothing of G on them
        response = client.get(page)
        assert response.status_code == 200, page
        assert "Barn och unga" not in response.text and G_ERROR not in response.text, page
    assert "sbu" not in client.get("/webb/grupper/deltagarlista.yaml").text

    before = world.counts()
    forms = [
        (f"/webb/protokoll/{world.drafts[0]}/kasta", {}),
        (f"/webb/moten/{world.meeting}/punkter", {"title": "Läget i SAMS"}),
        (f"/webb/remisser/{world.remiss}/stang", {}),
        (f"/webb/remisser/{world.proposed}/oppna", {}),
        (f"/webb/grupper/{world.group}/ledamoter",
         {"name": "Ny Person", "email": "ny@example.se", "role": "member"}),
        ("/webb/remisser", {"title": "Regional plan", "group": str(world.group),
                            "deadline": "2026-11-30"}),
        ("/webb/moten", {"group": str(world.group), "date": "2026-10-01", "start": "13:00"}),
    ]
    for path, data in forms:
        response = client.post(path, data={"csrf": csrf, **data})
        assert response.status_code in (400, 403, 404), (path, response.status_code)
    response = client.post(f"/webb/utskick/{message}/igen", data={"csrf": csrf})
    assert response.status_code == 302
    assert world.counts() == before
    with unit_of_work(loaded) as session:
        assert session.get(OutboxMessage, message).state == OutboxState.dead
        assert session.get(MinutesDraft, world.drafts[0]).status == "draft"
        assert session.get(Consultation, world.remiss).status == "open"
        assert not session.exec(select(AgendaItem).where(
            AgendaItem.title == "Läget i SAMS")).all()


def _cookie(app, value: dict, secret: str | None = None, age_seconds: int = 0) -> str:
    """A session cookie as Flask writes it, signed with the app's key (or another), made
    `age_seconds` ago."""
    interface = SecureCookieSessionInterface()
    if secret is not None:
        app = type("A", (), {"secret_key": secret, "config": app.config})()
    serializer = interface.get_signing_serializer(app)
    real = itsdangerous.timed.TimestampSigner.get_timestamp
    itsdangerous.timed.TimestampSigner.get_timestamp = lambda self: int(time.time()) - age_seconds
    try:
        return serializer.dumps(value)
    finally:
        itsdangerous.timed.TimestampSigner.get_timestamp = real


def test_forged_foreign_and_expired_sessions_are_refused(loaded, clock, tmp_path):
    World(loaded, clock, "administratör")
    app = _app(loaded, clock, tmp_path, hours=8)
    client = app.test_client()
    csrf = _sign_in(client, loaded, clock, "U0DANIELB")
    real = client.get_cookie(COOKIE).value
    with unit_of_work(loaded) as session:
        admin = session.exec(select(Person).where(Person.slack_id == "U0ADMIN01")).one().id
    wanted = {"person_id": admin, "csrf": csrf, "_permanent": True}
    cookies = {
        "forged signature": real.rsplit(".", 1)[0] + ".AAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "another person, no signature": "eyJwZXJzb25faWQiOjF9.forged.sig",
        "signed with another key": _cookie(app, wanted, secret="another-key-" + "x" * 30),
        "past its eight hours": _cookie(app, wanted, age_seconds=8 * 3600 + 60),
    }
    assert client.get("/webb/grupper").status_code == 200  # the real one works
    for what, value in cookies.items():
        other = app.test_client()
        other.set_cookie(COOKIE, value, domain="localhost")
        response = other.get("/webb/grupper")
        assert response.status_code == 302, what
        assert "/webb/logga-in" in response.headers["Location"], what
        before = World.counts(type("W", (), {"engine": loaded})())
        response = other.post("/webb/remisser", data={
            "csrf": csrf, "title": "Regional plan", "group": "1", "deadline": "2026-11-30"})
        assert response.status_code in (302, 400), what
        assert World.counts(type("W", (), {"engine": loaded})()) == before, what
    # The same signed value made just now is accepted: the refusals above are the age and key.
    fresh = app.test_client()
    fresh.set_cookie(COOKIE, _cookie(app, wanted, age_seconds=60), domain="localhost")
    assert fresh.get("/webb/grupper").status_code == 200
