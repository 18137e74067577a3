"""`/bevaka ÄMNE`, `/bevaka` and `/sluta-bevaka ÄMNE`: subjects a member wants to hear about.

A followed subject matches a published decision the same way a question does (bot.retrieval),
so "/bevaka SAMS" hears of every decision "vad beslutades om SAMS?" would answer with.
"""

from __future__ import annotations

from sqlmodel import Session, select

from bot import retrieval, texts
from bot.context import Context
from bot.replies import Reply, Request
from bot.retrieval import query, ranking
from bot.roster import permissions
from bot.roster.permissions import Right
from bot.texts import decisions as say
from storage import search
from storage.models import Decision, Follow, MeetingGroup, Membership, Person

SUBJECT_LIMIT = 200  # Follow.subject's length


def follow(ctx: Context, request: Request) -> Reply:
    actor = ctx.actor(request)
    person = actor.person
    if person is None or not permissions.may(actor, Right.follow):
        return permissions.refusal(ctx.session, actor, Right.follow)
    subject = " ".join(request.text.split())
    if not subject:
        return list_follows(ctx, request)
    if len(subject) > SUBJECT_LIMIT:
        return Reply(say.FOLLOW_TOO_LONG.format(limit=SUBJECT_LIMIT))
    concepts, _ = query.concepts_of(subject, retrieval.glossary(ctx.session))
    if not concepts:
        return Reply(say.FOLLOW_EMPTY_SUBJECT)
    if _find(ctx.session, person.id, subject) is not None:
        return Reply(say.FOLLOW_EXISTS.format(subject=subject))
    ctx.session.add(Follow(person_id=person.id, subject=subject, created_at=ctx.now()))
    ctx.session.flush()
    return Reply(say.FOLLOW_ADDED.format(subject=subject))


def unfollow(ctx: Context, request: Request) -> Reply:
    actor = ctx.actor(request)
    person = actor.person
    if person is None or not permissions.may(actor, Right.follow):
        return permissions.refusal(ctx.session, actor, Right.follow)
    subject = " ".join(request.text.split())
    follows = _follows_of(ctx.session, person.id)
    if not follows:
        return Reply(say.FOLLOW_NONE)
    listed = _quoted(follows)
    if not subject:
        return Reply(say.FOLLOW_WHAT.format(subjects=listed))
    found = _find(ctx.session, person.id, subject)
    if found is None:
        return Reply(say.FOLLOW_NOT_FOUND.format(subject=subject, subjects=listed))
    ctx.session.delete(found)
    ctx.session.flush()
    return Reply(say.FOLLOW_REMOVED.format(subject=found.subject))


def list_follows(ctx: Context, request: Request) -> Reply:
    actor = ctx.actor(request)
    person = actor.person
    if person is None or not permissions.may(actor, Right.follow):
        return permissions.refusal(ctx.session, actor, Right.follow)
    follows = _follows_of(ctx.session, person.id)
    if not follows:
        return Reply(say.FOLLOW_NONE)
    return Reply(say.FOLLOW_LIST.format(subjects=_quoted(follows), example=follows[0].subject))


def followers_matching(session: Session, decision: Decision) -> list[Person]:
    """Active members of the decision's groups who follow a subject the decision is about."""
    group_ids = select(MeetingGroup.group_id).where(MeetingGroup.meeting_id == decision.meeting_id)
    rows = session.exec(
        select(Follow, Person)
        .join(Person, Person.id == Follow.person_id)
        .join(Membership, Membership.person_id == Person.id)
        .where(Membership.group_id.in_(group_ids), Membership.active)
        .order_by(Person.name)
    ).all()
    if not rows:
        return []
    glossary = retrieval.glossary(session)
    fields = search.terms_of(session, [decision.id]).get(decision.id)
    if fields is None:  # not indexed yet: analyse it the same way here
        fields = retrieval.analyser(glossary)(decision)
    found: dict[int, Person] = {}
    for follow_row, person in rows:
        if person.id in found:
            continue
        concepts, _ = query.concepts_of(follow_row.subject, glossary)
        if concepts and _covers(session, concepts, fields):
            found[person.id] = person
    return list(found.values())


def _covers(session: Session, concepts, fields) -> bool:
    total, dfs = search.document_frequencies(session, ranking.concept_terms(concepts))
    weights = [ranking.concept_weight(c, dfs, total) for c in concepts]
    coverage, _ = ranking.judge(concepts, fields, weights)
    return coverage >= ranking.THRESHOLD


def _follows_of(session: Session, person_id: int) -> list[Follow]:
    statement = select(Follow).where(Follow.person_id == person_id).order_by(Follow.subject)
    return list(session.exec(statement).all())


def _find(session: Session, person_id: int, subject: str) -> Follow | None:
    """The person's follow of that subject, whatever its case: folded in Python, since SQLite's
    lower() leaves Å, Ä and Ö alone (and a second "/bevaka Överenskommelse" then failed)."""
    wanted = _folded(subject)
    return next((f for f in _follows_of(session, person_id) if _folded(f.subject) == wanted),
                None)


def _folded(subject: str) -> str:
    return " ".join(subject.split()).casefold()


def _quoted(follows: list[Follow]) -> str:
    return texts.join_names([f"”{f.subject}”" for f in follows])
