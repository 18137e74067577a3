"""Whether a document is minutes at all: a README, a letter, an invoice, a press release or a
kallelse without decisions is refused with a Swedish reason, and nothing is stored.

Minutes must never be refused: a title that calls the document minutes, or the signs of a held
meeting (a date with people or decisions), keep it. Another kind of document says what it is in
its first line ("Faktura", "Pressmeddelande", "Tjänsteskrivelse"), or reads as a letter ("Hej!",
"Med vänliga hälsningar") with no list of who was there.
"""

from __future__ import annotations

import re

from bot.texts import files as t

from .model import NotMinutesError, ParsedMinutes
from .titles import dated_title

# "Protokoll", "SAMMANTRÄDESPROTOKOLL", "Mötesprotokoll LiTHe kod", "ANTECKNINGAR": a title
# that says these are minutes.
_MINUTES_WORD = re.compile(
    r"\w*(?:protokoll|anteckningar)\b|\bprotokollförare\b|\bjusterare\b|\bjusteras\b", re.I
)
# The first word of another kind of document, and how a sentence names it.
_OTHER_KINDS = {
    "faktura": "en faktura",
    "fakturaunderlag": "en faktura",
    "kvitto": "ett kvitto",
    "pressmeddelande": "ett pressmeddelande",
    "tjänsteskrivelse": "en tjänsteskrivelse",
    "tjänsteutlåtande": "ett tjänsteutlåtande",
    "nyhetsbrev": "ett nyhetsbrev",
    "inbjudan": "en inbjudan",
    "offert": "en offert",
}
_OTHER_KIND = re.compile(rf"^\W*(?P<kind>{'|'.join(_OTHER_KINDS)})\b", re.I)
_LETTER = re.compile(
    r"^(?:hej|hejsan|bästa|till\s*:|från\s*:|ämne\s*:|skickat\s*:)(?:\W|$)"
    r"|^med\s+vänlig(?:a)?\s+hälsning(?:ar)?\b|^vänliga\s+hälsningar\b",
    re.I,
)


def titled_minutes(paragraphs: list[str]) -> bool:
    """A title near the top that calls the document minutes (not a sentence about them)."""
    if dated_title(paragraphs):  # "… Sändlista … Minnesanteckningar X 27 maj 2015" mid-line
        return True
    for text in [p for p in paragraphs if not p.strip().isdigit()][:6]:
        if re.match(r"^[-*•]\s", text):
            continue  # a list ("- `protokoll/`" in a README), not a title
        for m in _MINUTES_WORD.finditer(text[:300]):
            if text[m.end() : m.end() + 1] in ("/", "`", "."):
                continue
            if len(text[: m.start()].split()) <= 3 or len(text) <= 120:
                return True
    return False


def _other_kind(paragraphs: list[str]) -> str:
    """'ett pressmeddelande' when the first lines say the document is one, else ''."""
    for text in [p for p in paragraphs if p.strip() and not p.strip().isdigit()][:3]:
        m = _OTHER_KIND.match(text)
        if m:
            return _OTHER_KINDS[m["kind"].lower()]
    return ""


def _letter(paragraphs: list[str]) -> bool:
    return any(_LETTER.match(p.strip()) for p in paragraphs[:60])


def refuse_if_not_minutes(
    result: ParsedMinutes, paragraphs: list[str], notices: bool, listed: int
) -> None:
    """Raise NotMinutesError unless the document reads as minutes; `listed` counts the people
    named in lists of attendance (not those seen speaking in the text)."""
    if result.kind in ("kallelse", "dagordning") and not result.decisions and not notices:
        raise NotMinutesError(t.NOTICE if result.kind == "kallelse" else t.AGENDA_ONLY)
    titled = titled_minutes(paragraphs)
    if not titled and listed < 2:
        other = _other_kind(paragraphs)
        if other:
            raise NotMinutesError(t.OTHER_KIND.format(kind=other))
        if _letter(paragraphs):
            raise NotMinutesError(t.LETTER)
    signals = [
        result.date is not None,
        len(result.attendees) >= 2,
        bool(result.decisions),
        bool(result.groups),
    ]
    if titled and (sum(signals) >= 1 or len(result.agenda) >= 2):
        return
    if sum(signals[:3]) == 0 or (sum(signals) == 1 and not result.kind and len(result.agenda) < 2):
        raise NotMinutesError(t.NOT_MINUTES)
