"""What a command needs besides the request: the database session and the clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session

from bot.clock import Clock, local
from bot.replies import Request
from storage import directory
from storage.models import Group, Person


@dataclass
class Context:
    session: Session
    clock: Clock

    def now(self) -> datetime:
        return self.clock.now()

    def today(self) -> date:
        return local(self.clock.now()).date()

    def person(self, request: Request) -> Person | None:
        return directory.person_by_platform_id(self.session, request.platform, request.user_id)

    def scope(self, request: Request, person: Person | None) -> tuple[list[Group], bool]:
        """The groups a request is about: the channel's group, or all the person's groups.

        The flag tells whether the request came from a group's own channel.
        """
        if not request.is_dm:
            group = directory.group_by_channel(self.session, request.channel_id)
            if group is not None:
                return [group], True
        if person is None:
            return [], False
        return directory.groups_of(self.session, person.id), False
