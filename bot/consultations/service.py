"""Consultations and their synpunkter: who may answer, what counts as answered, versions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, select

from bot import tables, texts
from bot.clock import local
from bot.texts import consultations as t
from storage import consultations as store
from storage import directory
from storage.collation import swedish_key
from storage.models import (
    Comment,
    Consultation,
    ConsultationGroup,
    ConsultationStatus,
    Group,
    Person,
)

ANSWERING_ROLES = ("member", "chair", "substitute")
COMMENT_LIMIT = 3000  # characters in one synpunkt: what Slack's edit form can hold


def groups_of(session: Session, consultation_id: int) -> list[Group]:
    return store.groups_of(session, consultation_id)


def open_for(session: Session, group_ids: list[int], now: datetime) -> list[Consultation]:
    """Open consultations of any of the groups whose deadline is still ahead, soonest first."""
    return store.of_groups(session, group_ids, (ConsultationStatus.open,), deadline_after=now)


def recent_for(session: Session, group_ids: list[int], now: datetime, days: int = 90):
    """Open consultations and those closed lately: a late synpunkt gets a clear refusal."""
    return store.of_groups(session, group_ids,
                           (ConsultationStatus.open, ConsultationStatus.closed),
                           deadline_after=now - timedelta(days=days))


def matching(consultations: list[Consultation], subject: str) -> list[Consultation]:
    """Consultations whose title holds every word of the subject (word starts, any case)."""
    words = re.findall(r"[\wåäö-]+", subject.lower())
    found = []
    for consultation in consultations:
        title = consultation.title.lower()
        if words and all(re.search(rf"(^|[^\wåäö]){re.escape(w)}", title) for w in words):
            found.append(consultation)
    return found


def membership_in(session: Session, consultation: Consultation, person_id: int,
                  groups: list[Group] | None = None):
    """(group, membership) through which a person answers a remiss; an answering role first.
    `groups`: the remiss's groups, when the caller has read them already."""
    found = []
    for group in groups if groups is not None else groups_of(session, consultation.id):
        membership = directory.membership(session, group.id, person_id)
        if membership and membership.active:
            found.append((group, membership))
    found.sort(key=lambda pair: pair[1].role not in ANSWERING_ROLES)
    return found[0] if found else (None, None)


def current(session: Session, consultation_id: int, person_id: int) -> Comment | None:
    """The person's latest version, unless withdrawn."""
    latest = session.exec(
        select(Comment)
        .where(Comment.consultation_id == consultation_id, Comment.person_id == person_id)
        .order_by(Comment.version.desc())
    ).first()
    return None if latest is None or latest.withdrawn_at is not None else latest


def submit(
    session: Session, consultation: Consultation, person: Person, organisation: str, text: str,
    now: datetime,
) -> Comment:
    """A new version (the first is version 1); earlier versions are kept."""
    latest = session.exec(
        select(Comment)
        .where(Comment.consultation_id == consultation.id, Comment.person_id == person.id)
        .order_by(Comment.version.desc())
    ).first()
    comment = Comment(
        consultation_id=consultation.id, person_id=person.id, organisation=organisation,
        version=(latest.version + 1) if latest else 1, text=text, created_at=now,
    )
    session.add(comment)
    session.flush()
    return comment


def withdraw(session: Session, consultation_id: int, person_id: int, now: datetime) -> bool:
    comments = session.exec(
        select(Comment).where(Comment.consultation_id == consultation_id,
                              Comment.person_id == person_id, Comment.withdrawn_at.is_(None))
    ).all()
    for comment in comments:
        comment.withdrawn_at = now
        session.add(comment)
    return bool(comments)


@dataclass
class Progress:
    """Who has answered: organisations (or members, when answers are per member)."""

    expected: list[str]
    answered: list[str]

    @property
    def missing(self) -> list[str]:
        return [unit for unit in self.expected if unit not in self.answered]


def progress(session: Session, consultation: Consultation,
             groups: list[Group] | None = None) -> Progress:
    return progress_of(session, [consultation], {consultation.id: groups} if groups else None
                       )[consultation.id]


def progress_of(session: Session, consultations: list[Consultation],
                groups: dict[int, list[Group]] | None = None,
                states: list[tuple] | None = None) -> dict[int, Progress]:
    """Progress of several remisser in two queries (their groups, unless given, and the
    columns of their synpunkter that count, unless given: `comment_states`); rosters and names
    from the roster snapshot, each group's once. An administrator's list holds two hundred."""
    ids = [c.id for c in consultations]
    groups = groups or store.groups_of_many(session, ids)
    latest: dict[int, dict[int, tuple[str, bool]]] = {}
    if states is None:
        states = store.comment_states(session, ids)
    for consultation_id, person_id, organisation, withdrawn in states:
        latest.setdefault(consultation_id, {})[person_id] = (organisation, withdrawn)
    names = directory.names(session, {p for by in latest.values() for p in by})
    rosters: dict[int, list[directory.RosterRow]] = {}
    found = {}
    for consultation in consultations:
        expected: set[str] = set()
        for group in groups.get(consultation.id, []):
            if group.id not in rosters:
                rosters[group.id] = directory.roster_of_group(session, group.id)
            for row in rosters[group.id]:
                unit = row.organisation if consultation.per_organisation else row.name
                if row.role in ("member", "chair") and unit:
                    expected.add(unit)
        answered = {
            organisation if consultation.per_organisation else names.get(person_id, "")
            for person_id, (organisation, withdrawn) in latest.get(consultation.id, {}).items()
            if not withdrawn}
        found[consultation.id] = Progress(sorted(expected, key=swedish_key),
                                           sorted(answered - {""}, key=swedish_key))
    return found


