"""What the templates read of bot.texts: its sentences as `t`, and dates and times written the
way the bot writes them, as filters.

A template's words are bot/texts sentences, never inline Swedish (tests/web/test_page_texts.py):

    {{ t.HOME_NO_MEETINGS }}                    a general sentence (bot/texts/__init__.py)
    {{ t.absences.ATTENDANCE_SUMMARY.format(coming=view.coming, ...) }}
                                                one of an area's module (bot/texts/absences.py)
    {{ t.web.SIGNIN_HOW | html }}               one with `code` or *emphasis* in it, as HTML

A sentence is neutral markup (bot/markup.py): formatting it escapes the values put into it, and
`finalize` below shows it as plain text, which Jinja then escapes for HTML.
"""

from __future__ import annotations

import importlib
import pkgutil
from datetime import date, datetime

import markupsafe
from flask import Flask

from bot import markup, texts
from bot.clock import local


class Sentences:
    """One module of bot/texts as a template reads it: a name that is not there is an error,
    not the empty string Jinja would print (a misspelt sentence must not vanish from a page)."""

    def __init__(self, module) -> None:
        self._module = module

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        try:
            return getattr(self._module, name)
        except AttributeError:
            raise LookupError(f"{self._module.__name__} has no sentence {name}") from None


class Texts(Sentences):
    """`t`: the general sentences, and each area's module by its name (t.absences, t.web)."""

    def __init__(self) -> None:
        super().__init__(texts)
        self.areas = {info.name: Sentences(importlib.import_module(f"bot.texts.{info.name}"))
                      for info in pkgutil.iter_modules(texts.__path__)}

    def __getattr__(self, name: str):
        if name in self.areas:
            return self.areas[name]
        return super().__getattr__(name)


def _html(sentence, **values) -> markupsafe.Markup:
    """A sentence as HTML: `code` as <code>, *emphasis* as <em>, links as <a>; the values put
    into its {fields} are escaped, unless they are HTML already (a link the template made with
    `{% set %}`). Only for a sentence with markup or HTML in it; the rest need no filter."""
    parts = []
    for span in (span for line in markup.parse(sentence) for span in line.spans):
        text = markupsafe.escape(span.text)
        if span.kind == "code":
            parts.append(markupsafe.Markup("<code>{}</code>").format(text))
        elif span.kind == "bold":
            parts.append(markupsafe.Markup("<em>{}</em>").format(text))
        elif span.kind == "link":
            parts.append(markupsafe.Markup('<a href="{}">{}</a>').format(span.url, text))
        else:
            parts.append(text)
    page = markupsafe.Markup("").join(parts)
    if not values:
        return page
    return page.format(**{name: markup.plain(value) if isinstance(value, markup.Markup)
                          else value for name, value in values.items()})


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
        names=texts.join_names, chat_text=_chat_text, html=_html,
        choices=lambda groups: [(str(g.id), g.name) for g in groups],
        people=lambda persons: [(str(p.id), p.name) for p in persons],
    )
    from bot.texts.absences import CALL_STATES

    app.jinja_env.globals.update(
        t=Texts(), csrf_token=csrf_token, call_states=CALL_STATES, days_left=texts.days_left,
        has_page=lambda endpoint: endpoint in app.view_functions,
    )
    # The bot's sentences are neutral markup (bot/markup.py); a page shows them as plain text,
    # which Jinja then escapes for HTML.
    app.jinja_env.finalize = lambda value: markup.plain(value) if isinstance(
        value, markup.Markup) else value
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
