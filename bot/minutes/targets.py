"""Which groups a set of minutes is published into, decided before anything is stored.

Minutes are published only into groups where the publisher is secretary or chair (or that an
administrator publishes into). The groups named in the minutes decide where they go; a group
named in them where the publisher has no such role is left out, and said so. When the minutes
name no group of the roster (an unknown body, or no name at all outside a group's channel) the
publisher chooses among her own groups; a group is never created from chat. The choice comes
back as a button value, so it is checked again like anything a person sends.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from difflib import SequenceMatcher

from sqlmodel import Session

from bot import texts
from bot.minutes.ingest import match_group, normalise
from bot.replies import Reply
from bot.roster import permissions
from bot.roster.permissions import Actor, Right
from bot.texts import minutes as t
from storage import directory
from storage.models import Group

MAX_CHOICES = 20  # buttons offered when the publisher must choose; most have one or two


@dataclass
class Plan:
    groups: list[Group] = field(default_factory=list)  # publish here (all the publisher's)
    choices: list[Group] = field(default_factory=list)  # or: the publisher chooses one of these
    left_out: list[Group] = field(default_factory=list)  # named, but not the publisher's
    unknown: list[str] = field(default_factory=list)  # names the roster does not know
    refusal: Reply | None = None


def plan(session: Session, actor: Actor, names: list[str], channel_group: Group | None,
         chosen: list[int] | None = None) -> Plan:
    """Where minutes naming `names`, shared in `channel_group`'s channel (or a DM), may go.

    `chosen` is the group id(s) from a choice button; it counts only when a choice was needed
    and only for groups the publisher may publish into.
    """
    mine = permissions.publish_groups(session, actor)
    if not mine:
        return Plan(refusal=permissions.refusal(session, actor, Right.publish_minutes))
    named, unknown = _named(session, names)
    if named:
        allowed = [g for g in named if g in mine]
        others = [g for g in named if g not in mine]
        if not allowed:
            return Plan(left_out=others, unknown=unknown, refusal=permissions.refused(
                t.NOT_YOUR_GROUPS.format(groups=_names(others),
                                         contact=permissions.contact_for(session, others[0]))))
        return Plan(groups=allowed, left_out=others, unknown=unknown)
    if not unknown and channel_group is not None and channel_group in mine:
        return Plan(groups=[channel_group])
    if chosen:
        picked = [g for g in mine if g.id in chosen]
        if len(picked) != len(set(chosen)):  # an id that was never offered to this person
            return Plan(refusal=permissions.not_yours(actor))
        return Plan(groups=picked, unknown=unknown)
    return Plan(choices=_ordered(mine, unknown, channel_group)[:MAX_CHOICES], unknown=unknown)


def _named(session: Session, names: list[str]) -> tuple[list[Group], list[str]]:
    known = directory.all_groups(session)
    named: list[Group] = []
    unknown: list[str] = []
    for name in names:
        group = match_group(known, name)
        if group is None:
            unknown.append(name)
        elif group not in named:
            named.append(group)
    return named, unknown


def _ordered(groups: list[Group], unknown: list[str], channel_group: Group | None) -> list[Group]:
    """The channel's group first, then those most like the unknown name, then by name."""
    wanted = normalise(unknown[0]) if unknown else ""

    def key(group: Group):
        alike = SequenceMatcher(None, normalise(group.name), wanted).ratio() if wanted else 0
        return (group != channel_group, -alike, group.name)

    return sorted(groups, key=key)


def _names(groups: list[Group]) -> str:
    return texts.join_names([g.name for g in groups])


def describe(plan_: Plan) -> list[str]:
    """Sentences for the publisher about where the minutes will (not) go."""
    lines = []
    if plan_.choices:
        lines.append(t.CHOOSE_GROUP.format(name=plan_.unknown[0]) if plan_.unknown
                     else t.CHOOSE_GROUP_NO_NAME)
    elif plan_.groups:
        lines.append(t.WILL_PUBLISH_IN.format(groups=_names(plan_.groups)))
    if plan_.left_out:
        lines.append(t.LEFT_OUT.format(groups=_names(plan_.left_out)))
    return lines
