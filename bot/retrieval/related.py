"""Questions people ask beside decisions, answered from the same store.

"När är nästa möte i SBU?", "när ska synpunkter på överenskommelsen vara inne?",
"vem ersatte Karin Haster den 14 juni?", "vilka var med på förra mötet?". Each returns None
when the question is not its kind.
"""

from __future__ import annotations

import re
from datetime import date

from sqlmodel import Session, select

from bot import dates, texts
from bot.clock import local
from bot.replies import Reply
from bot.retrieval import analysis, attended, query
from bot.texts import decisions as say
from storage import directory
from storage import meetings as store
from storage.models import (
    Attendance,
    Consultation,
    ConsultationGroup,
    ConsultationStatus,
    Meeting,
    MeetingGroup,
)

_NEXT = re.compile(r"\bnär (är|har vi|blir|hålls) nästa (möte|sammanträde)\b", re.I)
_DEADLINE = re.compile(
    r"\b(?:när ska|när måste|senast när ska|när är sista dag(?:en)? för|sista dag(?:en)? för)"
    r"\s+(?:lämna\s+)?synpunkter(?:na)?\s+(?:på|om|kring)\s+(?P<subject>.+?)"
    r"(?:\s+vara\s+inne|\s+lämnas|\s+in|$)",
    re.I,
)
_SUBSTITUTE = re.compile(
    r"\bvem (?:ersatte|var ersättare för|gick in för|kom i stället för|kom istället för)\s+"
    r"(?P<name>.+)",
    re.I,
)


def answer(session: Session, question: str, today: date,
           visible: list[int] | None = None) -> Reply | None:
    """`visible`: the groups whose meetings and remisser may be told (None: all of them, for
    the command line). Decisions are public; these are not."""
    text = question.strip().rstrip("?!. ")
    if _NEXT.search(text):
        return next_meeting(session, text, today, visible)
    match = _DEADLINE.search(text)
    if match:
        return deadline(session, match.group("subject"), today, visible)
    match = _SUBSTITUTE.search(text)
    if match:
        return substitute(session, match.group("name"), today, visible)
    if attended.ASKED.search(text):
        return attended.answer(session, text, today, visible)
    return None


def _visible(groups: list, visible: list[int] | None) -> list:
    return groups if visible is None else [g for g in groups if g.id in visible]


def next_meeting(session: Session, text: str, today: date,
                 visible: list[int] | None = None) -> Reply:
    groups = _visible(directory.all_groups(session), visible)
    if not groups:
        return Reply(say.NO_NEXT_MEETING_YOURS)
    asked = query.parse(text.split("möte", 1)[-1], today, groups)
    chosen = [g for g in groups if asked.group_ids and g.id in asked.group_ids]
    scope = chosen or groups  # no group named: the soonest meeting of any group
    found = store.upcoming(session, [g.id for g in scope], today, limit=1)
    names = texts.join_names([g.name for g in scope])
    if not found:
        return Reply(say.NO_NEXT_MEETING.format(group=names))
    meeting = found[0]
    groups_of = texts.join_names([g.name for g in store.groups_of_meeting(session, meeting.id)])
    when = texts.meeting_when(meeting.date, meeting.starts_at, meeting.ends_at)
    lines = [say.NEXT_MEETING.format(group=groups_of, when=when)]
    if meeting.place:
        lines.append(say.NEXT_MEETING_PLACE.format(place=meeting.place))
    return Reply(" ".join(lines))


def deadline(session: Session, subject: str, today: date,
             visible: list[int] | None = None) -> Reply:
    """The consultation whose title covers the subject best; the soonest deadline if tied."""
    concepts, _ = query.concepts_of(subject, analysis.SEED_ACRONYMS)
    statuses = (ConsultationStatus.open, ConsultationStatus.proposed, ConsultationStatus.closed)
    statement = select(Consultation).where(Consultation.status.in_(statuses))
    if visible is not None:
        statement = statement.where(Consultation.id.in_(
            select(ConsultationGroup.consultation_id)
            .where(ConsultationGroup.group_id.in_(visible or [-1]))))
    rows = session.exec(statement).all()
    best, best_share = None, 0.0
    for row in rows:
        terms = set(analysis.index_terms(row.title, analysis.SEED_ACRONYMS))
        found = sum(any(all(t in terms for t in alt) for alt in c.alternatives) for c in concepts)
        share = found / len(concepts) if concepts else 0.0
        if share > best_share or (share == best_share and best and row.deadline < best.deadline):
            best, best_share = row, share
    if best is None or best_share < 0.5:
        return Reply(say.NO_DEADLINE.format(subject=subject.strip()))
    day = local(best.deadline).date()
    to = say.DEADLINE_TO.format(names=best.owner_name) if best.owner_name else ""
    sentence = say.DEADLINE_PASSED if day < today else say.DEADLINE
    return Reply(sentence.format(title=best.title, day=texts.long_date(day), to=to))


def folded(name: str) -> str:
    """A name as compared: case folded (å, ä and ö too) and spaces made single."""
    return " ".join(name.split()).casefold()


def substitute(session: Session, rest: str, today: date,
               visible: list[int] | None = None) -> Reply:
    found = dates.extract_expected_date(rest, today, prefer="past")  # "den 14.6" too
    name = (rest[: found.start] if found else rest).strip(" ,")
    name = re.sub(r"\s+(på|vid|i)( mötet)?$", "", name, flags=re.I).strip()
    if not name:
        return Reply(say.WHO_AND_WHEN)
    # Names are compared folded in Python: SQLite's lower() knows only ASCII, so "Åsa Öhman"
    # never met "åsa öhman" there, while PostgreSQL's did; both now answer alike. Only the rows
    # of substitutes are read, a few per meeting.
    statement = (
        select(Attendance, Meeting)
        .join(Meeting, Meeting.id == Attendance.meeting_id)
        .where(Attendance.stands_in_for != "")
        .order_by(Meeting.date.desc(), Attendance.id)
    )
    if visible is not None:
        statement = statement.where(Meeting.id.in_(
            select(MeetingGroup.meeting_id).where(MeetingGroup.group_id.in_(visible or [-1]))))
    wanted = folded(name)
    rows = [(a, m) for a, m in session.exec(statement).all() if folded(a.stands_in_for) == wanted]
    if found:
        # "den 14 juni" without a year means the 14th of June of any year.
        exact = re.search(r"\d{4}", found.phrase) is not None
        rows = [
            (a, m) for a, m in rows
            if m.date == found.date
            or (not exact and (m.date.month, m.date.day) == (found.date.month, found.date.day))
        ]  # fmt: skip
    if not rows:
        day = f" {found.phrase}" if found else ""
        return Reply(say.NO_SUBSTITUTE_FOUND.format(name=name, day=day))
    attendance, meeting = rows[0]
    groups = texts.join_names([g.name for g in store.groups_of_meeting(session, meeting.id)])
    return Reply(
        say.SUBSTITUTE_WAS.format(
            substitute=attendance.name,
            name=attendance.stands_in_for,
            day=texts.long_date(meeting.date),
            groups=groups,
        )  # fmt: skip
    )
