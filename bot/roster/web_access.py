"""What a person may see and do on the web page: the same rules as in chat, asked in one place.

Until the shared policy module lands (bot/roster/permissions.py), this asks the checks chat uses
today: secretaries and chairs plan meetings and publish minutes (bot/meetings/service.py
SECRETARY_ROLES, bot/minutes/flow.py PUBLISHERS), secretaries, chairs and officials see
attendance (bot/absences/overview.py STAFF_ROLES), the owner and the group's secretaries and
chairs manage a remiss (bot/consultations/service.py is_manager).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, select

from bot.absences.overview import STAFF_ROLES
from bot.consultations import service as consultations
from bot.meetings.service import SECRETARY_ROLES
from storage import meetings as meeting_store
from storage.models import Consultation, Group, Membership, Person


@dataclass(frozen=True)
class Access:
    """One person's memberships, read once per page."""

    person: Person
    roles: dict[int, str]  # group id → role, active memberships only
    groups: list[Group]

    @property
    def group_ids(self) -> list[int]:
        return [g.id for g in self.groups]

    def managed(self) -> list[Group]:
        """Groups whose meetings, roster and minutes this person runs."""
        return [g for g in self.groups if self.roles.get(g.id) in SECRETARY_ROLES]

    def staffed(self) -> list[Group]:
        """Groups whose attendance this person may follow."""
        return [g for g in self.groups if self.roles.get(g.id) in STAFF_ROLES]

    def manages(self, group_id: int | None) -> bool:
        return group_id is not None and self.roles.get(group_id) in SECRETARY_ROLES

    def staffs(self, group_id: int | None) -> bool:
        return group_id is not None and self.roles.get(group_id) in STAFF_ROLES

    def is_member(self, group_id: int | None) -> bool:
        return group_id in self.roles

    def manages_meeting(self, session: Session, meeting_id: int) -> bool:
        return any(self.manages(g.id) for g in meeting_store.groups_of_meeting(session, meeting_id))

    def manages_consultation(self, session: Session, consultation: Consultation) -> bool:
        return consultations.is_manager(session, consultation, self.person.id)

    @property
    def is_secretary_anywhere(self) -> bool:
        return any(role in SECRETARY_ROLES for role in self.roles.values())

    @property
    def is_staff_anywhere(self) -> bool:
        return any(role in STAFF_ROLES for role in self.roles.values())


def access_for(session: Session, person: Person) -> Access:
    rows = session.exec(
        select(Group, Membership.role)
        .join(Membership, Membership.group_id == Group.id)
        .where(Membership.person_id == person.id, Membership.active)
        .order_by(Group.name)
    ).all()
    return Access(person, {group.id: role for group, role in rows}, [group for group, _ in rows])
