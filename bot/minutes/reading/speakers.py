"""People the minutes show taking part: "Ordföranden Karin Holm hälsade alla välkomna",
"Förvaltningschef Roland Bång och ekonom Karolina Popiolek föredrar ärendet", "Daniel Danielsson
(C) uttalar sig om …".

Minutes in free prose often have no list of those present at all; § protokoll name the officials
who present an item only in its paragraph. Whoever opens, presents, informs, answers or moves
something at the meeting was there. Only a sentence's subject counts, only with a verb of taking
part in the present or the simple past ("har meddelat" reports, it does not take part), and only a
name that starts with a known given name.
"""

from __future__ import annotations

import re

from .first_names import is_first_name

_VERBS = (
    r"hälsar|hälsade|öppnar|öppnade|förklarar|förklarade|informerar|informerade|redogör"
    r"|redogjorde|föredrar|föredrog|presenterar|presenterade|berättar|berättade|går\s+igenom"
    r"|gick\s+igenom|visar|visade|rapporterar|rapporterade|redovisar|redovisade|beskriver"
    r"|beskrev|lyfter|lyfte|tar\s+upp|tog\s+upp|kompletterar|kompletterade|uttalar\s+sig"
    r"|svarar|svarade|frågar|frågade|påminner|påminde|tackar|tackade|avslutar|avslutade|leder"
    r"|ledde|föreslår|föreslog|yrkar|yrkade|anmäler|anmälde|meddelar|meddelade|inleder|inledde"
    r"|sammanfattar|sammanfattade|betonar|betonade|framför|framförde|ställer|ställde|erbjuder"
    r"|erbjöd|reserverar\s+sig|reserverade\s+sig|deltar|deltog|undrar|undrade|poängterar"
    r"|poängterade|välkomnar|välkomnade|delger|delgav|diskuterar|diskuterade|kommenterar"
    r"|kommenterade|instämmer|instämde|förtydligar|förtydligade|uppdaterar|uppdaterade"
    r"|läser\s+upp|läste\s+upp|ger\s+en|gav\s+en"
)
_NAME = r"[A-ZÅÄÖÉ][a-zåäöéèü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"
_PERSON = rf"(?P<{{g}}>{_NAME}(?:\s+(?:von|af|de|van|der)?\s*{_NAME}){{{{1,2}}}})"
# "(S)", ", ekonom,", and a title after a comma that the secretary did not close ("Mats Ek,
# projektledare för God och nära vård informerar", lower case so that no next name is taken)
_NOTE = r"(?:\s*\([^()]{1,40}\))?(?:\s*,\s*[^,.;]{1,60},|\s*,\s*[a-zåäö][^,.;()]{0,59}?(?=\s+\S+))?"
_TITLE = r"(?:(?:[A-ZÅÄÖ]?[a-zåäö-]+|[A-ZÅÄÖ]{2,5})\s+){0,2}"
# "Ordföranden, Elise Berg (M), hälsar välkommen": the title and the name set off by commas
_TITLE_COMMA = (
    r"(?:(?:(?:Vice\s+)?[Oo]rdförande[n]?|Mötesordförande[n]?|Sekreterare[n]?|Kassören"
    r"|[A-ZÅÄÖ][a-zåäö]+(?:chefen|direktören|ansvarige|samordnaren|ledaren)),\s+)?"
)
_SPEAKER = re.compile(
    rf"(?:^|(?<=[.!?:]\s)|(?<=^[-–•*]\s))(?:Vidare\s+|Därefter\s+|Sedan\s+)?{_TITLE}"
    rf"{_TITLE_COMMA}{_PERSON.format(g='a')}{_NOTE}"
    rf"(?:\s*(?:,|och|samt)\s+{_TITLE}{_PERSON.format(g='b')}{_NOTE})?"
    rf"(?:\s*(?:,|och|samt)\s+{_TITLE}{_PERSON.format(g='c')}{_NOTE})?"
    rf",?\s+(?:{_VERBS})\b",
)
# The same people and verb inside a line, where a transcript ran the item's title into its
# first sentence ("Rädda Barnens arbete i Värmland Marianne Ek och Marita Falk informerar om
# …", "… sårbarhetsanalys 2015 Thorbjörn Berg, säkerhetssamordnare informerade"): read only
# after a capitalised word or a number, as a title ends, never after a word that makes them
# an object ("ger Anna Ek i uppdrag", "till Per Lind")
_RUN_IN = re.compile(
    rf"(?<=\s){_PERSON.format(g='a')}{_NOTE}"
    rf"(?:\s*(?:,|och|samt)\s+{_PERSON.format(g='b')}{_NOTE})?"
    rf"\s+(?:{_VERBS})\b",
)
# What both patterns above end in: a verb of taking part after a space. Nearly every paragraph
# has none, and this search (which checks the verbs at spaces only) costs a fraction of theirs,
# whose names and titles are tried at every position.
_ANY_VERB = re.compile(rf"\s(?:{_VERBS})\b")
_TITLE_END = re.compile(r"(?:[A-ZÅÄÖ][\wåäöÅÄÖ-]*|\d{1,4})$")
_NOT_TITLE_END = re.compile(r"Till|Av|Åt|För|Med|Enligt|Om|Från|Att|Och|Samt|Hos|Ger|Gav", re.I)


