"""The remisser open to a member, with the deadline and their own synpunkt (the web page)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session

from bot.clock import local
from bot.consultations import service
from bot.roster.web_access import Access
from storage.models import Comment, Consultation, Group


@dataclass
class ConsultationCard:
    consultation: Consultation
    groups: list[Group]
    deadline: str  # written out
    days_left: int
    mine: Comment | None  # my latest standing version
    answered: bool  # my organisation (or I, per member) has answered
    owner: str


def open_to(session: Session, access: Access, now: datetime, today: date):
    cards = []
    for consultation in service.open_for(session, access.group_ids, now):
        groups = service.groups_of(session, consultation.id)
        mine = service.current(session, consultation.id, access.person.id)
        groups_of_it = [g for g in groups if g.id in access.actor.roles]
        membership = _membership(session, groups_of_it, access.person.id)
        unit = (membership.organisation if consultation.per_organisation
                else access.person.name) if membership else None
        # Answered when a standing synpunkt is from my organisation (or from me, per member):
        # the same rule as service.progress, without reading the whole roster.
        standing = service.standing(session, consultation.id)
        answered = bool(unit) and any(
            (c.organisation if consultation.per_organisation else c.person_id) ==
            (unit if consultation.per_organisation else access.person.id) for c in standing)
        cards.append(ConsultationCard(
            consultation, groups, service.deadline_text(consultation),
            (local(consultation.deadline).date() - today).days, mine, answered,
            service.owner_text(session, consultation)))
    return cards


def _membership(session: Session, groups: list[Group], person_id: int):
    from storage import directory

    for group in groups:
        found = directory.membership(session, group.id, person_id)
        if found is not None and found.active:
            return found
    return None


def visible(session: Session, access: Access, consultation_id: int) -> Consultation | None:
    """A consultation of one of the person's groups; others do not exist for them."""
    consultation = session.get(Consultation, consultation_id)
    if consultation is None:
        return None
    return consultation if access.sees_consultation(session, consultation) else None
