"""Remisser on the web page, for owners, secretaries and chairs: open one, follow the answers
organisation by organisation, read every version of every synpunkt, close early."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, select

from bot import audit, dates, texts
from bot.clock import local
from bot.consultations import service
from bot.consultations.command import NEW_LIMITS, read_deadline
from bot.meetings.planning import too_long
from bot.roster.web_access import Access
from bot.texts import consultations as ct
from bot.texts import web as t
from storage import consultations as store
from storage import directory, row_locks
from storage.collation import swedish_key
from storage.ids import find_row
from storage.models import Comment, Consultation, ConsultationStatus, Group


class ConsultationError(Exception):
    def __init__(self, errors: dict[str, str]):
        super().__init__("; ".join(errors.values()))
        self.errors = errors


@dataclass(frozen=True)
class Row:
    """One remiss of the list, in plain values: the page draws two hundred of them."""

    id: int
    title: str
    groups: str  # the names, joined the Swedish way
    deadline: str
    status: str  # in Swedish
    answered: int
    expected: int


SHOWN = 50  # remisser on the page before "Visa alla": an administrator's county has hundreds
ALL = 500


def listed(session: Session, access: Access, limit: int = SHOWN) -> tuple[list[Row], bool]:
    """The remisser of the groups one runs and those one owns, newest deadline first, at most
    `limit`; and whether there are more."""
    statuses = (ConsultationStatus.proposed, ConsultationStatus.open, ConsultationStatus.closed)
    owner = access.person.id if access.person is not None else None
    found = store.listing(session, [g.id for g in access.managed()], owner, statuses, limit + 1)
    more, found = len(found) > limit, found[:limit]
    # Three queries however many: the remisser, their groups' ids, the answers counted by the
    # database. Names and rosters come from the roster snapshot, each group's once: the
    # versions of synpunkter are not read into Python, nor a roster per remiss.
    ids = [c.id for c in found]
    group_ids = store.group_ids_of_many(session, ids)
    counts = store.answer_counts(session, ids)
    names = directory.group_names(session, {i for each in group_ids.values() for i in each})
    order = {group_id: n for n, group_id in enumerate(names)}
    units: dict[tuple[int, bool], frozenset[str]] = {}
    rows = []
    for c in found:
        own = sorted((i for i in group_ids[c.id] if i in names), key=order.__getitem__)
        expected: set[str] = set()
        for group_id in own:
            key = (group_id, c.per_organisation)
            if key not in units:
                units[key] = _units(session, group_id, c.per_organisation)
            expected |= units[key]
        organisations, people = counts.get(c.id, (0, 0))
        rows.append(Row(c.id, c.title, texts.join_names([names[i] for i in own]),
                        service.deadline_text(c), ct.STATUS_NAMES.get(c.status, c.status),
                        organisations if c.per_organisation else people, len(expected)))
    return rows, more


def _units(session: Session, group_id: int, per_organisation: bool) -> frozenset[str]:
    """Who is expected to answer from a group: its ledamöter's and chair's organisations (or
    names), as service.progress counts them."""
    return frozenset(
        unit for row in directory.roster_of_group(session, group_id)
        if row.role in ("member", "chair")
        and (unit := row.organisation if per_organisation else row.name))


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
    # Organisations in Swedish order (a stable sort: each one's versions stay in order).
    comments = sorted(comments, key=lambda c: swedish_key(c.organisation))
    names = directory.names(session, {c.person_id for c in comments})
    versions = [Version(c, names.get(c.person_id, "")) for c in comments]
    groups = service.groups_of(session, consultation.id)
    return Detail(consultation, groups, service.deadline_text(consultation),
                  service.owner_text(session, consultation),
                  service.progress(session, consultation, groups), versions)


def open_new(session: Session, access: Access, values: dict[str, str],
             now: datetime) -> tuple[Consultation, bool]:
    """The remiss, and whether it is new."""
    errors: dict[str, str] = {}
    title = values.get("title", "").strip()
    if not title:
        errors["title"] = ct.NEW_FIELD_TITLE
    group_id = values.get("group", "")
    group = find_row(session, Group, group_id)
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
    # Said, not cut, as in chat: a title cut at 500 characters, or an address at 1,000 (a
    # link that leads nowhere), is not what she wrote.
    errors.update(too_long(values, NEW_LIMITS))
    if errors:
        raise ConsultationError(errors)
    # The same remiss sent twice (a double click, the form sent again from the history) is
    # the one already open, not a second round of synpunkter for the group. A double click's
    # second request waits for the first here, and then finds its remiss.
    row_locks.hold(session, Group, group.id)
    for existing in store.of_groups(session, [group.id], (ConsultationStatus.proposed,
                                                          ConsultationStatus.open)):
        if existing.title == title and existing.deadline == deadline:
            return existing, False
    created = service.create(session, title, [group], access.person, deadline, now,
                             draft, values.get("per", "organisation") != "member")
    _logged(session, access, now, "consultation.create", created, groups=[group.slug],
            deadline=created.deadline.isoformat())
    return created, True


def _logged(session: Session, access: Access, now: datetime, action: str,
            consultation: Consultation, **details) -> None:
    """In the audit log as the chat's remisser are: who, from the web page, which remiss."""
    audit.record(session, now, "web", action, f"consultation:{consultation.id}",
                 actor_id=access.person.id if access.person is not None else None, **details)


def close_early(session: Session, access: Access, consultation: Consultation,
                now: datetime) -> bool:
    """Closes a remiss before its deadline; no synpunkter are taken after this."""
    if consultation.status == ConsultationStatus.closed:
        return False
    consultation.status = ConsultationStatus.closed
    if consultation.deadline > now:
        consultation.deadline = now
    session.add(consultation)
    _logged(session, access, now, "consultation.close", consultation)
    return True


def confirm(session: Session, access: Access, consultation: Consultation,
            now: datetime) -> bool:
    """A deadline found in minutes becomes an open remiss."""
    if consultation.status != ConsultationStatus.proposed or consultation.deadline <= now:
        return False
    consultation.status = ConsultationStatus.open
    session.add(consultation)
    _logged(session, access, now, "consultation.confirm", consultation)
    return True
