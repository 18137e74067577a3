"""Installations of the app in Slack workspaces, kept in our database with their bot tokens
encrypted (Fernet, under SAMVERKANSBOT_TOKEN_KEY), and the OAuth states of installs under way.

slack_sdk's interfaces, so that Bolt (handlers/slack/oauth.py) authorises each request with its
own workspace's token, and the worker (handlers/slack/workspaces.py) sends each message with it;
this module needs no Bolt, so the worker does not load it.

Keys: one or more Fernet keys, comma-separated; the first encrypts, all decrypt, so a key is
rotated by putting the new one first (what is stored under the old one still opens) until every
workspace has been installed again or `rotate` has rewritten the rows.
"""

from __future__ import annotations

import logging
import re
import secrets
from datetime import UTC, datetime, timedelta

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from slack_sdk.oauth.installation_store import Bot, Installation, InstallationStore
from slack_sdk.oauth.state_store import OAuthStateStore
from sqlalchemy.engine import Engine

from bot.settings import Settings
from bot.texts import installation as t
from storage import installations as store
from storage.engine import unit_of_work
from storage.models import SlackInstallation

log = logging.getLogger(__name__)
STATE_SECONDS = 600  # an install begun must be finished within ten minutes
STATE_SHAPE = re.compile(r"[A-Za-z0-9_-]{40,64}")  # what secrets.token_urlsafe(32) gives


class TokenKeyProblem(Exception):
    """The key to encrypt and decrypt stored tokens is missing, malformed or not the one they
    were stored under; `sentence` says which, in Swedish, for the person starting the bot."""

    def __init__(self, sentence: str):
        super().__init__(sentence)
        self.sentence = sentence


class TokenCipher:
    """Fernet over the keys from the environment: the first encrypts, each of them decrypts."""

    def __init__(self, keys: str):
        parts = [k.strip() for k in keys.split(",") if k.strip()]
        if not parts:
            raise TokenKeyProblem(t.CLI_NO_KEY)
        try:
            self._fernet = MultiFernet([Fernet(k.encode()) for k in parts])
        except (ValueError, TypeError):  # not 32 bytes of url-safe base64
            raise TokenKeyProblem(t.CLI_BAD_KEY) from None

    def encrypt(self, token: str | None) -> str:
        return self._fernet.encrypt(token.encode()).decode() if token else ""

    def decrypt(self, stored: str) -> str | None:
        if not stored:
            return None
        try:
            return self._fernet.decrypt(stored.encode()).decode()
        except InvalidToken:
            log.error("A stored Slack token cannot be decrypted with the configured keys")
            return None

    def opens(self, stored: str) -> bool:
        try:
            self._fernet.decrypt(stored.encode())
            return True
        except InvalidToken:
            return False

    def rotate(self, stored: str) -> str:
        return self._fernet.rotate(stored.encode()).decode() if stored else ""


def key_problem(settings: Settings, engine: Engine) -> str | None:
    """Why the bot cannot serve several workspaces with the key it was given, in a sentence
    for the person starting it (None: all is well). Said at start, not at the first request:
    a missing key, one that is no Fernet key, or one that opens none of the tokens stored."""
    try:
        cipher = TokenCipher(settings.token_key)
    except TokenKeyProblem as problem:
        return problem.sentence
    with unit_of_work(engine) as session:
        stored = [row.bot_token for row in store.all_installations(session)]
    if stored and not any(cipher.opens(token) for token in stored):
        return t.CLI_WRONG_KEY.format(count=len(stored))
    return None


