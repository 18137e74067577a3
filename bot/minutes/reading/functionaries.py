"""The meeting's own functionaries: whom the minutes elect to chair, keep and approve this meeting
("Till mötesordförande väljs Roney Petersson.", "Val av justerare för mötet: Rigmor Tickols.",
"Regionfullmäktige utser Anna Ek (S) att jämte ordföranden justera protokollet") and who signs
them at their end ("Marie Cederberg, sekreterare").

Every Swedish meeting elects a chair, a secretary and one or two justerare among those there,
and they sign the minutes; an årsmöte or a board's minutes in prose often name nobody else, and a
§ protokoll's list of those present may be lost from a transcript. Only the roles of this meeting
count: "Till ordförande valdes X" alone is the association's chair for a year, who need not be
there, so a chair or secretary must be "för mötet" (or "mötesordförande"); justerare and
rösträknare are always the meeting's.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from .names import split_name

# the meeting's own roles; "ordförande"/"sekreterare" only with the meeting named
_ROLE = (
    r"(?:mötes|årsmötes|stämmo)?(?:ordförande[n]?|sekreterare[n]?)\s+(?:för|på|vid)\s+"
    r"(?:dagens\s+|detta\s+)?(?:års|extra\s+)?(?:mötet|möte|stämman|sammanträdet)"
    r"|(?:mötes|årsmötes|stämmo)(?:ordförande[n]?|sekreterare[n]?)|protokollförare"
    r"|justerare|justeringsm[aä]n(?:nen)?|justeringsperson(?:er)?|protokolljusterare"
    r"|rösträknare"
)
_VERB = r"(?:valdes|väljs|utsågs|utses|omvaldes|nyvaldes)"
_ADJUST = r"att\s+(?:jämte\s+\w+\s+|tillsammans\s+med\s+\w+\s+)?justera\b"
# the role first, the names after: "Till justerare väljs John Ilar och Barbro Olofsson",
# "Att justera dagens protokoll valdes Gunnar Hallsten", "Val av sekreterare för mötet: X."
_ROLE_FIRST = re.compile(
    rf"\b(?:[Tt]ill\s+(?:\w+\s+)?(?:{_ROLE})|[Aa]tt\s+(?:jämte\s+\w+\s+)?justera(?:\s+\w+){{0,3}})"
    rf"(?:\s+(?:och|samt)\s+(?:\w+\s+)?(?:{_ROLE}))?[^.;:]{{0,30}}?\s+{_VERB}\b,?\s*(?P<who>[^.;]*)"
    rf"|\bVal\s+av\s+(?:\w+\s+)?(?:{_ROLE})[^.;:]{{0,40}}(?::\s*(?P<listed>[^.;]*)|$)"
)
# the names first: "Rickard Norberg utsågs att tillsammans med ordförande justera", "att utse
# Pär Westberg till ordförande för årsmötet samt Elsie Bäcklund Sandberg till sekreterare för mötet"
_ROLE_AFTER = re.compile(rf"(?:\s+{_VERB})?\s+(?:till\s+(?:{_ROLE})|{_ADJUST})")
# "Sekr. för mötet = Ragnhild Hallsten.": the post, an equals sign for the verb, the name
_POST_EQUALS = re.compile(
    r"\b(?P<post>ordf|sekr|ordförande|sekreterare)\.?\s+för\s+(?:dagens\s+)?(?:års)?mötet\s*="
    r"\s*(?P<who>[^.;=]*)",
    re.I,
)
# "§3 Val av två justerare tillika rösträknare" over "Valdes Berit Jonsson och Åke Nordenberg"
_ELECTED_LINE = re.compile(rf"^\W*{_VERB}\s+(?P<who>[^.;]+)", re.I)
_ROLE_IN_HEADING = re.compile(rf"\b(?:{_ROLE})\b", re.I)
# "Marie Cederberg, sekreterare" on a line of its own at the end: the minutes' signatures
_SIGNATURE = re.compile(
    r"^\W{0,3}(?P<name>[^,\d]{4,40}),\s*(?P<role>(?:mötes)?(?:sekreterare|ordförande)|sekr|ordf"
    r"|justerare|justeringsman|protokollförare|vid\s+protokollet)\W{0,3}$",
    re.I,
)
# a capitalised word that opens the sentence before a name: "Att Yvonne Holm justerar", "Valdes X"
_NOT_FIRST = re.compile(rf"{_VERB}|att|till|och|samt|som|av|även", re.I)
_PARENS = re.compile(r"\s*\([^()]{0,40}\)")
_PARTS = re.compile(r",|;|\s+och\s+|\s+samt\s+|\s+&\s+")
_SENTENCE_END = re.compile(r"(?<=[a-zåäö)])[.!?]\s")
# words one of the patterns needs, found by plain substring search before any regex: the reader's
# speed is measured (bench_parse), and most paragraphs elect nobody
_CUES = ("just", "Just", "JUST", "mötes", "Mötes", "för mötet", "rösträkn", "stämman", "årsmötet")
_ROLE_OF = {"sekr": "secretary", "ordf": "chair", "protokollförare": "secretary"}


def _with_words(paragraphs: list[str], words: tuple[str, ...]) -> set[int]:
    """Indexes of the paragraphs that hold any of `words`: one plain search of the whole text a
    word, cheaper than a regex or a search in every paragraph."""
    joined = "\n".join(paragraphs)
    starts = list(accumulate((len(p) + 1 for p in paragraphs[:-1]), initial=0))
    found: set[int] = set()
    for word in words:
        i = joined.find(word)
        while i != -1:
            k = bisect_right(starts, i) - 1
            found.add(k)
            i = joined.find(word, starts[k + 1]) if k + 1 < len(starts) else -1
    return found


def _names(text: str, role: str = "") -> list[tuple[str, str]]:
    """The people in a list ('John Ilar och Barbro Olofsson, att jämte …', 'förbundets
    generalsekreterare Agneta Sjöqvist'): each part's name, after any lower-case words before it,
    with the role those words give ('och sekreterare Ingvar Svanborg') or else `role`."""
    found: list[tuple[str, str]] = []
    for part in _PARTS.split(_PARENS.sub("", text)):
        words = part.split()
        before = []
        while words and (not words[0][:1].isupper() or _NOT_FIRST.fullmatch(words[0])):
            before.append(words.pop(0))  # "sekreterare Ingvar Svanborg", "på förslag av …"
        name, rest = split_name(" ".join(words))
        if name and name not in [n for n, _ in found]:
            found.append((name, _role_in(" ".join(before)) or role))
    return found


def _names_before(text: str) -> list[str]:
    """The run of names that ends `text` ('… beslutade att utse Pär Westberg')."""
    tail = _SENTENCE_END.split(_PARENS.sub("", text))[-1]
    found: list[str] = []
    for part in reversed(_PARTS.split(tail)):
        words = part.split()
        name = ""
        for k in range(len(words)):
            if _NOT_FIRST.fullmatch(words[k]):
                continue  # "Utsågs Mats Sandström att jämte ordföranden justera"
            name, rest = split_name(" ".join(words[k:]))
            if name and not rest:
                break
            name = ""
        if not name:
            break
        found.insert(0, name)
        if len(words) > len(name.split()):
            break  # "utse Pär Westberg": the list began with her
    return found


def functionaries(paragraphs: list[str]) -> list[tuple[str, str]]:
    """(name, role) of the meeting's chair, secretary and justerare as the text elects them or
    as they sign it; role is "chair", "secretary", "adjuster" or ""."""
    found: dict[str, str] = {}
    cued = _with_words(paragraphs, _CUES)
    elected = _with_words(paragraphs, _ELECTION_CUES)
    for k, text in enumerate(paragraphs):
        if k in cued:
            for m in _ROLE_FIRST.finditer(text):
                group = "who" if m["who"] is not None else "listed"
                head = m.start(group) if m[group] is not None else m.end()
                role = _role_in(text[m.start() : head])
                named = _names(m[group] or "", role)
                if not named and m.end() == len(text) and k + 1 < len(paragraphs):
                    # "… valdes, på förslag av styrelsen, kassören" / "Lisa Åberg.": the
                    # paragraphs were cut before the name
                    named = _names(_SENTENCE_END.split(paragraphs[k + 1])[0], role)[:2]
                for name, named_role in named:
                    found.setdefault(name, named_role)
            for m in _ROLE_AFTER.finditer(text):
                for name in _names_before(text[: m.start()]):
                    found.setdefault(name, _role_in(m[0]))
            for m in _POST_EQUALS.finditer(text):
                for name, role in _names(m["who"], _role_in(m["post"])):
                    found.setdefault(name, role)
        line = _ELECTED_LINE.match(text) if k in elected else None
        if line and k and _ROLE_IN_HEADING.search(paragraphs[k - 1]):
            for name, role in _names(line["who"], _role_in(paragraphs[k - 1])):
                found.setdefault(name, role)
    found.update((n, r) for n, r in _signatures(paragraphs) if n not in found)
    return list(found.items())


def _signatures(paragraphs: list[str]) -> list[tuple[str, str]]:
    """The lines 'Name, sekreterare' / 'Name, justerare' that end the minutes."""
    tail = [_SIGNATURE.match(p.strip()) for p in paragraphs[-8:]]
    signed = [m for m in tail if m]
    if not any(re.search(r"sekr|just|protokoll", m["role"], re.I) for m in signed):
        return []  # a chair's line alone is no signature block
    found = []
    for m in signed:
        name, rest = split_name(m["name"])
        if name and not rest:
            found.append((name, _role_in(m["role"])))
    return found


def _role_in(text: str) -> str:
    low = text.lower()
    if "just" in low:
        return "adjuster"
    for word, role in _ROLE_OF.items():
        if word in low:
            return role
    return ""


# An election's result names who was elected, not who was there: "Ordförande, vald på två år:
# Bitte Holmquist, nyval.", "Marie Cederberg, omval.", and the lines under "Till styrelse valdes:"
_ELECTED = re.compile(
    r"\b(?:vald|valda|valdes|väljs|omvald|omvalda|omvaldes|nyvald|nyvalda|nyvaldes|omval|nyval"
    r"|nyväljs|omväljs)\b",
    re.I,
)
_OF_THE_MEETING = re.compile(
    r"närvar|deltag|deltog|frånvar|förhinder|justera|mötes|för\s+mötet|protokoll|rösträkn", re.I
)
_ELECTION_START = re.compile(
    r"^\W*(?:§\s*\d+\W*)?(?:(?:väljs|valdes|omvaldes|nyvaldes|nyväljs)\b|till\s+\w+(?:\s+\w+){0,5}"
    r"\s+(?:valdes|väljs|omvaldes|nyvaldes|nyväljs)\b)",
    re.I,
)
_ELECTION_INTRO = re.compile(r"\b(?:valdes|väljs|valda|omvaldes|nyvaldes)\s*:\s*$", re.I)
_ELECTION_CUES = ("val", "Val", "VAL", "välj", "Välj", "VÄLJ")
_NEW_POINT = re.compile(r"^\W*(?:§|\d{1,2}[.)]\s)")


def election_lines(paragraphs: list[str]) -> set[int]:
    """Indexes of the lines that report an election's result, to be read as no attendance."""
    found: set[int] = set()
    under = 0  # lines left under an "… valdes:" that introduced them
    cued = _with_words(paragraphs, _ELECTION_CUES)
    for k, text in enumerate(paragraphs):
        if not under and k not in cued:
            continue
        if under and (_NEW_POINT.match(text) or len(text.split()) > 20):
            under = 0
        if under:
            found.add(k)
            under -= 1
            continue
        if not _ELECTED.search(text) or _OF_THE_MEETING.search(text):
            continue
        label, colon, _ = text.partition(":")
        if (
            (colon and _ELECTED.search(label))
            or re.search(r"\b(?:omval|nyval)\W*$", text, re.I)
            or _ELECTION_START.match(text)
        ):
            found.add(k)
        if _ELECTION_INTRO.search(text):
            found.add(k)
            under = 10
    return found
