"""Results a meeting records without one of the usual verbs of deciding.

Secretaries of associations, årsmöten and boards write some of the meeting's rulings as a
declaration, an answer to the chair's question, a passive with "blev" or an election cut to its
name; verdicts.is_decision asks here when its own verbs found nothing:
- "Mötet förklarades behörigt utlyst.", "Stämman förklarades vara beslutsmässig.": the chair
  declares, on the meeting's behalf, what the meeting then stands on;
- "Frågan om ansvarsfrihet besvaras med ja.", "… besvarades jakande": the meeting answers the
  question put to it, which is how an årsmöte decides;
- "Protokollet blev godkänt av styrelsen.", "Budgeten blev antagen.": a passive of an event;
- "Sven-Erik Jonsson valdes.", "Anna Berg och Per Lind valdes.": an election under a heading
  such as "Val av justerare", the post said by the heading;
- "Sekr. för mötet = Ragnhild Hallsten.": the meeting's post and whom it chose, the verb left
  out for an equals sign (or a colon, with the meeting named).
Whether the meeting was duly called is a fact the meeting finds ("Mötet ansågs behörigen
utlyst", "Frågan om mötet blivit behörigen utlyst besvaras med ja"), not a ruling, unless it is
declared so.
"""

from __future__ import annotations

import re

_NOT_YET = re.compile(
    r"\b(?:inte|ej|icke|ska|skall|kommer\s+att|bör|kan|kunde|måste)\s+(?:\w+\s+){0,3}$",
    re.I,
)
_DECLARED = re.compile(
    r"\bförklara(?:s|des|de|r)?\s+(?:[\wåäö]+\s+){0,3}?(?:vara\s+|för\s+)?"
    r"(?:(?:behörig(?:t|en|a)?|stadgeenligt|stadgeenlig|laga)\s+(?:utlyst|utlysta|kallat|kallad"
    r"|sammankallat|sammankallad)|beslut(?:smässig|smässigt|smässiga|för|ört|föra))\b",
    re.I,
)
_ANSWERED = re.compile(
    r"\bbesvara(?:s|des)\s+(?:med\s+(?:ett\s+)?(?:ja|nej)\b|jakande|nekande)", re.I
)
_CALLED = re.compile(r"\butlys|\butlyst", re.I)
_BECAME = re.compile(
    r"\bblev\s+(?:också\s+|även\s+|enhälligt\s+)?(?:godkänd|godkänt|godkända|antagen|antaget"
    r"|antagna|vald|valda|omvald|omvalda|beviljad|beviljat|beviljade|fastställd|fastställt"
    r"|fastställda|bifallen|bifallet|bifallna|beslutad|beslutat)\b"
    r"(?P<agent>\s+av\s+(?P<who>[\wåäöÅÄÖ-]+))?",
    re.I,
)
# Who may have approved it: the meeting itself, named as minutes name themselves
_OWN_AGENT = re.compile(
    r"^(?:styrelsen|mötet|årsmötet|stämman|gruppen|rådet|nämnden|utskottet|direktionen"
    r"|medlemmarna|samtliga|alla|oss|deltagarna)$",
    re.I,
)
_NAME = r"[A-ZÅÄÖ][\wåäöéü-]+(?:\s+[A-ZÅÄÖ][\wåäöéü-]+)+"
_ELECTED = re.compile(rf"^(?:{_NAME})(?:\s*(?:,|och)\s*(?:{_NAME}))*\s+(?:om)?valdes\s*[.!]?\s*$")
# "Sekr. för mötet = Ragnhild Hallsten.", "Ordförande för årsmötet: Per Lind": the meeting's
# post and whom it chose, an equals sign or a colon for the verb
_POST_GIVEN = re.compile(
    rf"^(?:ordf(?:örande)?|sekr(?:eterare)?)\.?\s+för\s+(?:dagens\s+)?(?:års)?mötet\s*[=:]\s*"
    rf"{_NAME}(?:\s*(?:,|och)\s*{_NAME})*\s*[.!]?$"
    rf"|^(?:justerare|justeringsm[aä]n|rösträknare)\s*=\s*{_NAME}(?:\s*(?:,|och)\s*{_NAME})*"
    rf"\s*[.!]?$",
    re.I,
)


def ruled(text: str) -> bool:
    """True when `text` records one of the rulings above."""
    for m in _DECLARED.finditer(text):
        if not _NOT_YET.search(text[: m.start()]):
            return True
    m = _ANSWERED.search(text)
    if m and not _CALLED.search(text) and not _NOT_YET.search(text[: m.start()]):
        return True
    m = _BECAME.search(text)
    if m and not _NOT_YET.search(text[: m.start()]):
        return not m["agent"] or bool(_OWN_AGENT.match(m["who"]))
    return bool(_ELECTED.match(text.strip()) or _POST_GIVEN.match(text.strip()))
