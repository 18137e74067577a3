"""A front page's list that a page break cut: "Övriga närvarande Anna Ek, Per Lind" at the foot
of page 1, and "2 Kommunstyrelsen Lisa Berg 102 Karl Dahl 102 …" at the head of page 2.

A § protokoll's front page often runs over two pages: the list that comes last on the first page
(most often the officials under "Övriga närvarande") goes on at the top of the next, under the
page's number and running head, with the §§ each was there for, and the signature and anslag
boxes of the first page may stand between. A transcript of such minutes keeps one line a page,
so the next page's line opens with its number, perhaps a word or two of its head, and names.
Those names belong to the list before, as long as no item of the minutes began in between.
"""

from __future__ import annotations

import re

from .first_names import is_first_name
from .names import split_name
from .people import people_in_run

# "2 ", "Sida 2 ", "2 (36) ", "2 Kommunstyrelsen ": the page's number and running head; the
# transcript's number may stand before the page's own label of it, which comes in the template's
# forms: "2 2 av 22 ", "2 2(26) ", "2 23 " (the count's brackets lost)
PAGE_LABEL = r"(?:\d{1,3}\s*(?:\(\d{1,3}\)|av\s+\d{1,3})\s+|\d{1,3}\s+)?"
_PAGE_NUMBER = re.compile(rf"^(?:sida\s+)?\d{{1,3}}(?:\s*\(\d{{1,3}}\))?\s+{PAGE_LABEL}", re.I)
_HEAD_WORD = re.compile(r"^(?:[A-ZÅÄÖ][\wåäöÅÄÖ-]+|\(\d{1,3}\))\s+")
# "2 TORSBY KOMMUN sid 2 Ann-Katrin Järåsen (S) …": the running head's own page label after
# the municipality's name, left out so that the head is its words only
_PAGE_LABEL_IN_HEAD = re.compile(
    r"^(?P<head>(?:[A-ZÅÄÖ][\wåäöÅÄÖ-]+\s+){1,2})(?:sid|sida|Sid|Sida)\.?\s*\d{1,3}"
    r"(?:\s*\(\d{1,3}\))?\s+"
)
# an item of the minutes began: the front page is over ("§ 114 Val av justerare")
_ITEM = re.compile(r"^\W*(?:§\s*\d|ärendelista\b|dagordning\b|innehållsförteckning\b)", re.I)
# the next page's labels of the signature box, where the list stops ("… Pär Hansson
# Sekreterare Ingvar Holm Justerat …")
_SIGN_LABEL = re.compile(
    r"\s(?=(?:Sekreterare|Ordförande|Justerande|Justerare|Justerat|Justeras|Underskrift(?:er)?"
    r"|Paragrafer|Utses)\b)"
)
_LOOK_BACK = 14  # paragraphs between the list and the next page's head (the boxes between)


def continued_list(paragraphs: list[str], k: int, list_at: int) -> tuple[str, str]:
    """The names on paragraph k that go on with the list read on paragraph `list_at`, and the
    secretary of the signature box after them ('… Olle Nyberg Sekreterare Lena Falk Justerat
    …'); ('', '') when there are none. Paragraph k must open a page (its number first), its
    names must start right after the page's head, and no item of the minutes may stand between
    the two."""
    if list_at < 0 or not 0 < k - list_at <= _LOOK_BACK:
        return "", ""
    text = paragraphs[k].strip()
    page = _PAGE_NUMBER.match(text)
    if not page or any(_ITEM.match(p.strip()) for p in paragraphs[list_at + 1 : k]):
        return "", ""
    rest = _PAGE_LABEL_IN_HEAD.sub(r"\g<head>", text[page.end() :], count=1)
    for _ in range(3):  # the running head: up to two words that begin no name
        names = _names_first(rest)
        if names:
            return names, _secretary(rest[len(names) :])
        head = _HEAD_WORD.match(rest)
        if not head or is_first_name(head[0].strip()):
            return "", ""
        rest = rest[head.end() :]
    return "", ""


_SECRETARY = re.compile(r"^\s*Sekreterare\s+(?P<who>[A-ZÅÄÖ].*)$")


def _secretary(tail: str) -> str:
    m = _SECRETARY.match(tail)
    if not m:
        return ""
    name, _ = split_name(_SIGN_LABEL.split(m["who"], maxsplit=1)[0])
    return name if name and is_first_name(name.split()[0]) else ""


def _names_first(text: str) -> str:
    """The run of people that opens `text`, up to a label of the signature box: two people or
    more, or one with a note in brackets ('Kenneth Nilshem (C)')."""
    run = _SIGN_LABEL.split(text, maxsplit=1)[0]
    people = people_in_run(run[:1500])
    if not people or not run.startswith(people[0].name):
        return ""
    # each a given name first: a page's heading ('Innehållsförteckning Sid nr') is no one
    named = [p for p in people[:3] if is_first_name(p.name.split()[0])]
    if len(named) < len(people[:3]):
        return ""
    if len(people) < 2 and not people[0].note.startswith("("):
        return ""
    return run
