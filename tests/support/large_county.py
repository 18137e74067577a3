"""A large, realistic county for testing what Slack, Teams and pages receive at full size.

One group ("Chefsgrupp för social välfärd samt vård och omsorg", slug `stor`) with 80 ledamöter
from 15 organisations, each with a named ersättare from the same organisation, a chair, a
secretary and two officials; a planned meeting with 40 agenda items (presenters and
documents); a held meeting whose published minutes carry 60 decisions (indexed for search);
30 open remisser; and 50 synpunkter on the first of them. Everything is built through the
bot's own roster loader and services, deterministically, so figures in tests are stable.

    county = build_large_county(engine)            # or the `large_county` fixture
    county.member.slack_id, county.meeting_day, county.consultation_id
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

import yaml

from bot.clock import STOCKHOLM
from bot.consultations import service as consultations
from bot.meetings import service as meetings
from bot.minutes.ingest import mark_published
from bot.retrieval import index_decisions
from bot.roster.service import load_roster
from storage import directory
from storage.engine import unit_of_work
from storage.models import Decision, Document, Meeting, MeetingStatus, Person

NOW = datetime(2026, 8, 24, 9, 0, tzinfo=STOCKHOLM)  # the demo's Monday
SLUG = "stor"
GROUP = "Chefsgrupp för social välfärd samt vård och omsorg"
CHANNEL = "C0STOR0001"
TEAMS_CHANNEL = "19:stor0001@thread.tacv2"
MEETING_DAY = date(2026, 9, 3)  # a Thursday, ten days after NOW
HELD_DAY = date(2026, 6, 11)
ORGANISATIONS = (
    "Region Örebro län", "Länsstyrelsen Örebro län", "Polisen Region Bergslagen",
    "Askersunds kommun", "Degerfors kommun", "Hallsbergs kommun", "Hällefors kommun",
    "Karlskoga kommun", "Kumla kommun", "Laxå kommun", "Lekebergs kommun",
    "Lindesbergs kommun", "Ljusnarsbergs kommun", "Nora kommun", "Örebro kommun",
)
FIRST = (
    "Anna", "Björn", "Cecilia", "David", "Elin", "Fredrik", "Gunilla", "Henrik", "Ingrid",
    "Johan", "Karin", "Lars", "Maria", "Niklas", "Ola", "Petra", "Rasmus", "Sofia", "Tomas",
    "Ulrika", "Viktor", "Åsa", "Örjan", "Linnéa", "Mikael", "Helena", "Jonas", "Malin",
)
LAST = (
    "Andersson", "Bergström", "Carlsson", "Dahlberg", "Eriksson", "Forsberg", "Gustafsson",
    "Hedlund", "Isaksson", "Johansson", "Karlsson", "Lindqvist", "Magnusson", "Nordin",
    "Olsson", "Persson", "Rydén", "Sjöberg", "Tengvall", "Wallin", "Åberg", "Öhman",
)
SUBJECTS = (
    "tidiga samordnade insatser (TSI) för barn och unga", "samordnad individuell plan (SIP)",
    "länsgemensam riktlinje för hemsjukvård", "familjecentralernas uppdrag 2027",
    "psykiatrisk öppenvård för unga vuxna", "missbruks- och beroendevårdens samverkan",
    "suicidpreventivt arbete i länet", "utskrivningsklara patienter från slutenvården",
    "barnahus Örebro län", "god och nära vård: gemensam färdplan",
    "kompetensförsörjning inom äldreomsorgen", "digitala vårdmöten i hemtjänsten",
    "våld i nära relationer", "ensamkommande barn och placeringar",
    "läkemedelsgenomgångar i särskilt boende", "habiliteringens väntetider",
    "skolhälsovårdens journalföring", "hjälpmedelsförsörjning", "stöd till anhöriga",
    "socialtjänstlagen 2025: införande", "första linjen för barn och unga",
    "ANDTS-strategin", "trygg och säker hemgång", "vårdplanering i Cosmic Link",
    "personligt ombud", "rehabilitering efter stroke", "demensvård och BPSD",
    "heltidsresan", "beredskap vid höjd beredskap", "näringslivets roll i folkhälsan",
)
DOCUMENT_BASE = "https://samverkan.regionorebrolan.example.se/underlag"


@dataclass
class LargeCounty:
    engine: object
    group_id: int
    slug: str = SLUG
    group_name: str = GROUP
    channel_id: str = CHANNEL
    teams_channel_id: str = TEAMS_CHANNEL
    meeting_id: int = 0
    meeting_day: date = MEETING_DAY
    held_meeting_id: int = 0
    held_day: date = HELD_DAY
    document_id: int = 0
    consultation_id: int = 0  # the remiss with 50 synpunkter
    consultation_ids: list[int] = field(default_factory=list)
    members: list[Person] = field(default_factory=list)  # the 80 ledamöter
    substitutes: dict[str, Person] = field(default_factory=dict)  # ledamot name → ersättare
    chair: Person | None = None
    secretary: Person | None = None

    @property
    def member(self) -> Person:
        """A ledamot with a usual ersättare (every ledamot has one)."""
        return self.members[0]


def person_names(count: int) -> list[str]:
    """`count` different Swedish names, the same every time."""
    names = []
    for index in range(count):
        first = FIRST[index % len(FIRST)]
        last = LAST[(index * 7 + index // len(FIRST)) % len(LAST)]
        name = f"{first} {last}"
        while name in names:
            name += "-" + LAST[(index * 3) % len(LAST)]
        names.append(name)
    return names


def roster_yaml(members: int = 80) -> str:
    """The group as a roster file: ledamöter spread over the organisations, with ersättare."""
    names = person_names(members * 2 + 4)
    chair, secretary, official_a, official_b = names[-4:]
    people = [
        _roster_person(chair, "U0STORORD", ORGANISATIONS[0], "ordförande"),
        _roster_person(secretary, "U0STORSEK", ORGANISATIONS[0], "sekreterare"),
        _roster_person(official_a, "U0STORTJ1", ORGANISATIONS[0], "tjänsteperson"),
        _roster_person(official_b, "U0STORTJ2", ORGANISATIONS[0], "tjänsteperson"),
    ]
    for index in range(members):
        organisation = ORGANISATIONS[index % len(ORGANISATIONS)]
        member, substitute = names[2 * index], names[2 * index + 1]
        entry = _roster_person(member, f"U0L{index:03d}", organisation, "ledamot")
        entry["substitute"] = substitute
        people.append(entry)
        people.append(_roster_person(substitute, f"U0E{index:03d}", organisation, "ersättare"))
    group = {"name": GROUP, "slug": SLUG, "channel": CHANNEL, "teams_channel": TEAMS_CHANNEL,
             "members": people}
    return yaml.safe_dump({"groups": [group]}, allow_unicode=True, sort_keys=False)


def _roster_person(name: str, slack_id: str, organisation: str, role: str) -> dict:
    local_part = name.lower().replace(" ", ".").replace("-", ".")
    return {"name": name, "email": f"{local_part}@example.se", "slack_id": slack_id,
            "organisation": organisation, "role": role}


def agenda_title(number: int) -> str:
    subject = SUBJECTS[number % len(SUBJECTS)]
    kinds = ("Information om", "Dialog kring", "Beslut om", "Lägesrapport:")
    return f"{kinds[number % len(kinds)]} {subject}, med återkoppling från länets delregioner"


def decision_text(number: int) -> str:
    subject = SUBJECTS[number % len(SUBJECTS)]
    return (
        f"Chefsgruppen beslutar att ställa sig bakom förslaget om {subject} och att uppdra åt "
        f"Regional utveckling att ta fram en gemensam plan för genomförandet i länets tolv "
        f"kommuner. Planen redovisas på mötet i december, med kostnader per huvudman och en "
        f"tidplan för uppföljning (punkt {number})."
    )


def comment_text(number: int) -> str:
    return (
        f"Vi ställer oss i huvudsak bakom förslaget men vill se ett tydligare ansvar för "
        f"kommunernas del i genomförandet, särskilt när det gäller bemanning och uppföljning. "
        f"Synpunkt {number}: vi föreslår att tidplanen förlängs med ett halvår och att "
        f"Regional utveckling samordnar en gemensam utbildningsinsats under våren 2027."
    )


def build_large_county(engine, tmp_dir: Path | None = None, members: int = 80) -> LargeCounty:
    """Fills an (empty, migrated) database with the large county; returns handles to it."""
    import tempfile

    folder = Path(tmp_dir or tempfile.mkdtemp())
    roster = folder / "stor.yaml"
    roster.write_text(roster_yaml(members), encoding="utf-8")
    with unit_of_work(engine) as session:
        load_roster(session, roster)
        group = directory.group_by_slug(session, SLUG)
        county = LargeCounty(engine, group.id)
        for membership, person in directory.memberships_of_group(session, group.id):
            if membership.role == "chair":
                county.chair = person
            elif membership.role == "secretary":
                county.secretary = person
            elif membership.role == "member":
                county.members.append(person)
                county.substitutes[person.name] = session.get(Person, membership.substitute_id)
        county.members.sort(key=lambda p: p.slack_id)
        county.meeting_id = _planned_meeting(session, group)
        county.held_meeting_id, county.document_id = _published_minutes(session, group)
        county.consultation_ids = _consultations(session, group, county.secretary)
        county.consultation_id = county.consultation_ids[0]
        _comments(session, county)
        session.expunge_all()
    return county


def _planned_meeting(session, group) -> int:
    data = meetings.MeetingInput(group, MEETING_DAY, time(9, 0), time(16, 0),
                                 "Stora salen, Regionhuset, Klostergatan 23, Örebro",
                                 "https://meet.example.se/stor-2026-09-03")
    meeting, _ = meetings.add_meeting(session, data)
    for number in range(1, 41):
        presenter = person_names(number + 200)[-1] + ", " + ORGANISATIONS[number % 15]
        item = meetings.add_item(session, meeting, agenda_title(number), presenter,
                                 ("information", "discussion", "decision")[number % 3],
                                 f"{DOCUMENT_BASE}/2026-09-03/punkt-{number:02d}.pdf")
        item.documents = item.documents + [
            {"title": "Bilaga", "url": f"{DOCUMENT_BASE}/2026-09-03/bilaga-{number:02d}.pdf"}]
        session.add(item)
    session.flush()
    return meeting.id


def _published_minutes(session, group) -> tuple[int, int]:
    data = meetings.MeetingInput(group, HELD_DAY, time(9, 0), time(15, 0), "Regionhuset")
    meeting, _ = meetings.add_meeting(session, data)
    meeting.status = MeetingStatus.held
    session.add(meeting)
    document = Document(sha256="large-county-minutes-2026-06-11".ljust(64, "0"),
                        filename="minnesanteckningar-2026-06-11.pdf",
                        title=f"Minnesanteckningar {GROUP} 2026-06-11",
                        url=f"{DOCUMENT_BASE}/2026-06-11/minnesanteckningar.pdf",
                        meeting_id=meeting.id, created_at=NOW - timedelta(days=60))
    session.add(document)
    session.flush()
    rows = []
    for number in range(1, 61):
        row = Decision(meeting_id=meeting.id, document_id=document.id, position=number,
                       item=f"{number}. {agenda_title(number).split(',')[0]}",
                       text=decision_text(number),
                       context=f"Ärendet föredrogs av Regional utveckling (punkt {number}).")
        session.add(row)
        rows.append(row)
    session.flush()
    index_decisions(session, [row.id for row in rows])
    mark_published(session, document, NOW - timedelta(days=60))
    return meeting.id, document.id


def _consultations(session, group, owner: Person) -> list[int]:
    ids = []
    for number in range(30):
        deadline = datetime.combine(NOW.date() + timedelta(days=10 + 3 * number), time(23, 59),
                                    tzinfo=STOCKHOLM)
        subject = SUBJECTS[number]
        title = f"Remiss: {subject[0].upper()}{subject[1:]}"
        consultation = consultations.create(
            session, title, [group], owner, deadline, NOW - timedelta(days=14),
            draft_url=f"{DOCUMENT_BASE}/remisser/{number + 1:02d}.pdf")
        ids.append(consultation.id)
    return ids


def _comments(session, county: LargeCounty) -> None:
    consultation = session.get(consultations.Consultation, county.consultation_id)
    memberships = {p.id: directory.membership(session, county.group_id, p.id)
                   for p in county.members}
    for number, person in enumerate(county.members[:50], start=1):
        consultations.submit(session, consultation, person, memberships[person.id].organisation,
                             comment_text(number), NOW - timedelta(hours=number))


def write_minutes(path: Path) -> Path:
    """The held meeting's minutes as the secretary would share them: 60 decisions, as text."""
    lines = ["", "Tid, Plats\tDatum\tBeteckning",
             "Kl 09.00-16.00 Stora salen, Regionhuset, Klostergatan 23 Örebro\t2026 06 11\t"
             "Minnesanteckningar", "", f"Typ av möte:\t{GROUP}",
             "Minnesanteckningar:\tsekreteraren", "", "Dagordning", ""]
    for number in range(1, 61):
        lines += [f"{number}. {agenda_title(number).split(',')[0]} (Regional utveckling)",
                  "Ärendet föredrogs.", f"Beslut: {decision_text(number)}", ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def meeting(session, county: LargeCounty) -> Meeting:
    return session.get(Meeting, county.meeting_id)
