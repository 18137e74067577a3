"""The samverkansbot command: the terminal as an inbound interface."""

from __future__ import annotations

import argparse
import gc
import logging
import sys

from bot import texts
from bot.clock import SystemClock, parse_now
from bot.settings import Settings
from handlers import cli_parser
from handlers.cli_parser import CliError
from handlers.runtime import configure_logging, open_database

# Each subcommand's modules are imported when it runs, not here: `samverkansbot ask` should
# not pay for the minutes reader, Slack, Flask or Alembic (tests/handlers/test_startup.py).

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    cli_parser.install()
    parser = cli_parser.SwedishParser(
        prog="samverkansbot", description="Samverkansboten för Region Örebro län och kommunerna."
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="kommando")

    sub.add_parser("migrate", help="uppdatera databasens schema (Alembic)")

    roster = sub.add_parser("roster", help="deltagarlistan").add_subparsers(
        dest="roster_command", required=True
    )
    load = roster.add_parser("load", help="läs in grupper och medlemmar från en YAML-fil")
    load.add_argument("file")

    meeting = sub.add_parser("meeting", help="möten").add_subparsers(
        dest="meeting_command", required=True
    )
    add = meeting.add_parser("add", help="lägg in ett möte")
    add.add_argument("--group", required=True, help="gruppens kortnamn")
    add.add_argument("--date", required=True, help="YYYY-MM-DD")
    add.add_argument("--start", required=True, help="HH:MM")
    add.add_argument("--end", help="HH:MM")
    add.add_argument("--place", default="")
    add.add_argument("--link", default="", help="länk till digitalt möte")
    listing = meeting.add_parser("list", help="visa möten")
    listing.add_argument("--group", help="gruppens kortnamn")

    agenda = sub.add_parser("agenda", help="dagordningar").add_subparsers(
        dest="agenda_command", required=True
    )
    item = agenda.add_parser("add", help="lägg till en punkt på ett mötes dagordning")
    item.add_argument("--group", required=True)
    item.add_argument("--date", required=True, help="YYYY-MM-DD")
    item.add_argument("--title", required=True)
    item.add_argument("--presenter", default="")
    item.add_argument(
        "--kind", default="information", choices=["information", "diskussion", "beslut"]
    )
    item.add_argument("--document", default="", help="länk till underlag")

    _minutes_parsers(sub)
    _stored_parser(sub)

    attendance = sub.add_parser("attendance", help="närvarolista för protokollet")
    attendance.add_argument("--group", required=True)
    attendance.add_argument("--date", required=True, help="YYYY-MM-DD")
    attendance.add_argument("--format", default="md", choices=["md", "csv"])

    consultation = sub.add_parser("consultation", help="remisser").add_subparsers(
        dest="consultation_command", required=True
    )
    c_add = consultation.add_parser("add", help="öppna en remiss för synpunkter")
    c_add.add_argument("--group", required=True)
    c_add.add_argument("--title", required=True)
    c_add.add_argument("--deadline", required=True, help="sista dag, t.ex. ”31 december”")
    c_add.add_argument("--time", help="klockslag, annars dagens slut")
    c_add.add_argument("--owner", required=True, help="e-postadress till den som samlar in")
    c_add.add_argument("--per", default="organisation", choices=["organisation", "member"])
    c_add.add_argument("--draft", help="länk till utkastet")
    c_list = consultation.add_parser("list", help="visa remisser")
    c_list.add_argument("--group")
    c_export = consultation.add_parser("export", help="alla synpunkter på en remiss")
    c_export.add_argument("id", type=int)
    c_export.add_argument("--format", default="md", choices=["md", "csv"])
    c_confirm = consultation.add_parser("confirm", help="öppna en remiss hittad i ett protokoll")
    c_confirm.add_argument("id", type=int)

    _outbox_parser(sub)
    _slack_parser(sub)
    _web_parser(sub)
    _privacy_parsers(sub)

    ask = sub.add_parser("ask", help="fråga om beslut, som i chatten")
    ask.add_argument("question")
    ask.add_argument("--json", action="store_true", help='{"answer": …, "sources": […]}')
    ask.add_argument("--now", help="fast klocka, ISO 8601 (för ”förra året” och liknande)")

    console = sub.add_parser("console", help="prata med boten i terminalen")
    console.add_argument("--as", dest="user", required=True, help="Slack-id för den du är")
    console.add_argument("--json", action="store_true", help="ett JSON-objekt per svar")
    console.add_argument("--now", help="fast klocka, ISO 8601 (lokal tid)")

    demo = sub.add_parser("demo", help="bygg en demodatabas, visa webbsidan och starta konsolen")
    demo.add_argument("--as", dest="user", default=None, help="Slack-id (standard: en ledamot)")
    demo.add_argument("--port", type=int, default=None, help="webbsidans port (standard: PORT)")
    demo.add_argument("--no-web", action="store_true", help="bara konsolen")

    serve = sub.add_parser("serve", help="Slack (och Teams) över HTTP, med workern")
    serve.add_argument("--port", type=int, default=None)
    serve.add_argument("--host", default="0.0.0.0")
    serve.add_argument("--no-worker", action="store_true",
                       help="utan workern (när `samverkansbot worker` körs för sig)")

    socket = sub.add_parser("socket", help="Slack via Socket Mode (SLACK_APP_TOKEN), med workern")
    socket.add_argument("--no-worker", action="store_true",
                        help="utan workern (när `samverkansbot worker` körs för sig)")

    worker = sub.add_parser("worker", help="schemalagda utskick")
    worker.add_argument("--once", action="store_true", help="en genomgång, sedan slut")
    worker.add_argument("--now", help="fast klocka för --once, ISO 8601")
    return parser



