"""What the minutes reader finds in one document."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

from bot.minutes.reading.organisation_note import tidy

ROLES = ("chair", "secretary", "adjuster", "member", "substitute", "official")
# The Swedish words a document uses for each role.
ROLE_WORDS = {
    "ordförande": "chair",
    "sekreterare": "secretary",
    "justerare": "adjuster",
    "ledamot": "member",
    "ledamöter": "member",
    "ersättare": "substitute",
    "tjänstgörande ersättare": "substitute",
    "tjänsteperson": "official",
    "tjänstepersoner": "official",
    "minnesanteckningar": "secretary",
}


class NotMinutesError(Exception):
    """The file cannot be read as minutes; reason_sv is a sentence a user can read."""

    def __init__(self, reason_sv: str):
        super().__init__(reason_sv)
        self.reason_sv = reason_sv


@dataclass
class Link:
    text: str
    url: str


@dataclass
class Attendee:
    name: str
    organisation: str = ""
    role: str = ""  # one of ROLES, or "" when the document does not say
    present: bool = True
    group: str = ""  # the sub-heading the name was listed under, if any
    substitute_for: str = ""  # name (or title) of the one this person stood in for


@dataclass
class Substitution:
    substitute: str
    replaces: str
    replaces_is_title: bool = False  # "(ers. Folkhälsochef syd närke)": a title, not a name


@dataclass
class AgendaItem:
    title: str
    presenters: list[str] = field(default_factory=list)
    number: str = ""  # "3" or "§ 12" when the document numbers its items
    line: int = 0  # index of the paragraph the item starts at
    level: int = 1  # 1 = item of the agenda, 2 = topic inside a numbered item
    parent: str = ""  # for a sub-item ("- Barn med misstänkt IF"): the item it belongs to


@dataclass
class Decision:
    item: str  # the title of its agenda item ("" when the document has none)
    text: str  # the decision as written ("Gruppen bifaller Ingmars förslag.")
    context: str = ""  # what the item was about, or the proposal before the decision
    number: str = ""  # its § or item number as written ("§ 12", "3", "3.2")
    approves: str = ""  # the proposal an approval approves ("att godkänna budgeten")
    item_text: str = ""  # the text of its agenda item, for questions by the item's words

    @property
    def what(self) -> str:
        """What was decided, said in full: the approval and the proposal it approves."""
        if self.approves and self.approves not in self.text:
            return f"{self.text.rstrip()} ({self.approves.rstrip(' .')})"
        return self.text


@dataclass
class Deadline:
    date: date
    what: str
    to: list[str] = field(default_factory=list)
    sentence: str = ""
    year_inferred: bool = False  # "senast 30 september": the year is the meeting's (or after)


@dataclass
class NextMeeting:
    date: date | None = None
    start: time | None = None
    end: time | None = None
    place: str = ""


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _hhmm(value: time | None) -> str | None:
    return value.strftime("%H:%M") if value else None


@dataclass
class ParsedMinutes:
    source_name: str = ""
    kind: str = ""  # "protokoll", "minnesanteckningar", "kallelse" or ""
    title: str = ""
    groups: list[str] = field(default_factory=list)
    date: date | None = None
    start: time | None = None
    end: time | None = None
    place: str = ""
    approved_on: date | None = None  # "Justerat den: 2024-06-14"
    attendees: list[Attendee] = field(default_factory=list)
    substitutions: list[Substitution] = field(default_factory=list)
    agenda: list[AgendaItem] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    next_meeting: NextMeeting | None = None
    links: list[Link] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    # Present and absent as people() merges them, so that what the reader reports is what
    # ingesting stores and /närvaro, /dagordning and `samverkansbot attendance` show.
    @property
    def present(self) -> list[str]:
        return [p.name for p in self.people() if p.present]

    @property
    def absent(self) -> list[str]:
        return [p.name for p in self.people() if not p.present]

    def people(self) -> list[Attendee]:
        """One entry a person: a name listed twice ("Kallade" and "Frånvarande", or as
        sekreterare too) is one person, absent if any list says so, with the role and
        organisation the lists give (a party, a post or §§ after a name are no organisation:
        organisation_note.tidy)."""
        merged: dict[str, Attendee] = {}
        for a in self.attendees:
            have = merged.get(a.name)
            if have is None:
                merged[a.name] = Attendee(a.name, a.organisation, a.role, a.present, a.group,
                                          a.substitute_for)
                continue
            have.present = have.present and a.present
            have.organisation = have.organisation or a.organisation
            have.role = have.role if have.role and have.role != "adjuster" else a.role or have.role
            have.substitute_for = have.substitute_for or a.substitute_for
        for person in merged.values():
            person.organisation, person.role = tidy(person.organisation, person.role)
        return list(merged.values())

    @property
    def adjusters(self) -> list[str]:
        return _unique(a.name for a in self.attendees if a.role == "adjuster")

    def with_role(self, role: str) -> list[str]:
        return _unique(a.name for a in self.attendees if a.role == role)

    def warn(self, sentence: str) -> None:
        if sentence not in self.warnings:
            self.warnings.append(sentence)

    def to_json(self) -> dict:
        nxt = self.next_meeting
        return {
            "groups": list(self.groups),
            "date": _iso(self.date),
            "start": _hhmm(self.start),
            "end": _hhmm(self.end),
            "place": self.place or None,
            "present": self.present,
            "absent": self.absent,
            "substitutes": [
                {"substitute": s.substitute, "for": s.replaces or None}
                for s in self.substitutions
            ],
            "agenda": [{"number": a.number or None, "title": a.title, "level": a.level,
                        "parent": a.parent or None, "presenters": list(a.presenters)}
                       for a in self.agenda],
            "decisions": [
                {"number": d.number or None, "item": d.item, "text": d.text,
                 "approves": d.approves or None, "context": d.context}
                for d in self.decisions
            ],
            "deadlines": [
                {"date": _iso(d.date), "what": d.what, "to": list(d.to)} for d in self.deadlines
            ],
            "next_meeting": None
            if nxt is None
            else {
                "date": _iso(nxt.date),
                "start": _hhmm(nxt.start),
                "end": _hhmm(nxt.end),
                "place": nxt.place or None,
            },
            "warnings": list(self.warnings),
        }


def _unique(names) -> list[str]:
    seen: dict[str, None] = {}
    for name in names:
        seen.setdefault(name, None)
    return list(seen)
