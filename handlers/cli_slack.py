"""`samverkansbot slack …`: the workspaces installed through /slack/install, and a new key.

`slack list` shows each workspace's team id (what the roster's `workspace:` names), its name,
when it was installed and how many groups of the roster live there; `slack rekey` encrypts
every stored token again under the first key of SAMVERKANSBOT_TOKEN_KEY, so that an old key
can then be dropped.
"""

from __future__ import annotations

import argparse
import sys

from sqlalchemy.engine import Engine

from bot.settings import Settings
from bot.texts import installation as t
from storage import directory
from storage import installations as store
from storage.engine import unit_of_work


def dispatch(args: argparse.Namespace, settings: Settings, engine: Engine) -> int:
    if args.slack_command == "rekey":
        return rekey(settings, engine)
    return show(engine)


def show(engine: Engine) -> int:
    with unit_of_work(engine) as session:
        rows = store.all_installations(session)
        lines = [t.CLI_INSTALLATION.format(
            team_id=row.team_id, team_name=row.team_name,
            installed=row.installed_at.date().isoformat(),
            groups=len(directory.all_groups(session, row.team_id or "-")))
            for row in rows]
    print("\n".join(lines) if lines else t.CLI_NO_INSTALLATIONS)
    return 0


def rekey(settings: Settings, engine: Engine) -> int:
    from handlers.slack.installations import TokenCipher, key_problem

    problem = key_problem(settings, engine)
    if problem:
        print(problem, file=sys.stderr)
        return 2
    cipher = TokenCipher(settings.token_key)
    with unit_of_work(engine) as session:
        rows = store.all_installations(session)
        for row in rows:
            row.bot_token = cipher.rotate(row.bot_token)
            row.bot_refresh_token = cipher.rotate(row.bot_refresh_token)
            session.add(row)
    print(t.CLI_REKEYED.format(count=len(rows)))
    return 0
