"""Teams conversation references: where a proactive message to a person or channel goes.

The Bot Framework offers no lookup from a user or channel id to a conversation: the connector's
URL, the conversation id and the tenant are learned from activities the bot receives (or from
a 1:1 conversation the sender created) and kept here. Functions never commit.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session

from storage.models import TeamsConversation

T = TeamsConversation


def remember(
    session: Session,
    key: str,
    service_url: str,
    conversation_id: str,
    tenant_id: str,
    now: datetime,
) -> None:
    """Insert or refresh the reference for `key`; safe when the web and the worker race."""
    values = {
        "key": key,
        "service_url": service_url,
        "conversation_id": conversation_id,
        "tenant_id": tenant_id or "",
        "updated_at": now,
    }
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    statement = insert(T).values(**values)
    excluded = statement.excluded
    statement = statement.on_conflict_do_update(
        index_elements=["key"],
        set_={
            "service_url": excluded.service_url,
            "conversation_id": excluded.conversation_id,
            # An activity without a tenant (rare, but not excluded) keeps the one we know.
            "tenant_id": func.coalesce(func.nullif(excluded.tenant_id, ""), T.tenant_id),
            "updated_at": excluded.updated_at,
        },
    )
    session.execute(statement)


def forget(session: Session, keys: list[str], conversation_id: str = "") -> int:
    """Drop the references of a chat or channel the bot was removed from; returns how many."""
    statement = delete(T).where(T.key.in_([k for k in keys if k]))
    if conversation_id:
        statement = delete(T).where(
            (T.key.in_([k for k in keys if k])) | (T.conversation_id == conversation_id))
    return session.execute(statement).rowcount or 0


def reference(session: Session, key: str) -> TeamsConversation | None:
    return session.get(T, key)


def latest(session: Session, tenant_id: str = "") -> TeamsConversation | None:
    """The most recently seen reference with a tenant (of `tenant_id` when given).

    A new 1:1 conversation needs a connector URL and a tenant; the bot serves one organisation,
    so the freshest reference from that tenant is the best guess for both.
    """
    statement = select(T).where(T.tenant_id != "")
    if tenant_id:
        statement = statement.where(T.tenant_id == tenant_id)
    statement = statement.order_by(T.updated_at.desc(), T.key).limit(1)
    return session.scalars(statement).first()
