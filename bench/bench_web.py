"""The web page under load of a whole county: each page's p50 and p95 through `serve`'s stack.

100 groups, 3,000 members (30 a group, with ersättare), 5,000 meetings (50 a group, a third
of them held) with 5 agenda items each, förhinder, 200 remisser with synpunkter, and a minutes
draft. Each page is fetched over HTTP from the real server (waitress, the same Flask app as
/slack/events) by a signed-in secretary who is also a member of two other groups.

    python -m bench.bench_web [--requests 200] [--postgres URL]
"""

from __future__ import annotations

import argparse
import os
import re
import threading
import time
from contextlib import suppress
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import httpx
from sqlmodel import select

from bench.support import fresh_postgres, load_average, machine, percentile, write_section
from bot.clock import STOCKHOLM, FixedClock
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
    MinutesDraft,
    Person,
)

GROUPS, PER_GROUP, MEETINGS_PER_GROUP, ITEMS = 100, 30, 50, 5
NOW = datetime(2026, 8, 24, 9, 0, tzinfo=STOCKHOLM)
ORGS = ("Region Örebro län", "Askersunds kommun", "Degerfors kommun", "Hallsbergs kommun",
        "Hällefors kommun", "Karlskoga kommun", "Kumla kommun", "Laxå kommun",
        "Lekebergs kommun", "Lindesbergs kommun", "Ljusnarsbergs kommun", "Nora kommun",
        "Örebro kommun", "Länsstyrelsen Örebro län", "Polisen Region Bergslagen")
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
        now = NOW.astimezone(UTC)
        upcoming = session.exec(
            select(MeetingGroup.meeting_id, MeetingGroup.group_id).join(
                Meeting, Meeting.id == MeetingGroup.meeting_id)
            .where(Meeting.date >= NOW.date()).order_by(Meeting.date)).all()
        for meeting_id, group_id in upcoming[:600]:
            member = session.exec(select(Membership).where(
                Membership.group_id == group_id, Membership.role == "member")).first()
            session.add(Absence(meeting_id=meeting_id, person_id=member.person_id,
                                group_id=group_id, created_at=now))
        groups = session.exec(select(Group).order_by(Group.id)).all()
        for g_index, group in enumerate(groups):
            for n in range(2):
                consultation = Consultation(
                    title=f"Remiss {g_index}-{n}: regional handlingsplan", deadline=now
                    + timedelta(days=20 + n), owner_id=None, owner_name="Sekreteraren",
                    created_at=now)
                session.add(consultation)
                session.flush()
                session.add(ConsultationGroup(consultation_id=consultation.id,
                                              group_id=group.id))
                members = session.exec(select(Membership).where(
                    Membership.group_id == group.id, Membership.role == "member")).all()
                for member in members[:8]:
                    session.add(Comment(consultation_id=consultation.id,
                                        person_id=member.person_id,
                                        organisation=member.organisation,
                                        text="Vi ställer oss bakom förslaget.", created_at=now))


def serve(engine, settings: Settings):
    from waitress.server import create_server

    from handlers.server import build_web_app

    web = build_web_app(None, engine, clock=FixedClock(NOW), settings=settings)
    server = create_server(web, host="127.0.0.1", port=0, threads=4)
    threading.Thread(target=_run, args=(server,), daemon=True).start()
    return server, f"http://127.0.0.1:{server.effective_port}"


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


def sign_in(client: httpx.Client, engine, base: str) -> None:
    with unit_of_work(engine) as session:
        person = session.exec(select(Person).where(Person.slack_id == "U00000000")).one()
        token = issue_link_token(session, person, NOW.astimezone(UTC))
    page = client.get(f"{base}/webb/in/{token}")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    client.post(f"{base}/webb/in/{token}", data={"csrf": csrf})


