"""The web page under load of a whole county: each page's p50 and p95 through `serve`'s stack.

100 groups, 3,000 members (30 a group, with ersättare), 5,000 meetings (50 a group, a third
of them held) with 5 agenda items each, förhinder, 200 remisser with synpunkter, and a minutes
draft. Each page is fetched over HTTP from the real server (waitress, the same Flask app as
/slack/events) by a signed-in secretary who is also a member of two other groups, and the
pages that list the county's groups by an administrator (SAMVERKANSBOT_ADMINS), who sees all
hundred. The iCal feed is measured as calendar apps fetch it (its events kept from the last
fetch) and cold (every event written anew).

    python -m bench.bench_web [--requests 200] [--postgres URL]
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import threading
import time
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import httpx
from sqlalchemy import event
from sqlmodel import select

from bench.support import fresh_postgres, load_average, machine, percentile, write_section
from bot.clock import STOCKHOLM, FixedClock
from bot.meetings import calendar
from bot.roster.signin import issue_link_token
from bot.settings import Settings
from storage.engine import make_engine, unit_of_work
from storage.migrate import upgrade
from storage.models import (
    Absence,
    AgendaItem,
    Comment,
    Consultation,
    ConsultationGroup,
    Group,
    Meeting,
    MeetingGroup,
    Membership,
    OutboxMessage,
    OutboxState,
    Person,
    SubstituteCall,
)

GROUPS, PER_GROUP, MEETINGS_PER_GROUP, ITEMS = 100, 30, 50, 5
NOW = datetime(2026, 8, 24, 9, 0, tzinfo=STOCKHOLM)
ORGS = ("Region Örebro län", "Askersunds kommun", "Degerfors kommun", "Hallsbergs kommun",
        "Hällefors kommun", "Karlskoga kommun", "Kumla kommun", "Laxå kommun",
        "Lekebergs kommun", "Lindesbergs kommun", "Ljusnarsbergs kommun", "Nora kommun",
        "Örebro kommun", "Länsstyrelsen Örebro län", "Polisen Region Bergslagen")
ADMIN = "regional.utveckling@regionorebrolan.se"
BASELINE = "/bench/bar-sida"  # a bare Flask page on the same server, measured in turn
MINUTES = Path(__file__).resolve().parents[1] / "examples" / "protokoll" / \
    "samverkansgrupp-barn-och-unga-2026-05-12.txt"


def build(engine) -> None:
    """The county, written in bulk (one unit of work per table family)."""
    with unit_of_work(engine) as session:
        groups = [Group(slug=f"grupp-{n:03d}", name=f"Samverkansgrupp {n:03d} för länet",
                        channel_id=f"C{n:08d}") for n in range(GROUPS)]
        session.add_all(groups)
        people = [Person(name=f"Person {n:04d} Svensson", email=f"person{n}@example.se",
                         slack_id=f"U{n:08d}") for n in range(GROUPS * PER_GROUP)]
        session.add_all(people)
        # The administrator: in no group, sees them all.
        session.add(Person(name="Anna Regionsson", email=ADMIN, slack_id="UADMIN000"))
        session.flush()
        for g_index, group in enumerate(groups):
            members = people[g_index * PER_GROUP:(g_index + 1) * PER_GROUP]
            for m_index, person in enumerate(members):
                role = ("secretary" if m_index == 0 else "chair" if m_index == 1
                        else "substitute" if m_index % 3 == 2 else "member")
                substitute = members[m_index + 1].id if m_index % 3 == 1 and \
                    m_index + 1 < len(members) else None
                session.add(Membership(group_id=group.id, person_id=person.id, role=role,
                                       organisation=ORGS[m_index // 2 % len(ORGS)],
                                       substitute_id=substitute))
        # The measured secretary (of group 0) is also a member of groups 1 and 2.
        for other in groups[1:3]:
            session.add(Membership(group_id=other.id, person_id=people[0].id, role="member",
                                   organisation=ORGS[0]))
    with unit_of_work(engine) as session:
        groups = session.exec(select(Group).order_by(Group.id)).all()
        first_day = date(2024, 9, 2)
        for g_index, group in enumerate(groups):
            for n in range(MEETINGS_PER_GROUP):
                day = first_day + timedelta(days=21 * n + g_index % 7)
                start = datetime(day.year, day.month, day.day, 13, tzinfo=STOCKHOLM)
                meeting = Meeting(date=day, starts_at=start, ends_at=start + timedelta(hours=2),
                                  place="Regionhuset, Klostergatan 23, Örebro",
                                  status="held" if day < NOW.date() else "planned")
                session.add(meeting)
                session.flush()
                session.add(MeetingGroup(meeting_id=meeting.id, group_id=group.id))
                for position in range(1, ITEMS + 1):
                    session.add(AgendaItem(
                        meeting_id=meeting.id, position=position, kind="information",
                        title=f"Punkt {position}: lägesrapport om samverkan", presenter="Ordf.",
                        documents=[{"title": "Underlag", "url": "https://example.se/u.pdf"}]))
    with unit_of_work(engine) as session:
        _absences(session)
    with unit_of_work(engine) as session:
        _consultations(session)
        _outbox(session)


def _outbox(session) -> None:
    """What waits for the measured secretary's group: reminders to its channel, calls to
    people, and dead letters."""
    now = NOW.astimezone(UTC)
    group = session.exec(select(Group).order_by(Group.id)).first()
    for n in range(30):
        channel = n % 3 != 0
        session.add(OutboxMessage(
            key=f"{'reminder' if channel else 'call'}:{n}", group_id=group.id,
            recipient=group.channel_id if channel else f"U{n:08d}",
            payload={"text": f"Påminnelse {n}: möte på torsdag kl. 13.00."},
            due_at=now + timedelta(hours=n), created_at=now,
            state=OutboxState.dead if n % 5 == 0 else OutboxState.pending,
            last_error="channel_not_found" if n % 5 == 0 else ""))


STATES = ("called", "confirmed", "declined", "called")


def _absences(session) -> None:
    """Förhinder at the next 600 meetings: one member each, four (with ersättare called) in
    the measured secretary's group, and the secretary's own in one of her other groups."""
    now = NOW.astimezone(UTC)
    upcoming = session.exec(
        select(MeetingGroup.meeting_id, MeetingGroup.group_id).join(
            Meeting, Meeting.id == MeetingGroup.meeting_id)
        .where(Meeting.date >= NOW.date()).order_by(Meeting.date, Meeting.id)).all()
    members = {}
    for m in session.exec(select(Membership).where(Membership.role == "member")
                          .order_by(Membership.id)):
        members.setdefault(m.group_id, []).append(m)
    first_group = min(members)
    own = [meeting_id for meeting_id, group_id in upcoming if group_id == first_group + 1]
    secretary = session.exec(select(Membership).where(Membership.group_id == first_group,
                                                      Membership.role == "secretary")).one()
    absences = []
    for meeting_id, group_id in upcoming[:600]:
        count = 4 if group_id == first_group else 1
        for member in members[group_id][:count]:
            absences.append((Absence(meeting_id=meeting_id, person_id=member.person_id,
                                     group_id=group_id, created_at=now), member.substitute_id))
    absences.append((Absence(meeting_id=own[0], person_id=secretary.person_id,
                             group_id=first_group + 1, created_at=now),
                     members[first_group + 1][0].person_id))
    session.add_all([a for a, _ in absences])
    session.flush()
    for n, (absence, substitute) in enumerate(absences):
        if substitute is not None:
            session.add(SubstituteCall(absence_id=absence.id, person_id=substitute,
                                       state=STATES[n % len(STATES)], created_at=now))


def _consultations(session) -> None:
    """Two remisser a group, answered by every ledamot (every third in two versions; the
    measured secretary is a ledamot of groups 1 and 2)."""
    now = NOW.astimezone(UTC)
    groups = session.exec(select(Group).order_by(Group.id)).all()
    for g_index, group in enumerate(groups):
        members = session.exec(select(Membership).where(
            Membership.group_id == group.id, Membership.role == "member")).all()
        for n in range(2):
            consultation = Consultation(
                title=f"Remiss {g_index}-{n}: regional handlingsplan", deadline=now
                + timedelta(days=20 + n), owner_id=None, owner_name="Sekreteraren",
                created_at=now)
            session.add(consultation)
            session.flush()
            session.add(ConsultationGroup(consultation_id=consultation.id, group_id=group.id))
            for m_index, member in enumerate(members):
                for version in range(1, 3 if m_index % 3 == 0 else 2):
                    session.add(Comment(consultation_id=consultation.id,
                                        person_id=member.person_id, version=version,
                                        organisation=member.organisation,
                                        text=f"Vi ställer oss bakom förslaget (version "
                                             f"{version}).", created_at=now))


class Meter:
    """Server-side figures per request: CPU time of the thread that served it and the SQL
    statements it ran. CPU time is what load on a shared machine does not stretch (the wall
    time waits for the CPU when other work has it); with PostgreSQL it leaves out the
    database server's own work."""

    def __init__(self, app, engine) -> None:
        self.app, self.local = app, threading.local()
        self.samples: dict[str, list[tuple[float, int]]] = {}
        event.listen(engine, "before_cursor_execute", self._count)

    def _count(self, *_args) -> None:
        self.local.queries = getattr(self.local, "queries", 0) + 1

    def __call__(self, environ, start_response):
        self.local.queries = 0
        began = time.thread_time()
        try:
            yield from self.app(environ, start_response)
        finally:
            path = environ.get("PATH_INFO", "")
            if environ.get("QUERY_STRING"):
                path += "?" + environ["QUERY_STRING"]
            self.samples.setdefault(path, []).append(
                ((time.thread_time() - began) * 1000, self.local.queries))


