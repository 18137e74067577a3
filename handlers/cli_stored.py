"""`samverkansbot minutes list|publish|discard`: stored minutes, as the chat buttons handle them."""

from __future__ import annotations

from sqlalchemy.engine import Engine

from bot import texts
from bot.clock import Clock
from bot.minutes import stored
from bot.texts import minutes as t
from handlers.cli_parser import CliError
from storage.engine import unit_of_work


def dispatch(engine: Engine, clock: Clock, args) -> int:
    if args.minutes_command == "list":
        return listing(engine)
    if args.minutes_command == "publish":
        return publish(engine, clock, args.id)
    return discard(engine, args.id)


def listing(engine: Engine) -> int:
    with unit_of_work(engine) as session:
        found = stored.listing(session)
    if not found:
        print(t.CLI_LIST_EMPTY)
        return 0
    print(t.CLI_LIST_HEADER)
    for row in found:
        print("\t".join([str(row.id), t.CLI_STATUS.get(row.status, row.status),
                         row.day.isoformat() if row.day else "–",
                         ", ".join(row.groups) or "–", row.filename, str(row.decisions)]))
    return 0


def publish(engine: Engine, clock: Clock, document_id: int) -> int:
    with unit_of_work(engine) as session:
        document, now_published, reached = stored.publish(session, document_id, clock.now())
        if document is None:
            raise CliError(t.CLI_NO_SUCH_MINUTES.format(id=document_id))
        values = dict(id=document.id, file=document.filename,
                      groups=texts.join_names([g.name for g in reached]))
    if not now_published:
        print(t.CLI_MINUTES_ALREADY.format(**values))
    elif reached:
        print(t.CLI_MINUTES_PUBLISHED.format(**values))
    else:
        print(t.CLI_MINUTES_PUBLISHED_QUIETLY.format(**values))
    return 0


def discard(engine: Engine, document_id: int) -> int:
    with unit_of_work(engine) as session:
        result = stored.discard(session, document_id)
        if result.document is None:
            raise CliError(t.CLI_NO_SUCH_MINUTES.format(id=document_id))
        values = dict(id=document_id, file=result.document.filename,
                      decisions=result.decisions, proposals=result.proposals)
    if result.refused:
        raise CliError(t.CLI_MINUTES_NOT_DISCARDED.format(**values))
    print(t.CLI_MINUTES_DISCARDED.format(**values))
    return 0