# "Information lämnades av förhandlingschefen Niklas Hjelt, åtföljd av kanslichefen Helena
# Hedlund och …", "Information lämnades om RiR 2010:1 av riksrevisor Claes Norgren": the passive
# of informing and presenting, and those who came along, named after their titles
_PASSIVE = re.compile(
    r"\b(?:[Ii]nformation|[Rr]edogörelse|[Ff]öredragning|[Pp]resentation)\s+"
    r"(?:lämnades|lämnas|gavs|ges|hölls|hålls)\s+(?:också\s+|även\s+)?"
    r"(?:om\s+[^.;]{1,120}?\s+)?av\s+(?P<who>(?:[^.;:]|:s\b)+)"
    r"|\båtföljd[a]?\s+av\s+(?P<along>(?:[^.;:]|:s\b)+)"
    # "… hälsar samtliga välkomna, med ett särskilt välkomnande till valberedningens Lars
    # Runsvik": a guest welcomed at the opening is there
    r"|\bvälkomnande\s+(?:av|till)\s+(?P<welcomed>(?:[^.;:]|:s\b)+)"
    # "Revisionsberättelsen föredrogs av revisor Leena Olsson", "Ärendet föredras av
    # ekonomichef Eva Ek", "Verksamhetsberättelsen uppläses av Tina Berg": a presentation at
    # the meeting, in the passive (not "redovisas av", which is often a task for later)
    r"|\b(?:föredrogs|föredras|presenterades|presenteras|redovisades|upplästes|uppläses"
    r"|lästes\s+upp|läses\s+upp)\s+(?:också\s+|även\s+)?av\s+(?P<presented>(?:[^.;:]|:s\b)+)"
)
# what is to come, not what took place ("… presenteras av Eva Ek vid nästa möte")
_LATER = re.compile(r"\b(?:nästa|kommande|senare|framöver)\b", re.I)
_WORDS = re.compile(r"[A-ZÅÄÖÉ][\wåäöéü-]*(?:\s+[A-ZÅÄÖÉ][\wåäöéü-]*)+")


def _named_after_titles(text: str) -> list[str]:
    """'förhandlingschefen på Civilekonomerna Claes Oldin' -> 'Claes Oldin': a run of capitalised
    words ending in a person, who starts at a known given name."""
    found = []
    for m in _WORDS.finditer(text):
        words = m[0].split()
        for i, word in enumerate(words):
            if is_first_name(word) and 2 <= len(words) - i <= 3:
                found.append(" ".join(words[i:]))
                break
    return found


def _real(name: str | None) -> str:
    """A name that starts with a known given name, without a trailing surname-less word."""
    if not name:
        return ""
    words = name.split()
    if len(words) < 2 or not is_first_name(words[0]):
        return ""
    return name


def _titled_in_a_list(before: list[str]) -> bool:
    """'Företrädare från SBU och socialtjänstminister Anna Ek informerade', '…, ekonom Per Lind
    föredrar': the last of those who speak, her title in lower case after 'och', 'samt' or a
    comma, as 'Förvaltningschef Roland Bång och ekonom Karolina Popiolek föredrar' names the
    second speaker; never a word that makes her an object ('och till Per Lind')."""
    if len(before) < 2 or not before[-1].isalpha() or not before[-1].islower():
        return False
    if len(before[-1]) < 5 or _NOT_TITLE_END.fullmatch(before[-1]):
        return False
    return before[-2] in ("och", "samt") or before[-2].endswith(",")


def _run_in(text: str) -> list[str]:
    """The speakers of _RUN_IN in a line: the title's last words are no part of the name
    ('Värmland Marianne Ek' is Marianne Ek, who starts at a known given name)."""
    found: list[str] = []
    for m in _RUN_IN.finditer(text):
        start = m.start()
        for _ in range(2):  # step over the title's last words into the name
            if is_first_name(text[start:].split(maxsplit=1)[0]):
                break
            start = text.find(" ", start) + 1
            m = _RUN_IN.match(text, start) if start else None
            if not m:
                break
        if not m or not is_first_name(m["a"].split()[0]):
            continue
        before = text[: m.start()].split()
        last = before[-1] if before else ""
        if (not _TITLE_END.fullmatch(last) or _NOT_TITLE_END.fullmatch(last)) and not (
            _titled_in_a_list(before)
        ):
            continue
        if is_first_name(last):
            continue  # the name began a word earlier ('Anna Maria Berg'): read as written
        found.extend(name for name in (_real(m["a"]), _real(m["b"])) if name)
    return found


def speakers(paragraphs: list[str], skip: set[int]) -> list[str]:
    """The people who take part in the text, in order, once each."""
    found: dict[str, None] = {}
    for i, text in enumerate(paragraphs):
        if i in skip or "\t" in text:
            continue
        if _ANY_VERB.search(text):  # else neither _SPEAKER nor _RUN_IN can match
            for m in _SPEAKER.finditer(text):
                for group in ("a", "b", "c"):
                    name = _real(m[group])
                    if name:
                        found.setdefault(name, None)
            for name in _run_in(text):
                found.setdefault(name, None)
        if "av " in text or "välkomnande" in text:
            for m in _PASSIVE.finditer(text):
                if m["presented"] and _LATER.search(m["presented"]):
                    continue
                who = m["who"] or m["along"] or m["welcomed"] or m["presented"]
                for name in _named_after_titles(who):
                    found.setdefault(name, None)
    return list(found)