def serve(engine, settings: Settings):
    from flask import render_template_string
    from waitress.server import create_server

    from handlers.server import build_web_app, settle_heap

    web = build_web_app(None, engine, clock=FixedClock(NOW), settings=settings)

    @web.get(BASELINE)
    def bare():  # the baseline: Flask, the session cookie and a template, nothing of ours
        return render_template_string(
            '<!doctype html><html lang="sv"><title>{{ t }}</title><p>{{ t }}</p></html>',
            t="Hej")

    meter = Meter(web.wsgi_app, engine)
    web.wsgi_app = meter
    settle_heap()  # as handlers.server.serve does before it serves
    server = create_server(web, host="127.0.0.1", port=0, threads=4)
    threading.Thread(target=_run, args=(server,), daemon=True).start()
    return server, f"http://127.0.0.1:{server.effective_port}", meter


def _run(server) -> None:
    with suppress(OSError):
        server.run()


def session_client() -> httpx.Client:
    """A client that sends the session cookie back over plain http to 127.0.0.1, as browsers
    do (httpx keeps a Secure cookie for https only)."""
    client = httpx.Client(timeout=30)

    def keep(response: httpx.Response) -> None:
        for header in response.headers.get_list("set-cookie"):
            name, _, rest = header.partition("=")
            if name == "samverkansbot_session":
                client.headers["Cookie"] = f"{name}={rest.split(';', 1)[0]}"

    client.event_hooks["response"] = [keep]
    return client


