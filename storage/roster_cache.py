"""The roster (groups, people, memberships) kept in memory, checked against the database once
per unit of work.

A chat command used to fetch the person, their memberships and the channel's group or their
groups in three or four queries, every time, for data that changes a few times a year. Here the
whole roster is read once into an immutable snapshot; every unit of work then asks one question,
`SELECT version FROM rosterversion` (on the driver's cursor: storage/plain.py), and uses the
snapshot while the number is the same.

The number is bumped by a `before_flush` hook in the very transaction that adds, changes or
deletes a Group, Person or Membership through the ORM, in whatever process (the web, the
worker, `roster load` on the command line), so no process keeps an outdated copy past its next
unit of work. A session that changed the roster itself reads the database directly from then on:
its own changes are not in any snapshot yet. Writes that bypass the ORM's unit of work (a bulk
`update(Membership)`) must call `bump(session)` themselves.

Look-ups return ORM instances attached to the caller's session (a copy of the snapshot's
values adopted as if loaded: storage.plain.adopt, no SQL), so callers may read and change them
as before. (They share the snapshot's JSON lists:
assign a new list, as the roster code does, never change one in place.)
"""

from __future__ import annotations

import threading
import weakref
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import event, update
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from storage import plain
from storage.collation import by_name, swedish_key
from storage.models import Group, Membership, Person, RosterVersion
from storage.plain import Read, adopt, columns_of

ROSTER_MODELS = (Group, Person, Membership)
VERSION = Read(select(RosterVersion.version).where(RosterVersion.id == 1))
_SESSION_KEY = "roster"  # session.info: the snapshot this unit of work uses, or DIRECT
DIRECT = "direct"  # the session changed the roster: read the database


@dataclass(frozen=True)
class Snapshot:
    """The roster at one version. Instances are detached and never handed out as they are."""

    version: int
    groups: tuple[Group, ...]  # by name
    people: dict[int, Person]  # in name order
    memberships: tuple[Membership, ...]
    by_slack: dict[str, Person] = field(default_factory=dict)
    by_teams: dict[str, Person] = field(default_factory=dict)
    by_channel: dict[str, Group] = field(default_factory=dict)
    by_slug: dict[str, Group] = field(default_factory=dict)
    group_by_id: dict[int, Group] = field(default_factory=dict)
    of_person: dict[int, tuple[Membership, ...]] = field(default_factory=dict)  # all, any state
    of_group: dict[int, tuple[Membership, ...]] = field(default_factory=dict)  # by org., name
    rank: dict[int, int] = field(default_factory=dict)  # person id → place in name order

    @classmethod
    def load(cls, session: Session, version: int) -> Snapshot:
        # Swedish order (storage/collation.py), as the queries without the snapshot sort:
        # the databases' own collations differ, and neither puts Å before Ä.
        groups = tuple(by_name(session.exec(select(Group)).all()))
        people = {p.id: p for p in by_name(session.exec(select(Person)).all())}
        memberships = tuple(sorted(
            session.exec(select(Membership)).all(),
            key=lambda m: (swedish_key(m.organisation), swedish_key(people[m.person_id].name),
                           m.id)))
        of_person, of_group = defaultdict(list), defaultdict(list)
        for m in memberships:
            of_person[m.person_id].append(m)
            of_group[m.group_id].append(m)
        by_channel = {}
        for g in reversed(groups):  # the first by name wins, as `.first()` did
            for channel in (g.channel_id, g.teams_channel_id):
                if channel:
                    by_channel[channel] = g
        return cls(
            version, groups, people, memberships,
            by_slack={p.slack_id: p for p in people.values() if p.slack_id},
            by_teams={p.teams_id: p for p in people.values() if p.teams_id},
            by_channel=by_channel,
            by_slug={g.slug: g for g in groups},
            group_by_id={g.id: g for g in groups},
            of_person={k: tuple(v) for k, v in of_person.items()},
            of_group={k: tuple(v) for k, v in of_group.items()},
            rank={person_id: n for n, person_id in enumerate(people)},
        )


class _Cache:
    """The latest snapshot per engine (tests build many engines; a process usually one)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.snapshots: weakref.WeakKeyDictionary[Engine, Snapshot] = weakref.WeakKeyDictionary()

    def get(self, engine: Engine, version: int) -> Snapshot:
        found = self.snapshots.get(engine)
        if found is not None and found.version == version:
            return found
        with self.lock:  # one thread reads the roster; the others wait for it
            found = self.snapshots.get(engine)
            if found is None or found.version != version:
                with Session(engine, expire_on_commit=False) as reader:
                    found = Snapshot.load(reader, version)
                    reader.expunge_all()
                self.snapshots[engine] = found
        return found


_CACHE = _Cache()


DEFER = "roster_defer"  # session.info: check the version along with the next read


class RosterChanged(Exception):
    """The roster changed since the snapshot a unit of work took on trust: run it again."""


def snapshot(session: Session) -> Snapshot | None:
    """This unit of work's snapshot (one version check the first time), or None when the
    session changed the roster and must read the database.

    A unit of work marked `DEFER` (a chat command: handlers/slack/requests.py) takes the latest
    snapshot on trust where the driver can check its version along with the next read, in that
    read's round trip (storage.plain.defer_check, PostgreSQL); when the version found is another,
    RosterChanged is raised before anything is written and the unit of work runs again."""
    current = session.info.get(_SESSION_KEY)
    if current == DIRECT:
        return None
    if current is None:
        engine = session.get_bind().engine  # bound to a connection, too
        if session.info.get(DEFER) and (trusted := _CACHE.snapshots.get(engine)) is not None \
                and plain.pairs(session):
            plain.defer_check(session, VERSION, trusted.version, RosterChanged, default=0)
            current = trusted
        else:
            version = next(iter(VERSION.column(session)), 0) or 0
            current = _CACHE.get(engine, version)
        session.info[_SESSION_KEY] = current
    return current


def attach(session: Session, instance):
    """The snapshot's instance as this session's own (no SQL): a copy of its values, or the
    session's instance of that row if it has one already. (`session.merge(load=False)` did the
    same through the ORM's instrumentation, attribute by attribute, for several times the cost:
    a chat command attaches two to five.)"""
    if instance is None:
        return None
    model = type(instance)
    values = instance.__dict__
    return adopt(session, model, {name: values[name] for name in _COLUMNS[model]})


_COLUMNS = {model: columns_of(model) for model in ROSTER_MODELS}


def bump(session: Session) -> None:
    """Mark the roster changed: in this transaction for every process, and for this session."""
    session.info[_SESSION_KEY] = DIRECT
    done = session.execute(update(RosterVersion).where(RosterVersion.id == 1)
                           .values(version=RosterVersion.version + 1))
    if done.rowcount == 0:
        session.add(RosterVersion(id=1, version=1))


@event.listens_for(Session, "before_flush")
def _bump_on_roster_change(session, _flush_context, _instances) -> None:
    changed = any(isinstance(o, ROSTER_MODELS) for o in (*session.new, *session.deleted)) or any(
        isinstance(o, ROSTER_MODELS) and session.is_modified(o, include_collections=False)
        for o in session.dirty
    )
    if changed:
        bump(session)
