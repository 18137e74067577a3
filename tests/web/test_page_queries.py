"""Each page asks the database a handful of questions, however much the county holds.

The pages once ran a query per meeting, per synpunkt and per förhinder (Mina möten about 40,
a remiss with 50 synpunkter over 50); at county size that was most of their time. Here every
page is fetched at the size of the large county (80 ledamöter with ersättare, a meeting of 40
agenda items, 30 remisser, 50 synpunkter on one, a dozen förhinder with ersättare called) as
its secretary and as an administrator, and the statements each request runs are counted.
"""

from __future__ import annotations

import re
import threading
from datetime import UTC, timedelta

import pytest
from sqlalchemy import event
from sqlmodel import select

from bot.roster.signin import issue_link_token
from bot.settings import Settings
from storage.engine import unit_of_work
from storage.models import Absence, Group, Meeting, Membership, Person, SubstituteCall
from tests.support.large_county import MEETING_DAY, NOW, SLUG

ADMIN = "regional.utveckling@regionorebrolan.se"
HANDFUL = 10  # statements a page may run: the person's rights, then one per kind of thing


class Counter:
    def __init__(self, engine) -> None:
        self.local = threading.local()
        event.listen(engine, "before_cursor_execute", self._count)

    def _count(self, *_args) -> None:
        self.local.count = getattr(self.local, "count", 0) + 1

    def run(self, call):
        self.local.count = 0
        result = call()
        return result, self.local.count


@pytest.fixture
def county(large_county, engine):
    """The large county with an administrator (in no group) and a dozen förhinder at the
    planned meeting, each with its ersättare called."""
    with unit_of_work(engine) as session:
        session.add(Person(name="Anna Regionsson", email=ADMIN, slack_id="U0ADMIN"))
        group = session.exec(select(Group).where(Group.slug == SLUG)).one()
        meeting = session.exec(select(Meeting).where(Meeting.date == MEETING_DAY)).one()
        members = session.exec(select(Membership).where(
            Membership.group_id == group.id, Membership.role == "member",
            Membership.substitute_id.is_not(None)).order_by(Membership.id)).all()[:12]
        now = NOW.astimezone(UTC)
        for n, member in enumerate(members):
            absence = Absence(meeting_id=meeting.id, person_id=member.person_id,
                              group_id=group.id, substitute_id=member.substitute_id,
                              created_at=now)
            session.add(absence)
            session.flush()
            session.add(SubstituteCall(absence_id=absence.id, person_id=member.substitute_id,
                                       state=("called", "confirmed", "declined")[n % 3],
                                       created_at=now))
        large_county.group_id, large_county.meeting_id = group.id, meeting.id
    return large_county


def _client(app, engine, slack_id: str):
    client = app.test_client()
    with unit_of_work(engine) as session:
        person = session.exec(select(Person).where(Person.slack_id == slack_id)).one()
        token = issue_link_token(session, person, NOW.astimezone(UTC))
    page = client.get(f"/webb/in/{token}")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    assert client.post(f"/webb/in/{token}", data={"csrf": csrf}).status_code == 302
    return client


