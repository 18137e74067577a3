"""`samverkansbot minutes list|publish|discard`: stored minutes, as the chat buttons handle them;
`minutes corrections`: how often secretaries corrected what the reader found."""

from __future__ import annotations

import json
from datetime import UTC, datetime, time

from sqlalchemy.engine import Engine

from bot import texts
from bot.clock import STOCKHOLM, Clock
from bot.minutes import corrections as counting
from bot.minutes import stored
from bot.texts import minutes as t
from handlers.cli_parser import CliError, iso_date
from storage.engine import unit_of_work


def dispatch(engine: Engine, clock: Clock, args) -> int:
    if args.minutes_command == "list":
        return listing(engine)
    if args.minutes_command == "publish":
        return publish(engine, clock, args.id)
    if args.minutes_command == "corrections":
        return corrections(engine, args.since, args.json)
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


def corrections(engine: Engine, since: str | None, as_json: bool = False) -> int:
    """Per field, in how many drafts a secretary changed what the reader found, with the
    documents (id and file); list fields also count the lines added and removed."""
    moment = None
    if since:
        moment = datetime.combine(iso_date(since), time(), STOCKHOLM).astimezone(UTC)
    with unit_of_work(engine) as session:
        report = counting.count(session, moment)
        rows = [(t.CORRECTION_FIELDS.get(f.field, f.field), f.field, len(f.drafts), f.changes,
                 f.added, f.removed, [(d.id, d.filename) for d in f.drafts])
                for f in report.fields]
        drafts, published, corrected = len(report.drafts), report.published, len(
            report.corrected)
    if as_json:
        print(json.dumps({
            "since": since, "drafts": drafts, "published": published, "corrected": corrected,
            "fields": [{"field": key, "label": label, "drafts": n, "changes": changes,
                        "lines_added": added, "lines_removed": removed,
                        "documents": [{"id": i, "file": name} for i, name in documents]}
                       for label, key, n, changes, added, removed, documents in rows],
        }, ensure_ascii=False, indent=2))
        return 0
    when = t.CLI_CORRECTIONS_SINCE.format(day=since) if since else ""
    if not drafts:
        print(t.CLI_CORRECTIONS_NONE.format(since=when))
        return 0
    print(t.CLI_CORRECTIONS_HEAD.format(drafts=drafts, since=when, published=published,
                                        corrected=corrected))
    if not rows:
        print(t.CLI_CORRECTIONS_CLEAN)
        return 0
    print(t.CLI_CORRECTIONS_TABLE)
    for label, key, n, changes, added, removed, documents in rows:
        lists = key in counting.LIST_FIELDS
        print("\t".join([label, f"{n} av {drafts}", str(changes),
                         str(added) if lists else "–", str(removed) if lists else "–",
                         ", ".join(f"{i} {name}" for i, name in documents)]))
    return 0
