"""Queries about consultations. They read; they never commit."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, select

from storage.models import Consultation, ConsultationGroup, Group


def groups_of(session: Session, consultation_id: int) -> list[Group]:
    statement = (
        select(Group)
        .join(ConsultationGroup, ConsultationGroup.group_id == Group.id)
        .where(ConsultationGroup.consultation_id == consultation_id)
        .order_by(Group.name)
    )
    return list(session.exec(statement).all())


def groups_of_many(session: Session, consultation_ids: list[int]) -> dict[int, list[Group]]:
    """The groups of several consultations in one query, each list by name."""
    found: dict[int, list[Group]] = {i: [] for i in consultation_ids}
    if not consultation_ids:
        return found
    # The link's column alone: a link row made into an object costs more than reading it.
    for consultation_id, group in session.exec(
        select(ConsultationGroup.consultation_id, Group)
        .join(Group, Group.id == ConsultationGroup.group_id)
        .where(ConsultationGroup.consultation_id.in_(sorted(set(consultation_ids))))
        .order_by(Group.name)
    ).all():
        found[consultation_id].append(group)
    return found


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
    statement = (
        select(Consultation)
        .join(ConsultationGroup, ConsultationGroup.consultation_id == Consultation.id)
        .where(ConsultationGroup.group_id.in_(group_ids), Consultation.status.in_(statuses))
        .distinct()
        .order_by(Consultation.deadline.desc() if newest_first else Consultation.deadline)
    )
    if deadline_after is not None:
        statement = statement.where(Consultation.deadline > deadline_after)
    if limit is not None:
        statement = statement.limit(limit)
    return list(session.exec(statement).all())


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
