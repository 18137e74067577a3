"""What a person may see and do on the web page: the chat's policy (bot/roster/permissions.py),
asked through one small view of it that pages read once per request."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from bot.roster import permissions
from bot.roster.permissions import Actor, Right
from bot.settings import Settings
from storage import consultations, directory
from storage.models import Consultation, Group, Person


@dataclass(frozen=True)
class Access:
    """One person's rights, read once per page."""

    person: Person
    actor: Actor
    groups: list[Group]  # the groups the person is an active member of, by name
    managed_groups: list[Group]  # where they plan meetings and publish minutes
    staffed_groups: list[Group]  # where they follow attendance

    @property
    def group_ids(self) -> list[int]:
        return [g.id for g in self.groups]

    def managed(self) -> list[Group]:
        return self.managed_groups

    def staffed(self) -> list[Group]:
        return self.staffed_groups

    def may(self, right: Right, group_id: int | None) -> bool:
        return group_id is not None and permissions.may(self.actor, right, group_id)

    def manages(self, group_id: int | None) -> bool:
        return self.may(Right.publish_minutes, group_id) and self.may(Right.plan_meetings,
                                                                       group_id)

    def staffs(self, group_id: int | None) -> bool:
        return self.may(Right.see_attendance, group_id)

    def is_member(self, group_id: int | None) -> bool:
        """May see the group's meetings and remisser (members; administrators everywhere)."""
        return self.may(Right.see_group, group_id)

    def may_report_absence(self, group_id: int | None) -> bool:
        return self.may(Right.report_absence, group_id)

    def manages_meeting(self, session: Session, meeting_id: int) -> bool:
        return permissions.may_for_meeting(session, self.actor, Right.plan_meetings, meeting_id)

    def manages_consultation(self, session: Session, consultation: Consultation) -> bool:
        return permissions.may_manage_consultation(session, self.actor, consultation)

    def sees_consultation(self, session: Session, consultation: Consultation) -> bool:
        return permissions.may_see_consultation(session, self.actor, consultation)

    def follows_remisser(self, session: Session) -> bool:
        """The Remisser page: for those who run a group, and for a remiss's owner, who may
        sit in no group of it (one query, and only for those who run none)."""
        if self.is_secretary_anywhere:
            return True
        return self.person is not None and self.person.id is not None and \
            consultations.owns_any(session, self.person.id)

    @property
    def is_secretary_anywhere(self) -> bool:
        return bool(self.managed_groups)

    @property
    def is_staff_anywhere(self) -> bool:
        return bool(self.staffed_groups)


def access_for(session: Session, person: Person, settings: Settings | None = None) -> Access:
    """The web page's person: an administrator when SAMVERKANSBOT_ADMINS names them."""
    settings = settings or Settings.from_env()
    admins = settings.admins
    admin = bool(admins) and any(
        value and value.casefold() in admins
        for value in (person.email, person.slack_id, person.teams_id))
    return access_of(session, permissions.actor_of(session, person, admin))


def access_of(session: Session, actor: Actor) -> Access:
    """The same view for a chat request's actor (Context.actor)."""
    person = actor.person
    # Only an administrator's rights reach beyond the groups they are in: everyone else needs
    # their own groups alone, not the county's hundred.
    if actor.admin:
        everyone = directory.all_groups(session)
    elif person is not None and person.id is not None and actor.roles:
        everyone = directory.groups_of(session, person.id)
    else:
        everyone = []
    own = [g for g in everyone if g.id in actor.roles]
    return Access(person, actor, own,
                  [g for g in everyone if permissions.may(actor, Right.publish_minutes, g.id)
                   and permissions.may(actor, Right.plan_meetings, g.id)],
                  permissions.groups_where(actor, Right.see_attendance, everyone))
