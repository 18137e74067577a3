"""The tables. Moments are timezone-aware, stored in UTC; `Meeting.date` is the Stockholm date.

The tables of the roster, meetings, minutes, decisions and remisser are here; the others
(outbox, platforms, sign-ins, drafts, audit log, follows, synpunkter: `LAZY`) live in
storage/models_lazy.py and are mapped the first time one of them is named, through this module
as ever (`from storage.models import OutboxMessage`). SQLAlchemy and pydantic take some 15 ms a
table to map, and `samverkansbot ask` needs none of those. `load_all()` maps every table, for
what needs the whole schema (Alembic).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import JSON, Column, UniqueConstraint
from sqlmodel import Field, SQLModel


class Table(SQLModel):
    """The base of every table. Nothing here is validated by pydantic (tables are built from
    the database and by our code), so pydantic builds its validation schema only if something
    ever asks for it: building it for every table made up a fifth of every start-up."""

    model_config = {"defer_build": True}


class Role(StrEnum):
    """Roles in a group; the Swedish word is what rosters and people use."""

    chair = "chair"
    member = "member"
    substitute = "substitute"
    secretary = "secretary"
    official = "official"


class MeetingStatus(StrEnum):
    planned = "planned"
    held = "held"
    cancelled = "cancelled"


class AgendaKind(StrEnum):
    information = "information"
    discussion = "discussion"
    decision = "decision"


class Group(Table, table=True):
    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(index=True, unique=True, max_length=64)
    name: str = Field(max_length=300)
    channel_id: str | None = Field(default=None, index=True, max_length=64)
    teams_channel_id: str | None = Field(default=None, index=True, max_length=200)
    # Other names the group goes by in minutes ("Chefsgrupp för samverkan skolchefer").
    aliases: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    # Days before a meeting that the kallelse is posted; empty means the default (7 and 1).
    reminder_days: list[int] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    # The Slack workspace (team id T…) the group lives in, when one deployment serves several;
    # None: any workspace (a deployment with one).
    slack_team_id: str | None = Field(default=None, index=True, max_length=32)


class Person(Table, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, max_length=200)
    email: str | None = Field(default=None, unique=True, max_length=320)
    slack_id: str | None = Field(default=None, unique=True, max_length=64)
    teams_id: str | None = Field(default=None, unique=True, max_length=200)


class Membership(Table, table=True):
    __table_args__ = (UniqueConstraint("group_id", "person_id"),)

    id: int | None = Field(default=None, primary_key=True)
    group_id: int = Field(foreign_key="group.id", index=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    role: str = Field(default=Role.member, max_length=32)
    organisation: str = Field(default="", max_length=300)
    substitute_id: int | None = Field(default=None, foreign_key="person.id")
    active: bool = True
    # A secretary who prefers one morning digest to a DM for every change in attendance.
    digest: bool = False


class Meeting(Table, table=True):
    id: int | None = Field(default=None, primary_key=True)
    date: dt.date = Field(index=True)
    starts_at: dt.datetime | None = None
    ends_at: dt.datetime | None = None
    place: str = Field(default="", max_length=500)
    online_link: str = Field(default="", max_length=1000)
    status: str = Field(default=MeetingStatus.planned, max_length=16)


class MeetingGroup(Table, table=True):
    """A meeting belongs to one group, or to several when they meet jointly."""

    meeting_id: int = Field(foreign_key="meeting.id", primary_key=True)
    group_id: int = Field(foreign_key="group.id", primary_key=True, index=True)


class AgendaItem(Table, table=True):
    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    position: int = 0  # 0: append after the last item
    title: str = Field(max_length=500)
    presenter: str = Field(default="", max_length=300)
    kind: str = Field(default=AgendaKind.information, max_length=16)
    documents: list[dict] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class Absence(Table, table=True):
    """A member's förhinder for one meeting. No reason is ever stored."""

    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    group_id: int = Field(foreign_key="group.id")
    substitute_id: int | None = Field(default=None, foreign_key="person.id")
    # Part of the meeting only: a time span, or agenda item titles. Empty means all of it.
    part_from: dt.time | None = None
    part_to: dt.time | None = None
    part_items: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    created_at: dt.datetime
    withdrawn_at: dt.datetime | None = None


