"""Cut run-together header text at its labels: "Plats och tid … Beslutande … Övriga deltagande …".

Text taken from a PDF page by page often comes out as one long line per page: the labels of the
front page ("Plats och tid", "Beslutande", "Utses att justera", "Underskrifter") stand in the
middle of the line, each followed by its value. A paragraph with two or more such labels is cut
before each of them, so that everything after reads "label value" the way a table row would.
"""

from __future__ import annotations

import re

LABELS = (
    # who was there
    "Beslutande ledamöter", "Beslutande", "Närvarande ledamöter", "Närvarande ersättare",
    "Närvarande", "Ordinarie ledamöter", "Ledamöter", "Tjänstgörande ersättare",
    "Ej tjänstgörande ersättare", "Ej beslutande ersättare", "Icke tjänstgörande ersättare",
    "Ersättare", "Suppleanter", "Övriga närvarande", "Övriga deltagande", "Övriga deltagare",
    "Dessutom närvarande", "Dessutom", "Adjungerade", "Tjänstemän", "Tjänstepersoner",
    "Frånvarande", "Anmält förhinder", "Anmälda förhinder", "Ej närvarande", "Närvarolista",
    "Sekreterare", "Ordförande", "Utses att justera", "Justerare", "Justerande",
    # the meeting
    "Plats och tid", "Tid och plats", "Sammanträdestid", "Sammanträdesplats",
    "Sammanträdesdatum", "Mötesdatum", "Paragrafer", "Justeringens plats och tid",
    "Underskrifter", "Underskrift", "ANSLAG/BEVIS", "BEVIS OM ANSLAG", "Anslagsbevis",
    "Organ", "Myndighet", "Förvaringsplats för protokollet", "Datum för anslags uppsättande",
    "Datum för anslags nedtagande", "Datum då anslaget tas ner", "Anslagsdatum", "Ärendelista",
    "Innehållsförteckning", "Föredragningslista",
)  # fmt: skip


def _alternatives() -> str:
    forms = set()
    for label in LABELS:
        forms.add(label)
        forms.add(label.upper())
    parts = sorted(forms, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts)


_LABEL = re.compile(rf"(?<![\wÅÄÖåäö/-])(?:{_alternatives()})(?![\wÅÄÖåäö])")


def label_at_start(text: str) -> str:
    m = _LABEL.match(text)
    return " ".join(m[0].split()) if m else ""


def cut(paragraph: str) -> list[str]:
    """The paragraph in pieces, each starting at a label (the first piece may have none)."""
    if "\t" in paragraph or len(paragraph) < 60:
        return [paragraph]
    starts = [m.start() for m in _LABEL.finditer(paragraph)]
    inner = [s for s in starts if s > 0]
    if len(starts) < 2 or not inner:
        return [paragraph]
    pieces, last = [], 0
    for s in inner:
        piece = paragraph[last:s].strip()
        if piece:
            pieces.append(piece)
        last = s
    pieces.append(paragraph[last:].strip())
    return pieces


def cut_all(paragraphs: list[str]) -> list[str]:
    return [piece for p in paragraphs for piece in cut(p)]
