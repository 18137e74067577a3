"""Who may do what: the one place that decides, for chat, the web page and the command line.

A right is held in a group through the role a person has there (the roster's roles), or follows
from what a person did (their own förhinder, their own call as ersättare, the remiss they
own). Two rights need only a place somewhere in the roster: reading published decisions, which
are public records and posted in the groups' channels anyway, and following subjects.
Administrators (SAMVERKANSBOT_ADMINS: e-mail addresses, Slack or Teams ids) may do what a
secretary may, in every group; whoever runs the command line is an administrator, since they
hold the database. A person outside the roster may do nothing but ask for help, and is told
nothing about any group.

Callers ask `may(actor, right, group_id)` (or one of the object checks below) and answer a
refusal with `refusal(...)`, so that every "no" says why and who can help in the same words.
`bot/roster/matrix.py` writes these rules out as the README's matrix, and a test walks it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from sqlmodel import Session, select

from bot import texts
from bot.replies import Reply
from bot.texts import permissions as t
from storage import directory, meetings
from storage.models import (
    Absence,
    Consultation,
    ConsultationGroup,
    Group,
    Person,
    Role,
    SubstituteCall,
)


class Right(StrEnum):
    help = "help"  # /hjälp: everyone
    read_decisions = "read_decisions"  # /beslut and questions about decisions, in any group
    follow = "follow"  # /bevaka, /sluta-bevaka
    see_group = "see_group"  # meetings, agendas, place and link, absences, remisser, ersättare
    report_absence = "report_absence"  # /anmäl-förhinder, its form and buttons
    comment = "comment"  # /synpunkt: answer a remiss (for one's organisation)
    see_attendance = "see_attendance"  # /närvaro and the attendance list for the minutes
    plan_meetings = "plan_meetings"  # /nytt-möte, Lägg till punkt
    open_consultation = "open_consultation"  # /ny-remiss and its form
    manage_consultations = "manage_consultations"  # read every synpunkt, confirm a proposed one
    publish_minutes = "publish_minutes"  # share minutes, Publicera, Kasta
    own_absence = "own_absence"  # take back one's own förhinder
    own_call = "own_call"  # answer one's own call as ersättare
    web = "web"  # /webb: a sign-in link to the web page
    own_data = "own_data"  # /mina-uppgifter: what the bot stores about oneself, as a file too


ALL_ROLES = frozenset(Role)
# The rights a role gives in its group. Everything not listed is refused.
GROUP_RULES: dict[Right, frozenset[Role]] = {
    Right.see_group: ALL_ROLES,
    # Ersättare do not report förhinder: when called they answer the call.
    Right.report_absence: frozenset({Role.member, Role.chair, Role.secretary, Role.official}),
    # Synpunkter come from the organisations at the table; an ersättare may answer for theirs.
    Right.comment: frozenset({Role.member, Role.chair, Role.substitute}),
    Right.see_attendance: frozenset({Role.secretary, Role.chair, Role.official}),
    Right.plan_meetings: frozenset({Role.secretary, Role.chair}),
    Right.open_consultation: frozenset({Role.secretary, Role.chair}),
    Right.manage_consultations: frozenset({Role.secretary, Role.chair}),
    Right.publish_minutes: frozenset({Role.secretary, Role.chair}),
}
# Rights that need an active place in the roster, in any group.
ROSTER_RIGHTS = frozenset({Right.read_decisions, Right.follow, Right.web})
# What an administrator may do in every group; förhinder and synpunkter are a member's own acts.
ADMIN_RIGHTS = frozenset({
    Right.see_group, Right.see_attendance, Right.plan_meetings, Right.open_consultation,
    Right.manage_consultations,
    Right.publish_minutes, Right.read_decisions, Right.follow, Right.web,
})
OPEN_CALL_STATES = ("called", "confirmed")


@dataclass(frozen=True)
class Actor:
    """The person behind a request: their active roles by group, and whether they administer."""

    person: Person | None
    roles: dict[int, Role] = field(default_factory=dict)  # group id → role, active only
    organisations: dict[int, str] = field(default_factory=dict)  # group id → organisation
    admin: bool = False
    workspace: str | None = None  # the Slack workspace asked from: only its groups count

    @property
    def person_id(self) -> int | None:
        return self.person.id if self.person is not None else None

    @property
    def in_roster(self) -> bool:
        """Someone the roster knows now: an active membership somewhere, or an administrator."""
        return bool(self.roles) or self.admin

    def role_in(self, group_id: int | None) -> Role | None:
        return self.roles.get(group_id) if group_id is not None else None


def admin_entries(text: str) -> frozenset[str]:
    """'a@x.se, U0ABC' → the entries, e-mail addresses folded to lower case."""
    return frozenset(part.strip().casefold() for part in text.split(",") if part.strip())


def actor_for(session: Session, platform: str, user_id: str,
              admins: Iterable[str] = (), workspace: str | None = None) -> Actor:
    """The actor for a platform's user id (Slack U…, Teams 29:…, the console's Slack id); from
    one of several Slack workspaces, with the roles they hold in that workspace's groups only."""
    person, memberships = (directory.person_and_memberships(session, platform, user_id)
                           if user_id else (None, []))
    return _actor(session, person, memberships,
                  _is_admin(person, user_id, frozenset(admins)), workspace)


