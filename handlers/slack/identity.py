"""Who the bot is in its one Slack workspace, known without asking Slack inside a request.

Bolt's single-workspace mode calls `auth.test` inside the first request it handles and keeps
the answer; when Slack's API is slow or unreachable that first command waits, retries and
fails. Here the token comes from the settings and every request is authorized from it at once;
`auth.test` (the bot's user id, bot id and workspace, which only refine the result) is asked
at start-up in a background thread, again with a growing pause until Slack answers.

This is the single-workspace path only. Several workspaces (OAuth, an installation store) take
a path of their own in `handlers.slack.app`.
"""

from __future__ import annotations

import logging
import threading

from slack_bolt.authorization import AuthorizeResult
from slack_bolt.authorization.authorize import Authorize
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

log = logging.getLogger(__name__)

FIRST_PAUSE = 5.0  # seconds before asking again after a failed auth.test; doubles up to the max
LONGEST_PAUSE = 300.0


class BotIdentity:
    """The bot token from the settings, and what auth.test says about it once it has answered."""

    def __init__(self, client: WebClient) -> None:
        self.client = client
        self.token = client.token
        self.known: dict[str, str | None] = {}  # bot_id, bot_user_id, team_id, enterprise_id
        self.resolved = threading.Event()
        self._stop = threading.Event()

    def authorizer(self) -> Authorize:
        """Bolt's `authorize`: a result from what is known, never a call to Slack.

        An `Authorize` of its own rather than a plain function, which Bolt would call through
        its argument matching on every request.
        """
        return _FromSettings(self)

    def resolve(self) -> bool:
        """One auth.test; True when Slack answered and the identity is known."""
        try:
            answer = self.client.auth_test()
        except (SlackApiError, OSError) as error:
            reason = error.response.get("error") if isinstance(error, SlackApiError) else (
                type(error).__name__)
            log.warning("Slack auth.test failed at start-up (%s); asking again later", reason)
            return False
        # One assignment: a request reading `known` sees the old dict or the new, never half.
        self.known = {"bot_id": answer.get("bot_id"), "bot_user_id": answer.get("user_id"),
                      "team_id": answer.get("team_id"),
                      "enterprise_id": answer.get("enterprise_id")}
        self.resolved.set()
        log.info("Slack bot identity: user %s in workspace %s",
                 self.known["bot_user_id"], self.known["team_id"])
        return True

    def resolve_in_background(self) -> threading.Thread:
        """Ask until Slack answers, pausing longer each time; requests never wait for it."""

        def run() -> None:
            pause = FIRST_PAUSE
            while not self._stop.is_set() and not self.resolve():
                self._stop.wait(pause)
                pause = min(pause * 2, LONGEST_PAUSE)

        thread = threading.Thread(target=run, name="slack-identity", daemon=True)
        thread.start()
        return thread

    def stop(self) -> None:
        self._stop.set()


class _FromSettings(Authorize):
    def __init__(self, identity: BotIdentity) -> None:
        self.identity = identity

    def __call__(self, *, context, enterprise_id, team_id, user_id, **_actor) -> AuthorizeResult:
        known, identity = self.identity.known, self.identity
        return AuthorizeResult(
            enterprise_id=known.get("enterprise_id") or enterprise_id,
            team_id=known.get("team_id") or team_id,
            bot_token=identity.token,
            bot_id=known.get("bot_id"),
            bot_user_id=known.get("bot_user_id"),
            user_id=user_id,
        )