class DatabaseInstallationStore(InstallationStore):
    """Installations in our database, tokens encrypted; one bot installation per workspace."""

    def __init__(self, engine: Engine, cipher: TokenCipher):
        self.engine, self.cipher = engine, cipher

    @property
    def logger(self) -> logging.Logger:
        return log

    def save(self, installation: Installation) -> None:
        self.save_bot(installation.to_bot())

    def save_bot(self, bot: Bot) -> None:
        row = SlackInstallation(
            enterprise_id=bot.enterprise_id or "", team_id=bot.team_id or "",
            team_name=bot.team_name or "", app_id=bot.app_id or "", bot_id=bot.bot_id or "",
            bot_user_id=bot.bot_user_id or "", bot_scopes=",".join(bot.bot_scopes or []),
            bot_token=self.cipher.encrypt(bot.bot_token),
            bot_refresh_token=self.cipher.encrypt(bot.bot_refresh_token),
            bot_token_expires_at=(datetime.fromtimestamp(bot.bot_token_expires_at, UTC)
                                  if bot.bot_token_expires_at else None),
            is_enterprise_install=bool(bot.is_enterprise_install),
            installed_at=datetime.fromtimestamp(bot.installed_at, UTC),
        )
        with unit_of_work(self.engine) as session:
            store.save(session, row)

    def find_bot(self, *, enterprise_id, team_id, is_enterprise_install=False) -> Bot | None:
        with unit_of_work(self.engine) as session:
            row = store.find(session, enterprise_id or "",
                             "" if is_enterprise_install else team_id or "")
            if row is None:
                return None
            token = self.cipher.decrypt(row.bot_token)
            if token is None:
                return None
            return Bot(
                app_id=row.app_id or None, enterprise_id=row.enterprise_id or None,
                team_id=row.team_id or None, team_name=row.team_name or None,
                bot_token=token, bot_id=row.bot_id, bot_user_id=row.bot_user_id,
                bot_scopes=row.bot_scopes,
                bot_refresh_token=self.cipher.decrypt(row.bot_refresh_token),
                bot_token_expires_at=(int(row.bot_token_expires_at.timestamp())
                                      if row.bot_token_expires_at else None),
                is_enterprise_install=row.is_enterprise_install,
                installed_at=row.installed_at.timestamp(),
            )

    def find_installation(self, *, enterprise_id, team_id, user_id=None,
                          is_enterprise_install=False) -> Installation | None:
        bot = self.find_bot(enterprise_id=enterprise_id, team_id=team_id,
                            is_enterprise_install=is_enterprise_install)
        if bot is None:
            return None
        return Installation(
            app_id=bot.app_id, enterprise_id=bot.enterprise_id, team_id=bot.team_id,
            team_name=bot.team_name, bot_token=bot.bot_token, bot_id=bot.bot_id,
            bot_user_id=bot.bot_user_id, bot_scopes=bot.bot_scopes,
            bot_refresh_token=bot.bot_refresh_token,
            bot_token_expires_at=bot.bot_token_expires_at, user_id=user_id or "",
            is_enterprise_install=bot.is_enterprise_install, installed_at=bot.installed_at)

    def delete_bot(self, *, enterprise_id, team_id) -> None:
        with unit_of_work(self.engine) as session:
            store.remove(session, enterprise_id or "", team_id or "")

    def delete_installation(self, *, enterprise_id, team_id, user_id=None) -> None:
        if user_id is None:  # the bot's installation; the bot keeps no user tokens
            self.delete_bot(enterprise_id=enterprise_id, team_id=team_id)

    def bot_token(self, team_id: str) -> str | None:
        """The bot token of a workspace, for the worker."""
        bot = self.find_bot(enterprise_id=None, team_id=team_id)
        return bot.bot_token if bot is not None else None


class DatabaseStateStore(OAuthStateStore):
    """OAuth states in the database, so any web process may finish what another began."""

    def __init__(self, engine: Engine, seconds: int = STATE_SECONDS):
        self.engine, self.seconds = engine, seconds

    @property
    def logger(self) -> logging.Logger:
        return log

    def issue(self, *args, **kwargs) -> str:
        state = secrets.token_urlsafe(32)
        with unit_of_work(self.engine) as session:
            store.add_state(session, state, datetime.now(UTC) + timedelta(seconds=self.seconds))
        return state

    def consume(self, state: str) -> bool:
        if not isinstance(state, str) or not STATE_SHAPE.fullmatch(state):
            return False  # not one we issued (a NUL byte, 10,000 characters …): no query
        with unit_of_work(self.engine) as session:
            return store.take_state(session, state, datetime.now(UTC))
