"""The body whose minutes these are: "Socialnämnden", "Kommunstyrelsens arbetsutskott",
"Styrgrupp för …", "Samordningsförbundet Sydnärke", "Föreningen Nordens styrelse".

Found, in this order: after a label that names it ("Organ", "Myndighet", "Nämnd", "Forum");
in a title ("Protokoll från …", "Möte med sektionens styrelse den …", "X protokoll"); or as the
first word in the header that is the name of a body. Never a date and never "Protokoll".
"""

from __future__ import annotations

import re

from .first_names import is_first_name

_HEAD = re.compile(
    r"^[\wåäöÅÄÖé-]*?(?:nämnd(?:en)?|styrelse(?:n)?|utskott(?:et)?|fullmäktige|råd(?:et)?"
    r"|grupp(?:en)?|förbund(?:et)?|kommitté(?:n)?|beredning(?:en)?|nätverk(?:et)?"
    r"|presidi(?:um|et)|delegation(?:en)?)$",
    re.I,
)
_WORD = re.compile(r"[\wåäöÅÄÖéÉ][\wåäöÅÄÖéÉ\-]*")
# Words that never continue a body's name to the right.
_STOP = {
    "protokoll", "protokollet", "sammanträdesprotokoll", "minnesanteckningar", "anteckningar",
    "kallelse", "dagordning", "sammanträdesdatum", "datum", "tid", "plats", "val", "beslut",
    "paragrafer", "justering", "sida", "blad", "kl", "den", "nr", "möte", "mötet",
}  # fmt: skip
_LABELLED = re.compile(
    r"^(?:organ(?:\s+och\s+§§)?|myndighet|nämnd(?:/styrelse)?|forum|grupp|typ av möte)"
    r"(?:\s*[:\t]\s*|\s+)(?P<value>(?-i:[A-ZÅÄÖ]).{2,80})$",
    re.I,
)
# "Mötesprotokoll LiTHe kod", "SIKO protokoll från styrelsemöte", "Kommunala pensionärsrådet
# protokoll": a name written right after or right before the word protokoll in a title.
_AFTER_KIND = re.compile(
    r"^\w*(?:protokoll|anteckningar)\s+(?P<name>(?-i:[A-ZÅÄÖ])[\wåäöÅÄÖ-]*(?:\s+[\wåäöÅÄÖ-]+){0,3})"
    r"\s*$",
    re.I,
)
_BEFORE_KIND = re.compile(r"^(?:\d+\s+)?(?P<name>[A-ZÅÄÖ]{2,}(?:\s+[A-ZÅÄÖ]{2,})?)\s+protokoll\b")
_DEFINITE = {
    "råd": "rådet",
    "styrelse": "styrelsen",
    "nämnd": "nämnden",
    "grupp": "gruppen",
    "utskott": "utskottet",
    "förbund": "förbundet",
    "kommitté": "kommittén",
}
_NOT_BODY = re.compile(
    r"^(?:protokoll|sammanträdesprotokoll|minnesanteckningar|mötesanteckningar|kallelse"
    r"|dagordning|justering|anslag|bevis|underskrift|ordförande|sekreterare|möte|sida)\b",
    re.I,
)
_TRAILING = re.compile(
    r"\s+(?:protokoll|sammanträdesprotokoll|minnesanteckningar|anteckningar|kl\b.*|den\s+\d.*"
    r"|\d+(?:[/.:-]\d+)*(?:\s.*)?)$",
    re.I,
)


def _tidy(name: str) -> str:
    name = " ".join(name.split()).strip(" ,.;:-")
    name = _TRAILING.sub("", name).strip(" ,.;:-")
    if name.isupper():
        name = name.capitalize()
    return name[:1].upper() + name[1:]


def labelled_body(paragraphs: list[str]) -> str:
    for text in paragraphs:
        m = _LABELLED.match(text.strip())
        if m:
            value = re.split(r"\s{2,}|\t|\s+(?=Sammanträdesdatum|Datum|Protokollet)", m["value"])[0]
            value = _tidy(value)
            if value and not _NOT_BODY.match(value) and not re.search(r"\d{4}", value):
                return value
    return ""