def actor_of(session: Session, person: Person | None, admin: bool = False,
             workspace: str | None = None) -> Actor:
    memberships = []
    if person is not None and person.id is not None:
        memberships = directory.active_memberships(session, person.id)
    return _actor(session, person, memberships, admin, workspace)


def _actor(session: Session, person: Person | None, memberships, admin: bool,
           workspace: str | None) -> Actor:
    if workspace:  # a role in another region's group is no role here
        own = {g.id for g in directory.all_groups(session, workspace)}
        memberships = [m for m in memberships if m.group_id in own]
    roles = {m.group_id: Role(m.role) for m in memberships}
    organisations = {m.group_id: m.organisation for m in memberships}
    return Actor(person, roles, organisations, admin, workspace)


def command_line() -> Actor:
    """Whoever runs `samverkansbot` holds the database: an administrator without a person."""
    return Actor(None, admin=True)


def _is_admin(person: Person | None, user_id: str, admins: frozenset[str]) -> bool:
    if not admins:
        return False
    if user_id and user_id.casefold() in admins:
        return True
    return bool(person is not None and person.email and person.email.casefold() in admins)


# --- the questions --------------------------------------------------------------------------
def may(actor: Actor, right: Right, group_id: int | None = None) -> bool:
    """Whether the actor holds the right (in the group, for rights held in a group)."""
    if right in (Right.help, Right.own_data):
        return True
    if actor.admin and right in ADMIN_RIGHTS:
        return True
    if right in ROSTER_RIGHTS:
        return bool(actor.roles)
    role = actor.role_in(group_id)
    return role is not None and role in GROUP_RULES.get(right, frozenset())


def groups_where(actor: Actor, right: Right, groups: Iterable[Group]) -> list[Group]:
    """Those of the groups in which the actor holds the right, in the order given."""
    return [group for group in groups if may(actor, right, group.id)]


def may_in_any(actor: Actor, right: Right, group_ids: Iterable[int]) -> bool:
    return any(may(actor, right, group_id) for group_id in group_ids)


def visible_groups(session: Session, actor: Actor) -> list[Group]:
    """The groups whose meetings and remisser the actor may see: their own, or all for admins."""
    if actor.admin:
        return directory.all_groups(session, actor.workspace)
    return [g for g in directory.all_groups(session, actor.workspace)
            if may(actor, Right.see_group, g.id)]


def visible_group_ids(session: Session, actor: Actor) -> list[int]:
    """The ids of `visible_groups`, without making the groups the session's own."""
    return [g.id for g in directory.all_groups_to_read(session, actor.workspace)
            if actor.admin or may(actor, Right.see_group, g.id)]


def publish_groups(session: Session, actor: Actor) -> list[Group]:
    """The groups the actor may publish minutes into (secretary or chair there; admins: all)."""
    return groups_where(actor, Right.publish_minutes,
                        directory.all_groups(session, actor.workspace))


