"""Möten: plan meetings (one or a series), their agenda in order, and the kallelse previewed."""

from __future__ import annotations

from flask import abort, g, redirect, request, url_for

from bot import texts
from bot.meetings import plan
from bot.meetings import service as meeting_service
from bot.scheduler import kallelse
from bot.texts import planning as t
from handlers.web.app import forbid, render, say, signed_in, web
from storage import meetings as store


def _secretary_only() -> None:
    if not g.access.is_secretary_anywhere:
        forbid("web.meetings")


@web.get("/moten")
@signed_in
def meetings():
    _secretary_only()
    return render("meetings.html", page="meetings", rows=plan.planned(g.db, g.access,
                                                                       g.ctx.today()),
                  groups=g.access.managed(), values={}, errors={})


@web.post("/moten")
@signed_in
def add_meetings():
    _secretary_only()
    values = request.form.to_dict()
    try:
        added, existing = plan.add_meetings(g.db, g.access, values, g.ctx.today())
    except plan.PlanError as error:
        say(t.FIX)
        return render("meetings.html", page="meetings",
                      rows=plan.planned(g.db, g.access, g.ctx.today()),
                      groups=g.access.managed(), values=values, errors=error.errors), 400
    if not added:
        say(t.NOTHING_ADDED)
    elif len(added) == 1:
        say(t.ADDED_ONE.format(when=meeting_service.when(added[0]),
                                 group=meeting_service.group_names(g.db, added[0])))
    else:
        say(t.ADDED_MANY.format(count=len(added),
                                  group=meeting_service.group_names(g.db, added[0]),
                                  first=texts.long_date(added[0].date),
                                  last=texts.long_date(added[-1].date)))
    if added and existing:
        say(t.ALREADY.format(count=existing))
    if len(added) == 1:
        return redirect(url_for("web.meeting", meeting_id=added[0].id))
    return redirect(url_for("web.meetings"))


def _meeting(meeting_id: int):
    _secretary_only()
    meeting = plan.managed_meeting(g.db, g.access, meeting_id)
    if meeting is None:
        abort(404)
    return meeting


@web.get("/moten/<int:meeting_id>")
@signed_in
def meeting(meeting_id: int):
    return _meeting_page(_meeting(meeting_id))


def _meeting_page(found, values=None, errors=None, status=200):
    groups = store.groups_of_meeting(g.db, found.id)
    preview = kallelse(g.db, found, groups[0], last=False) if groups else None
    return render("meeting.html", page="meetings", meeting=found, groups=groups,
                  items=store.agenda(g.db, found.id), preview=preview,
                  kinds=texts.KIND_LABELS, values=values or {}, errors=errors or {}), status


@web.post("/moten/<int:meeting_id>/punkter")
@signed_in
def add_item(meeting_id: int):
    found = _meeting(meeting_id)
    values = request.form.to_dict()
    try:
        item, added = plan.add_item(g.db, found, values)
    except plan.PlanError as error:
        say(t.FIX)
        return _meeting_page(found, values, error.errors, 400)
    say((t.ITEM_ADDED if added else t.ITEM_EXISTS).format(title=item.title))
    return redirect(url_for("web.meeting", meeting_id=found.id, _anchor="dagordning"))


@web.post("/moten/<int:meeting_id>/punkter/<int:item_id>")
@signed_in
def change_item(meeting_id: int, item_id: int):
    found = _meeting(meeting_id)
    action = request.form.get("action", "")
    before = store.agenda(g.db, found.id)
    item = next((i for i in before if i.id == item_id), None)
    if action not in ("up", "down", "remove"):
        abort(400)
    if item is None and action == "remove":  # a double click on Ta bort: already done
        say(t.ITEM_ALREADY_GONE)
        return _back_to_agenda(found, "dagordning")
    if item is None:  # another secretary removed it meanwhile, or a made-up id
        abort(404)
    if action == "remove":
        plan.remove_item(g.db, found, item_id)
        say(t.ITEM_REMOVED.format(title=item.title, count=len(before) - 1))
        return _back_to_agenda(found, _after_removal(before, item_id))
    moved = plan.move_item(g.db, found, item_id, action)
    after = [i.id for i in store.agenda(g.db, found.id)]
    say(t.ITEM_MOVED.format(title=item.title, number=after.index(item_id) + 1,
                            count=len(after)) if moved else t.ITEM_AT_EDGE[action])
    return _back_to_agenda(found, _after_move(after, item_id, action))


# With a 40-item agenda, a keyboard or screen-reader user who moves an item step by step must
# land where she was: on the same button of the item she moved, so that Enter moves it again
# (at the top or bottom, where that button is gone, on its row), or after a removal on the row
# that took its place. A fragment naming a button focuses it; one naming a row makes the next
# Tab start there.
def _after_move(order: list[int], item_id: int, action: str) -> str:
    index = order.index(item_id)
    at_edge = index == 0 if action == "up" else index == len(order) - 1
    return f"punkt-{item_id}" if at_edge else f"{action}-{item_id}"


def _after_removal(before: list, item_id: int) -> str:
    rest = [i.id for i in before if i.id != item_id]
    if not rest:
        return "dagordning"
    index = min(next(n for n, i in enumerate(before) if i.id == item_id), len(rest) - 1)
    return f"punkt-{rest[index]}"


def _back_to_agenda(meeting, anchor: str):
    return redirect(url_for("web.meeting", meeting_id=meeting.id, _anchor=anchor))
