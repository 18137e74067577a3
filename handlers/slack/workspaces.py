"""Which Slack workspace a message goes to, and the Web API client with that workspace's token.

When the app is installed through /slack/install in several workspaces, each outbox row is
sent with the bot token of its own workspace: the group's, or, for a DM, that of the groups the
person is in. A row whose workspace cannot be told (its group names no `workspace:` in the
roster) goes with the only installation if there is just one; otherwise with no token, so that
Slack refuses it and it becomes a dead letter the secretaries hear about, never a message in
another region's workspace.
"""

from __future__ import annotations

import threading

from slack_sdk import WebClient
from sqlalchemy.engine import Engine

from handlers.slack.installations import DatabaseInstallationStore, TokenCipher
from storage import directory
from storage import installations as store
from storage.engine import unit_of_work
from storage.models import OutboxMessage


class WorkspaceClients:
    """Callable: an outbox row → the WebClient to send it with (its workspace's token)."""

    def __init__(self, engine: Engine, installations: DatabaseInstallationStore,
                 default: WebClient):
        self.engine, self.installations, self.default = engine, installations, default
        self._clients: dict[str, WebClient] = {}
        self._lock = threading.Lock()

    @classmethod
    def from_key(cls, engine: Engine, key: str, default: WebClient) -> WorkspaceClients:
        return cls(engine, DatabaseInstallationStore(engine, TokenCipher(key)), default)

    def team_of(self, row: OutboxMessage) -> str | None:
        with unit_of_work(self.engine) as session:
            team = directory.workspace_of(session, row.group_id, row.recipient)
            if team is None:
                only = store.all_installations(session)
                team = only[0].team_id if len(only) == 1 else None
        return team

    def __call__(self, row: OutboxMessage) -> WebClient:
        team = self.team_of(row)
        token = self.installations.bot_token(team) if team else None
        if token is None:
            return self.default  # no token: refused by Slack, a dead letter
        with self._lock:
            client = self._clients.get(team)
            if client is None or client.token != token:  # a reinstall brings a new token
                # As the default: the same Slack, timeout and no blind retries (no double posts).
                client = WebClient(token=token, base_url=self.default.base_url,
                                   timeout=self.default.timeout, retry_handlers=[])
                self._clients[team] = client
            return client


def installed_clients(settings, engine: Engine) -> list[tuple[str, WebClient]]:
    """(team id, a client with its token) for every workspace installed through
    /slack/install whose token the key opens."""
    from handlers.slack.app import make_client

    default = make_client(settings)
    installations = DatabaseInstallationStore(engine, TokenCipher(settings.token_key))
    with unit_of_work(engine) as session:
        teams = [row.team_id for row in store.all_installations(session) if row.team_id]
    found = []
    for team in teams:
        token = installations.bot_token(team)
        if token is not None:
            found.append((team, WebClient(token=token, base_url=default.base_url,
                                          timeout=default.timeout)))
    return found
