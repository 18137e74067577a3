"""Queries about consultations. They read; they never commit."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from sqlalchemy import bindparam, distinct, func, literal_column, null, union_all
from sqlalchemy.orm import aliased
from sqlmodel import Session, or_, select

from storage import roster_cache
from storage.collation import by_name
from storage.models import Comment, Consultation, ConsultationGroup, Group
from storage.plain import Read, adopt, columns_of


def groups_of(session: Session, consultation_id: int) -> list[Group]:
    statement = (
        select(Group)
        .join(ConsultationGroup, ConsultationGroup.group_id == Group.id)
        .where(ConsultationGroup.consultation_id == consultation_id)
    )
    return by_name(session.exec(statement).all())


def groups_of_many(session: Session, consultation_ids: list[int]) -> dict[int, list[Group]]:
    """The groups of several consultations in one query, each list by name (the groups from
    the roster snapshot when there is one: only the links' ids are read)."""
    found: dict[int, list[Group]] = {i: [] for i in consultation_ids}
    if not consultation_ids:
        return found
    snap = roster_cache.snapshot(session)
    if snap is None:
        # The link's column alone: a link row made into an object costs more than reading it.
        for consultation_id, group in session.exec(
            select(ConsultationGroup.consultation_id, Group)
            .join(Group, Group.id == ConsultationGroup.group_id)
            .where(ConsultationGroup.consultation_id.in_(sorted(set(consultation_ids))))
        ).all():
            found[consultation_id].append(group)
        return {consultation_id: by_name(groups) for consultation_id, groups in found.items()}
    ids = group_ids_of_many(session, consultation_ids)
    for consultation_id, group_ids in ids.items():
        wanted = set(group_ids)
        found[consultation_id] = [roster_cache.attach(session, g) for g in snap.groups
                                  if g.id in wanted]
    return found


def group_ids_of_many(session: Session, consultation_ids: list[int]) -> dict[int, list[int]]:
    """The group ids of several consultations in one query: two integers a link, no objects."""
    found: dict[int, list[int]] = {i: [] for i in consultation_ids}
    if consultation_ids:
        for consultation_id, group_id in _GROUP_IDS.rows(session,
                                                         ids=sorted(set(consultation_ids))):
            found[consultation_id].append(group_id)
    return found


# Built once, with bound parameters: building a select() costs more than running it. On the
# driver's cursor (storage/plain.py): /remisser reads both every time.
_IDS = bindparam("ids", expanding=True)
_GROUP_IDS = Read(select(ConsultationGroup.consultation_id, ConsultationGroup.group_id)
                  .where(ConsultationGroup.consultation_id.in_(_IDS)))
_COMMENT_STATES = Read(
    select(Comment.consultation_id, Comment.person_id, Comment.organisation,
           Comment.withdrawn_at.is_not(None))
    .where(Comment.consultation_id.in_(_IDS)).order_by(Comment.version)
)


# /remisser reads both for the same remisser: one statement, one round trip on PostgreSQL. The
# synpunkter's rows come first so that their column types (withdrawn: a boolean) decode every row.
_STATES_AND_GROUP_IDS = Read(union_all(
    select(literal_column("'c'").label("kind"), Comment.consultation_id, Comment.person_id,
           Comment.organisation, Comment.withdrawn_at.is_not(None).label("withdrawn"),
           Comment.version.label("version"))
    .where(Comment.consultation_id.in_(_IDS)),
    select(literal_column("'g'"), ConsultationGroup.consultation_id, ConsultationGroup.group_id,
           null(), null(), null())
    .where(ConsultationGroup.consultation_id.in_(_IDS)),
).order_by(literal_column("kind"), literal_column("version")))


def groups_and_comment_states(session: Session, consultation_ids: list[int]
                              ) -> tuple[dict[int, list[Group]], list[tuple]]:
    """`groups_of_many` and `comment_states` of the same remisser, in one read when the roster
    snapshot holds the groups."""
    snap = roster_cache.snapshot(session) if consultation_ids else None
    if snap is None:
        return (groups_of_many(session, consultation_ids),
                comment_states(session, consultation_ids))
    ids: dict[int, set[int]] = {i: set() for i in consultation_ids}
    states = []
    for kind, consultation_id, second, organisation, withdrawn, _version in \
            _STATES_AND_GROUP_IDS.rows(session, ids=sorted(set(consultation_ids))):
        if kind == "c":
            states.append((consultation_id, second, organisation, withdrawn))
        else:
            ids[consultation_id].add(second)
    groups = {consultation_id: [roster_cache.attach(session, g) for g in snap.groups
                                if g.id in wanted]
              for consultation_id, wanted in ids.items()}
    return groups, states


def comment_states(session: Session, consultation_ids: list[int]) -> list[tuple]:
    """(consultation, person, organisation, withdrawn) of every version of every synpunkt on
    the consultations, oldest version first: what counts as an answer is the latest."""
    if not consultation_ids:
        return []
    return _COMMENT_STATES.rows(session, ids=sorted(set(consultation_ids)))


def answer_counts(session: Session, consultation_ids: list[int]) -> dict[int, tuple[int, int]]:
    """Per consultation, how many organisations and how many people stand behind a synpunkt:
    each person's latest version, unless withdrawn. Counted by the database in one query (an
    administrator's list holds two hundred remisser and some five thousand versions); the
    later version is found through the unique index on (consultation, person, version)."""
    if not consultation_ids:
        return {}
    later = aliased(Comment)
    rows = session.exec(
        select(Comment.consultation_id,
               func.count(distinct(Comment.organisation)).filter(Comment.organisation != ""),
               func.count(distinct(Comment.person_id)))
        .where(Comment.consultation_id.in_(sorted(set(consultation_ids))),
               Comment.withdrawn_at.is_(None),
               # The index's own column, so that the probe reads the index alone.
               ~select(later.version).where(later.consultation_id == Comment.consultation_id,
                                            later.person_id == Comment.person_id,
                                            later.version > Comment.version).exists())
        .group_by(Comment.consultation_id)
    ).all()
    return {consultation_id: (organisations, people)
            for consultation_id, organisations, people in rows}


def of_groups(
    session: Session,
    group_ids: list[int],
    statuses: tuple[str, ...],
    deadline_after: datetime | None = None,
    newest_first: bool = False,
    limit: int | None = None,
) -> list[Consultation]:
    """Consultations of any of the groups in one of the statuses, each once, by deadline."""
    if not group_ids:
        return []
    shape = (newest_first, deadline_after is not None, limit is not None)
    read = _OF_GROUPS.get(shape)
    if read is None:  # eight shapes at most, each built once
        statement = (
            select(*Consultation.__table__.columns)
            .join(ConsultationGroup, ConsultationGroup.consultation_id == Consultation.id)
            .where(ConsultationGroup.group_id.in_(bindparam("groups", expanding=True)),
                   Consultation.status.in_(bindparam("statuses", expanding=True)))
            .distinct()
            .order_by(Consultation.deadline.desc() if newest_first else Consultation.deadline)
        )
        if deadline_after is not None:
            statement = statement.where(Consultation.deadline > bindparam("after"))
        if limit is not None:
            statement = statement.limit(bindparam("limit"))
        read = _OF_GROUPS.setdefault(shape, Read(statement))
    params = {"groups": list(group_ids), "statuses": list(statuses)}
    if deadline_after is not None:
        params["after"] = deadline_after
    if limit is not None:
        params["limit"] = limit
    # On the driver's cursor (every /remisser asks it), after what the session holds is
    # written, as the ORM's own query would have; the rows adopted as the session's instances.
    if session.autoflush:
        session.flush()
    return [adopt(session, Consultation, dict(zip(_CONSULTATION_COLUMNS, row, strict=True)))
            for row in read.rows(session, **params)]


_OF_GROUPS: dict[tuple, Read] = {}
_CONSULTATION_COLUMNS = columns_of(Consultation)


class Listed(NamedTuple):
    """A remiss as a list shows it: plain values, no object for the session to track."""

    id: int
    title: str
    deadline: datetime
    status: str
    per_organisation: bool


def listing(session: Session, group_ids: list[int], owner_id: int | None,
            statuses: tuple[str, ...], limit: int) -> list[Listed]:
    """The consultations of any of the groups and those the person owns, in one of the
    statuses, each once, newest deadline first, at most `limit`."""
    shown = [Consultation.id.in_(select(ConsultationGroup.consultation_id)
                                 .where(ConsultationGroup.group_id.in_(group_ids)))]
    if owner_id is not None:
        shown.append(Consultation.owner_id == owner_id)
    return [Listed(*row) for row in session.exec(
        select(Consultation.id, Consultation.title, Consultation.deadline, Consultation.status,
               Consultation.per_organisation)
        .where(or_(*shown), Consultation.status.in_(statuses))
        .order_by(Consultation.deadline.desc(), Consultation.id.desc())
        .limit(limit)
    ).all()]


def owned_by(session: Session, person_id: int, statuses: tuple[str, ...]) -> list[Consultation]:
    """Consultations a person owns (collects synpunkter for), newest deadline first."""
    statement = (
        select(Consultation)
        .where(Consultation.owner_id == person_id, Consultation.status.in_(statuses))
        .order_by(Consultation.deadline.desc())
    )
    return list(session.exec(statement).all())


def owns_any(session: Session, person_id: int) -> bool:
    """Whether the person owns a remiss (collects its synpunkter), in whatever state."""
    return session.exec(select(Consultation.id).where(Consultation.owner_id == person_id)
                        .limit(1)).first() is not None
