"""The outbox: messages the bot sends on its own, claimed by workers. Functions never commit.

Order: each recipient's messages form a queue ordered by (due_at, id). Only the head of a queue
(no earlier pending or sending row for the same recipient) can be claimed, so a later message is
never sent while an earlier one is still waiting, retrying or in flight. A recipient that was
sent to less than `min_interval` seconds ago is skipped, which spaces sends across all workers
that share the database.

Claiming is one `UPDATE … WHERE id IN (SELECT …) RETURNING`: on PostgreSQL the inner select takes
`FOR UPDATE SKIP LOCKED`, so concurrent workers pass over each other's rows; on SQLite the single
statement runs under the database's one write lock, so the conditions are checked and the lease
set atomically (a unit of work on SQLite holds that lock from its BEGIN: see storage.engine).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import and_, case, func, or_, select, update
from sqlalchemy.orm import aliased
from sqlmodel import Session

from storage.models import OutboxMessage, OutboxState
from storage.plain import Write, insert_of

IN_DOUBT = "in doubt: the previous worker's lease expired during the send"
RATE_LIMITED = "ratelimited"  # prefix of last_error: Slack refused, so nothing was posted
ERROR_LIMIT = 1000  # the column's length

M = OutboxMessage


def enqueue(
    session: Session,
    key: str,
    recipient: str,
    payload: dict,
    due_at: datetime,
    platform: str = "slack",
    group_id: int | None = None,
    *,
    created_at: datetime | None = None,
) -> bool:
    """Add a message unless its key exists; True when it was added. Safe under concurrency."""
    values = {
        "key": key,
        "platform": platform,
        "recipient": recipient,
        "group_id": group_id,
        "payload": payload,
        "due_at": due_at,
        "state": OutboxState.pending.value,
        "attempts": 0,
        "last_error": "",
        "created_at": created_at or datetime.now(UTC),
    }
    return _ENQUEUE.run(session, next_attempt_at=None, lease_until=None, sent_at=None,
                        **values) == 1


# Built once per dialect, with the values bound at execution, and run on the driver's cursor
# (storage/plain.py): every förhinder queues two or three messages, and each cost some 90 Python
# calls of set-up through session.execute. A key already there is a count of 0.
_ENQUEUE = Write(insert_of(M.__table__, ["key"]), own=True)


def _claimable(now: datetime, min_interval: float, platform: str):
    """The WHERE clause of a claimable row: due, head of its queue, recipient not too recent."""
    earlier = aliased(M)
    recent = aliased(M)
    due_pending = and_(
        M.state == OutboxState.pending,
        M.due_at <= now,
        or_(M.next_attempt_at.is_(None), M.next_attempt_at <= now),
    )
    in_doubt = and_(M.state == OutboxState.sending, M.lease_until <= now)
    not_head = (
        select(earlier.id)
        .where(
            earlier.recipient == M.recipient,
            earlier.platform == M.platform,
            earlier.state.in_([OutboxState.pending, OutboxState.sending]),
            or_(earlier.due_at < M.due_at, and_(earlier.due_at == M.due_at, earlier.id < M.id)),
        )
        .exists()
    )
    clauses = [M.platform == platform, or_(due_pending, in_doubt), ~not_head]
    if min_interval > 0:
        just_sent = (
            select(recent.id)
            .where(
                recent.recipient == M.recipient,
                recent.platform == M.platform,
                # No `state = 'sent'` here: only a sent row has a sent_at, and naming the state
                # led SQLite to walk every sent row (ix_outboxmessage_state) for each candidate
                # instead of the recipient's few, which made a claim cost more as a fan-out went
                # on (14 ms of CPU for 32 rows at 1,000). Without it the check can only be
                # stricter, never looser.
                recent.sent_at > now - timedelta(seconds=min_interval),
            )
            .exists()
        )
        clauses.append(~just_sent)
    return and_(*clauses)


def claim(
    session: Session,
    now: datetime,
    batch: int = 10,
    lease_seconds: float = 60,
    *,
    min_interval: float = 0.0,
    platform: str = "slack",
    ahead: float = 0.0,
) -> list[OutboxMessage]:
    """Lease up to `batch` due messages (at most one per recipient), oldest first.

    Each claim counts an attempt; a row taken over from an expired lease gets `IN_DOUBT` as its
    last error, so the sender checks whether the message already went out before resending.
    With `ahead`, a row whose recipient is free again within that many seconds is claimed too:
    its sender waits for the moment `free_again` tells.
    """
    candidates = select(M.id).where(_claimable(now, max(0.0, min_interval - ahead), platform))
    candidates = candidates.order_by(M.due_at, M.id).limit(batch)
    if session.get_bind().dialect.name == "postgresql":
        candidates = candidates.with_for_update(skip_locked=True)
    statement = (
        update(M)
        .where(M.id.in_(candidates.scalar_subquery()))
        .values(
            state=OutboxState.sending.value,
            lease_until=now + timedelta(seconds=lease_seconds),
            attempts=M.attempts + 1,
            last_error=case((M.state == OutboxState.sending, IN_DOUBT), else_=M.last_error),
        )
        .returning(M)
        .execution_options(synchronize_session=False, populate_existing=True)
    )
    rows = list(session.scalars(statement).all())
    return sorted(rows, key=lambda row: (row.due_at, row.id))


def free_again(session: Session, rows: list[OutboxMessage], now: datetime,
               min_interval: float) -> dict[str, datetime]:
    """recipient → the moment it may be posted to again, for those of `rows` sent to within
    `min_interval` seconds before `now` (the others are free now)."""
    recipients = {row.recipient for row in rows}
    if not recipients or min_interval <= 0:
        return {}
    platform = rows[0].platform
    found = session.execute(
        select(M.recipient, func.max(M.sent_at))
        .where(M.recipient.in_(recipients), M.platform == platform,
               M.sent_at > now - timedelta(seconds=min_interval))
        .group_by(M.recipient)
    )
    return {recipient: sent + timedelta(seconds=min_interval) for recipient, sent in found}


def _owned(row: OutboxMessage):
    # The lease is the fencing token: a reclaim always sets a later lease_until, so a worker whose
    # lease expired and was taken over cannot overwrite the new owner's outcome.
    return and_(M.id == row.id, M.state == OutboxState.sending, M.lease_until == row.lease_until)


def mark_sent(session: Session, row: OutboxMessage, now: datetime) -> bool:
    """The message is out. Recorded even if the lease was lost: it was sent, whoever owns it."""
    statement = (
        update(M)
        .where(M.id == row.id, M.state != OutboxState.sent)
        .values(state=OutboxState.sent.value, sent_at=now, lease_until=None, next_attempt_at=None)
    )
    return session.execute(statement).rowcount == 1


def mark_retry(
    session: Session,
    row: OutboxMessage,
    next_attempt_at: datetime,
    error: str,
    *,
    count_attempt: bool = True,
) -> bool:
    """Back to pending until `next_attempt_at`; False when another worker owns the row now.

    `count_attempt=False` (rate limits, released leases) gives the attempt back, so being told
    to slow down never turns a message into a dead letter.
    """
    attempts = M.attempts
    if not count_attempt:  # the claim counted one; never below zero
        attempts = case((M.attempts > 0, M.attempts - 1), else_=0)
    statement = (
        update(M)
        .where(_owned(row))
        .values(
            state=OutboxState.pending.value,
            next_attempt_at=next_attempt_at,
            lease_until=None,
            attempts=attempts,
            last_error=error[:ERROR_LIMIT],
        )
    )
    return session.execute(statement).rowcount == 1


def mark_dead(session: Session, row: OutboxMessage, error: str) -> bool:
    """Given up: a dead letter, shown by `outbox status`. False when the row is not ours now."""
    statement = (
        update(M)
        .where(_owned(row))
        .values(state=OutboxState.dead.value, lease_until=None, last_error=error[:ERROR_LIMIT])
    )
    return session.execute(statement).rowcount == 1


def requeue(session: Session, key: str, now: datetime) -> bool:
    """A dead letter goes back in the queue with its attempts reset (after the cause is fixed)."""
    statement = (
        update(M)
        .where(M.key == key, M.state == OutboxState.dead)
        .values(state=OutboxState.pending.value, attempts=0, next_attempt_at=now, last_error="")
    )
    return session.execute(statement).rowcount == 1


def status_counts(session: Session) -> dict[str, int]:
    """Rows per state, every state present (zero when none)."""
    counts = {state.value: 0 for state in OutboxState}
    for state, count in session.execute(select(M.state, func.count()).group_by(M.state)):
        counts[state] = count
    return counts


def oldest_pending(session: Session) -> OutboxMessage | None:
    statement = select(M).where(M.state == OutboxState.pending).order_by(M.due_at, M.id).limit(1)
    return session.scalars(statement).first()


def waiting(session: Session, now: datetime) -> tuple[int, datetime | None]:
    """(messages due and not yet sent, the due time of the oldest): is delivery keeping up?"""
    due = func.coalesce(M.next_attempt_at, M.due_at)
    row = session.execute(
        select(func.count(), func.min(M.due_at)).where(
            M.state.in_((OutboxState.pending, OutboxState.sending)), due <= now)
    ).one()
    return int(row[0]), row[1]


def next_due(session: Session, platforms: tuple[str, ...] = ("slack", "teams"), *,
             now: datetime | None = None, min_interval: float = 0.0) -> datetime | None:
    """The earliest moment a row may become claimable: a due or retry time, or a lease's end.

    Rows held back behind an earlier one count as due now, so a worker keeps polling briskly
    while a fan-out drains and sleeps long when nothing waits. Given `now` and the channel
    interval, rows held back only by it (every due row's recipient was sent to within the
    interval) count from the moment the first of those recipients is free again: a worker then
    wakes for that moment rather than at its next brisk poll, which cost up to a poll's length
    on each of a busy channel's posts.
    """
    due = func.coalesce(M.next_attempt_at, M.due_at)
    pending = select(func.min(due)).where(
        M.state == OutboxState.pending, M.platform.in_(platforms)
    )
    leases = select(func.min(M.lease_until)).where(
        M.state == OutboxState.sending, M.platform.in_(platforms)
    )
    if now is not None and min_interval > 0:
        pending = pending.where(due > now)  # the due ones: below
    moments = [session.scalar(pending), session.scalar(leases)]
    if now is not None and min_interval > 0:
        moments.append(_free_again(session, platforms, now, min_interval))
    return min((m for m in moments if m is not None), default=None)


def _free_again(session: Session, platforms: tuple[str, ...], now: datetime,
                min_interval: float) -> datetime | None:
    """When a due row may be claimed: now, if the recipient of any was not sent to within the
    interval (it is claimable, or behind a row another worker holds); else the first moment
    one of their recipients is free again."""
    window = now - timedelta(seconds=min_interval)
    recent = aliased(M)
    due_rows = and_(M.state == OutboxState.pending, M.platform.in_(platforms),
                    func.coalesce(M.next_attempt_at, M.due_at) <= now)
    sent_lately = (select(recent.id).where(
        recent.recipient == M.recipient, recent.platform == M.platform, recent.sent_at > window)
        .exists())
    if session.scalar(select(select(M.id).where(due_rows, ~sent_lately).exists())):
        return now
    waiting = (select(M.id).where(due_rows, M.recipient == recent.recipient,
                                  M.platform == recent.platform).exists())
    first = session.scalar(select(func.min(recent.sent_at)).where(
        recent.sent_at > window, recent.platform.in_(platforms), waiting))
    return None if first is None else first + timedelta(seconds=min_interval)


def dead_letters(session: Session) -> list[OutboxMessage]:
    statement = select(M).where(M.state == OutboxState.dead).order_by(M.due_at, M.id)
    return list(session.scalars(statement).all())


def by_key(session: Session, key: str) -> OutboxMessage | None:
    return session.scalars(select(M).where(M.key == key)).first()
