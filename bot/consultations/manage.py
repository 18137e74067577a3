"""Remisser on the web page, for owners, secretaries and chairs: open one, follow the answers
organisation by organisation, read every version of every synpunkt, close early."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, select

from bot import dates, texts
from bot.clock import local
from bot.consultations import service
from bot.consultations.command import read_deadline
from bot.roster.web_access import Access
from bot.texts import consultations as ct
from bot.texts import web as t
from storage import consultations as store
from storage import directory
from storage.models import Comment, Consultation, ConsultationStatus, Group


class ConsultationError(Exception):
    def __init__(self, errors: dict[str, str]):
        super().__init__("; ".join(errors.values()))
        self.errors = errors


@dataclass
class Row:
    consultation: Consultation
    groups: list[Group]
    deadline: str
    answered: int
    expected: int


SHOWN = 50  # remisser on the page before "Visa alla": an administrator's county has hundreds
ALL = 500


def listed(session: Session, access: Access, limit: int = SHOWN) -> tuple[list[Row], bool]:
    """The remisser of the groups one runs and those one owns, newest deadline first, at most
    `limit`; and whether there are more."""
    statuses = (ConsultationStatus.proposed, ConsultationStatus.open, ConsultationStatus.closed)
    found = store.of_groups(session, [g.id for g in access.managed()], statuses,
                            newest_first=True, limit=limit + 1)
    if access.person is not None and access.person.id is not None:
        known = {c.id for c in found}
        found += [c for c in store.owned_by(session, access.person.id, statuses)
                  if c.id not in known]
        found.sort(key=lambda c: c.deadline, reverse=True)
    more, found = len(found) > limit, found[:limit]
    # Three queries however many: the remisser, their groups, their synpunkter.
    groups = store.groups_of_many(session, [c.id for c in found])
    progress = service.progress_of(session, found, groups)
    return [Row(c, groups[c.id], service.deadline_text(c), len(progress[c.id].answered),
                len(progress[c.id].expected)) for c in found], more


def managed(session: Session, access: Access, consultation_id: int) -> Consultation | None:
    consultation = session.get(Consultation, consultation_id)
    if consultation is None or not access.manages_consultation(session, consultation):
        return None
    return consultation


@dataclass
class Version:
    comment: Comment
    name: str


@dataclass
class Detail:
    consultation: Consultation
    groups: list[Group]
    deadline: str
    owner: str
    progress: service.Progress
    versions: list[Version]  # every version, by organisation, person and version


def detail(session: Session, consultation: Consultation) -> Detail:
    """Every version of every synpunkt with its author's name (the names from the roster
    snapshot), the groups once, and the progress."""
    comments = session.exec(
        select(Comment).where(Comment.consultation_id == consultation.id)
        .order_by(Comment.organisation, Comment.person_id, Comment.version)
    ).all()
    names = directory.names(session, {c.person_id for c in comments})
    versions = [Version(c, names.get(c.person_id, "")) for c in comments]
    groups = service.groups_of(session, consultation.id)
    return Detail(consultation, groups, service.deadline_text(consultation),
                  service.owner_text(session, consultation),
                  service.progress(session, consultation, groups), versions)


def open_new(session: Session, access: Access, values: dict[str, str], now: datetime):
    errors: dict[str, str] = {}
    title = values.get("title", "").strip()
    if not title:
        errors["title"] = ct.NEW_FIELD_TITLE
    group_id = values.get("group", "")
    group = session.get(Group, int(group_id)) if group_id.isdigit() else None
    if group is None or not access.manages(group.id):
        errors["group"] = t.CHOOSE_OWN_GROUP
    deadline = read_deadline(values.get("deadline", ""), values.get("time", ""), now)
    if deadline is None:
        errors["deadline"] = t.BAD_DEADLINE
    elif deadline <= now:
        errors["deadline"] = ct.DEADLINE_PASSED
    elif not dates.in_planning_range(local(deadline).date(), local(now).date()):
        errors["deadline"] = texts.DEADLINE_OUT_OF_RANGE
    draft = values.get("draft", "").strip()
    if draft and not draft.startswith(("https://", "http://")):
        errors["draft"] = t.BAD_URL
    if errors:
        raise ConsultationError(errors)
    return service.create(session, title[:500], [group], access.person, deadline, now,
                          draft[:1000], values.get("per", "organisation") != "member")


def close_early(session: Session, consultation: Consultation, now: datetime) -> bool:
    """Closes a remiss before its deadline; no synpunkter are taken after this."""
    if consultation.status == ConsultationStatus.closed:
        return False
    consultation.status = ConsultationStatus.closed
    if consultation.deadline > now:
        consultation.deadline = now
    session.add(consultation)
    return True


def confirm(session: Session, consultation: Consultation, now: datetime) -> bool:
    """A deadline found in minutes becomes an open remiss."""
    if consultation.status != ConsultationStatus.proposed or consultation.deadline <= now:
        return False
    consultation.status = ConsultationStatus.open
    session.add(consultation)
    return True
