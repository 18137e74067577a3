"""Saying no to an ersättare, or asking first: outside the roster, another organisation, the
member themselves, already called for the same meeting, absent themselves."""

from __future__ import annotations

import json

from bot import texts
from bot.absences.people import already_called, is_absent, same_organisation
from bot.context import Context
from bot.replies import Button, Reply
from bot.roster import permissions
from bot.texts import absences as t
from storage.models import Membership, Person

SHOWN = 5  # people of the organisation suggested instead
BUTTON_VALUE = 2000  # characters Slack keeps of a button's value


def problem(ctx: Context, data, membership: Membership, found) -> Reply | None:
    """A reply instead of storing anything, or None when the ersättare may be called."""
    session, group, spec = ctx.session, data.group, data.substitute
    name = spec.label or spec.value or t.SUBSTITUTE_SOMEONE
    if found.problem == "self":
        return Reply(t.SUBSTITUTE_IS_YOU)
    if found.problem == "not_found" and spec.kind == "person":  # chosen in a form: an id
        return Reply(t.SUBSTITUTE_GONE.format(group=group.name))
    if found.problem == "not_found":
        return Reply(t.SUBSTITUTE_NOT_FOUND.format(name=spec.value, group=group.name))
    if found.problem == "ambiguous":
        return Reply(t.SUBSTITUTE_AMBIGUOUS.format(
            name=spec.value, group=group.name, names=texts.join_names(found.candidates or [])))
    if found.problem in ("not_in_roster", "other_organisation"):
        shown = found.person.name if found.person is not None else name
        template = (t.SUBSTITUTE_NOT_IN_ROSTER if found.problem == "not_in_roster"
                    else t.SUBSTITUTE_OTHER_ORGANISATION)
        return permissions.refused(template.format(
            name=shown, organisation=membership.organisation or t.YOUR_ORGANISATION,
            contact=permissions.contact_for(session, group),
            suggestions=_suggestions(ctx, membership, data)))
    person: Person | None = found.person
    if person is None:
        return None
    if is_absent(session, data.meeting.id, person.id):
        return Reply(t.SUBSTITUTE_ABSENT.format(name=person.name))
    other = already_called(session, data.meeting.id, person.id)
    if other is not None and not data.double_booking_ok:
        return _ask_about_double_booking(ctx, data, person, other)
    return None


def _suggestions(ctx: Context, membership: Membership, data) -> str:
    names = [p.name for _, p in same_organisation(ctx.session, membership)
             if p.id != membership.person_id]
    names = list(dict.fromkeys(names))[:SHOWN]
    return t.SUBSTITUTE_SUGGESTIONS.format(names=texts.join_names(names)) if names else ""


def _ask_about_double_booking(ctx: Context, data, person: Person, other) -> Reply:
    """Nothing is stored: the member answers with one of the buttons (checked like any)."""
    absent = ctx.session.get(Person, other.person_id)
    # The whole förhinder rides on the buttons: the part, the items and the message as well.
    base = {"m": data.meeting.id,
            "f": data.part_from.isoformat() if data.part_from else None,
            "t": data.part_to.isoformat() if data.part_to else None,
            "i": list(data.items), "s": data.message}
    lead = t.SUBSTITUTE_DOUBLE.format(name=person.name, other=absent.name)
    if len(json.dumps({**base, "k": "person", "v": str(person.id), "x": 1})) > BUTTON_VALUE:
        base["s"] = ""  # a button holds 2,000 characters: the message is said to stay behind
        lead += " " + t.SUBSTITUTE_DOUBLE_NO_MESSAGE.format(name=person.name.split()[0])
    anyway = json.dumps({**base, "k": "person", "v": str(person.id), "x": 1})
    nobody = json.dumps({**base, "k": "none"})
    return Reply(
        lead,
        buttons=[Button(t.SUBSTITUTE_DOUBLE_YES.format(name=person.name.split()[0]),
                        "absence.choose", anyway, "primary"),
                 Button(t.SUBSTITUTE_DOUBLE_NO, "absence.choose", nobody)],
    )