class DocumentStatus(StrEnum):
    draft = "draft"  # read, waiting for a secretary to publish or discard
    published = "published"
    discarded = "discarded"
    replaced = "replaced"  # a newer version was published over it; kept for the record


class Document(Table, table=True):
    """A set of minutes as it came in; the hash makes ingesting the same file twice a no-op."""

    id: int | None = Field(default=None, primary_key=True)
    sha256: str = Field(unique=True, max_length=64)
    filename: str = Field(max_length=500)
    title: str = Field(default="", max_length=500)
    url: str = Field(default="", max_length=1000)
    meeting_id: int | None = Field(default=None, foreign_key="meeting.id", index=True)
    status: str = Field(default=DocumentStatus.draft, max_length=16)
    uploaded_by: int | None = Field(default=None, foreign_key="person.id")
    created_at: dt.datetime
    published_at: dt.datetime | None = None
    # The published version this one replaced (the ojusterade, when this is the justerade):
    # the chain of versions says who published which, and when (bot/minutes/replace.py).
    replaces_id: int | None = Field(default=None, foreign_key="document.id", index=True)


class Attendance(Table, table=True):
    """Who was at a held meeting, as the minutes say (names need not be in the roster)."""

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    name: str = Field(max_length=200)
    person_id: int | None = Field(default=None, foreign_key="person.id")
    organisation: str = Field(default="", max_length=300)
    status: str = Field(max_length=16)  # present, absent
    stands_in_for: str = Field(default="", max_length=200)
    role: str = Field(default="", max_length=16)  # chair, secretary, member, substitute, official


class Decision(Table, table=True):
    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    document_id: int | None = Field(default=None, foreign_key="document.id", index=True)
    position: int = 0
    item: str = Field(default="", max_length=500)  # the agenda item's title
    text: str
    context: str = ""
    published_at: dt.datetime | None = None
    number: str = Field(default="", max_length=20)  # its § or item number ("§ 12", "3")
    approves: str = ""  # the proposal an approval approves ("Gruppen bifaller Ingmars förslag")
    item_text: str = ""  # the text of its agenda item, so that questions find it by its words


class ConsultationStatus(StrEnum):
    proposed = "proposed"  # found in minutes, waiting for a secretary to confirm
    open = "open"
    closed = "closed"


class Consultation(Table, table=True):
    """A remiss: a draft out for synpunkter until a deadline."""

    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(max_length=500)
    owner_id: int | None = Field(default=None, foreign_key="person.id")
    owner_name: str = Field(default="", max_length=300)  # when the owner is not in the roster
    deadline: dt.datetime = Field(index=True)
    draft_url: str = Field(default="", max_length=1000)
    per_organisation: bool = True
    status: str = Field(default=ConsultationStatus.open, max_length=16)
    source_document_id: int | None = Field(default=None, foreign_key="document.id")
    created_at: dt.datetime


class ConsultationGroup(Table, table=True):
    consultation_id: int = Field(foreign_key="consultation.id", primary_key=True)
    group_id: int = Field(foreign_key="group.id", primary_key=True, index=True)


class SubstituteCall(Table, table=True):
    """One step in finding an ersättare for an absence: called, and what they answered."""

    id: int | None = Field(default=None, primary_key=True)
    absence_id: int = Field(foreign_key="absence.id", index=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    # called, confirmed, declined, expired (no answer in time), released (no longer needed)
    state: str = Field(default="called", max_length=16)
    created_at: dt.datetime
    answered_at: dt.datetime | None = None


class RosterVersion(Table, table=True):
    """One row, bumped in the same transaction as any change to groups, people or memberships,
    so that every process can tell with one look whether its copy of the roster is current."""

    id: int = Field(default=1, primary_key=True)
    version: int = 0


# --- the tables in storage/models_lazy.py, mapped when first named ------------------------------
LAZY = frozenset({
    "Comment", "Follow", "OutboxState", "OutboxMessage", "TeamsConversation", "WebSignIn",
    "CalendarFeed", "MinutesDraft", "MinutesCorrection", "WorkerPass", "AuditEvent",
    "ProcessedEvent", "SlackInstallation", "SlackOAuthState",
})


def __getattr__(name: str):
    if name in LAZY:
        from storage import models_lazy

        return getattr(models_lazy, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def load_all() -> None:
    """Every table on SQLModel.metadata: for Alembic, which compares the schema with it."""
    from storage import models_lazy  # noqa: F401