def pages(client: httpx.Client, engine, base: str) -> dict[str, str]:
    """The addresses measured, one a page (and the feed, and an export)."""
    with unit_of_work(engine) as session:
        group = session.exec(select(Group).where(Group.slug == "grupp-000")).one()
        meeting = session.exec(select(Meeting).join(MeetingGroup).where(
            MeetingGroup.group_id == group.id, Meeting.date >= NOW.date())
            .order_by(Meeting.date)).first()
        consultation = session.exec(select(Consultation).join(ConsultationGroup).where(
            ConsultationGroup.group_id == group.id)).first()
    csrf = re.search(r'name="csrf" value="([^"]+)"', client.get(f"{base}/webb/").text).group(1)
    with MINUTES.open("rb") as handle:
        client.post(f"{base}/webb/protokoll", data={"csrf": csrf, "group": str(group.id)},
                    files={"file": (MINUTES.name, handle, "text/plain")})
    with unit_of_work(engine) as session:
        draft = session.exec(select(MinutesDraft)).first()
    calendar = client.post(f"{base}/webb/kalender/ny", data={"csrf": csrf}).text
    feed = re.search(r'value="https?://[^"/]+(/ical/[^"]+\.ics)"', calendar).group(1)
    return {
        "Mina möten": "/webb/", "Kalender": "/webb/kalender", "iCal-flödet": feed,
        "Protokoll": "/webb/protokoll", "Granska protokoll": f"/webb/protokoll/{draft.id}",
        "Möten": "/webb/moten", "Möte med dagordning": f"/webb/moten/{meeting.id}",
        "Närvaro": "/webb/narvaro",
        "Närvaro för ett möte": f"/webb/narvaro/{meeting.id}/{group.id}",
        "Närvaro som CSV": f"/webb/narvaro/{meeting.id}/{group.id}/narvaro.csv",
        "Remisser": "/webb/remisser", "Remiss": f"/webb/remisser/{consultation.id}",
        "Grupper": "/webb/grupper", "Grupp": f"/webb/grupper/{group.id}",
        "Utskick": "/webb/utskick",
    }


def measure(url: str, label: str, requests: int, folder: Path) -> list[tuple[str, float, float]]:
    engine = make_engine(url)
    upgrade(engine)
    started = time.monotonic()
    build(engine)
    built = time.monotonic() - started
    settings = Settings(web_secret="bench-" + "x" * 40, data_dir=folder)
    server, base = serve(engine, settings)
    rows = []
    try:
        with session_client() as client:
            sign_in(client, engine, base)
            for name, path in pages(client, engine, base).items():
                assert client.get(base + path).status_code == 200, name
                times = []
                for _ in range(requests):
                    began = time.perf_counter()
                    response = client.get(base + path)
                    times.append((time.perf_counter() - began) * 1000)
                    assert response.status_code == 200
                rows.append((name, percentile(times, 0.5), percentile(times, 0.95)))
    finally:
        server.close()
        engine.dispose()
    print(f"{label}: built in {built:.0f} s")
    for name, p50, p95 in rows:
        print(f"  {name:24} p50 {p50:6.1f} ms  p95 {p95:6.1f} ms")
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--postgres", default=os.environ.get("TEST_POSTGRES_URL", ""))
    args = parser.parse_args(argv)
    import tempfile

    results = {}
    load = load_average()
    with tempfile.TemporaryDirectory() as folder:
        results["SQLite"] = measure(f"sqlite:///{folder}/bench.db", "SQLite", args.requests,
                                    Path(folder))
        if args.postgres:
            url = fresh_postgres(args.postgres, "samverkansbot_bench_web")
            results["PostgreSQL"] = measure(url, "PostgreSQL", args.requests, Path(folder))
    backends = list(results)
    lines = [
        "## The web page",
        "",
        f"`python -m bench.bench_web`: {GROUPS} groups, {GROUPS * PER_GROUP:,} members, "
        f"{GROUPS * MEETINGS_PER_GROUP:,} meetings with {ITEMS} agenda items each, förhinder, "
        f"{GROUPS * 2} remisser with synpunkter; {args.requests} requests a page over HTTP to "
        "the real server (waitress, 4 threads), one after another, signed in as a secretary "
        f"who is a member of two more groups. {machine()}; load average {load:.1f} at the "
        "start. Bar: p95 under 100 ms.",
        "",
        "| page | " + " | ".join(f"{b} p50 | {b} p95" for b in backends) + " |",
        "| --- |" + " ---: | ---: |" * len(backends),
    ]
    names = [name for name, _, _ in results[backends[0]]]
    for index, name in enumerate(names):
        cells = []
        for backend in backends:
            _, p50, p95 = results[backend][index]
            cells += [f"{p50:.1f} ms", f"{p95:.1f} ms"]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    write_section("web", "\n".join(lines))


if __name__ == "__main__":
    main()