def sign_in(client: httpx.Client, engine, base: str, slack_id: str = "U00000000") -> None:
    with unit_of_work(engine) as session:
        person = session.exec(select(Person).where(Person.slack_id == slack_id)).one()
        token = issue_link_token(session, person, NOW.astimezone(UTC))
    page = client.get(f"{base}/webb/in/{token}")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    client.post(f"{base}/webb/in/{token}", data={"csrf": csrf})


COLD = "?kall=1"  # the feed with its kept events dropped first (the query is not read)
AS_ADMIN = "som=administrator"  # the administrator's turn at a page (the query is not read)


def pages(client: httpx.Client, engine, base: str) -> dict[str, str]:
    """The addresses measured, one a page (and the feed, and an export), as the secretary;
    then the pages that list the county's groups as the administrator."""
    with unit_of_work(engine) as session:
        group = session.exec(select(Group).where(Group.slug == "grupp-000")).one()
        meeting = session.exec(select(Meeting).join(MeetingGroup).where(
            MeetingGroup.group_id == group.id, Meeting.date >= NOW.date())
            .order_by(Meeting.date)).first()
        consultation = session.exec(select(Consultation).join(ConsultationGroup).where(
            ConsultationGroup.group_id == group.id)).first()
    csrf = re.search(r'name="csrf" value="([^"]+)"', client.get(f"{base}/webb/").text).group(1)
    draft = None
    for _ in range(3):  # the bounded reader may run out of time on a machine this loaded
        with MINUTES.open("rb") as handle:
            location = client.post(
                f"{base}/webb/protokoll", data={"csrf": csrf, "group": str(group.id)},
                files={"file": (MINUTES.name, handle, "text/plain")}).headers.get("location", "")
        if re.fullmatch(r"/webb/protokoll/\d+", location):
            draft = location
            break
    assert draft, "the sample minutes were not read"
    calendar = client.post(f"{base}/webb/kalender/ny", data={"csrf": csrf}).text
    feed = re.search(r'value="https?://[^"/]+(/ical/[^"]+\.ics)"', calendar).group(1)
    return {
        "Mina möten": "/webb/", "Kalender": "/webb/kalender", "iCal-flödet": feed,
        "iCal-flödet, kallt": feed + COLD,
        "Protokoll": "/webb/protokoll", "Granska protokoll": draft,
        "Möten": "/webb/moten", "Möte med dagordning": f"/webb/moten/{meeting.id}",
        "Närvaro": "/webb/narvaro",
        "Närvaro för ett möte": f"/webb/narvaro/{meeting.id}/{group.id}",
        "Närvaro som CSV": f"/webb/narvaro/{meeting.id}/{group.id}/narvaro.csv",
        "Remisser": "/webb/remisser", "Remiss": f"/webb/remisser/{consultation.id}",
        "Grupper": "/webb/grupper", "Grupp": f"/webb/grupper/{group.id}",
        "Utskick": "/webb/utskick",
        **{f"{name} (administratör)": path + ("&" if "?" in path else "?") + AS_ADMIN
           for name, path in (
            ("Protokoll", "/webb/protokoll"), ("Möten", "/webb/moten"),
            ("Närvaro", "/webb/narvaro"), ("Remisser", "/webb/remisser"),
            ("Remisser, alla 200", "/webb/remisser?alla=1"),
            ("Grupper", "/webb/grupper"), ("Utskick", "/webb/utskick"))},
    }


