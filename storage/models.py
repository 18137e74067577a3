"""The tables. Moments are timezone-aware, stored in UTC; `Meeting.date` is the Stockholm date."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import JSON, Column, UniqueConstraint
from sqlmodel import Field, SQLModel


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


class Group(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(index=True, unique=True, max_length=64)
    name: str = Field(max_length=300)
    channel_id: str | None = Field(default=None, index=True, max_length=64)


class Person(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, max_length=200)
    email: str | None = Field(default=None, unique=True, max_length=320)
    slack_id: str | None = Field(default=None, unique=True, max_length=64)
    teams_id: str | None = Field(default=None, unique=True, max_length=200)


class Membership(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("group_id", "person_id"),)

    id: int | None = Field(default=None, primary_key=True)
    group_id: int = Field(foreign_key="group.id", index=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    role: str = Field(default=Role.member, max_length=32)
    organisation: str = Field(default="", max_length=300)
    substitute_id: int | None = Field(default=None, foreign_key="person.id")
    active: bool = True


class Meeting(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    date: dt.date = Field(index=True)
    starts_at: dt.datetime | None = None
    ends_at: dt.datetime | None = None
    place: str = Field(default="", max_length=500)
    online_link: str = Field(default="", max_length=1000)
    status: str = Field(default=MeetingStatus.planned, max_length=16)


class MeetingGroup(SQLModel, table=True):
    """A meeting belongs to one group, or to several when they meet jointly."""

    meeting_id: int = Field(foreign_key="meeting.id", primary_key=True)
    group_id: int = Field(foreign_key="group.id", primary_key=True, index=True)


class AgendaItem(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    position: int = 0  # 0: append after the last item
    title: str = Field(max_length=500)
    presenter: str = Field(default="", max_length=300)
    kind: str = Field(default=AgendaKind.information, max_length=16)
    documents: list[dict] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class Absence(SQLModel, table=True):
    """A member's förhinder for one meeting. No reason is ever stored."""

    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    group_id: int = Field(foreign_key="group.id")
    substitute_id: int | None = Field(default=None, foreign_key="person.id")
    created_at: dt.datetime
    withdrawn_at: dt.datetime | None = None


class ProcessedEvent(SQLModel, table=True):
    """Slack redelivers events; the id is remembered so each is handled once."""

    event_id: str = Field(primary_key=True, max_length=100)
    received_at: dt.datetime
