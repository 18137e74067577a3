"""Slack's OAuth install flow, for a deployment that serves several workspaces.

`/slack/install` sends the installer to Slack with a state that is stored (any web process may
finish the install), tied to their browser by a cookie, and used once; Slack sends them back to
`/slack/oauth_redirect` with a code, which Bolt exchanges (oauth.v2.access) for the workspace's
bot token. The installation is kept in our database with the token encrypted
(handlers/slack/installations.py); every request and every message the worker sends is then made
with the token of its own workspace. The pages the installer sees are in Swedish.
"""

from __future__ import annotations

import html
import logging

from slack_bolt import BoltResponse
from slack_bolt.oauth.callback_options import CallbackOptions, FailureArgs, SuccessArgs
from slack_bolt.oauth.oauth_settings import OAuthSettings
from sqlalchemy.engine import Engine

from bot import markup
from bot.settings import Settings
from bot.texts import installation as t
from handlers.slack.installations import (
    STATE_SECONDS,
    DatabaseInstallationStore,
    DatabaseStateStore,
    TokenCipher,
)

log = logging.getLogger(__name__)
# What the bot asks for, as manifest.yml lists it.
SCOPES = ("commands", "chat:write", "im:history", "channels:history", "groups:history",
          "im:write", "app_mentions:read", "users:read", "users:read.email", "files:read",
          "files:write")
INSTALL_PATH, REDIRECT_PATH = "/slack/install", "/slack/oauth_redirect"


def oauth_settings(settings: Settings, engine: Engine) -> OAuthSettings:
    cipher = TokenCipher(settings.token_key)
    # Slack sends the installer back here; it must be one of the app's Redirect URLs.
    redirect = f"{settings.public_url}{REDIRECT_PATH}" if settings.public_url else None
    return OAuthSettings(
        client_id=settings.slack_client_id,
        client_secret=settings.slack_client_secret,
        scopes=list(SCOPES),
        redirect_uri=redirect,
        install_path=INSTALL_PATH,
        redirect_uri_path=REDIRECT_PATH,
        # Straight to Slack: Bolt's own install page is in English.
        install_page_rendering_enabled=False,
        installation_store=DatabaseInstallationStore(engine, cipher),
        installation_store_bot_only=True,
        state_store=DatabaseStateStore(engine),
        state_expiration_seconds=STATE_SECONDS,
        callback_options=CallbackOptions(success=_success, failure=_failure),
    )


def _success(args: SuccessArgs) -> BoltResponse:
    team = args.installation.team_name or args.installation.team_id or ""
    log.info("Installed in Slack workspace %s", args.installation.team_id)
    return _page(200, t.INSTALLED_TITLE, t.INSTALLED.format(
        team=team, team_id=args.installation.team_id or ""), args)


def _failure(args: FailureArgs) -> BoltResponse:
    # The reason only (invalid_state, invalid_browser, access_denied …): never the code.
    log.warning("Slack installation refused: %s", args.reason)
    text = t.CANCELLED if args.reason == "access_denied" else t.FAILED
    return _page(args.suggested_status_code, t.FAILED_TITLE, text, args)


def _page(status: int, title: str, text: str, args) -> BoltResponse:
    title, text = html.escape(markup.plain(title)), html.escape(markup.plain(text))
    body = (f'<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>{title}'
            f"</title></head><body><main><h1>{title}</h1><p>{text}</p></main></body></html>")
    cookie = args.settings.state_utils.build_set_cookie_for_deletion()
    return BoltResponse(status=status, body=body, headers={
        "Content-Type": "text/html; charset=utf-8", "Set-Cookie": [cookie]})