def _minutes_parsers(sub) -> None:
    parse = sub.add_parser("parse", help="visa vad boten hittar i ett protokoll (sparar inget)")
    parse.add_argument("file")
    parse.add_argument("--json", action="store_true")
    ingest = sub.add_parser("ingest", help="läs in protokoll i databasen")
    ingest.add_argument("files", nargs="+")
    ingest.add_argument("--group", help="gruppens kortnamn, om protokollet inte säger det")
    ingest.add_argument("--date", help="mötets datum YYYY-MM-DD, om protokollet saknar det")
    ingest.add_argument("--publish", action="store_true", help="publicera besluten direkt")


def _stored_parser(sub) -> None:
    minutes = sub.add_parser("minutes", help="inlästa protokoll: visa, publicera, kasta")
    actions = minutes.add_subparsers(dest="minutes_command", required=True)
    actions.add_parser("list", help="inlästa protokoll med status")
    publish = actions.add_parser("publish", help="publicera ett protokoll (som knappen Publicera)")
    publish.add_argument("id", type=int)
    discard = actions.add_parser("discard", help="kasta ett utkast (som knappen Kasta)")
    discard.add_argument("id", type=int)
    corrections = actions.add_parser(
        "corrections", help="hur ofta sekreterare rättade det boten läste, per fält")
    corrections.add_argument("--since", help="protokoll inlästa från och med YYYY-MM-DD")
    corrections.add_argument("--json", action="store_true")


def _outbox_parser(sub) -> None:
    """Adds `outbox status` and `outbox retry KEY` to the samverkansbot command's subparsers."""
    commands = sub.add_parser("outbox", help="utkorgen: schemalagda meddelanden").add_subparsers(
        dest="outbox_command", required=True
    )
    commands.add_parser("status", help="antal per läge, äldsta väntande, uppgivna meddelanden")
    retry = commands.add_parser("retry", help="lägg ett uppgivet meddelande i kön igen")
    retry.add_argument("key")


