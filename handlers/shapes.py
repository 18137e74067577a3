"""What no request from Slack or Teams ever holds, checked before anything reads it."""

from __future__ import annotations


def has_nul(value, depth: int = 0) -> bool:
    """True when a string anywhere in a parsed body holds U+0000. Neither platform sends one,
    and PostgreSQL cannot store one in text: such a body would fail halfway through the work
    (a DataError after the acknowledgement) rather than be refused at the door."""
    if isinstance(value, str):
        return "\x00" in value
    if depth > 64:  # the parsers already refuse deeper nesting; this never recurses forever
        return False
    if isinstance(value, dict):
        return any(has_nul(k, depth + 1) or has_nul(v, depth + 1) for k, v in value.items())
    if isinstance(value, list):
        return any(has_nul(item, depth + 1) for item in value)
    return False