def author(session: Session, comment: Comment) -> str:
    return _name(session, comment)


def _name(session: Session, comment: Comment) -> str:
    return directory.person(session, comment.person_id).name


def standing(session: Session, consultation_id: int) -> list[Comment]:
    """The latest version of every synpunkt that has not been withdrawn."""
    return standing_of(session, [consultation_id]).get(consultation_id, [])


def standing_of(session: Session, consultation_ids: list[int]) -> dict[int, list[Comment]]:
    """Per remiss, the latest version of every synpunkt that has not been withdrawn."""
    latest: dict[int, dict[int, Comment]] = {}
    if consultation_ids:
        for comment in session.exec(
            select(Comment).where(Comment.consultation_id.in_(sorted(set(consultation_ids))))
            .order_by(Comment.version)
        ).all():
            latest.setdefault(comment.consultation_id, {})[comment.person_id] = comment
    return {cid: [c for c in by.values() if c.withdrawn_at is None]
            for cid, by in latest.items()}


def members_not_answered(session: Session, consultation: Consultation) -> list[Person]:
    """Members of the organisations (or the members) that have not answered: last-day DMs."""
    missing = set(progress(session, consultation).missing)
    people: dict[int, Person] = {}
    for group in groups_of(session, consultation.id):
        for membership, person in directory.memberships_of_group(session, group.id):
            unit = membership.organisation if consultation.per_organisation else person.name
            if membership.role in ("member", "chair") and unit in missing:
                people[person.id] = person
    return list(people.values())


def owner_wants_digest(session: Session, consultation: Consultation) -> bool:
    """An owner who chose the morning digest in one of the groups gets synpunkter that way."""
    if consultation.owner_id is None:
        return False
    return any(
        (m := directory.membership(session, g.id, consultation.owner_id)) is not None
        and m.active and m.digest
        for g in groups_of(session, consultation.id)
    )


def create(
    session: Session, title: str, groups: list[Group], owner: Person | None, deadline: datetime,
    now: datetime, draft_url: str = "", per_organisation: bool = True,
) -> Consultation:
    consultation = Consultation(
        title=title, owner_id=owner.id if owner else None, owner_name=owner.name if owner else "",
        deadline=deadline, draft_url=draft_url, per_organisation=per_organisation,
        status=ConsultationStatus.open, created_at=now,
    )
    session.add(consultation)
    session.flush()
    for group in groups:
        session.add(ConsultationGroup(consultation_id=consultation.id, group_id=group.id))
    session.flush()
    return consultation


def export_rows(session: Session, consultation: Consultation) -> list[tuple[str, ...]]:
    """Every version of every synpunkt: organisation, name, time (ISO), version, text."""
    rows = []
    comments = session.exec(
        select(Comment).where(Comment.consultation_id == consultation.id)
        .order_by(Comment.organisation, Comment.person_id, Comment.version)
    ).all()
    # Organisations in Swedish order (a stable sort: each one's versions stay in order).
    for comment in sorted(comments, key=lambda c: swedish_key(c.organisation)):
        text = comment.text + (t.EXPORT_WITHDRAWN if comment.withdrawn_at else "")
        rows.append((comment.organisation, _name(session, comment),
                     local(comment.created_at).strftime("%Y-%m-%d %H:%M"), str(comment.version),
                     text))
    return rows


def example_word(consultation: Consultation, among: list[Consultation] = ()) -> str:
    """The title's longest word, for examples like `/synpunkt familjecentraler: din text`.

    The longest word is usually the subject ("Regional samverkan för familjecentraler"), where
    the first is often a word every title shares. With the other open remisser (`among`), the
    longest word that finds this remiss alone, or two words that do: an example that matched
    two remisser was answered 'Flera remisser matchar' when followed.
    """
    words = [word.strip(",.:;()”\"") for word in consultation.title.split()]
    words = [word for word in words if word]
    if not words:
        return texts.SUBJECT_FALLBACK
    others = [c for c in among if c.id != consultation.id]
    if others:
        singles = sorted(words, key=len, reverse=True)
        pairs = sorted((f"{a} {b}" for a, b in zip(words, words[1:], strict=False)),
                       key=len, reverse=True)
        for candidate in [*singles, *pairs]:
            if not matching(others, candidate):
                return candidate.lower()
    return max(words, key=len).lower()


def deadline_text(consultation: Consultation) -> str:
    moment = local(consultation.deadline)
    text = texts.long_date(moment.date())
    if (moment.hour, moment.minute) != (23, 59):
        text += f" kl. {texts.clock(moment.time())}"
    return text


def owner_text(session, consultation: Consultation) -> str:
    if consultation.owner_id:
        return directory.person(session, consultation.owner_id).name
    return consultation.owner_name or texts.SECRETARY_FALLBACK


def export(session, consultation: Consultation, fmt: str = "md") -> str:
    rows = [t.EXPORT_HEADER, *export_rows(session, consultation)]
    return tables.csv_file(rows) if fmt == "csv" else tables.markdown_table(rows)