def test_every_page_runs_a_handful_of_statements_at_county_size(county, engine, tmp_path):
    from bot.clock import FixedClock
    from handlers.server import build_web_app

    settings = Settings(web_secret="s" * 40, data_dir=tmp_path, admins=frozenset({ADMIN}))
    app = build_web_app(None, engine, clock=FixedClock(NOW), settings=settings)
    counter = Counter(engine)
    secretary = _client(app, engine, county.secretary.slack_id)
    admin = _client(app, engine, "U0ADMIN")
    csrf = re.search(r'name="csrf" value="([^"]+)"', secretary.get("/webb/").text).group(1)
    calendar = secretary.post("/webb/kalender/ny", data={"csrf": csrf}, follow_redirects=True).text
    feed = re.search(r'value="https?://[^"/]+(/ical/[^"]+\.ics)"', calendar).group(1)
    meeting, group = county.meeting_id, county.group_id
    pages = [
        "/webb/", "/webb/kalender", feed, "/webb/protokoll", "/webb/moten",
        f"/webb/moten/{meeting}", "/webb/narvaro", f"/webb/narvaro/{meeting}/{group}",
        f"/webb/narvaro/{meeting}/{group}/narvaro.csv", "/webb/remisser",
        f"/webb/remisser/{county.consultation_ids[0]}", "/webb/grupper",
        f"/webb/grupper/{group}", "/webb/utskick",
    ]
    counts = {}
    for who, client, addresses in (("sekreterare", secretary, pages), ("administratör", admin, [
            "/webb/protokoll", "/webb/moten", "/webb/narvaro", "/webb/remisser",
            "/webb/grupper", "/webb/utskick"])):
        for path in addresses:
            client.get(path)  # the first request of a process reads the roster once
            response, count = counter.run(lambda c=client, p=path: c.get(p))
            assert response.status_code == 200, (who, path)
            counts[(who, path)] = count
    too_many = {key: count for key, count in counts.items() if count > HANDFUL}
    assert not too_many, too_many
    # What the pages show is all there: the förhinder and their ersättare, every synpunkt.
    attendance = secretary.get(f"/webb/narvaro/{meeting}/{group}").text
    assert attendance.count("ersättare för") == 12
    remiss = secretary.get(f"/webb/remisser/{county.consultation_ids[0]}").text
    assert remiss.count('<article class="card"') >= 50
    assert ": , version" not in remiss  # every author named


def test_remisser_shows_the_fifty_latest_and_all_on_request(loaded, clock, tmp_path):
    """A county's administrator has hundreds: the page shows the 50 with the latest deadline,
    says so, and shows all when asked."""
    from bot.clock import FixedClock
    from handlers.server import build_web_app
    from storage.models import Consultation, ConsultationGroup

    with unit_of_work(loaded) as session:
        group = session.exec(select(Group).where(Group.slug == "sbu")).one()
        for n in range(55):
            row = Consultation(title=f"Remiss nummer {n:02d} om länets handlingsplan",
                               owner_name="Daniel Berglund", created_at=NOW,
                               deadline=NOW.astimezone(UTC) + timedelta(days=10 + n))
            session.add(row)
            session.flush()
            session.add(ConsultationGroup(consultation_id=row.id, group_id=group.id))
    app = build_web_app(None, loaded, clock=FixedClock(NOW),
                        settings=Settings(web_secret="s" * 40, data_dir=tmp_path))
    client = _client(app, loaded, "U0DANIELB")
    page = client.get("/webb/remisser").text
    row = '<tr><td><a href="/webb/remisser/'
    assert page.count(row) == 50
    assert "Remiss nummer 54" in page and "Remiss nummer 04" not in page  # latest first
    assert "Visa alla remisser" in page
    assert page.count("<td>öppen</td>") == 50  # each remiss's state, in Swedish
    everything = client.get("/webb/remisser?alla=1").text
    assert everything.count("Remiss nummer") == 55 and "Visa alla remisser" not in everything
    assert everything.count(row) == page.count(row) + (everything.count("Remiss nummer")
                                                       - page.count("Remiss nummer"))


