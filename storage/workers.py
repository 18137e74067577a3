"""When workers last finished a pass, for /healthz. It reads and adds; it never commits."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session, delete, func, select

from storage.models import WorkerPass

FORGET_AFTER = timedelta(days=7)  # a worker gone this long is forgotten


def record_pass(session: Session, worker: str, at: datetime) -> None:
    row = session.get(WorkerPass, worker)
    if row is None:
        row = WorkerPass(worker=worker, passed_at=at)
    row.passed_at = at
    session.add(row)
    session.execute(delete(WorkerPass).where(WorkerPass.passed_at < at - FORGET_AFTER))


def last_pass(session: Session) -> datetime | None:
    return session.scalar(select(func.max(WorkerPass.passed_at)))
