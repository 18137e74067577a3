"""Slack installations and OAuth states: rows only; the tokens arrive and leave encrypted."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete
from sqlmodel import Session, select

from storage.models import SlackInstallation, SlackOAuthState


def find(session: Session, enterprise_id: str, team_id: str) -> SlackInstallation | None:
    return session.exec(select(SlackInstallation).where(
        SlackInstallation.enterprise_id == enterprise_id,
        SlackInstallation.team_id == team_id)).first()


def save(session: Session, row: SlackInstallation) -> SlackInstallation:
    """Adds the installation, or replaces the one of the same workspace (a reinstall)."""
    existing = find(session, row.enterprise_id, row.team_id)
    if existing is not None:
        for name, value in row.model_dump(exclude={"id"}).items():
            setattr(existing, name, value)
        row = existing
    session.add(row)
    session.flush()
    return row


def remove(session: Session, enterprise_id: str, team_id: str) -> int:
    return session.execute(delete(SlackInstallation).where(
        SlackInstallation.enterprise_id == enterprise_id,
        SlackInstallation.team_id == team_id)).rowcount or 0


def all_installations(session: Session) -> list[SlackInstallation]:
    return list(session.exec(select(SlackInstallation).order_by(SlackInstallation.team_id)))


def add_state(session: Session, state: str, expires_at: datetime) -> None:
    session.add(SlackOAuthState(state=state, expires_at=expires_at))
    session.flush()


def take_state(session: Session, state: str, now: datetime) -> bool:
    """True once for a state that was issued and has not expired; expired ones are dropped."""
    row = session.get(SlackOAuthState, state)
    valid = row is not None and row.expires_at >= now
    if row is not None:
        session.delete(row)
        session.flush()
    session.execute(delete(SlackOAuthState).where(SlackOAuthState.expires_at < now))
    return valid