def test_the_remisser_list_counts_answers_as_each_remiss_does(county, engine, tmp_path):
    """"Svar: 12 av 15" in the list is counted by the database, the remiss's own page by the
    roster and every version: both must agree, whatever people did with their synpunkter
    (a new version, one withdrawn, one withdrawn and written anew, one written for another
    organisation after a move, a remiss answered per member)."""
    from bot.clock import FixedClock
    from bot.consultations import service
    from handlers.server import build_web_app
    from storage.models import Consultation

    now = NOW.astimezone(UTC)
    with unit_of_work(engine) as session:
        members = session.exec(select(Membership).where(
            Membership.group_id == county.group_id, Membership.role == "member")
            .order_by(Membership.id)).all()
        first, per_member = (session.get(Consultation, i) for i in county.consultation_ids[1:3])
        per_member.per_organisation = False
        session.add(per_member)
        people = [session.get(Person, m.person_id) for m in members[:6]]
        for remiss in (first, per_member):
            a, b, c, d, e, f = people
            service.submit(session, remiss, a, members[0].organisation, "Vi tillstyrker.", now)
            service.submit(session, remiss, a, members[0].organisation, "Vi tillstyrker, "
                           "med en reservation om finansieringen.", now)
            service.submit(session, remiss, b, members[1].organisation, "Inga synpunkter.", now)
            service.withdraw(session, remiss.id, b.id, now)
            service.submit(session, remiss, c, members[2].organisation, "Vi avstår.", now)
            service.withdraw(session, remiss.id, c.id, now)
            service.submit(session, remiss, c, members[2].organisation, "Vi tillstyrker ändå.",
                           now)
            # Moved from one organisation to another between two versions: the later counts.
            service.submit(session, remiss, d, "Nora kommun", "Bra förslag.", now)
            service.submit(session, remiss, d, "Laxå kommun", "Bra förslag, från Laxå.", now)
            service.submit(session, remiss, e, members[4].organisation, "Vi tillstyrker.", now)
            service.submit(session, remiss, f, members[5].organisation, "", now)
        expected = {}
        for consultation_id in county.consultation_ids:
            progress = service.progress(session, session.get(Consultation, consultation_id))
            expected[consultation_id] = f"{len(progress.answered)} av {len(progress.expected)}"
    app = build_web_app(None, engine, clock=FixedClock(NOW),
                        settings=Settings(web_secret="s" * 40, data_dir=tmp_path,
                                          admins=frozenset({ADMIN})))
    for slack_id in (county.secretary.slack_id, "U0ADMIN"):
        page = _client(app, engine, slack_id).get("/webb/remisser?alla=1").text
        listed = {int(i): answered for i, answered in re.findall(
            r'<a href="/webb/remisser/(\d+)">.*?<td>(\d+ av \d+)</td></tr>', page, re.S)}
        assert listed == expected
    assert expected[county.consultation_ids[1]] != expected[county.consultation_ids[3]]


def test_a_large_group_page_lists_its_people_once(county, engine, tmp_path):
    """Each row's ersättare field shares one list of the group's people: with a list in every
    row a group of 160 made a page of 1.3 MB. An ersättare is set by name, two people of the
    same name told apart by organisation."""
    from bot.clock import FixedClock
    from handlers.server import build_web_app

    app = build_web_app(None, engine, clock=FixedClock(NOW),
                        settings=Settings(web_secret="s" * 40, data_dir=tmp_path))
    secretary = _client(app, engine, county.secretary.slack_id)
    group = county.group_id
    page = secretary.get(f"/webb/grupper/{group}").text
    assert len(page.encode()) < 250_000
    assert page.count("<datalist") == 1
    with unit_of_work(engine) as session:
        rows = session.exec(select(Membership, Person).join(
            Person, Person.id == Membership.person_id).where(
            Membership.group_id == group, Membership.role == "member")
            .order_by(Membership.id)).all()
        (first, person), (_, other) = rows[0], rows[1]
        # Someone of the same name as `other`, from another organisation.
        twin = Person(name=other.name, email="tvilling@nora.se")
        session.add(twin)
        session.flush()
        session.add(Membership(group_id=group, person_id=twin.id, role="member",
                               organisation="Nora kommun"))
        organisation = session.exec(select(Membership).where(
            Membership.person_id == other.id, Membership.group_id == group)).one().organisation
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    form = {"csrf": csrf, "name": person.name, "email": person.email or "",
            "organisation": first.organisation, "role": "member", "action": "save"}
    path = f"/webb/grupper/{group}/ledamoter/{first.id}"
    ambiguous = secretary.post(path, data={**form, "substitute": other.name})
    assert ambiguous.status_code == 400
    assert "Ersättaren ska vara en annan aktiv person i gruppen." in ambiguous.text
    chosen = secretary.post(path, data={**form, "substitute": f"{other.name} ({organisation})"})
    assert chosen.status_code == 302
    with unit_of_work(engine) as session:
        assert session.get(Membership, first.id).substitute_id == other.id
    page = secretary.get(f"/webb/grupper/{group}").text
    assert f'value="{other.name} ({organisation})"' in page
    assert secretary.post(path, data={**form, "substitute": ""}).status_code == 302
    with unit_of_work(engine) as session:
        assert session.get(Membership, first.id).substitute_id is None
