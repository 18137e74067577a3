"""Whom a substitute replaces, when a front page's table of names and roles was read column by
column: all the names first, then all the roles.

A § protokoll's front page often sets its beslutande in a table, a name and its role on each row
("Susanne Borgelius (M) | ersätter Eva Banheden-Lindblad (M)"). A transcript that reads the table
a column at a time gives the names in one run and the roles in another ("… ordförande
vice-ordförande ledamot ledamot ersätter Eva Banheden-Lindblad (M) ersättare …"), so the
substitute's name stands far from whom she replaces. The rows pair again by position: the n-th
role is the n-th name's. The run of roles must open with the chair ('ordförande'), as a list of
beslutande does, and each substitute must be of the party of the one replaced where both are
given, or the columns are taken not to line up and nothing is paired.
"""

from __future__ import annotations

import re

from .names import split_name

_PARTY = r"\((?P<party>[A-ZÅÄÖ]{1,4}|-)\)"
# "ersätter Eva Banheden-Lindblad (M)": one role of the column, with whom it replaces
_REPLACES = re.compile(
    rf"ersätter\s+(?P<who>[A-ZÅÄÖ][\wåäöéü-]+(?:\s+[A-ZÅÄÖ][\wåäöéü-]+){{1,3}})\s*(?:{_PARTY})?"
)
# one role word of the column: "ordförande", "2:e vice-ordförande", "ledamot", "ersättare",
# "kommundirektör"
_ROLE_WORD = re.compile(r"(?:[12]:[ae]\s+)?[a-zåäö][a-zåäö-]{3,}(?=\s|$)")
_CHAIR = re.compile(r"(?<![\w-])ordförande\s+(?=(?:[12]:[ae]\s+)?vice|ledamot)")


def _roles(text: str, start: int) -> list[tuple[int, str, str]]:
    """The column of roles from `start`: (position, role, party of whom it replaces)."""
    roles: list[tuple[int, str, str]] = []
    k = start
    while k < len(text):
        while k < len(text) and text[k] == " ":
            k += 1
        replaced = _REPLACES.match(text, k)
        if replaced:
            roles.append((k, replaced["who"], replaced["party"] or ""))
            k = replaced.end()
            continue
        word = _ROLE_WORD.match(text, k)
        if not word:
            break
        roles.append((k, "", ""))
        k = word.end()
    return roles


def paired_substitutes(text: str, names: list[str]) -> list[tuple[str, str]]:
    """(substitute, replaced) for a line whose names precede a column of roles that says whom
    some of them replace; `names` are the people the reader found, in any order."""
    if "ersätter" not in text:
        return []
    chair = _CHAIR.search(text)
    if not chair:
        return []
    roles = _roles(text, chair.start())
    if not any(who for _, who, _ in roles):
        return []
    before = text[: chair.start()]
    at_position: dict[int, str] = {}
    for name in sorted(set(names), key=len, reverse=True):  # a name's shorter form wins its place
        if (at := before.find(name)) >= 0:
            at_position[at] = name
    placed = sorted(at_position.items())
    if len(placed) < len(roles) or len(placed) - len(roles) > 3:
        return []  # the two columns are not of one table
    pairs = []
    for (at, name), (_, who, party) in zip(placed, roles, strict=False):
        if not who:
            continue
        own = re.match(rf"\s*{_PARTY}", before[at + len(name) :])
        if party and own and own["party"] != party:
            return []  # a Moderate for a Social Democrat: the rows do not line up
        replaced, _ = split_name(who)
        if replaced:
            pairs.append((name, replaced))
    return pairs
