"""Who came to a held meeting, as its published minutes say.

"vilka var med på mötet den 12 maj?", "vem var frånvarande på förra mötet?", "vilka deltog i
chefsgruppen i mars?". Minutes are public records, but like who stood in for whom, a member is
told only about meetings of the groups she may see. Only what the minutes say is told: a
planned meeting's förhinder (which may touch on health) stay with `/närvaro`.
"""

from __future__ import annotations

import re
from datetime import date

from sqlmodel import Session, select

from bot import markup, texts
from bot.minutes import published
from bot.replies import Reply, Section
from bot.retrieval import query
from bot.texts import decisions as say
from storage import directory
from storage import meetings as store
from storage.models import Attendance, Document, DocumentStatus, Meeting, MeetingGroup

ASKED = re.compile(
    r"\b(?:vilka|vem|vem som|vilka som)\s+(?:var\s+(?:med|där|närvarande|frånvarande|borta"
    r"|inte\s+med|ersättare)|deltog|närvarade|saknades|fattades|kom\s+(?:på|till))\b"
    r"|\bnärvaro(?:n|listan)?\s+(?:på|vid|från|i)\s+(?:förra|senaste|föregående|mötet)\b"
    r"|\bvem\s+(?:var|satt\s+som|var\s+mötets)\s+(?:ordförande|sekreterare)\b",
    re.I,
)
# "vem var ordförande på förra mötet?": the post, as the minutes (or the roster) give it
_POST = re.compile(r"\b(ordförande|sekreterare)\b", re.I)
_POST_ROLES = {"ordförande": "chair", "sekreterare": "secretary"}
# A question about the whole list that names a post too ("vilka var med förutom ordföranden?")
ASKED_LIST = re.compile(r"\bvilka\b|\bmed\b|närvar|frånvar|deltog", re.I)
_ABSENT = re.compile(r"frånvarande|borta|inte\s+med|saknades|fattades", re.I)
_SUBSTITUTES = re.compile(r"ersättare", re.I)


def answer(session: Session, question: str, today: date,
           visible: list[int] | None = None) -> Reply:
    """`visible`: the groups whose meetings may be told (None: all, for the command line)."""
    every = directory.all_groups(session)
    groups = every if visible is None else [g for g in every if g.id in visible]
    if not groups:
        return Reply(say.NO_NEXT_MEETING_YOURS)
    # Every group is recognised by name, so that asking about one she may not see finds
    # nothing rather than the latest meeting of her own groups.
    asked = query.parse(question, today, every)
    chosen = [g.id for g in groups if asked.group_ids is None or g.id in asked.group_ids]
    if asked.group_ids and not chosen:  # named, but none of hers: say so, tell nothing of it
        return Reply(say.ATTENDED_NOT_YOUR_GROUP.format(
            groups=texts.join_names(asked.group_names)))
    meeting = _latest_read(session, chosen, asked, today)
    if meeting is None:
        where = say.IN_GROUPS.format(groups=texts.join_names(asked.group_names)) \
            if asked.group_names else ""
        period = f" {asked.period}" if asked.period else ""
        return Reply(say.ATTENDED_NOTHING.format(where=where, period=period))
    return _render(session, meeting, question)


def _latest_read(session: Session, group_ids: list[int], asked: query.Question,
                 today: date) -> Meeting | None:
    """The latest meeting up to today, in the period asked about, whose minutes were read."""
    statement = (
        select(Meeting)
        .where(Meeting.id.in_(select(MeetingGroup.meeting_id)
                              .where(MeetingGroup.group_id.in_(group_ids or [-1]))))
        .where(Meeting.id.in_(select(Attendance.meeting_id)))
        .where(Meeting.date <= today)
        .order_by(Meeting.date.desc(), Meeting.id.desc())
        .limit(1)
    )
    if asked.date_from:
        statement = statement.where(Meeting.date >= asked.date_from)
    if asked.date_to:
        statement = statement.where(Meeting.date <= asked.date_to)
    return session.exec(statement).first()


def _render(session: Session, meeting: Meeting, question: str) -> Reply:
    rows = store.minutes_attendance(session, meeting.id)
    present = [r for r in rows if r.status == "present"]
    absent = [r for r in rows if r.status != "present"]
    stood_in = [r for r in present if r.stands_in_for]
    groups = texts.join_names([g.name for g in store.groups_of_meeting(session, meeting.id)])
    reply = Reply(say.ATTENDED_TITLE.format(day=texts.long_date(meeting.date), groups=groups))
    post = _POST.search(question) if not ASKED_LIST.search(question) else None
    if post is not None:  # only the post asked about, not the whole list
        role = _POST_ROLES[post[1].lower()]
        holders = [r for r in present if r.role == role]
        if holders:
            reply.sections.append(Section(
                say.ATTENDED_POST.format(post=post[1].capitalize(), names=_names(holders))))
        else:  # the minutes are silent: the roster's holder, said as the roster's
            reply.text = say.ATTENDED_TITLE_UNSAID.format(day=texts.long_date(meeting.date),
                                                          groups=groups)
            said = [say.ATTENDED_NO_POST.format(post=post[1].lower())]
            said += _roster_holders(session, meeting, role, post[1].lower(), present)
            reply.sections.append(Section(" ".join(said)))
        _add_source(session, meeting, reply)
        return reply
    told = {
        "present": say.ATTENDED_PRESENT.format(count=len(present), names=_names(present)),
        "substitutes": say.ATTENDED_SUBSTITUTES.format(names=texts.join_names(
            [say.ATTENDED_STOOD_IN.format(name=r.name, absent=r.stands_in_for)
             for r in stood_in])) if stood_in else say.ATTENDED_NO_SUBSTITUTES,
        "absent": say.ATTENDED_ABSENT.format(count=len(absent), names=_names(absent))
        if absent else say.ATTENDED_NONE_ABSENT,
    }
    # Lead with what was asked ("vem var frånvarande?" wants the absent first); that there
    # were no ersättare is said only to someone who asked about them.
    asked = ("absent" if _ABSENT.search(question)
             else "substitutes" if _SUBSTITUTES.search(question) else "present")
    rest = [k for k in told if k != asked and (k != "substitutes" or stood_in)]
    reply.sections += [Section(told[key]) for key in [asked, *rest]]
    _add_source(session, meeting, reply)
    return reply


def _roster_holders(session: Session, meeting: Meeting, role: str, post: str,
                    present: list[Attendance]) -> list[str]:
    """Who holds the post in the meeting's groups by the roster, and whether the minutes have
    them among those present: the roster tells who holds the post, not who held it that day."""
    came = {r.person_id for r in present if r.person_id} | {r.name for r in present}
    said = []
    for group in store.groups_of_meeting(session, meeting.id):
        for person in directory.people_in_roles(session, group.id, (role,)):
            sentence = (say.ATTENDED_ROSTER_PRESENT if person.id in came or person.name in came
                        else say.ATTENDED_ROSTER_ABSENT)
            said.append(sentence.format(name=person.name, post=post, group=group.name))
    return said


def _add_source(session: Session, meeting: Meeting, reply: Reply) -> None:
    document = session.exec(
        select(Document).where(Document.meeting_id == meeting.id,
                               Document.status == DocumentStatus.published)
        .order_by(Document.id.desc())).first()
    if document:
        url = published.page_url(document)
        source = markup.link(url, document.filename) if url else document.filename
        reply.sections.append(Section(say.DECISION_SOURCE.format(document=source)))


def _names(rows: list[Attendance]) -> str:
    return texts.join_names([f"{r.name} ({r.organisation})" if r.organisation else r.name
                             for r in rows])