def _extend(words: list[str], i: int) -> str:
    """The body's name around its head word words[i]."""
    left = i
    # "Kommunstyrelsens arbetsutskott", "Jämtlands läns landstingsstyrelse", "Kommunala
    # pensionärsrådet", "sektionens styrelse", "Rönnäs fjärdings byaråd".
    while left > 0 and i - left < 3:
        prev = words[left - 1]
        if left < i and prev.lower() in {"föreningen", "förbundet", "sällskapet"}:
            left -= 1  # "Föreningen Nordens styrelse"
            break
        genitive = prev.lower().endswith("s") and len(prev) > 3 and prev.lower() not in _STOP
        genitive = genitive and i - left < 2
        adjective = prev[0].isupper() and prev.endswith(("a", "e")) and prev.lower() not in _STOP
        if (genitive and (prev[0].isupper() or left < i or prev.endswith("ens"))) or (
            adjective and left == i and words[i][0].islower()
        ):
            left -= 1
        else:
            break
    if left == i and i >= 2 and words[i - 1] == "och" and words[i - 2].endswith("-"):
        left = i - 2  # "Social- och äldrenämnden", "Arbetsmarknads- och socialnämnden"
    right = i + 1
    if right < len(words) and words[right].lower() == "för":
        right += 1  # "Styrgrupp för …", "Beslutsgruppen för mål 5b-skärgården"
        kept = []
        while right < len(words) and right - i <= 6 and words[right].lower() not in _STOP:
            word = words[right]
            if len(kept) >= 1 and word[0].isupper() and not words[i].isupper():
                break
            if word.lower() == "sammanträde" and words[i].isupper():
                right += 1  # "BEREDNINGSGRUPPEN FÖR Sammanträde REGIONUTVECKLING": a column
                continue
            kept.append(word)
            right += 1
        return " ".join([*words[left : i + 2], *kept])
    elif (
        right < len(words)
        and words[right][:1].isupper()
        and words[right].lower() not in _STOP
        and not is_first_name(words[right])
        and not words[right].isupper()
    ):
        right += 1  # "Samordningsförbundet Sydnärke"
    return " ".join(words[left:right])


def _indefinite(word: str) -> str:
    for bare, definite in _DEFINITE.items():
        if word.lower().endswith(definite):
            return word[: len(word) - len(definite) + len(bare)]
    return word


def _meeting_word(word: str) -> str:
    """'Styrelsemöte' -> 'Styrelsen', 'Regionrådsmöte' -> 'Regionrådet'."""
    m = re.match(r"^(?P<stem>[\wåäöÅÄÖ]+?)s?möte(?:t)?$", word, re.I)
    if not m:
        return ""
    stem = m["stem"]
    for bare, definite in _DEFINITE.items():
        if stem.lower().endswith(bare):
            return stem + definite[len(bare) :]
    return ""


def body_in(text: str) -> str:
    """The first body named in a line of the header."""
    for pattern in (_AFTER_KIND, _BEFORE_KIND):
        m = None if text.isupper() and pattern is _AFTER_KIND else pattern.match(text)
        first = m["name"].split()[0] if m else ""
        if (
            m
            and not _HEAD.match(first)
            and not _meeting_word(first)
            and not re.search(r"\d", m["name"])
        ):
            name = _tidy(m["name"]) if not m["name"].isupper() else m["name"]
            if name.lower() not in _STOP:
                return name
    words = _WORD.findall(text)
    for i, word in enumerate(words):
        meeting = _meeting_word(word)
        if meeting:
            named = _extend([*words[:i], meeting], i)
            if named != meeting:  # "Föreningen Nordens styrelsemöte": "… Nordens styrelse"
                return _tidy(named[: -len(meeting)] + _indefinite(meeting).lower())
            return _tidy(meeting)
        if not _HEAD.match(word) or len(word) < 4:
            continue
        if word.islower() and i == 0 and len(words) > 8:
            continue
        name = _tidy(_extend(words, i))
        if name and name.lower() not in _STOP:
            return name
    return ""


_TITLE = re.compile(r"^\W*(?:\d+\s+)?\w*(?:protokoll|anteckningar)\b", re.I)


def find_body(paragraphs: list[str], zone: int = 15) -> str:
    head = [p for p in paragraphs if not p.strip().isdigit()][:zone]
    found = labelled_body(paragraphs[: zone * 3])
    if found:
        return found
    for text in head:  # the body named in the title wins ("MINNESANTECKNINGAR … med X")
        if _TITLE.match(text):
            name = body_in(" ".join(text.split()[:12]))
            if name:
                return name
    for k, text in enumerate(head):
        plain = text.replace("\t", " ").strip()
        nxt = head[k + 1].strip() if k + 1 < len(head) else ""
        if plain.isupper() and nxt.isupper():  # a title over two lines in capitals
            plain = f"{plain} {nxt}"
        # A body named in running text ("beslutat i Regionfullmäktige") is not a heading.
        if len(plain) > 100:
            plain = " ".join(plain.split()[:8])
        name = body_in(plain)
        if name:
            return name
    return ""
