"""Labels of a front page stacked before one run of names, the values in the labels' order.

"Anmält förhinder Övriga: Conny Delerud (S) Bengt Wastesson (KD) Ulf Lago, förbundsdirektör
Mikael Skoog, kanslichef …", "Beslutande Övriga deltagande Förhindrade Kjell Sjölund (C) Lars-Åke
Carlsson (M) Thomas Johansson Lars Jönsson Stig Carlsson (S) …": a table's column of labels and
its column of values, transcribed one after the other. Where one label's values end, the
entries change shape: the elected with their party letters, the officials without (or with a
title after a comma). When the run changes shape as many times as there are labels after the
first, each stretch is its label's; otherwise nothing tells where, and the run stays whole.
"""

from __future__ import annotations

import re

from .first_names import is_first_name
from .people import PARTY, people_in_run

_LABEL = re.compile(
    r"(?P<label>beslutande(?:\s+ledamöter)?|ledamöter|närvarande|tjänstgörande\s+ersättare"
    r"|ej\s+tjänstgörande\s+ersättare|ersättare|[öo]vriga\s+(?:deltagande|deltagare|närvarande)"
    r"|[öo]vriga|tjänstemän|frånvarande|anmält\s+förhinder|förhindrade|ej\s+närvarande)"
    r"\s*:?\s+",
    re.I,
)


def _shape(note: str) -> str:
    """'party' for 'Conny Delerud (S)' and 'Annalena Järnberg, ordf. S', 'title' for 'Ulf
    Lago, förbundsdirektör' and a name with nothing after it."""
    words = note.split()
    return "party" if any(PARTY.match(w.strip(",.")) for w in words[:3]) else "title"


def split_stacked(text: str) -> list[str]:
    """The paragraph as one piece per label ('Anmält förhinder Conny Delerud (S) …', 'Övriga:
    Ulf Lago, förbundsdirektör …'), or whole when its shape does not say where to cut."""
    labels, pos = [], 0
    while (m := _LABEL.match(text, pos)) and len(labels) < 4:
        labels.append(m["label"])
        pos = m.end()
    if len(labels) < 2:
        return [text]
    rest = text[pos:]
    everyone = people_in_run(rest[:1500])
    people = [p for p in everyone if is_first_name(p.name.split()[0])]
    if len(people) < len(labels) or not rest.startswith(people[0].name):
        return [text]
    shapes = [_shape(p.note) for p in people]
    cuts = [k for k in range(1, len(people)) if shapes[k] != shapes[k - 1]]
    if len(cuts) != len(labels) - 1:
        return [text]
    # the elected come first on a front page and carry their parties: a stretch without them
    # under a label of members or ersättare means the values are in another order
    firsts = zip([0, *cuts], labels, strict=True)
    if any(shapes[k] == "title" and _ELECTED.fullmatch(label) for k, label in firsts):
        return [text]
    starts, at = [], 0
    for person in everyone:
        at = rest.find(person.name, at)
        if at < 0:
            return [text]
        starts.append(at)
        at += len(person.name)
    where = {id(p): starts[n] for n, p in enumerate(everyone)}
    last = everyone.index(people[-1])
    # what follows the last person (a column of organisations run after the names) is no one's
    end = starts[last + 1] if last + 1 < len(everyone) else len(rest)
    bounds = [0, *(where[id(people[k])] for k in cuts), end]
    pieces = [
        f"{label}: {rest[bounds[j] : bounds[j + 1]].strip()}" for j, label in enumerate(labels)
    ]
    return pieces + ([rest[end:].strip()] if rest[end:].strip() else [])


_ELECTED = re.compile(
    r"beslutande(?:\s+ledamöter)?|ledamöter|(?:ej\s+)?(?:tjänstgörande\s+)?ersättare", re.I
)


def _labels_only(text: str) -> bool:
    pos = 0
    while m := _LABEL.match(text + " ", pos):
        pos = m.end()
    return pos > 0 and pos >= len(text)


def split_stacked_paragraphs(paragraphs: list[str]) -> list[str]:
    """split_stacked over the paragraphs; labels cut off from the run, each on a paragraph of
    its own ('Beslutande' / 'Övriga deltagande' / 'Förhindrade Kjell Sjölund (C) …'), are read
    with it, when together they split."""
    out: list[str] = []
    k = 0
    while k < len(paragraphs):
        j = k
        while j < len(paragraphs) - 1 and j - k < 3 and _labels_only(paragraphs[j].strip()):
            j += 1
        if j > k:
            pieces = split_stacked(" ".join(p.strip() for p in paragraphs[k : j + 1]))
            if len(pieces) > 1:
                out.extend(pieces)
                k = j + 1
                continue
        out.extend(split_stacked(paragraphs[k]))
        k += 1
    return out