def _slack_parser(sub) -> None:
    """`slack list` and `slack rekey`: workspaces installed through /slack/install
    (handlers/cli_slack.py)."""
    commands = sub.add_parser(
        "slack", help="arbetsytor där boten är installerad (flera arbetsytor)"
    ).add_subparsers(dest="slack_command", required=True)
    commands.add_parser("list", help="arbetsytorna, med team-id och antal grupper")
    commands.add_parser("rekey", help="kryptera alla token med den första nyckeln")


def _web_parser(sub) -> None:
    web = sub.add_parser("web", help="webbsidan").add_subparsers(dest="web_command",
                                                                  required=True)
    link = web.add_parser("link", help="en inloggningslänk (en gång, tio minuter)")
    link.add_argument("email", help="e-postadressen i deltagarlistan")


def _privacy_parsers(sub) -> None:
    person = sub.add_parser("person", help="uppgifter om en person").add_subparsers(
        dest="person_command", required=True)
    forget = person.add_parser(
        "forget", help="glöm en person (utom i publicerade protokoll och beslut)")
    forget.add_argument("email")
    export = person.add_parser("export", help="allt boten har sparat om en person, som JSON")
    export.add_argument("email")
    log = sub.add_parser("audit", help="loggen: vem gjorde vad, när och varifrån")
    log.add_argument("--since", help="från och med YYYY-MM-DD")


