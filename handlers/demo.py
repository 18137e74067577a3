"""`samverkansbot demo`: a fresh SQLite database from the examples, then the console."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import yaml
from sqlmodel import func, select

from bot import texts
from bot.clock import FixedClock, local
from bot.meetings import service as service
from bot.roster.service import load_roster
from bot.settings import Settings
from handlers import console
from storage import directory
from storage import meetings as store
from storage.engine import make_engine, unit_of_work
from storage.migrate import upgrade
from storage.models import Group, Meeting, MeetingGroup, Person

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
DEMO_NOW = datetime(2026, 8, 24, 9, 0)  # the week before the next meeting in the samples
DEMO_USER = "U0JOHANNA"  # Johanna Viberg, ledamot in Samverkansgrupp Barn och unga
KINDS = {"information": "information", "diskussion": "discussion", "beslut": "decision"}
MINUTES = EXAMPLES / "protokoll"
# One sample names no meeting date; the demo gives it one inside the autumn it describes
# (after "den 15 oktober", before "den 16 december" 2024) and says so when it starts.
ASSUMED_DATES = {"chefsgrupper-gemensamt-hosten-2024.txt": date(2024, 11, 15)}


def build(path: Path, examples: Path = EXAMPLES):
    """A fresh demo database at `path`; returns the engine."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    with unit_of_work(engine) as session:
        load_roster(session, examples / "roster.yaml")
    load_minutes(engine, examples / "protokoll")
    with unit_of_work(engine) as session:
        load_meetings(session, examples / "meetings.yaml")
    return engine


def load_minutes(engine, folder: Path) -> None:
    """The sample minutes, published, as a secretary would have done: on the demo's own clock,
    so that nothing in the demo is stamped with a day after its "today"."""
    from bot.minutes.ingest import ingest_file

    for path in sorted(folder.iterdir()):
        with unit_of_work(engine) as session:
            ingest_file(session, path, FixedClock(DEMO_NOW), date=ASSUMED_DATES.get(path.name),
                        publish=True)


def load_meetings(session, path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    load_consultations(session, data.get("consultations", []))
    for entry in data["meetings"]:
        groups = [directory.group_by_slug(session, slug) for slug in entry["groups"]]
        day = entry["date"]
        if not isinstance(day, date):
            day = date.fromisoformat(day)
        data_in = service.MeetingInput(
            groups[0], day, time.fromisoformat(entry["start"]), time.fromisoformat(entry["end"]),
            entry.get("place", ""),
        )
        meeting, created = service.add_meeting(session, data_in)
        if created:
            for group in groups[1:]:
                session.add(MeetingGroup(meeting_id=meeting.id, group_id=group.id))
        if store.agenda(session, meeting.id):
            continue  # the agenda is already there (a second load, or from the minutes)
        for item in entry.get("agenda", []):
            service.add_item(
                session, meeting, item["title"], item.get("presenter", ""),
                KINDS[item.get("kind", "information")], item.get("document", ""),
            )


def load_consultations(session, entries: list[dict]) -> None:
    from bot.consultations import service as consultations
    from bot.minutes.ingest import end_of_day
    from storage.models import Consultation

    for entry in entries:
        if session.exec(select(Consultation).where(Consultation.title == entry["title"])).first():
            continue
        groups = [directory.group_by_slug(session, slug) for slug in entry["groups"]]
        owner = session.exec(select(Person).where(Person.email == entry["owner"])).first()
        day = entry["deadline"]
        if not isinstance(day, date):
            day = date.fromisoformat(day)
        consultations.create(session, entry["title"], groups, owner, end_of_day(day),
                             FixedClock(DEMO_NOW).now(), entry.get("draft", ""))


def run(settings: Settings, user: str | None, port: int | None = None) -> int:
    path = settings.data_dir / "demo.db"
    engine = build(path)
    clock = FixedClock(DEMO_NOW)
    with unit_of_work(engine) as session:
        counts = {
            model.__name__: session.exec(select(func.count()).select_from(model)).one()
            for model in (Group, Person, Meeting)
        }
        person = directory.person_by_platform_id(session, "slack", user or DEMO_USER)
        name = person.name if person else (user or DEMO_USER)
    now = local(clock.now())
    for file, day in ASSUMED_DATES.items():
        print(texts.CLI_DEMO_ASSUMED_DATE.format(file=file, day=day.isoformat()))
    print(texts.CLI_DEMO_INTRO.format(
        groups=counts["Group"], people=counts["Person"], meetings=counts["Meeting"], path=path,
        now=f"{texts.long_date(now.date())} kl. {texts.clock(now.time())}", name=name,
    ))
    if port is not None:
        _serve_web(engine, clock, settings, port, user or DEMO_USER)
    return console.run(engine, clock, user or DEMO_USER)


DEMO_SECRETARY = "U0DANIELB"  # Daniel Berglund, sekreterare in Samverkansgrupp Barn och unga


def _serve_web(engine, clock, settings: Settings, port: int, user: str) -> None:
    """The web page in a background thread of the demo, with sign-in links for the demo user
    and for a secretary (the protokoll, group and meeting pages are theirs)."""
    import threading
    from dataclasses import replace

    from waitress.server import create_server

    from bot.roster.signin import issue_link_token
    from bot.roster.weblink import link_path
    from bot.texts import web as t
    from handlers.server import build_web_app

    settings = replace(settings, public_url=settings.public_url or f"http://127.0.0.1:{port}")
    web = build_web_app(None, engine, clock=clock, settings=settings)
    try:
        server = create_server(web, host="127.0.0.1", port=port, threads=4)
    except OSError as error:  # the port is taken: the console still works
        print(t.CLI_DEMO_NO_WEB.format(port=port, error=error.strerror))
        return
    threading.Thread(target=server.run, daemon=True, name="demo-web").start()
    url = settings.web_url()
    print(t.CLI_DEMO_WEB.format(url=url + "/webb/"))
    with unit_of_work(engine) as session:
        for slack_id in dict.fromkeys([user, DEMO_SECRETARY]):
            person = directory.person_by_platform_id(session, "slack", slack_id)
            if person is None:
                continue
            roles = {m.role for g in directory.groups_of(session, person.id)
                     if (m := directory.membership(session, g.id, person.id))}
            role = texts.ROLE_NAMES["secretary" if "secretary" in roles else "member"]
            link = url + link_path(issue_link_token(session, person, clock.now()))
            print(t.CLI_DEMO_LINK.format(name=person.name, role=role, link=link))
