"""Table rows (cells joined by tabs) brought into the shapes the attendance reader knows.

Secretaries' Word templates differ in how they cut a person over cells: given name and surname
in columns of their own ('Förnamn | Efternamn | Parti'), or surname first ('Efternamn |
Förnamn'). The name is one cell everywhere else, so these are joined before reading.

A transcript may also lose a närvarolista's marks and keep its head row: such a table can no
longer tell who came, and is not read at all.
"""

from __future__ import annotations

import re

from .people import mark_of, people_in_run

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


# The words of a närvarolista's head row: the columns of names and those of marks
_HEAD_WORD = re.compile(
    r"^(?:ledamöter|ledamot|ordinarie|ersättare|ers\.?|suppleanter|tjänstgörande|tjg\.?|ej"
    r"|närv\.?|närvarande|frånv\.?|frånvarande|n|f|paragraf(?:er)?|§§?|närvarolista"
    r"|närvaroförteckning)$",
    re.I,
)
_MARK_COLUMN = re.compile(r"^(?:närv\.?|närvarande|frånv\.?|frånvarande|n|f)$", re.I)
_WHO_COLUMN = re.compile(r"^(?:ledamöter|ledamot|ordinarie|ersättare|ers|suppleanter)$")
_A_MARK = re.compile(r"(?<!\S)(?:[xX]{1,2}|✓|✔|☒)(?!\S)")


def lost_marks(paragraphs: list[str], k: int, label: str, rest: str) -> bool:
    """'Ledamöter Närv.' / 'Frånvarande' / 'Tjänstgörande ersättare Paragraf Anna Ek (S) Per
    Lind (M) …', 'LEDAMÖTER ERS S Anna Ek Karl Berg S Per Lind …': the head row of a
    närvarolista, a column of names with its columns of marks right of it ('Närv.',
    'Frånvarande', 'N', 'F') or the members with their ersättare beside them, run together
    with rows that carry no mark: the transcript lost the marks, and who came cannot be read."""
    cells: list[list[str]] = []
    for back in (1, 2):  # the head row's cells a transcript put on lines of their own
        words = [w.strip(":") for w in (paragraphs[k - back].split() if k >= back else [])]
        if not words or not all(_HEAD_WORD.match(w) for w in words):
            break
        cells.insert(0, words)
    last, words = label.split(), rest.split()
    while words and _HEAD_WORD.match(words[0]) and words[0][:1].isupper():
        last.append(words.pop(0))  # "Tjänstgörande ersättare Paragraf Anna …", "ERS S Anna"
    if not cells and len(last) < 2:
        return False
    if not any(_names_then_marks([w.lower().rstrip(".") for w in cell]) for cell in [*cells, last]):
        return False
    people = people_in_run(rest[:600])
    if _A_MARK.search(rest) or any(mark_of(p.note) for p in people):
        return False
    return len(people) >= 3


def _names_then_marks(words: list[str]) -> bool:
    """'Ledamöter Närv.', 'Ersättare Närv.', 'Ledamöter Ers': a column of names and, right of
    it, one of marks or one of the members' ersättare ('Tjg. ersättare' is one of names)."""
    for j, word in enumerate(words[1:], 1):
        if not any(_WHO_COLUMN.match(w) for w in words[:j]):
            continue
        if _MARK_COLUMN.match(word):
            return True
        if word in ("ers", "ersättare") and words[j - 1] not in ("tjg", "tjänstgörande"):
            return "ledamöter" in words[:j]
    return False
