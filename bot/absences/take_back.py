""""Ta tillbaka mitt förhinder" written in free text: the förhinder meant is taken back.

A member who can come after all writes it the way they would to the secretary ("jag kan komma
ändå den 31 augusti", "ta tillbaka mitt förhinder"). One förhinder to a coming meeting (on the
date written, if any): it is taken back, as the button does. Several: the bot asks which, with a
button for each, rather than guessing. None: it says so, and nothing changes.
"""

from __future__ import annotations

from sqlmodel import select

from bot import dates, texts
from bot.absences import service
from bot.context import Context
from bot.replies import Button, Reply, Request
from bot.roster import permissions
from bot.texts import absences as t
from storage.models import Absence, Group, Meeting


def take_back(ctx: Context, request: Request, text: str) -> Reply:
    person = ctx.person(request)
    if person is None:  # no one the roster knows has förhinder to take back
        return permissions.refused(texts.UNKNOWN_USER)
    found = dates.extract_expected_date(text, ctx.today(), prefer="future")
    rows = ctx.session.exec(
        select(Absence, Meeting, Group)
        .join(Meeting, Meeting.id == Absence.meeting_id)
        .join(Group, Group.id == Absence.group_id)
        .where(Absence.person_id == person.id, Absence.withdrawn_at.is_(None),
               Meeting.date >= ctx.today())
        .order_by(Meeting.date, Meeting.starts_at, Meeting.id)
    ).all()
    coming = [(a, m, g) for a, m, g in rows if not service.has_started(m, ctx.now(), ctx.today())]
    if found is not None:
        coming = [(a, m, g) for a, m, g in coming if m.date == found.date]
    if not coming:
        day = f" den {texts.day_month(found.date)}" if found is not None else ""
        return Reply(t.NO_ABSENCE_TO_TAKE_BACK.format(day=day))
    if len(coming) == 1:
        return service.withdraw(ctx, person, coming[0][0].id)
    reply = Reply(t.WHICH_TO_TAKE_BACK)
    for absence, meeting, group in coming[:10]:
        label = t.TAKE_BACK_BUTTON.format(when=texts.day_month(meeting.date), group=group.name)
        reply.buttons.append(Button(label, "absence.withdraw", str(absence.id), "danger"))
    return reply