@dataclass
class Row:
    name: str
    p50: float  # wall time at the client, ms
    p95: float
    cpu: float  # median CPU time of the serving thread, ms
    queries: int  # SQL statements of one request (the most seen)


def measure(url: str, label: str, requests: int, folder: Path) -> list[Row]:
    """Every page `requests` times, in turns (one request a page per round), so that a change
    of load on the machine falls on every page and on the baseline alike."""
    engine = make_engine(url)
    upgrade(engine)
    started = time.monotonic()
    build(engine)
    built = time.monotonic() - started
    settings = Settings(web_secret="bench-" + "x" * 40, data_dir=folder,
                        admins=frozenset({ADMIN}))
    server, base, meter = serve(engine, settings)
    try:
        with session_client() as client, session_client() as admin:
            sign_in(client, engine, base)
            sign_in(admin, engine, base, "UADMIN000")
            addresses = {"Bar Flask-sida (baslinje)": BASELINE,
                         **pages(client, engine, base)}

            def fetch(name: str, path: str) -> httpx.Response:
                if path.endswith(COLD):
                    calendar.EVENTS.items.clear()
                return (admin if path.endswith(AS_ADMIN) else client).get(base + path)

            for name, path in addresses.items():  # warm: the first request builds caches
                assert fetch(name, path).status_code == 200, name
            meter.samples.clear()
            times: dict[str, list[float]] = {name: [] for name in addresses}
            for _ in range(requests):
                for name, path in addresses.items():
                    began = time.perf_counter()
                    response = fetch(name, path)
                    times[name].append((time.perf_counter() - began) * 1000)
                    assert response.status_code == 200, name
    finally:
        # A worker thread may still be finishing its keep-alive channel: that is no error.
        logging.getLogger("waitress").setLevel(logging.CRITICAL)
        server.close()
        engine.dispose()
    rows = []
    for name, path in addresses.items():
        served = meter.samples[path]
        rows.append(Row(name, percentile(times[name], 0.5), percentile(times[name], 0.95),
                        percentile([cpu for cpu, _ in served], 0.5),
                        max(queries for _, queries in served)))
    print(f"{label}: built in {built:.0f} s")
    for row in rows:
        print(f"  {row.name:26} p50 {row.p50:6.1f} ms  p95 {row.p95:6.1f} ms  "
              f"CPU {row.cpu:5.1f} ms  {row.queries:3d} queries")
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--postgres", default=os.environ.get("TEST_POSTGRES_URL", ""))
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args(argv)
    import tempfile

    results = {}
    loads = [load_average()]
    with tempfile.TemporaryDirectory() as folder:
        results["SQLite"] = measure(f"sqlite:///{folder}/bench.db", "SQLite", args.requests,
                                    Path(folder))
        loads.append(load_average())
        if args.postgres:
            url = fresh_postgres(args.postgres, "samverkansbot_bench_web")
            results["PostgreSQL"] = measure(url, "PostgreSQL", args.requests, Path(folder))
            loads.append(load_average())
    if not args.no_write:
        write_section("web", report(results, args.requests, loads))


