"""Who is at the web page: one-time sign-in links, and people matched by a verified e-mail."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import update
from sqlmodel import Session, func, select

from storage.models import Person, WebSignIn

LINK_LIFETIME = timedelta(minutes=10)


def digest(secret: str) -> str:
    """Secrets are stored as their SHA-256: a copy of the database signs nobody in."""
    return hashlib.sha256(secret.encode()).hexdigest()


def issue_link_token(session: Session, person: Person, now: datetime) -> str:
    """A fresh secret for a sign-in link, valid once, for ten minutes, for this person only."""
    secret = secrets.token_urlsafe(32)
    session.add(WebSignIn(token_hash=digest(secret), person_id=person.id, created_at=now,
                          expires_at=now + LINK_LIFETIME))
    session.flush()
    return secret


def link_is_usable(session: Session, secret: str, now: datetime) -> bool:
    """Whether a link would still sign someone in (shown before the person presses the button)."""
    row = session.exec(select(WebSignIn).where(WebSignIn.token_hash == digest(secret))).first()
    return row is not None and row.used_at is None and _aware(row.expires_at) > now


def redeem_link(session: Session, secret: str, now: datetime) -> Person | None:
    """The person the link was made for, once: the used mark is set in the same statement that
    checks it, so two presses at the same moment cannot both get in."""
    if not secret or len(secret) > 100:
        return None
    hashed = digest(secret)
    row = session.exec(select(WebSignIn).where(WebSignIn.token_hash == hashed)).first()
    if row is None or row.used_at is not None or _aware(row.expires_at) <= now:
        return None
    taken = session.execute(
        update(WebSignIn)
        .where(WebSignIn.id == row.id, WebSignIn.used_at.is_(None))
        .values(used_at=now)
    )
    if taken.rowcount != 1:
        return None
    return session.get(Person, row.person_id)


def person_by_email(session: Session, email: str) -> Person | None:
    """A roster person by e-mail, whatever the case the identity provider used."""
    if not email or "@" not in email:
        return None
    return session.exec(select(Person).where(func.lower(Person.email) == email.lower())).first()


def _aware(moment: datetime) -> datetime:
    from datetime import UTC

    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
