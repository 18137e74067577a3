"""`samverkansbot person forget|export EMAIL` and `samverkansbot audit [--since DATE]`, and the
audit entry every administrative command leaves behind."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime, time

from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot import audit
from bot.clock import STOCKHOLM, Clock, local
from bot.privacy import data
from bot.privacy.forget import forget as forget_person
from bot.texts import privacy as t
from handlers.cli_parser import CliError, iso_date
from handlers.cli_parser import words as command_words
from storage import audit as audit_store
from storage.engine import unit_of_work
from storage.models import Person

# The arguments worth keeping: never free text or an address.
SAFE_ARGUMENTS = ("group", "date", "id", "format", "publish", "since", "key")


def dispatch(args, engine: Engine, clock: Clock) -> int:
    if args.command == "audit":
        return show_log(engine, args.since)
    if args.person_command == "forget":
        return forget(engine, clock, args.email)
    return export(engine, clock, args.email)


def _person(session, email: str) -> Person:
    person = session.exec(
        select(Person).where(func.lower(Person.email) == email.strip().lower())).first()
    if person is None:
        raise CliError(t.CLI_NO_SUCH_PERSON.format(email=email))
    return person


def forget(engine: Engine, clock: Clock, email: str) -> int:
    with unit_of_work(engine) as session:
        person = _person(session, email)
        done = forget_person(session, person, t.ANONYMOUS)
        audit.record(session, clock.now(), "cli", "person.forget", f"person:{done.person_id}",
                     actor=audit.command_line_actor(), **dict(done.counts))
    print(t.CLI_FORGOT.format(name=done.name, email=done.email))
    for what, label in t.CLI_FORGOT_WHAT.items():
        if done.counts.get(what):
            print(t.CLI_FORGOT_LINE.format(what=label, count=done.counts[what]))
    print(t.CLI_FORGOT_PERSON_ROW.format(anonymous=t.ANONYMOUS) if done.row_kept
          else t.CLI_FORGOT_PERSON_GONE)
    print(t.CLI_FORGOT_ROSTER)
    return 0


def export(engine: Engine, clock: Clock, email: str) -> int:
    with unit_of_work(engine) as session:
        person = _person(session, email)
        found = data.collect(session, person)
        audit.record(session, clock.now(), "cli", "person.export", f"person:{person.id}",
                     actor=audit.command_line_actor())
    print(json.dumps(found, ensure_ascii=False, indent=2))
    return 0


def show_log(engine: Engine, since: str | None) -> int:
    moment = None
    if since:
        moment = datetime.combine(iso_date(since), time(), STOCKHOLM).astimezone(UTC)
    with unit_of_work(engine) as session:
        events = audit_store.since(session, moment)
    if not events:
        print(t.CLI_AUDIT_EMPTY.format(
            since=t.CLI_AUDIT_SINCE.format(day=since) if since else ""))
    for event, name in events:
        who = name or event.actor or "–"
        what = t.ACTIONS.get(event.action, event.action)
        details = json.dumps(event.details, ensure_ascii=False) if event.details else ""
        print("\t".join([local(event.at).strftime("%Y-%m-%d %H:%M:%S"), event.platform, who,
                         what, event.subject, details]).rstrip())
    return 0


def record_command(engine: Engine, clock: Clock, args, code: int) -> None:
    """An administrative command that ran (exit code 0 or 1) leaves an entry in the log."""
    command, sub = command_words(args)
    details = {key: value for key in SAFE_ARGUMENTS
               if (value := getattr(args, key, None)) not in (None, False, "")}
    if getattr(args, "files", None):
        details["files"] = len(args.files)
    details["exit"] = code
    words = " ".join(part for part in (command, sub) if part)
    try:
        with unit_of_work(engine) as session:
            audit.record(session, clock.now(), "cli", "cli", words,
                         actor=audit.command_line_actor(), **details)
    except Exception as error:  # the command itself went through; say so, do not hide it
        print(t.CLI_AUDIT_FAILED.format(error=type(error).__name__), file=sys.stderr)