def report(results: dict[str, list[Row]], requests: int, loads: list[float]) -> str:
    backends = list(results)
    lines = [
        "## The web page",
        "",
        f"`python -m bench.bench_web`: {GROUPS} groups, {GROUPS * PER_GROUP:,} members, "
        f"{GROUPS * MEETINGS_PER_GROUP:,} meetings with {ITEMS} agenda items each, förhinder, "
        f"{GROUPS * 2} remisser with synpunkter, a minutes draft. Each page {requests} times "
        "over HTTP from the real server (waitress, 4 threads, the same Flask app as "
        "/slack/events), one request at a time and the pages in turns, signed in as a "
        "secretary who is a member of two more groups; the pages that list the county's "
        "groups also as an administrator, who sees all hundred (two hundred remisser). The "
        "baseline is a bare Flask page (session cookie and a template, no database) on the "
        "same server in the same turns: what any page costs on this machine at this moment. "
        "*iCal-flödet* is fetched as calendar apps fetch it (events kept from the last fetch), "
        "*kallt* with every event written anew. Remisser shows the 50 with the latest "
        "deadline, *alla* all of them (`?alla=1`). "
        f"{machine()}; load average {', '.join(f'{x:.1f}' for x in loads)} (start, after "
        "each database) on 2 CPUs shared with other developers' work, so the wall times "
        "include waiting for a CPU. Wall p50 and p95 at the client; *CPU* is the median CPU "
        "time of the thread that served a request, which load does not stretch (with "
        "PostgreSQL the database server's own work is not in it); *SQL* the statements one "
        "request runs (tests/web/test_page_queries.py keeps them at ten or fewer). "
        "Bar: p95 under 100 ms.",
        "",
        "| page | " + " | ".join(f"{b} p50 | p95 | CPU | SQL" for b in backends) + " |",
        "| --- |" + " ---: | ---: | ---: | ---: |" * len(backends),
    ]
    for index, row in enumerate(results[backends[0]]):
        cells = []
        for backend in backends:
            r = results[backend][index]
            cells += [f"{r.p50:.1f} ms", f"{r.p95:.1f} ms", f"{r.cpu:.1f} ms", str(r.queries)]
        lines.append(f"| {row.name} | " + " | ".join(cells) + " |")
    over = [f"{r.name} on {backend} ({r.p95:.0f} ms)" for backend in backends
            for r in results[backend] if r.p95 >= 100]
    lines += [
        "",
        ("Over the bar in this run: " + "; ".join(over) + "." if over
         else "Every page under the bar in this run, on both databases."),
        "",
        "An administrator's full list of 200 remisser (*Remisser, alla 200*) was the one page "
        "over the bar in the runs before this one (p95 139 and 155 ms on SQLite, 212 and 64 ms "
        "on PostgreSQL, at a CPU median of 22–28 ms a request): it read every "
        "version of every synpunkt (some 5,000 rows) into Python and walked a roster per "
        "remiss to count who had answered, and drew its rows through ORM objects. The database "
        "now counts the answers (the latest version of each person's, unless withdrawn, found "
        "through the unique index) and the list is drawn from plain values; "
        "tests/web/test_page_queries.py holds its counts to each remiss's own.",
        "",
        "Before the round that held every page to ten statements the pages asked the database "
        "once per meeting, synpunkt and förhinder: on the large county of "
        "tests/support/large_county.py, Mina möten ran 99 statements, Remisser 93 and a "
        "meeting's Närvaro 41; Mina möten's p95 was 227 ms on SQLite and 469 ms on "
        "PostgreSQL, the iCal feed's 316 ms, measured under a heavier load (7.6–17). An "
        "administrator's Remisser took 287 ms of CPU a request before the remisser's progress "
        "was counted in one pass from the roster snapshot, and its p95 was 267 ms at a p50 of "
        "36 ms until `serve` froze what start-up made out of the garbage collector's way "
        "(a full collection walked some 200,000 objects inside a request).",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