def meeting_group_ids(session: Session, meeting_id: int) -> list[int]:
    return meetings.group_ids_of_meeting(session, meeting_id)


def may_for_meeting(session: Session, actor: Actor, right: Right, meeting_id: int) -> bool:
    """A right in one of the groups that hold the meeting (joint meetings have several)."""
    return may_in_any(actor, right, meeting_group_ids(session, meeting_id))


def may_see_meeting(session: Session, actor: Actor, meeting_id: int) -> bool:
    """Members of its groups, and an ersättare called to it, see a meeting and its agenda."""
    if may_for_meeting(session, actor, Right.see_group, meeting_id):
        return True
    return actor.person_id is not None and session.exec(
        select(SubstituteCall.id)
        .join(Absence, Absence.id == SubstituteCall.absence_id)
        .where(Absence.meeting_id == meeting_id, SubstituteCall.person_id == actor.person_id,
               SubstituteCall.state.in_(OPEN_CALL_STATES))
    ).first() is not None


def consultation_group_ids(session: Session, consultation_id: int) -> list[int]:
    return list(session.exec(select(ConsultationGroup.group_id).where(
        ConsultationGroup.consultation_id == consultation_id)).all())


def may_see_consultation(session: Session, actor: Actor, consultation: Consultation) -> bool:
    if owns_consultation(actor, consultation):
        return True
    return may_in_any(actor, Right.see_group, consultation_group_ids(session, consultation.id))


def may_manage_consultation(session: Session, actor: Actor, consultation: Consultation) -> bool:
    """Its owner, and the secretaries and chairs of its groups: every synpunkt, confirming."""
    if owns_consultation(actor, consultation):
        return True
    return may_in_any(actor, Right.manage_consultations,
                      consultation_group_ids(session, consultation.id))


def may_comment_on(session: Session, actor: Actor, consultation: Consultation) -> bool:
    return may_in_any(actor, Right.comment, consultation_group_ids(session, consultation.id))


def owns_consultation(actor: Actor, consultation: Consultation) -> bool:
    return actor.person_id is not None and consultation.owner_id == actor.person_id


def owns_absence(actor: Actor, absence: Absence | None) -> bool:
    return absence is not None and actor.person_id is not None \
        and absence.person_id == actor.person_id


def owns_call(actor: Actor, call: SubstituteCall | None) -> bool:
    return call is not None and actor.person_id is not None and call.person_id == actor.person_id


# --- saying no ------------------------------------------------------------------------------
def contact_for(session: Session, group: Group | None) -> str:
    """Who can help with a group: its secretaries by name, or the generic word."""
    if group is None:
        return texts.SECRETARY_FALLBACK
    names = [p.name for p in directory.people_in_roles(session, group.id, ("secretary",))]
    return texts.join_names(names) or texts.SECRETARY_FALLBACK


def refusal(session: Session, actor: Actor, right: Right, group: Group | None = None) -> Reply:
    """Why not, and who can help.

    `group` is named only when the person may know it: a group they hold a role in, or the group
    whose own channel they asked in. Without it the answer names no group (a forged id, or
    nothing in the person's groups). Someone outside the roster learns nothing about any group.
    """
    if not actor.in_roster:
        return refused(texts.UNKNOWN_USER)
    if group is None:
        return refused(t.NONE_OF_YOUR_GROUPS.get(right, t.NOT_YOURS))
    contact = contact_for(session, group)
    if actor.role_in(group.id) is None and not actor.admin:
        return refused(t.NOT_A_MEMBER.format(group=group.name, contact=contact))
    return refused(t.REFUSALS.get(right, t.NOT_ALLOWED).format(group=group.name, contact=contact))


def not_yours(actor: Actor) -> Reply:
    """An id from a button or a form that is not the person's: nothing about it is said."""
    return refused(texts.UNKNOWN_USER if not actor.in_roster else t.NOT_YOURS)


def refused(text: str) -> Reply:
    return Reply(text, refused=True)
