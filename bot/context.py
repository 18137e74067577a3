"""What a command needs besides the request: the database session and the clock."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlmodel import Session

from bot.clock import Clock, local
from bot.replies import Request
from bot.roster import permissions
from bot.roster.permissions import Actor
from bot.settings import Settings
from storage import directory
from storage.models import Group, Person


@dataclass
class Context:
    session: Session
    clock: Clock
    # Settings of the process; read from the environment when not given (tests, the console).
    settings: Settings | None = None
    _actors: dict = field(default_factory=dict, repr=False)

    def now(self) -> datetime:
        return self.clock.now()

    def today(self) -> date:
        return local(self.clock.now()).date()

    def person(self, request: Request) -> Person | None:
        return self.actor(request).person

    def actor(self, request: Request) -> Actor:
        """Who is asking, with their roles: what bot.roster.permissions decides from."""
        key = (request.platform, request.user_id, request.workspace)
        if key not in self._actors:
            if self.settings is None:
                self.settings = Settings.from_env()
            self._actors[key] = permissions.actor_for(
                self.session, request.platform, request.user_id, self.settings.admins,
                request.workspace)
        return self._actors[key]

    def scope(self, request: Request, person: Person | None = None) -> tuple[list[Group], bool]:
        """The groups a request is about: the channel's group, or all the person's groups.

        The flag tells whether the request came from a group's own channel. The channel's group
        is returned whoever asks; callers check what the person may see there
        (`visible_scope` does both).
        """
        if not request.is_dm:
            group = directory.group_by_channel(self.session, request.channel_id)
            if directory.in_workspace(group, request.workspace):
                return [group], True
        actor = self.actor(request)
        if actor.admin:
            return directory.all_groups(self.session, actor.workspace), False
        if actor.person is None:
            return [], False
        return [g for g in directory.groups_of(self.session, actor.person.id)
                if directory.in_workspace(g, actor.workspace)], False
