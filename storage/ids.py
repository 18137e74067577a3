"""Ids as they come from outside: a button's value, a form's field, an address, a JSON number."""

from __future__ import annotations

from typing import TypeVar

T = TypeVar("T")

# The largest id a table holds: PostgreSQL's integer, the narrowest of the id columns. A larger
# number names no row, and asked of the database it failed (SQLite: OverflowError past 64 bits;
# PostgreSQL: out of range) instead of finding nothing.
MAX_ID = 2**31 - 1
_DIGITS = len(str(MAX_ID))


def row_id(value: object) -> int | None:
    """The id `value` names, or None when no row can have it.

    Only the digits 0–9: str.isdigit() also takes '²' and other digits, which int() refuses
    or reads. A JSON number (a button's value is ours to write, but forgeable) counts too; a
    bool, which Python counts as an int, does not.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= _DIGITS:
        number = int(value)
    else:
        return None
    return number if 0 < number <= MAX_ID else None


def find_row(session, model: type[T], value: object) -> T | None:
    """The row of `model` that `value` names, or None: no row, or no id a row could have."""
    number = row_id(value)
    return session.get(model, number) if number is not None else None
