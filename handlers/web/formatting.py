"""Jinja filters: dates and times written the way the bot writes them (bot.texts)."""

from __future__ import annotations

from datetime import date, datetime

from flask import Flask

from bot import markup, texts
from bot.clock import local


def _when(meeting) -> str:
    return texts.meeting_when(meeting.date, meeting.starts_at, meeting.ends_at)


def _moment(value: datetime | None) -> str:
    """'måndag 24 augusti 2026 kl. 09.00' for a stored (UTC) moment."""
    if value is None:
        return ""
    at = local(value)
    return f"{texts.long_date(at.date())} kl. {texts.clock(at.time())}"


def _long_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = local(value).date()
    return texts.long_date(value)


def _stored(value: str | None) -> str:
    """An ISO date or moment from an export ('2026-08-31', '2026-08-24T07:00:00+00:00') as
    the bot writes it."""
    if not value:
        return ""
    if "T" in value:
        return _moment(datetime.fromisoformat(value))
    return texts.long_date(date.fromisoformat(value))


def _chat_text(reply) -> str:
    """A chat reply (the kallelse) as the plain text a page shows."""
    return reply.plain_text()


def install(app: Flask) -> None:
    from handlers.web.app import csrf_token

    app.jinja_env.filters.update(
        when=_when, long_date=_long_date, moment=_moment, stored=_stored,
        day_month=lambda d: texts.day_month(d), iso=lambda d: d.isoformat() if d else "",
        role=lambda r: texts.ROLE_NAMES.get(r, r), kind=lambda k: texts.KIND_NAMES.get(k, k),
        names=texts.join_names, chat_text=_chat_text,
        choices=lambda groups: [(str(g.id), g.name) for g in groups],
        people=lambda persons: [(str(p.id), p.name) for p in persons],
    )
    from bot.texts.absences import CALL_STATES

    app.jinja_env.globals.update(
        csrf_token=csrf_token, call_states=CALL_STATES, days_left=texts.days_left,
        has_page=lambda endpoint: endpoint in app.view_functions,
    )
    # The bot's sentences are neutral markup (bot/markup.py); a page shows them as plain text,
    # which Jinja then escapes for HTML.
    app.jinja_env.finalize = lambda value: markup.plain(value) if isinstance(
        value, markup.Markup) else value
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
