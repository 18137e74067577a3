"""Swedish alphabetical order for lists people read: … x, y, z, å, ä, ö, case-insensitive.

Python's own order puts Ä (U+00C4) before Å (U+00C5) and both before lower case, and the
databases' collations differ (SQLite compares bytes; PostgreSQL follows the server's locale),
so lists shown to people are sorted in Python with this key. It lives at the bottom layer so
that storage's ordered reads and every feature above share one order. PyICU would do it
properly; it is not installed, and these names need only the Swedish letters and accents.
"""

from __future__ import annotations

import unicodedata

# After z: å, ä, ö (æ and ø with ä and ö, as in Swedish dictionaries); ü is y. The three
# characters after "z" in ASCII keep their order.
_LETTERS = str.maketrans({"å": "{", "ä": "|", "ö": "}", "æ": "|", "ø": "}", "ü": "y"})


def swedish_key(text: str) -> tuple[str, str]:
    """Sort key: 'Åsa' after 'Zoran' and before 'Ärla' and 'Östen'; 'é' as 'e'; case and
    accents otherwise ignored, with the text itself last so that the order is total."""
    folded = unicodedata.normalize("NFC", text).casefold().translate(_LETTERS)
    plain = "".join(c for c in unicodedata.normalize("NFKD", folded)
                    if not unicodedata.combining(c))
    return " ".join(plain.split()), text


def sort_names(names) -> list[str]:
    """The names in Swedish order."""
    return sorted(names, key=swedish_key)


def by_name(items, name=lambda item: item.name) -> list:
    """Rows (groups, people) in Swedish order of their name, the id breaking ties as the
    queries' `ORDER BY name, id` did."""
    return sorted(items, key=lambda item: (swedish_key(name(item)), getattr(item, "id", 0) or 0))
