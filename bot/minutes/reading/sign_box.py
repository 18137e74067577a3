"""The front page's box of signatures read across in another order than its labels'.

A § protokoll's front page has a box "Underskrifter" with a line each for the secretary, the
chair and the justerare, their names typed under the lines. A transcript reads the box across
its columns, so the names may come before their roles ("Underskrifter Eva Holm Anna Berg
ordförande sekreterare Karl Dahl Per Lind"), or the roles in lower case before each name
("Underskrifter sekreterare Eva Holm, …"). Whoever signs the minutes was at the meeting; the
roles can no longer be told apart, so the names are read without them. (The box read in the
labels' own order, "Underskrifter Sekreterare Eva Holm Ordförande Anna Berg", is attendance.py's
_signers.) The singular "Underskrift" of the anslag's box is the official who posts the notice,
who need not have been there, and is left alone.
"""

from __future__ import annotations

import re

from .first_names import is_first_name
from .people import people_in_run

_BOX = re.compile(r"^underskrifter\s*:?\s+(?P<rest>\S.*)$", re.I)
_ROLE_WORDS = re.compile(
    r"\b(?:ordförande|ordf\.?|sekreterare|sekr\.?|justerande|justerare|vice)(?=\s|,|$)"
)
# where the box ends: the next label of the front page, or the place and date of the justering
# ("… Per Lind Vimmerby 2 september")
_BOX_END = re.compile(
    r"\s(?:Paragrafer|Tid\s+och\s+plats|Plats\s+och\s+tid|Justeringens|ANSLAG|Anslag|BEVIS"
    r"|Protokollet|Organ)\b"
    r"|\s[A-ZÅÄÖ][a-zåäö]+\s+(?:den\s+)?\d{1,2}\s+(?:januari|februari|mars|april|maj|juni|juli"
    r"|augusti|september|oktober|november|december)\b"
)


def signers_across(text: str) -> list[str]:
    """The names in a box of signatures read across ('Underskrifter Eva Holm Anna Berg
    ordförande sekreterare Karl Dahl'), each a given name first; [] when the line is no such
    box (its first word after the label a capitalised role: attendance.py reads that one)."""
    m = _BOX.match(text.strip())
    if not m or re.match(r"(?:Sekreterare|Ordförande|Justerande|Justerare)\b", m["rest"]):
        return []
    rest = _BOX_END.split(m["rest"], maxsplit=1)[0]
    rest = _ROLE_WORDS.sub(" ", rest)
    rest = re.sub(r"\s*,\s*(?=,|\s|$)", " ", rest)  # commas that stood before a role
    people = people_in_run(rest[:600])
    if not people or not rest.strip().startswith(people[0].name):
        return []
    return [p.name for p in people if is_first_name(p.name.split()[0])]
