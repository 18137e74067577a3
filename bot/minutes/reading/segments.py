"""Cut run-together header text at its labels: "Plats och tid … Beslutande … Övriga deltagande …".

Text taken from a PDF page by page often comes out as one long line per page: the labels of the
front page ("Plats och tid", "Beslutande", "Utses att justera", "Underskrifter") stand in the
middle of the line, each followed by its value. A paragraph with two or more such labels is cut
before each of them, so that everything after reads "label value" the way a table row would.
"""

from __future__ import annotations

import re

from .repeated_agenda import cut_repeated

LABELS = (
    # who was there
    "Beslutande ledamöter", "Beslutande", "Närvarande ledamöter", "Närvarande ersättare",
    "Närvarande", "Ordinarie ledamöter", "Ledamöter", "Tjänstgörande ersättare",
    "Ej tjänstgörande ersättare", "Ej tjänstgörande", "Ej beslutande ersättare",
    "Icke tjänstgörande ersättare",
    "Ersättare", "Suppleanter", "Övriga närvarande", "Övriga deltagande", "Övriga deltagare",
    "Dessutom närvarande", "Dessutom", "Deltagande", "Deltagare",
    "Adjungerade", "Tjänstemän", "Tjänstepersoner",
    "Frånvarande", "Anmält förhinder", "Anmälda förhinder", "Ej närvarande", "Närvarolista",
    "Förhindrade", "Förhindrad", "Meddelat förhinder", "Avbön", "Avbud", "Anmält avbud",
    "Återbud", "Frånvarande ersättare", "Ej deltagande",
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


_LABEL = re.compile(
    rf"(?<![\wÅÄÖåäö/-])(?:{_alternatives()}|(?:Plats|Lokal|Tid|Datum)(?=:)"
    # "Övriga Lena Fagerlund …", "Övriga Nils-Gunnar Ernstson": the label before a name
    r"|Övriga(?=\s+[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?\s+[A-ZÅÄÖ])"
    # "… vån 1 ande Håkan Wretling": Närvarande or Beslutande with its head cut off, as
    # transcripts of a front page's table often give it, also in a template of colons ("Plats
    # och tid: Sessionssalen, kl 14:00-16:35 ande: Carl Fredrik Graf (M) …")
    r"|ande(?=:?\s+[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?\s+[A-ZÅÄÖ]))(?![\wÅÄÖåäö])"
    r"(?!\s+för\s)"  # "Ersättare för Solveig Danell": a note on the name before, no label
)


# Labels of an attendance list: one of them inside a long run is enough to cut there.
_LIST = re.compile(
    r"(?:Deltagande|Deltagare|Närvarande|Beslutande|Frånvarande|Övriga närvarande"
    r"|Ledamöter|Tjänstgörande ersättare)$",
    re.I,
)


def label_at_start(text: str) -> str:
    m = _LABEL.match(text)
    return " ".join(m[0].split()) if m else ""


# The words a label starts with, as written (the pattern has no re.I): "Plats" for "Plats och
# tid", "ANSLAG" for "ANSLAG/BEVIS", "Övriga" and "ande" for the names' labels
_FIRST_WORDS = frozenset(
    {re.match(r"\w+", form)[0] for label in LABELS for form in (label, label.upper())}
    | {"Plats", "Lokal", "Tid", "Datum", "Övriga", "ande"}
)
_WORD = re.compile(r"\w+")


def labels_in(paragraph: str) -> list[re.Match]:
    """What _LABEL.finditer(paragraph) finds, tried only where a word starts that a label can
    start with: every label starts a word, and the pattern, tried at every position of every
    long paragraph, was most of the cost of cutting."""
    found: list[re.Match] = []
    end = 0
    for word in _WORD.finditer(paragraph):
        if word.start() >= end and word[0] in _FIRST_WORDS:
            m = _LABEL.match(paragraph, word.start())
            if m:
                end = m.end()
                found.append(m)
    return found


# A role word right after a name and its comma is that person's role, not the next label:
# "Ingvar Smedlund, Ordförande (M) Ulrika Ornbrant, …", "Carl Johan Sonesson (M), Ordförande
# Annette Linander (C), 1:e vice ordförande …", "Lars Holmström PRO, Ordförande Uno …": cutting
# there split the list of those deciding. "Helena Stenberg, (s), Piteå, Tjänstgörande ersättare
# Beslutande partirepresentanter …": the label set after the one it labels.
_ROLE_LABEL = re.compile(
    r"(?:Ordförande|Sekreterare|Justerare|Ersättare|Tjänstgörande\s+ersättare)$"
)
# the name, or its party or organisation after it ("Lars Holmström PRO, Ordförande Uno …")
_AFTER_NAME = re.compile(r"(?:[A-Za-zÅÄÖåäöé]|\([A-ZÅÄÖa-zåäö]{1,3}\)),\s*$")


def _role_of_name_before(paragraph: str, m: re.Match) -> bool:
    return bool(_ROLE_LABEL.match(m[0])) and bool(
        _AFTER_NAME.search(paragraph, max(0, m.start() - 8), m.start())
    )


def cut(paragraph: str) -> list[str]:
    """The paragraph in pieces, each starting at a label (the first piece may have none)."""
    if "\t" in paragraph or len(paragraph) < 80:
        return [paragraph]
    found = [m for m in labels_in(paragraph) if not _role_of_name_before(paragraph, m)]
    starts = [m.start() for m in found]
    inner = [s for s in starts if s > 0]
    # A label with a colon ("… i Stockholm Närvarande: Pia Södergren, …") counts as two.
    strong = any(
        paragraph[m.end() : m.end() + 1] == ":"
        or (len(paragraph) > 300 and _LIST.match(m[0]) and m[0][0].isupper())
        for m in found
        if m.start() > 0
    )
    if (len(starts) < 2 and not strong) or not inner:
        return [paragraph]
    pieces, last = [], 0
    for s in inner:
        piece = paragraph[last:s].strip()
        if piece:
            pieces.append(piece)
        last = s
    pieces.append(paragraph[last:].strip())
    return pieces


# "1. Sammanträdets öppnande", "§ 4 Budget", and the parts of an item lettered under its
# number: "1.a Protokolljusterare", "1.b Anmälan av föregående protokoll", "2.a Finansiering"
_ITEM = re.compile(
    r"(?:(?<=\s)|^)(?:§\s*(?P<sign>\d{1,4})|(?P<n>\d{1,2})\.(?P<sub>[a-h](?![\w.]))?)\s+"
    r"(?=[A-ZÅÄÖ])"
)
# What every mark of _ITEM without a "§" holds: "1." (cheap to look for; _ITEM is not)
_NUMBER_DOT = re.compile(r"\d\.")


def _follows(before: tuple[int, str], after: tuple[int, str]) -> bool:
    """Whether item `after` comes right after `before`: 1 → 2, 1 → 1.a → 1.b → 2 (or 2.a)."""
    (n, sub), (m, nxt) = before, after
    if m == n:
        return bool(nxt) and nxt == (chr(ord(sub) + 1) if sub else "a")
    return m == n + 1 and nxt in ("", "a")


def cut_items(paragraph: str) -> list[str]:
    """A page of text on one line, its items numbered in turn ("1. Fastställande av dagordning
    Dagordningen fastställdes … 2. Föregående protokoll …"): one piece per item. A lettered
    part ("1.a Protokolljusterare Till protokolljusterare utses …") is cut after its title too,
    so that it reads as a heading over its text."""
    if len(paragraph) < 150 or "\t" in paragraph:
        return [paragraph]
    if "§" not in paragraph and not _NUMBER_DOT.search(paragraph):
        return [paragraph]  # no mark can be there: _ITEM, tried at every position, is spared
    marks = [
        ((int(m["sign"] or m["n"]), m["sub"] or ""), m.start()) for m in _ITEM.finditer(paragraph)
    ]
    best: list[int] = []
    for k, (number, _) in enumerate(marks):
        chain, last = [k], number
        for j in range(k + 1, len(marks)):
            if _follows(last, marks[j][0]):
                chain.append(j)
                last = marks[j][0]
        if len(chain) > len(best):
            best = chain
    if len(best) < 2:
        return [paragraph]
    starts = [marks[k][1] for k in best]
    pieces = [paragraph[: starts[0]].strip()] if starts[0] > 0 else []
    for k, a, b in zip(best, starts, [*starts[1:], len(paragraph)], strict=True):
        piece = paragraph[a:b].strip()
        if marks[k][0][1]:
            from .sections import split_title

            head, _, text = piece.partition(" ")
            title, rest = split_title(text)
            if title and rest:
                pieces.extend([f"{head} {title}", rest])
                continue
        pieces.append(piece)
    return [p for p in pieces if p]


# The labels as OCR or an ASCII-only export leaves them, their å, ä and ö lost ("Narvarande",
# "Ovriga deltagare", "Tjanstgorande ersattare"), or a typist's swapped letters ("tgj ers").
# None of these spellings is a Swedish word of its own, so each is put back wherever it stands
# as a whole word.
_FOLDED = {
    "narvarande": "närvarande", "franvarande": "frånvarande", "ledamoter": "ledamöter",
    "ovriga": "övriga", "tjanstgorande": "tjänstgörande", "ersattare": "ersättare",
    "anmalt": "anmält", "forhinder": "förhinder", "ordforande": "ordförande",
    "tjanstepersoner": "tjänstepersoner", "narvaro": "närvaro",
    "tgj": "tjg",  # "tgj ers för Eva Ek": tjänstgörande with two letters swapped
}  # fmt: skip
_FOLDED_WORD = re.compile(rf"\b(?:{'|'.join(_FOLDED)})\b", re.I)


def _unfold(match: re.Match) -> str:
    word = _FOLDED[match[0].lower()]
    if match[0].isupper():
        return word.upper()
    return word[0].upper() + word[1:] if match[0][0].isupper() else word


# Characters that re.I takes for an ASCII letter where str.lower() does not make them one
# (long s, Kelvin sign, dotless and dotted i): a paragraph with one is left to the pattern.
_ODD_CASE = re.compile("[ſ\u212aıİ]")


def restore_labels(paragraph: str) -> str:
    """'Fullmaktige Narvarande Jakob Andersson …' -> '… Närvarande Jakob Andersson …'."""
    # a substring test per spelling in the lowered paragraph: far cheaper than one search of
    # the twelve as an alternation, which is tried at every position
    low = paragraph.lower()
    if not any(word in low for word in _FOLDED) and not _ODD_CASE.search(paragraph):
        return paragraph  # none of the spellings in it (nearly every paragraph): no search
    return _FOLDED_WORD.sub(_unfold, paragraph)


def cut_all(paragraphs: list[str]) -> list[str]:
    from .sections import cut_paragraphs, cut_parts

    paragraphs = cut_repeated([restore_labels(p) for p in paragraphs])
    pieces = [piece for p in paragraphs for piece in cut(p)]
    pieces = _across_page_breaks([part for p in cut_paragraphs(pieces) for part in cut_parts(p)])
    return [item for p in pieces for item in cut_items(p)]


def _across_page_breaks(pieces: list[str]) -> list[str]:
    """'Kommunstyrelsen beslutar' / 'Justerandes sign' / 'Utdragsbestyrkande' / 'att godkänna
    …': a sentence that runs over a page break, the page's footer between its halves. The
    halves are one sentence again (the decision reads whole), the footer goes."""
    from .sections import is_page_footer

    footers = [len(p) < 60 and is_page_footer(p) for p in pieces]
    if not any(footers):
        return pieces
    result: list[str] = []
    k = 0
    while k < len(pieces):
        j = k
        while j < len(pieces) and footers[j]:
            j += 1
        if (
            j > k and result and j < len(pieces)
            and not result[-1].rstrip().endswith((".", "!", "?", ":"))
            and pieces[j][:1].islower()
        ):
            result[-1] = f"{result[-1].rstrip()} {pieces[j].lstrip()}"
            k = j + 1
            continue
        result.append(pieces[k])
        k += 1
    return result
