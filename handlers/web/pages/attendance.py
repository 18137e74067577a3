"""Närvaro: who comes to each meeting, organisation by organisation, and the export for the
minutes (CSV and Markdown)."""

from __future__ import annotations

from flask import Response, abort, g

from bot.absences import attendance_page as attendance_view
from bot.absences.overview import export
from handlers.web.app import forbid, render, signed_in, web
from storage import meetings as store
from storage.models import Group, Meeting


def _staff_only() -> None:
    if not g.access.is_staff_anywhere:
        forbid("web.attendance")


@web.get("/narvaro")
@signed_in
def attendance():
    _staff_only()
    today = g.ctx.today()
    return render("attendance.html", page="attendance",
                  meetings=attendance_view.meetings_for(g.db, g.access, today),
                  held=attendance_view.held_for(g.db, g.access, today))


def _meeting_and_group(meeting_id: int, group_id: int) -> tuple[Meeting, Group]:
    _staff_only()
    meeting, group = g.db.get(Meeting, meeting_id), g.db.get(Group, group_id)
    if meeting is None or group is None or not g.access.staffs(group.id) or group.id not in {
            x.id for x in store.groups_of_meeting(g.db, meeting.id)}:
        abort(404)
    return meeting, group


@web.get("/narvaro/<int:meeting_id>/<int:group_id>")
@signed_in
def attendance_meeting(meeting_id: int, group_id: int):
    meeting, group = _meeting_and_group(meeting_id, group_id)
    return render("attendance_meeting.html", page="attendance",
                  view=attendance_view.view(g.db, meeting, group, g.ctx.today()),
                  describe=attendance_view.describe)


@web.get("/narvaro/<int:meeting_id>/<int:group_id>/narvaro.<fmt>")
@signed_in
def attendance_export(meeting_id: int, group_id: int, fmt: str):
    if fmt not in ("csv", "md"):
        abort(404)
    meeting, group = _meeting_and_group(meeting_id, group_id)
    body = export(g.db, meeting, group, fmt)
    name = f"narvaro-{group.slug}-{meeting.date.isoformat()}.{fmt}"
    mimetype = "text/csv" if fmt == "csv" else "text/markdown"
    # Flask adds the charset to a text/ mimetype itself: naming it too would say it twice.
    return Response(body, mimetype=mimetype,
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})
