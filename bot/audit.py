"""The audit log: who changed roles, published or discarded minutes, changed remisser,
exported data, had a person forgotten or ran an administrative command, when and from where.

Callers give the action and what it applied to; people are referred to by id (see
storage.models.AuditEvent). Entries are written in the caller's unit of work, so an action that
is rolled back leaves no entry, and one that happens always does. Never put message bodies,
synpunkt texts or addresses in `details`.
"""

from __future__ import annotations

import getpass
from datetime import datetime

from sqlmodel import Session

from bot.replies import Request
from storage import audit as store
from storage.models import AuditEvent


def record(
    session: Session, now: datetime, platform: str, action: str, subject: str = "",
    actor_id: int | None = None, actor: str = "", **details,
) -> AuditEvent:
    return store.append(session, AuditEvent(
        at=now, platform=platform, actor_id=actor_id, actor=actor[:200], action=action,
        subject=subject[:300], details=details))


def record_request(ctx, request: Request, action: str, subject: str = "", **details) -> None:
    """An action someone took in chat or on the web page."""
    person = ctx.person(request)
    record(ctx.session, ctx.now(), request.platform, action, subject,
           actor_id=person.id if person is not None else None,
           actor="" if person is not None else f"{request.platform}:{request.user_id}",
           **details)


def command_line_actor() -> str:
    """Whoever runs the command line, as the operating system knows them."""
    try:
        return f"cli:{getpass.getuser()}"
    except Exception:  # no user name (a container without one): still an entry
        return "cli"
