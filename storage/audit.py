"""The audit log's queries. Rows are only ever added (the database refuses the rest)."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, select

from storage.models import AuditEvent, Person


def append(session: Session, event: AuditEvent) -> AuditEvent:
    session.add(event)
    session.flush()
    return event


def since(session: Session, moment: datetime | None = None) -> list[tuple[AuditEvent, str]]:
    """Events from `moment` on, oldest first, each with the actor's name as it stands now."""
    statement = (
        select(AuditEvent, Person.name)
        .join(Person, Person.id == AuditEvent.actor_id, isouter=True)
        .order_by(AuditEvent.at, AuditEvent.id)
    )
    if moment is not None:
        statement = statement.where(AuditEvent.at >= moment)
    return [(event, name or "") for event, name in session.exec(statement).all()]


def by_actor(session: Session, person_id: int) -> list[AuditEvent]:
    return list(session.exec(
        select(AuditEvent).where(AuditEvent.actor_id == person_id).order_by(AuditEvent.at)
    ).all())