def main(argv: list[str] | None = None) -> int:
    """Exit codes: 0 done, 1 some files could not be ingested, 2 refused (the reason on
    standard error, in Swedish). No traceback reaches the terminal; LOG_LEVEL=DEBUG logs one."""
    args = build_parser().parse_args(argv)
    settings = Settings.from_env()
    configure_logging(settings)
    try:
        code = dispatch(args, settings)
        if cli_parser.audited(args, code):  # administrative commands are in the audit log
            from handlers import cli_privacy

            cli_privacy.record_command(open_database(settings), SystemClock(), args, code)
        return code
    except CliError as error:
        print(str(error), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # the last line of defence: one Swedish line, never a traceback
        log.debug("samverkansbot %s failed", args.command, exc_info=True)
        print(_explain(error), file=sys.stderr)
        return 2


def _explain(error: Exception) -> str:
    from sqlalchemy.exc import OperationalError

    if isinstance(error, OperationalError):
        reason = str(error.orig).strip().splitlines()[0] if error.orig else type(error).__name__
        return texts.CLI_NO_DATABASE.format(reason=reason[:200])
    return texts.CLI_UNEXPECTED.format(kind=type(error).__name__)


def _clock(args):
    """`--now 2026-08-25T09:00`, or the system clock."""
    if not getattr(args, "now", None):
        return SystemClock()
    try:
        return parse_now(args.now)
    except ValueError:
        raise CliError(texts.CLI_BAD_NOW.format(value=args.now)) from None


def dispatch(args, settings: Settings) -> int:
    if args.command == "demo":
        from handlers import demo

        return demo.run(settings, args.user, port=None if args.no_web else
                        (args.port or settings.port))
    if args.command == "parse":
        from handlers import cli_minutes

        return cli_minutes.parse(args.file, args.json)
    if args.command == "migrate":
        engine = open_database(settings, migrate=True)
        from storage.migrate import current_revision

        print(texts.CLI_MIGRATED.format(revision=current_revision(engine)))
        return 0
    engine = open_database(settings)
    if args.command == "ask":
        from handlers import cli_ask

        return cli_ask.ask(engine, _clock(args), args.question, args.json)
    if args.command == "outbox":
        from handlers import cli_outbox

        return cli_outbox.dispatch(args, engine)
    if args.command == "slack":
        from handlers import cli_slack

        return cli_slack.dispatch(args, settings, engine)
    if args.command == "web":
        from handlers import cli_web

        return cli_web.link(engine, SystemClock(), settings, args.email)
    if args.command in ("person", "audit"):
        from handlers import cli_privacy

        return cli_privacy.dispatch(args, engine, SystemClock())
    if args.command == "minutes":
        from handlers import cli_stored

        return cli_stored.dispatch(engine, SystemClock(), args)
    if args.command == "ingest":
        return _ingest(engine, args)
    if args.command in ("console", "serve", "socket", "worker"):
        return _running(engine, args, settings)
    return _admin(engine, args, settings)


def _admin(engine, args, settings: Settings) -> int:
    """The roster, meetings, agendas, attendance and remisser (handlers/cli_admin.py)."""
    from handlers import cli_admin

    if args.command == "roster":
        client, workspaces = None, []
        if settings.slack_bot_token:  # members with only an e-mail get their Slack id
            from handlers.slack.app import make_client

            client = make_client(settings)
        elif settings.slack_installs:  # … in each workspace, with its own token
            from handlers.slack.workspaces import installed_clients
            from handlers.worker import slack_key_problem

            problem = slack_key_problem(settings, engine)
            if problem:
                print(problem, file=sys.stderr)
                return 2
            workspaces = installed_clients(settings, engine)
        return cli_admin.roster_load(engine, args.file, client, workspaces)
    if args.command == "meeting" and args.meeting_command == "add":
        return cli_admin.meeting_add(engine, args)
    if args.command == "meeting":
        return cli_admin.meeting_list(engine, args.group)
    if args.command == "agenda":
        return cli_admin.agenda_add(engine, args)
    if args.command == "consultation":
        return _consultation(cli_admin, engine, args)
    if args.command == "attendance":
        return cli_admin.attendance(engine, args)
    return 2


def _ingest(engine, args) -> int:
    from bot import audit
    from bot.decisions.announce import announce
    from handlers import cli_minutes

    clock = SystemClock()

    def publish(session, document):
        announce(session, document, clock.now())
        audit.record(session, clock.now(), "cli", "minutes.publish",
                     f"document:{document.id}", actor=audit.command_line_actor())

    return cli_minutes.ingest(engine, clock, args, publisher=publish)


def _running(engine, args, settings: Settings) -> int:
    """The console and the long-running processes."""
    if args.command == "console":
        from handlers import console

        return console.run(engine, _clock(args), args.user, json_output=args.json)
    if args.command == "serve":
        from handlers import serving

        return serving.serve_http(settings, engine, args.host, args.port or settings.port,
                                  worker=not args.no_worker)
    if args.command == "socket":
        from handlers import serving

        return serving.serve_socket(settings, engine, worker=not args.no_worker)
    if args.command == "worker":
        from handlers import worker

        _clock(args)  # a bad --now is refused before anything starts
        return worker.run(settings, engine, once=args.once, now=args.now)
    return 2


def _consultation(cli_admin, engine, args) -> int:
    clock = SystemClock()
    if args.consultation_command == "add":
        return cli_admin.consultation_add(engine, clock, args)
    if args.consultation_command == "list":
        return cli_admin.consultation_list(engine, args.group)
    if args.consultation_command == "export":
        return cli_admin.consultation_export(engine, args.id, args.format)
    return cli_admin.consultation_confirm(engine, clock, args.id)


def run() -> None:
    """The `samverkansbot` program (pyproject's console script, `python -m handlers.cli`).

    What is loaded by now (SQLAlchemy, pydantic, SQLModel, our start-up modules: some 58 000
    objects, none of them ever garbage) is moved out of the garbage collector's sight first.
    Python's last act at exit is a full collection over every object there is, and that one
    traversal took 100–170 ms of CPU at the end of every command, a fifth of `ask`
    (BENCHMARKS.md, Start-up). What the command creates afterwards is collected as ever, at
    exit too (the database connections are closed), and a long-running `serve` or `worker`
    no longer walks the frameworks' objects in each of its full collections either. Only here,
    not in main(): a test calling main() a hundred times in one process keeps its usual GC.
    """
    gc.freeze()
    sys.exit(main())


if __name__ == "__main__":
    run()
