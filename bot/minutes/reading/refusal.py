"""Whether a document is minutes at all: a README, a letter, an invoice, a press release or a
kallelse without decisions is refused with a Swedish reason, and nothing is stored.

Minutes must never be refused: a title that calls the document minutes, or the signs of a held
meeting (a date with people or decisions), keep it. Another kind of document says what it is in
its first line ("Faktura", "Pressmeddelande", "Tjänsteskrivelse"), or reads as a letter ("Hej!",
"Med vänliga hälsningar") with no list of who was there.

A kallelse names whom it calls ("Kallade", "ledamöter kallas"), never who was present: a label
over those present ("Närvarande", "Beslutande", "Utses att justera") marks the record of a held
meeting whatever its heading says, and a kallelse without one is an invitation even when a
sentence of its underlag reads like a decision ("I samband med budgetarbetet fattades beslut om
…"). A news item or a report about a meeting names people in running prose; in a text that no
title calls minutes, people seen only there are not a list of attendance.
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
# The labels over those present at a held meeting and over its justering (capitalised, as
# labels are: "samtliga närvarande" in prose and "Deltagande i gemensam nämnd" as an item's
# title are no such label), and the list of attendance kept apart ("Enligt närvarolista").
_PRESENCE = re.compile(
    r"(?<![\wåäöÅÄÖ])(?:Närvarande|NÄRVARANDE|Beslutande|BESLUTANDE|Deltagare|DELTAGARE"
    r"|Frånvarande|FRÅNVARANDE|Justerande|Justeras|Justeringens|Utses att justera|Närv\.?:"
    r"|[Nn]ärvarolista|NÄRVAROLISTA|[Nn]ärvaroförteckning|[Tt]jänstgöringslista)"
)
# parser._speakers' group for people seen only speaking in the text
_IN_TEXT = "i texten"
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


def _records_presence(paragraphs: list[str]) -> bool:
    return any(_PRESENCE.search(p) for p in paragraphs)


def refuse_if_not_minutes(
    result: ParsedMinutes, paragraphs: list[str], notices: bool, listed: int
) -> None:
    """Raise NotMinutesError unless the document reads as minutes; `listed` counts the people
    named in lists of attendance (not those seen speaking in the text)."""
    titled = titled_minutes(paragraphs)
    if result.kind in ("kallelse", "dagordning") and not notices:
        held = _records_presence(paragraphs)
        if not result.decisions and not held:
            raise NotMinutesError(t.NOTICE if result.kind == "kallelse" else t.AGENDA_ONLY)
        if result.kind == "kallelse" and not held and not titled and listed < 2:
            raise NotMinutesError(t.NOTICE_NOBODY_PRESENT)
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
    if not titled and not result.kind and not result.decisions and len(result.agenda) < 2:
        recorded = [a for a in result.attendees if a.group != _IN_TEXT]
        if len(recorded) < 2 and not _records_presence(paragraphs):
            raise NotMinutesError(t.REPORT)  # a date and a name or two in running prose
