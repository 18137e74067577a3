"""An ersättare answering a call in words ("ja, jag kommer", "jag kan tyvärr inte") rather
than with the buttons under the call.

Only someone with a call still open is answered this way; anyone else's "jag kan inte komma
31 augusti" is a förhinder of their own, and `answer` says so by returning None. So is "nästa
möte" from a ledamot whose own next meeting comes before the one she is called to. With one open
call (or one on the date written) the answer goes to it, as the button would; with several the
bot asks which, with the call's own buttons, and answers none on a guess.
"""

from __future__ import annotations

import re

from sqlmodel import select

from bot import dates, texts
from bot.absences import notices, service
from bot.context import Context
from bot.meetings import service as meeting_service
from bot.replies import Button, Reply, Request
from bot.roster import permissions
from bot.roster.permissions import Right
from bot.texts import absences as t
from storage import meetings as store
from storage.models import Absence, Group, Meeting, Person, SubstituteCall

YES = re.compile(
    r"^\W*(ja|japp|jajamen|absolut|visst|okej|ok|gärna|självklart)\b"
    r"|\bjag (kommer|går|kan (gå|komma|delta|vara med|ta det|ställa upp))\b(?!\s+inte)"
    r"|\bjag tar (det|mötet)\b", re.I)
NO = re.compile(
    r"^\W*(nej|nä|tyvärr)\b|\b(jag )?kan (tyvärr )?inte\b|\bjag kommer (tyvärr )?inte\b"
    r"|\bjag går (tyvärr )?inte\b|\bhar inte möjlighet\b", re.I)


NEXT_MEETING = re.compile(r"\bnästa (möte|sammanträde|träff)\b", re.I)


def _calls(ctx: Context, person: Person, states: tuple[str, ...]) -> list:
    """The person's calls in these states to coming meetings, soonest first; a call still open
    or answered only while its förhinder stands, a released one whatever became of it."""
    query = (
        select(SubstituteCall, Meeting, Person, Group)
        .join(Absence, Absence.id == SubstituteCall.absence_id)
        .join(Meeting, Meeting.id == Absence.meeting_id)
        .join(Person, Person.id == Absence.person_id)
        .join(Group, Group.id == Absence.group_id)
        .where(SubstituteCall.person_id == person.id, SubstituteCall.state.in_(states),
               Meeting.date >= ctx.today())
        .order_by(Meeting.date, Meeting.starts_at, SubstituteCall.id))
    if "released" not in states:
        query = query.where(Absence.withdrawn_at.is_(None))
    return list(ctx.session.exec(query).all())


def _own_meeting_first(ctx: Context, request: Request, called: Meeting) -> bool:
    """Whether the person has a meeting of her own (in a group where she reports förhinder)
    before the one she is called to."""
    actor = ctx.actor(request)
    groups, _ = ctx.scope(request)
    own = permissions.groups_where(actor, Right.report_absence, groups)
    first = store.upcoming_shown(ctx.session, [g.id for g in own], ctx.today(), limit=1)
    return bool(first) and first[0].date < called.date


def said(text: str) -> bool | None:
    """True for yes, False for no, None when the text is neither (or both)."""
    no, yes = bool(NO.search(text)), bool(YES.search(text))
    return None if no == yes else yes


def answer(ctx: Context, request: Request, text: str) -> Reply | None:
    """The answer to the person's open call, or None when they have no open call (or the text
    answers nothing): then the text means something else."""
    # A question ("ok, när är nästa möte?") or a long message is about something else.
    if "?" in text or len(text.split()) > 15:
        return None
    accept = said(text)
    person = ctx.person(request)
    if accept is None or person is None:
        return None
    rows = _calls(ctx, person, ("called", "confirmed"))
    found = dates.extract_expected_date(text, ctx.today(), prefer="future")
    if found is not None:
        rows = [row for row in rows if row[1].date == found.date]
    if not rows:  # a call taken back: say so, as the button would, rather than "förstod inte"
        rows = [row for row in _calls(ctx, person, ("released",))
                if found is None or row[1].date == found.date]
        if not rows or (NEXT_MEETING.search(text)
                        and _own_meeting_first(ctx, request, rows[0][1])):
            return None
        _call, meeting, absent, _group = rows[0]
        return Reply(t.CALL_RELEASED_IN_WORDS.format(absent=absent.name,
                                                     when=meeting_service.when(meeting)))
    if found is None and NEXT_MEETING.search(text) and _own_meeting_first(ctx, request,
                                                                          rows[0][1]):
        return None  # "nästa möte" of a ledamot is her own next meeting: a förhinder
    calls = [row for row in rows if row[0].state == "called"]
    if not calls and rows:  # answered already: a "no" now is for the secretary to sort out
        _call, meeting, absent, group = rows[0]
        if accept:
            return Reply(t.CALL_ALREADY_ANSWERED)
        return Reply(t.CONFIRMED_CANNOT_COME.format(
            absent=absent.name, when=meeting_service.when(meeting),
            contact=notices.contact_for(ctx.session, group)))
    if not calls:
        return None  # no call (on that date): the words mean something else
    if len(calls) == 1:
        return service.answer_call(ctx, person, calls[0][0].id, accept)
    reply = Reply(t.WHICH_CALL)
    action, label = ("absence.accept", t.CALL_ACCEPT) if accept else (
        "absence.decline", t.CALL_DECLINE)
    for call, meeting, absent, _group in calls[:10]:
        reply.buttons.append(Button(
            t.CALL_CHOICE.format(answer=label, absent=absent.name,
                                 when=texts.day_month(meeting.date)),
            action, str(call.id), "primary" if accept else "danger"))
    return reply
