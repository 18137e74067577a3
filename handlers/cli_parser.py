"""argparse speaking Swedish: its own refusals (a missing argument, a wrong choice, a number
that is not one) come as one Swedish line and exit code 2, like every other refusal. Also what
every subcommand shares before it runs: the refusal it raises, and whether it is audited.

Kept light (argparse and the texts): it is imported by every `samverkansbot` call."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from bot import texts

# argparse's messages (Python 3.11–3.13) in Swedish; any other stays as argparse wrote it.
SWEDISH = {
    "usage: ": "användning: ",
    "positional arguments": "argument",
    "options": "flaggor",
    "optional arguments": "flaggor",
    "show this help message and exit": "visa den här hjälpen och avsluta",
    "the following arguments are required: %s": "det här saknas: %s",
    "unrecognized arguments: %s": "okända argument: %s",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "”%(value)s” finns inte (välj bland %(choices)s)",
    "invalid %(type)s value: %(value)r": "”%(value)s” är inget giltigt värde",
    "expected one argument": "behöver ett värde",
    "ignored explicit argument %r": "”%s” ska inte stå här",
    "ambiguous option: %(option)s could match %(matches)s":
        "flaggan %(option)s kan vara flera: %(matches)s",
    "not allowed with argument %s": "går inte ihop med %s",
    "one of the arguments %s is required": "ett av argumenten %s behövs",
}


def _swedish(message: str) -> str:
    return SWEDISH.get(message, message)


def install() -> None:
    """argparse looks its sentences up through its module's `_` when it needs them."""
    argparse._ = _swedish  # type: ignore[attr-defined]


class SwedishParser(argparse.ArgumentParser):
    """Refusals as one Swedish line on standard error, then exit code 2; never a traceback."""

    def error(self, message: str):  # noqa: D102 (argparse's hook)
        sys.stderr.write(f"{self.prog}: {message}\n")
        sys.stderr.write(texts.CLI_USAGE_HINT.format(prog=self.prog) + "\n")
        sys.exit(2)


class CliError(Exception):
    """A refusal printed to standard error; exit code 2."""


# Commands that change something or take personal data out; (command, subcommand or None).
AUDITED = {
    ("migrate", None), ("roster", "load"), ("meeting", "add"), ("agenda", "add"),
    ("ingest", None), ("consultation", "add"), ("consultation", "confirm"),
    ("consultation", "export"), ("attendance", None), ("outbox", "retry"), ("audit", None),
}


def words(args) -> tuple[str, str | None]:
    """(command, subcommand or None) of parsed arguments."""
    sub = next((value for key, value in vars(args).items()
                if key.endswith("_command") and isinstance(value, str)), None)
    return args.command, sub


def audited(args, code: int) -> bool:
    return words(args) in AUDITED and code in (0, 1)


def iso_date(value: str) -> date:
    """A date as the command line takes it (2026-08-31), or one Swedish line and exit code 2."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CliError(texts.CLI_BAD_DATE.format(value=value)) from None
