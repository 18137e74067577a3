"""Forms in the terminal, field by field: what a Slack modal or a Teams card asks, as questions.

Each field is one question; Enter keeps the value shown in brackets (or skips an optional
field); a choice is made by its number; `/avbryt` leaves the form and nothing is sent. The
answers go to the same form handler as a modal's, and a refused field is asked again.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from bot import dates, markup
from bot.replies import Form, FormField
from bot.texts import console as t

CANCEL = ("/avbryt", "/avsluta")


class Cancelled(Exception):
    pass


def fill(form: Form, ask: Callable[[str], str | None], today: date,
         only: dict[str, str] | None = None, values: dict[str, str] | None = None
         ) -> dict[str, str]:
    """The values of the form's fields, asked one at a time; `only` asks again just the fields
    named in it (with the reason shown), keeping the other values."""
    values = dict(values or {})
    for field in form.fields:
        if only is not None and field.name not in only:
            continue
        reason = (only or {}).get(field.name, "")
        values[field.name] = _one(field, ask, today, reason)
    return values


def _one(field: FormField, ask, today: date, reason: str = "") -> str:
    lines = [markup.plain(reason)] if reason else []
    lines.append(_question(field))
    if field.kind in ("select", "multi_select"):
        lines += [f"  {n}. {label}" for n, (_, label) in enumerate(field.options, start=1)]
    if field.hint:
        lines.append(f"  ({markup.plain(field.hint)})")
    prompt = "\n".join(lines)
    while True:
        answer = ask(prompt)
        if answer is None or answer.strip().lower() in CANCEL:
            raise Cancelled
        value, problem = _read(field, answer.strip(), today)
        if problem is None:
            return value
        prompt = problem


def _question(field: FormField) -> str:
    label = markup.plain(field.label)
    default = _label_of(field, field.initial)
    if field.kind == "select":
        label += f" ({t.CHOOSE_NUMBER})"
    elif field.kind == "multi_select":
        label += f" ({t.CHOOSE_NUMBERS})"
    if default:
        label += f" [{t.ENTER_KEEPS.format(value=default)}]"
    elif not field.required:
        label += f" [{t.ENTER_SKIPS}]"
    return label + ":"


def _label_of(field: FormField, value: str) -> str:
    if field.kind == "select":
        return next((label for v, label in field.options if v == value), "")
    return value


def _read(field: FormField, answer: str, today: date) -> tuple[str, str | None]:
    """(the value the form handler expects, or why the answer cannot be used)."""
    if not answer:
        if field.initial or not field.required:
            return field.initial, None
        return "", t.REQUIRED
    if field.kind == "select":
        chosen = _numbers(answer, len(field.options))
        if chosen is None or len(chosen) != 1:
            return "", t.BAD_CHOICE.format(count=len(field.options))
        return field.options[chosen[0]][0], None
    if field.kind == "multi_select":
        chosen = _numbers(answer, len(field.options))
        if chosen is None:
            return "", t.BAD_CHOICE.format(count=len(field.options))
        return ",".join(field.options[n][0] for n in chosen), None
    if field.kind == "time":
        match = re.fullmatch(r"(?:kl\.?\s*)?(\d{1,2})(?:[.:](\d{2}))?", answer)
        if not match or int(match[1]) > 23 or int(match[2] or 0) > 59:
            return "", t.BAD_TIME
        return f"{int(match[1]):02d}:{match[2] or '00'}", None
    if field.kind == "date":
        day = dates.parse_date(answer, today)
        return (day.isoformat(), None) if day else ("", t.BAD_DATE)
    if field.max_length and len(answer) > field.max_length:
        return "", t.TOO_LONG.format(limit=field.max_length, length=len(answer))
    return answer, None


def _numbers(answer: str, count: int) -> list[int] | None:
    parts = [p for p in re.split(r"[\s,]+", answer) if p]
    # Digits 0–9 only: isdigit() takes '²', which int() refuses.
    if not parts or not all(p.isascii() and p.isdigit() and len(p) <= 4 and 1 <= int(p) <= count
                            for p in parts):
        return None
    return [int(p) - 1 for p in dict.fromkeys(parts)]
