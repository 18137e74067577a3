"""Table rows (cells joined by tabs) brought into the shapes the attendance reader knows.

Secretaries' Word templates differ in how they cut a person over cells: given name and surname
in columns of their own ('Förnamn | Efternamn | Parti'), or surname first ('Efternamn |
Förnamn'). The name is one cell everywhere else, so these are joined before reading.
"""

from __future__ import annotations

import re

_GIVEN = re.compile(r"^(?:förnamn|tilltalsnamn)$", re.I)
_SURNAME = re.compile(r"^(?:efternamn)$", re.I)


def join_name_columns(paragraphs: list[str]) -> list[str]:
    """'Förnamn<TAB>Efternamn<TAB>Närv.' and its rows -> 'Namn<TAB>Närv.' and 'Anna Ek<TAB>X'."""
    if not any("\t" in p and "namn" in p.lower() for p in paragraphs):
        return paragraphs  # most documents: no table with a name's parts as heads
    out = list(paragraphs)
    k = 0
    while k < len(out):
        head = [c.strip() for c in out[k].split("\t")]
        pair = _name_pair(head)
        if pair is None:
            k += 1
            continue
        first, given_first = pair
        out[k] = "\t".join([*head[:first], "Namn", *head[first + 2 :]])
        k += 1
        while k < len(out) and "\t" in out[k]:
            cells = out[k].split("\t")
            if len(cells) > first + 1:
                a, b = cells[first].strip(), cells[first + 1].strip()
                name = f"{a} {b}" if given_first else f"{b} {a}"
                cells[first : first + 2] = [" ".join(name.split())]
            out[k] = "\t".join(cells)
            k += 1
    return out


def _name_pair(head: list[str]) -> tuple[int, bool] | None:
    for n in range(len(head) - 1):
        if _GIVEN.match(head[n]) and _SURNAME.match(head[n + 1]):
            return n, True
        if _SURNAME.match(head[n]) and _GIVEN.match(head[n + 1]):
            return n, False
    return None
