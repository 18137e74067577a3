"""Mina möten: the next meetings of my groups, my förhinder and ersättare, my synpunkter."""

from __future__ import annotations

from datetime import time

from flask import abort, g, redirect, request, url_for

from bot import texts
from bot.absences import service as absences
from bot.absences.notices import meeting_group_for
from bot.absences.parsing import SubstituteSpec
from bot.consultations import command as consultation_command
from bot.consultations import mine as my_consultations
from bot.meetings import mine as my_meetings
from bot.meetings.planning import read_time
from bot.roster import permissions
from bot.roster.permissions import Right
from handlers.web.app import render, say, signed_in, web
from storage.ids import row_id
from storage.models import Consultation

MESSAGE_LIMIT = 1000  # characters of a message to the ersättare


@web.get("/")
@signed_in
def mine():
    cards = my_meetings.my_meetings(g.db, g.access, g.ctx.today(), g.ctx.now())
    remisser = my_consultations.open_to(g.db, g.access, g.ctx.now(), g.ctx.today())
    return render("mine.html", cards=cards, remisser=remisser, page="mine",
                  message_limit=MESSAGE_LIMIT)


@web.post("/moten/<int:meeting_id>/forhinder")
@signed_in
def report_absence(meeting_id: int):
    meeting = my_meetings.meeting_for_member(g.db, g.access, meeting_id)
    if meeting is None:
        abort(404)
    group = meeting_group_for(g.db, meeting, g.person.id)
    if group is None or not g.access.may_report_absence(group.id):
        say(permissions.refusal(g.db, g.access.actor, Right.report_absence, group).text)
        return redirect(url_for("web.mine"))
    choice = request.form.get("substitute", "default")
    if choice not in ("default", "none") and row_id(choice) is None:
        abort(400)
    spec = SubstituteSpec(choice) if choice in ("default", "none") else SubstituteSpec("person",
                                                                                       choice)
    part_from, part_to = _time(request.form.get("part_from")), _time(request.form.get("part_to"))
    message = request.form.get("message", "").strip()
    if len(message) > MESSAGE_LIMIT:  # the page's own field stops at the limit; said, not cut
        say(texts.FIELD_TOO_LONG.format(limit=texts.number(MESSAGE_LIMIT)))
        return redirect(url_for("web.mine", _anchor=f"mote-{meeting.id}"))
    reply = absences.register(g.ctx, g.person, absences.AbsenceInput(
        meeting, group, spec, part_from, part_to, message))
    say(reply.text)
    return redirect(url_for("web.mine", _anchor=f"mote-{meeting.id}"))


def _time(value: str | None) -> time | None:
    if not value or not value.strip():
        return None
    found = read_time(value)
    if found is None:
        abort(400)
    return found


@web.post("/forhinder/<int:absence_id>/ta-tillbaka")
@signed_in
def withdraw_absence(absence_id: int):
    reply = absences.withdraw(g.ctx, g.person, absence_id)
    say(reply.text)
    return redirect(url_for("web.mine"))


@web.post("/remisser/<int:consultation_id>/synpunkt")
@signed_in
def comment(consultation_id: int):
    consultation = _consultation(consultation_id)
    text = request.form.get("text", "").strip()
    if len(text) > 20000:
        abort(400)
    reply = consultation_command.submit(g.ctx, g.person, consultation, text)
    say(reply.text)
    return redirect(url_for("web.mine", _anchor=f"remiss-{consultation.id}"))


@web.post("/remisser/<int:consultation_id>/dra-tillbaka")
@signed_in
def withdraw_comment(consultation_id: int):
    consultation = _consultation(consultation_id)
    say(consultation_command.withdraw_for(g.ctx, g.person, consultation).text)
    return redirect(url_for("web.mine", _anchor=f"remiss-{consultation.id}"))


def _consultation(consultation_id: int) -> Consultation:
    found = my_consultations.visible(g.db, g.access, consultation_id)
    if found is None:
        abort(404)
    return found

