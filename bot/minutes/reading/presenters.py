"""People who presented an item, in a table inside that item: 'Namn | Funktion', 'Namn | Roll',
'Föredragande | Funktion', 'Medverkande | Organisation'.

Minutes that lay out their attendance as a table of names often give an item's presenters the
same shape under the item's heading. Those people came for that item: they are the item's
presenters, not people who attended the meeting (unless the attendance section names them too,
where they are read as it says). A table under a heading about attendance ('1. Närvarande',
'§ 1 Mötets öppnande') or before any item is the attendance.
"""

from __future__ import annotations

import re

# "§ 2 Information om SAMS", "3. Budget", "Punkt 3: Budget", "Ärende 3 Budget": an item's head
_ITEM_HEAD = re.compile(
    r"^(?:(?:[ÄäAa]rende|[Pp]unkt|PUNKT|ÄRENDE)\s+)?(?:§\s*)?\d{1,3}(?:\s*§)?[.):]?\s+"
    r"(?P<title>[A-ZÅÄÖ].{1,100})$"
)
# An item about who is there: its table of names is the meeting's attendance.
_ATTENDANCE_ITEM = re.compile(
    r"närvar|deltag|upprop|öppnande|öppnas|juster|ledamöter|beslutande|formalia|inledning"
    r"|presentationsrunda|välkommen|välkomna",
    re.I,
)
# A head that says its people presented something, wherever the table stands
PRESENTER_HEAD = re.compile(r"^(?:föredragande|medverkande|presentatör(?:er)?)$", re.I)


def inside_an_item(paragraphs: list[str], k: int, used: set[int]) -> bool:
    """Whether paragraph k stands under an item's heading that is not about attendance."""
    for i in range(k - 1, -1, -1):
        if i in used:
            return False  # an attendance list comes between: this table continues it
        m = _ITEM_HEAD.match(paragraphs[i].strip())
        if m and "\t" not in paragraphs[i]:
            return not _ATTENDANCE_ITEM.search(m["title"])
    return False


def presenters_by_item(items, presenters: list[tuple[int, str]]) -> None:
    """Each presenter to the item whose heading is the last one above its row."""
    for line, name in presenters:
        owner = None
        for item in items:
            if item.line <= line:
                owner = item
        if owner is not None and name not in owner.presenters:
            owner.presenters.append(name)
