"""The tables mapped only when first named: outbox, platforms, sign-ins, drafts, audit log,
follows, synpunkter.

No command that only reads the roster, meetings and decisions (`ask`, `/dagordning`) needs them.

Named through storage.models (`from storage.models import OutboxMessage`), which imports this
module the first time one of them is asked for; see its docstring.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import JSON, Column, UniqueConstraint
from sqlmodel import Field, SQLModel

from storage.models import DocumentStatus, Table


class ProcessedEvent(Table, table=True):
    """Slack redelivers events; the id is remembered so each is handled once."""

    event_id: str = Field(primary_key=True, max_length=100)
    received_at: dt.datetime


class Comment(Table, table=True):
    """One version of a synpunkt; an edit adds a version, a withdrawal marks them all."""

    __table_args__ = (UniqueConstraint("consultation_id", "person_id", "version"),)

    id: int | None = Field(default=None, primary_key=True)
    consultation_id: int = Field(foreign_key="consultation.id", index=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    organisation: str = Field(default="", max_length=300)
    version: int = 1
    text: str
    created_at: dt.datetime
    withdrawn_at: dt.datetime | None = None


class Follow(Table, table=True):
    """A member follows a subject (/bevaka SAMS) and hears of matching decisions."""

    __table_args__ = (UniqueConstraint("person_id", "subject"),)

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    subject: str = Field(max_length=200)
    created_at: dt.datetime


class OutboxState(StrEnum):
    pending = "pending"
    sending = "sending"  # claimed by a worker until lease_until
    sent = "sent"
    dead = "dead"


class OutboxMessage(Table, table=True):
    """A message the bot sends on its own; the key makes adding it twice a no-op."""

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True, max_length=300)
    platform: str = Field(default="slack", max_length=16)
    recipient: str = Field(index=True, max_length=200)  # channel id, or user id for a DM
    group_id: int | None = Field(default=None, foreign_key="group.id")
    payload: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    due_at: dt.datetime = Field(index=True)
    state: str = Field(default=OutboxState.pending, max_length=16, index=True)
    attempts: int = 0
    next_attempt_at: dt.datetime | None = None
    lease_until: dt.datetime | None = None
    last_error: str = Field(default="", max_length=1000)
    created_at: dt.datetime
    sent_at: dt.datetime | None = None


class TeamsConversation(Table, table=True):
    """Where a proactive Teams message goes, learned from the activities the bot receives."""

    # A person's Teams id (29:…) for their personal chat, a group's Teams channel id (19:…).
    key: str = Field(primary_key=True, max_length=200)
    # The connector that serves this conversation; only URLs from authenticated activities.
    service_url: str = Field(max_length=500)
    conversation_id: str = Field(max_length=500)  # a channel's, never a thread's (;messageid=)
    tenant_id: str = Field(default="", max_length=100)
    updated_at: dt.datetime


class WebSignIn(Table, table=True):
    """A one-time sign-in link for the web page: ten minutes, one person, stored hashed."""

    id: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(unique=True, max_length=64)  # sha256 of the secret in the link
    person_id: int = Field(foreign_key="person.id", index=True)
    created_at: dt.datetime
    expires_at: dt.datetime
    used_at: dt.datetime | None = None


class CalendarFeed(Table, table=True):
    """A person's iCal address; only the hash of its secret is kept, a new one replaces it."""

    person_id: int = Field(foreign_key="person.id", primary_key=True)
    secret_hash: str = Field(unique=True, max_length=64)
    created_at: dt.datetime


class MinutesDraft(Table, table=True):
    """Minutes read but not yet published: the text, what was read, and the corrections."""

    id: int | None = Field(default=None, primary_key=True)
    sha256: str = Field(index=True, max_length=64)
    filename: str = Field(max_length=500)
    text: str = ""  # the document's text as read, shown beside the fields
    parsed: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    group_id: int | None = Field(default=None, foreign_key="group.id")  # chosen by the secretary
    uploaded_by: int | None = Field(default=None, foreign_key="person.id")
    status: str = Field(default=DocumentStatus.draft, max_length=16)
    document_id: int | None = Field(default=None, foreign_key="document.id")
    created_at: dt.datetime
    decided_at: dt.datetime | None = None
    # A correction of published minutes started on their page, without a file: the version
    # it replaces when published (bot/minutes/amend.py).
    replaces_id: int | None = Field(default=None, foreign_key="document.id")


class MinutesCorrection(Table, table=True):
    """One field a person changed in a draft: what the reader found and what it became."""

    id: int | None = Field(default=None, primary_key=True)
    draft_id: int = Field(foreign_key="minutesdraft.id", index=True)
    field_name: str = Field(max_length=100)  # "date", "decisions.2.text", …
    read_value: str = ""
    corrected_value: str = ""
    person_id: int | None = Field(default=None, foreign_key="person.id")
    created_at: dt.datetime


class WorkerPass(Table, table=True):
    """When a worker last finished a pass: /healthz tells from it whether deliveries flow."""

    worker: str = Field(primary_key=True, max_length=200)  # host and process id
    passed_at: dt.datetime


class AuditEvent(Table, table=True):
    """One entry of the append-only audit log: who did what, when, from where.

    Database triggers refuse UPDATE and DELETE (see its migration). People are referred to by id
    only, never by name or address, so that forgetting a person leaves the log intact and
    anonymous: the name shown is whatever the person row holds now.
    """

    id: int | None = Field(default=None, primary_key=True)
    at: dt.datetime = Field(index=True)
    platform: str = Field(max_length=16)  # slack, teams, console, web, cli, worker
    actor_id: int | None = Field(default=None, index=True)  # a Person id; no foreign key
    actor: str = Field(default="", max_length=200)  # who, when not a person: "cli:root"
    action: str = Field(max_length=64, index=True)  # "minutes.publish", "roster.role", …
    subject: str = Field(default="", max_length=300)  # what it applied to: "document:3"
    details: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class SlackInstallation(SQLModel, table=True):
    """A workspace that installed the app through /slack/install (handlers/slack/oauth.py).

    The bot token and the refresh token are Fernet tokens under SAMVERKANSBOT_TOKEN_KEY, never
    the tokens themselves.
    """

    __table_args__ = (UniqueConstraint("enterprise_id", "team_id"),)

    id: int | None = Field(default=None, primary_key=True)
    enterprise_id: str = Field(default="", max_length=32)  # "" outside Enterprise Grid
    team_id: str = Field(default="", max_length=32)  # "" for an organisation-wide install
    team_name: str = Field(default="", max_length=200)
    app_id: str = Field(default="", max_length=32)
    bot_id: str = Field(default="", max_length=32)
    bot_user_id: str = Field(default="", max_length=32)
    bot_scopes: str = Field(default="", max_length=1000)
    bot_token: str = Field(max_length=1000)  # encrypted
    bot_refresh_token: str = Field(default="", max_length=1000)  # encrypted, with rotation
    bot_token_expires_at: dt.datetime | None = None
    is_enterprise_install: bool = False
    installed_at: dt.datetime


class SlackOAuthState(SQLModel, table=True):
    """The state of an install begun in a browser: used once, within ten minutes."""

    state: str = Field(primary_key=True, max_length=100)
    expires_at: dt.datetime = Field(index=True)
