"""Grupper: members, organisations, roles and usual ersättare, edited in place; the roster file
in and out."""

from __future__ import annotations

from flask import Response, abort, g, redirect, request, url_for

from bot.roster import manage
from bot.roster.service import RosterError
from bot.texts import web as t
from handlers.web.app import forbid, render, say, signed_in, web
from handlers.web.text_upload import decode_upload
from storage.collation import swedish_key


def _secretary_only() -> None:
    if not g.access.is_secretary_anywhere:
        forbid("web.groups")


@web.get("/grupper")
@signed_in
def groups():
    _secretary_only()
    return render("groups.html", page="groups", groups=g.access.managed())


def _group(group_id: int):
    _secretary_only()
    group = manage.managed_group(g.db, g.access, group_id)
    if group is None:
        abort(404)
    return group


def _sections(rows: list[manage.MemberRow]) -> list[tuple[str, str, list[manage.MemberRow]]]:
    """The rows under a heading per organisation (in Swedish alphabetical order, å ä ö last),
    the inactive ones last: with 80 members from 15 organisations a screen reader's list of
    headings, and the links at the top, find a member's row without some 600 Tabs."""
    by_organisation: dict[str, list[manage.MemberRow]] = {}
    for row in rows:
        if row.membership.active:
            by_organisation.setdefault(row.membership.organisation.strip(), []).append(row)
    sections = [(organisation or t.NO_ORGANISATION, f"org-{number}", found)
                for number, (organisation, found) in enumerate(
                    sorted(by_organisation.items(), key=lambda item: swedish_key(item[0])), 1)]
    inactive = [row for row in rows if not row.membership.active]
    if inactive:
        sections.append((t.INACTIVE_MEMBERS, "inaktiva", inactive))
    return sections


def _group_page(group, values=None, errors=None, editing=None, status=200, row_values=None):
    rows = manage.members(g.db, group)
    return render("group.html", page="groups", group=group, rows=rows, sections=_sections(rows),
                  labels=manage.substitute_labels(rows), roles=manage.ROLE_CHOICES,
                  values=values or {"role": "member"}, row_values=row_values or {},
                  errors=errors or {}, editing=editing), status


@web.get("/grupper/<int:group_id>")
@signed_in
def group(group_id: int):
    return _group_page(_group(group_id))


@web.post("/grupper/<int:group_id>/ledamoter")
@signed_in
def add_member(group_id: int):
    found = _group(group_id)
    values = request.form.to_dict()
    try:
        person = manage.add_member(g.db, found, values)
    except manage.RosterEditError as error:
        say(t.FIX_FIELDS)
        return _group_page(found, values, error.errors, status=400)
    say(t.MEMBER_ADDED.format(name=person.name, group=found.name))
    return redirect(url_for("web.group", group_id=found.id))


@web.post("/grupper/<int:group_id>/ledamoter/<int:membership_id>")
@signed_in
def change_member(group_id: int, membership_id: int):
    found = _group(group_id)
    action = request.form.get("action", "save")
    if action in ("leave", "return"):
        person = manage.set_active(g.db, found, membership_id, action == "return")
        if person is None:
            abort(404)
        say((t.MEMBER_BACK if action == "return" else t.MEMBER_LEFT).format(
            name=person.name, group=found.name))
        return redirect(url_for("web.group", group_id=found.id))
    try:
        person = manage.update_member(g.db, found, membership_id, request.form.to_dict())
    except manage.RosterEditError as error:
        say(t.FIX_FIELDS)
        prefixed = {f"m{membership_id}.{k}": v for k, v in error.errors.items()}
        return _group_page(found, errors=prefixed, editing=membership_id, status=400,
                           row_values=request.form.to_dict())
    if person is None:
        abort(404)
    say(t.MEMBER_SAVED.format(name=person.name))
    return redirect(url_for("web.group", group_id=found.id, _anchor=f"ledamot-{membership_id}"))


@web.get("/grupper/deltagarlista.yaml")
@signed_in
def roster_export():
    _secretary_only()
    body = manage.export_yaml(g.db, g.access.managed())
    return Response(body, mimetype="application/yaml; charset=utf-8", headers={
        "Content-Disposition": 'attachment; filename="deltagarlista.yaml"'})


ROSTER_MAX_BYTES = 2 * 1024 * 1024  # some 20,000 members: far beyond any county's roster


@web.post("/grupper/deltagarlista")
@signed_in
def roster_import():
    _secretary_only()
    upload = request.files.get("file")
    data = upload.read(ROSTER_MAX_BYTES + 1) if upload else b""
    if len(data) > ROSTER_MAX_BYTES:
        return _roster_refused(t.ROSTER_TOO_LARGE)
    text = decode_upload(data)
    if data.startswith(SPREADSHEETS):
        return _roster_refused(t.ROSTER_IS_A_TABLE)
    if text is None:
        return _roster_refused(t.ROSTER_NOT_TEXT)
    group = request.form.get("group", "")
    try:
        with g.db.begin_nested():  # refused whole: nothing of a bad list is kept
            if _looks_like_a_table(text):  # a group's list from Excel, saved as CSV
                result = manage.import_csv(g.db, g.access, text, group or _only_group())
            else:
                result = manage.import_yaml(g.db, g.access, text)
    except RosterError as error:
        return render("groups.html", page="groups", groups=g.access.managed(),
                      problems=error.problems, chosen=group), 400
    say(t.ROSTER_LOADED.format(**vars(result)))
    return redirect(url_for("web.groups"))


# How Excel's files begin: .xlsx (a zip) and the older .xls (a compound document).
SPREADSHEETS = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0")


def _looks_like_a_table(text: str) -> bool:
    """A member list saved from Excel as CSV: its first line is column names between
    semicolons, commas or tabs, where a roster file starts with 'groups:' or a comment."""
    first = next((line for line in text.splitlines()
                  if line.strip() and not line.lstrip().startswith(("#", "---"))), "")
    return ":" not in first and (";" in first or "\t" in first or "," in first)


def _only_group() -> int | None:
    """The group a list from Excel is for when she runs one only."""
    managed = g.access.managed()
    return managed[0].id if len(managed) == 1 else None


def _roster_refused(message: str):
    """Refused as the other forms are: 400, the reason at the top and on the file field."""
    return render("groups.html", page="groups", groups=g.access.managed(),
                  errors={"file": message}), 400
