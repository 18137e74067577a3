"""A dated title inside a run-together page: 'Minnesanteckningar regionalt kompetenskansli 27
maj 2015' after a letterhead and its sändlista.

Minutes sent out by an office put the department's letterhead, the writing date and the list of
those the notes go to first, and the title with the meeting's name and date after them; a
transcript that keeps a page as one line buries that title mid-line. The kind of document with a
capital, a name and a full date right after it is such a title wherever it stands: it names the
group that met and the day it met (the letterhead's 'Datum' is the day the notes were written).
"""

from __future__ import annotations

import re
from datetime import date
from itertools import islice

_MONTHS = (
    "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
)
_DATED_TITLE = re.compile(
    r"(?<![\wåäöÅÄÖ-])(?:Minnesanteckningar|Mötesanteckningar|Anteckningar|Protokoll"
    r"|MINNESANTECKNINGAR|PROTOKOLL)\s+(?:(?:från|för|vid|fört\s+vid|förda\s+vid)\s+)?"
    r"(?P<name>[A-Za-zÅÄÖåäöéÉ-]+(?:\s+[A-Za-zÅÄÖåäöéÉ-]+){0,4}?)\s+(?:den\s+)?"
    rf"(?P<d>[0-3]?\d)\s+(?P<m>{_MONTHS})\s+(?P<y>(?:19|20)\d\d)\b"
)
# Words that show the run is a sentence or a label, not a group's name
_NOT_NAME = re.compile(
    r"^(?:datum|tid|plats|sida|nr|den|från|mötet|möte|sammanträdet|sammanträde|och|som|är"
    r"|har|kl|klockan|justerat|justeras)$",
    re.I,
)


def dated_title(paragraphs: list[str]) -> tuple[str, date] | None:
    """(the name in the title, the meeting's date) from a dated title in the first lines."""
    lines = (p for p in paragraphs if not p.strip().isdigit())
    for text in islice(lines, 3):  # the first lines only: a long document's rest is no title
        for m in _DATED_TITLE.finditer(text[:2500]):
            words = m["name"].split()
            if any(_NOT_NAME.match(w) for w in words):
                continue
            months = _MONTHS.split("|")
            try:
                day = date(int(m["y"]), months.index(m["m"]) + 1, int(m["d"]))
            except ValueError:
                continue
            return " ".join(words), day
    return None
