"""The remisser open to a member, with the deadline and their own synpunkt (the web page)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, or_, select

from bot.clock import local
from bot.consultations import service
from bot.roster.web_access import Access
from storage import consultations as store
from storage import directory
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
    """The cards in four queries however many remisser are open: the remisser, their groups,
    the synpunkter that tell whether I (or my organisation) answered, and the owners."""
    found = service.open_for(session, access.group_ids, now)
    if not found:
        return []
    ids = [c.id for c in found]
    groups = _groups_by_consultation(session, ids)
    organisations = {o for o in access.actor.organisations.values() if o}
    standing = _standing(session, ids, access.person.id, organisations)
    owners = _owners(session, found)
    cards = []
    for consultation in found:
        of_it = groups.get(consultation.id, [])
        # My organisation where I answer: that of my first group (by name) the remiss is for.
        group = next((g for g in of_it if g.id in access.actor.roles), None)
        unit = None
        if group is not None:
            unit = (access.actor.organisations.get(group.id, "")
                    if consultation.per_organisation else access.person.id)
        comments = standing.get(consultation.id, {})
        mine = comments.get(access.person.id)
        # Answered when a standing synpunkt is from my organisation (or from me, per member):
        # the same rule as service.progress, without reading the whole roster.
        answered = bool(unit) and any(
            (c.organisation if consultation.per_organisation else c.person_id) == unit
            for c in comments.values())
        owner = owners.get(consultation.owner_id) if consultation.owner_id else None
        cards.append(ConsultationCard(
            consultation, of_it, service.deadline_text(consultation),
            (local(consultation.deadline).date() - today).days, mine, answered,
            owner or service.owner_text(session, consultation)))
    return cards


def _groups_by_consultation(session: Session, ids: list[int]) -> dict[int, list[Group]]:
    return store.groups_of_many(session, ids)


def _standing(session: Session, ids: list[int], person_id: int,
              organisations: set[str]) -> dict[int, dict[int, Comment]]:
    """Per remiss, per author: the latest version, unless withdrawn; only mine and those of
    my organisations, the only ones that tell whether we answered."""
    mine_or_ours = Comment.person_id == person_id
    if organisations:
        mine_or_ours = or_(mine_or_ours, Comment.organisation.in_(sorted(organisations)))
    latest: dict[int, dict[int, Comment]] = {}
    for comment in session.exec(
        select(Comment).where(Comment.consultation_id.in_(ids), mine_or_ours)
        .order_by(Comment.version)
    ).all():
        latest.setdefault(comment.consultation_id, {})[comment.person_id] = comment
    return {cid: {pid: c for pid, c in by.items() if c.withdrawn_at is None}
            for cid, by in latest.items()}


def _owners(session: Session, consultations: list[Consultation]) -> dict[int, str]:
    return directory.names(session, {c.owner_id for c in consultations if c.owner_id})


def visible(session: Session, access: Access, consultation_id: int) -> Consultation | None:
    """A consultation of one of the person's groups; others do not exist for them."""
    consultation = session.get(Consultation, consultation_id)
    if consultation is None:
        return None
    return consultation if access.sees_consultation(session, consultation) else None
