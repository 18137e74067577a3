"""`samverkansbot outbox …`: what waits, what went out, what was given up. ISO times."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from sqlalchemy.engine import Engine

from bot.texts import outbox as t
from storage import outbox
from storage.engine import unit_of_work


def dispatch(args: argparse.Namespace, engine: Engine) -> int:
    if args.outbox_command == "retry":
        return retry(engine, args.key)
    print(status_text(engine))
    return 0


def status_text(engine: Engine) -> str:
    with unit_of_work(engine) as session:
        counts = outbox.status_counts(session)
        oldest = outbox.oldest_pending(session)
        dead = outbox.dead_letters(session)
    width = max(len(name) for name in t.STATE_NAMES.values())
    lines = [t.HEADING]
    lines += [f"{t.STATE_NAMES[state]:<{width}}  {count:>6}" for state, count in counts.items()]
    if oldest is None:
        lines.append(t.NO_PENDING)
    else:
        lines.append(t.OLDEST_PENDING.format(
            due=_iso(oldest.due_at), key=oldest.key, recipient=oldest.recipient
        ))
    if dead:
        lines += ["", t.DEAD_HEADING.format(count=len(dead)), t.DEAD_COLUMNS]
        lines += [
            "\t".join((row.key, row.recipient, str(row.attempts), _iso(row.due_at), row.last_error))
            for row in dead
        ]
    return "\n".join(lines)


def retry(engine: Engine, key: str) -> int:
    with unit_of_work(engine) as session:
        done = outbox.requeue(session, key, datetime.now(UTC))
    print((t.REQUEUED if done else t.NOT_DEAD).format(key=key))
    return 0 if done else 2


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")
