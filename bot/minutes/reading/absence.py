"""Attendance written as sentences rather than lists.

Minnesanteckningar and the minutes of associations often say who was missing, and who came
instead, in a sentence: "Närvarande: hela styrelsen med undantag för Lars Lind", "Alla ledamöter
var närvarande förutom Berit Ek", "Lars Lind och Berit Ek hade förhinder", "Meddelat förhinder
Dora Stål", "Berit Ek kunde inte närvara på grund av sjukdom", "I deras ställe hade kallats in
Ulla Ros och Kent Berg", "Stefan är suppleant och ersätter Per Alm". The names in such a sentence
are the run of names right after (or right before) the words that say so, up to the first word
that is no part of a list of names.
"""

from __future__ import annotations

import re

from .first_names import is_first_name
from .names import is_name, split_name
from .people import PARTY, people_in_run

# The words after which absent people are named.
_ABSENT_BEFORE = re.compile(
    r"(?:\bmed\s+undantag\s+(?:av|för)|\bförutom|\butom|\b(?:anmält|anmälde|anmälda|meddelat"
    r"|meddelade|meddelad|hade)\s+förhinder(?:\s+(?:för|från))?|\bförhinder\s+(?:hade|har|anmäldes"
    r"|anmälts|meddelades|för|från)|\bfrånvarande\s+(?:var|var\s+även|utan\s+ersättare)"
    r"|\bej\s+närvarande|\binte\s+närvarande|\båterbud\s+(?:från|hade|har|lämnades\s+av)"
    r"|\bfrånvarande\s+(?:idag|i\s+dag)\s+(?:var|är))\s*:?\s+",
    re.I,
)
# "med undantag för" and "förutom" name the missing only in a sentence about attendance.
_EXCEPT = re.compile(r"undantag|förutom|utom", re.I)
_ABOUT_ATTENDANCE = re.compile(r"närvar|deltog|deltagit|deltagare|deltar\b|på plats", re.I)
# Words after which the people named just before were not there.
_ABSENT_AFTER = re.compile(
    r"^\s*(?:\([^()]{1,12}\)\s*)?(?:hade|har)\s+(?:anmält\s+|meddelat\s+)?förhinder"
    r"|^\s*(?:\([^()]{1,12}\)\s*)?(?:anmälde|meddelade|hade\s+lämnat|har\s+lämnat|lämnade)"
    r"\s+(?:förhinder|återbud|frånvaro)"
    r"|^\s*(?:\([^()]{1,12}\)\s*)?(?:var|är)\s+förhindrade?\b"
    r"|^\s*(?:\([^()]{1,12}\)\s*)?(?:kunde|kan|var|är|hade|har)\s+(?:inte|ej)\s+"
    r"(?:närvara|närvarande|delta|deltagit|möjlighet|kunnat)"
    r"|^\s*(?:\([^()]{1,12}\)\s*)?(?:var|är)\s+frånvarande"
    r"|^\s*(?:\([^()]{1,12}\)\s*)?(?:deltog|deltar)\s+(?:inte|ej)\b"
    r"|^\s*(?:\([^()]{1,12}\)\s*)?(?:inte|ej)\s+(?:var|är|kunde|kan|hade)\s+"
    r"(?:närvarande|närvara|delta|med\b|möjlighet)",
    re.I,
)
_VERB_AFTER_NAME = re.compile(
    r"(?<=[a-zåäö)])(?=\s+(?:hade|har|kunde|kan|var|är|deltog|deltar|inte|ej|anmälde|meddelade"
    r"|lämnade)\s)"
)
# "I deras ställe hade kallats in …", "I hans ställe tjänstgjorde …": the stand-ins of those
# just named as absent, in the same order.
_IN_THEIR_PLACE = re.compile(
    r"\bi\s+(?:deras|hans|hennes|dennes|dess)\s+ställe\s+(?:hade\s+|har\s+)?(?:kallats\s+in"
    r"|inkallats|kallades\s+in|tjänstgjorde|tjänstgör|deltog|ersättare)?\s*:?\s*",
    re.I,
)
# "Stefan är suppleant och ersätter Per Alm", "Kent Berg tjänstgjorde i stället för Leif Ek".
_STANDS_IN = re.compile(
    r"(?P<a>(?:[A-ZÅÄÖÉ][\w\-]+)(?:\s+[A-ZÅÄÖÉ][\w\-]+){0,3})"
    r"(?:\s*\([A-Za-zÅÄÖåäö]{1,3}\))?\s+(?:är|var)\s+(?:ersättare|suppleant|ers\.?)\s+och\s+"
    r"(?:ersätter|ersatte|tjänstgör\s+för|tjänstgjorde\s+för)\s+"
    # "… och ersätter Erik": a given name alone, the one of the known people who bears it
    r"(?P<b>[A-ZÅÄÖÉ][\w\-]+(?:\s+[A-ZÅÄÖÉ][\w\-]+){0,3})"
)
_NAME_WORDS = r"[A-ZÅÄÖÉ][\w\-]+(?:\s+[A-ZÅÄÖÉ][\w\-]+){1,3}"
# "Kent Berg tjänstgjorde i stället för Leif Ek", "Kent Berg (S) ersatte Leif Ek", "Kent Berg
# tjänstgjorde som ersättare för Leif Ek"
_SERVED_FOR = re.compile(
    r"(?P<a>[A-ZÅÄÖÉ][\w\-]+(?:\s+[A-ZÅÄÖÉ][\w\-]+){0,3})(?:\s*\([A-Za-zÅÄÖåäö]{1,3}\))?\s+"
    r"(?:tjänstgjorde|tjänstgör|deltog|närvarade|var\s+med|går\s+in|gick\s+in|inträder"
    r"|inträdde|träder\s+in|trädde\s+in)\s+"
    r"(?:som\s+(?:tjänstgörande\s+)?(?:ersättare|suppleant)\s+)?"
    r"(?:i\s*stället\s+för|för|ersättare\s+för)\s+(?P<b>" + _NAME_WORDS + r")"
)
# "Som ersättare för Leif Ek tjänstgjorde Kent Berg", "I stället för Leif Ek deltog Kent Berg"
_AS_STAND_IN = re.compile(
    r"(?:\b[Ss]om\s+(?:tjänstgörande\s+)?(?:ersättare|suppleant)\s+för|\b[Ii]\s*stället\s+för"
    r"|^[Ff]ör|(?<=[.!]\s)[Ff]ör)\s+"
    r"(?P<b>" + _NAME_WORDS + r")(?:\s*\([A-Za-zÅÄÖåäö]{1,3}\))?,?\s+"
    r"(?:tjänstgjorde|tjänstgör|deltog|närvarade|var)\s+(?P<a>" + _NAME_WORDS + r")"
)
# "att jämte tjänstgörande suppleanten Lars-Erik Back (V) justera", "tjänstgörande
# ersättaren Eva Holm (S) anmälde jäv": one named by her standing in the meeting, a serving
# ersättare, though the text does not say for whom
_SERVING_TITLED = re.compile(
    r"\b[Tt]jänstgörande\s+(?:ersättaren|suppleanten)\s+(?P<a>" + _NAME_WORDS + r")"
)
# "Per Lind (S) har förhinder och ersätts av Mona Ask (S)": the one away, then who came
_REPLACED_IN_PROSE = re.compile(
    r"(?P<b>[A-ZÅÄÖÉ][\w\-]+(?:\s+[A-ZÅÄÖÉ][\w\-]+){1,3})(?:\s*\([A-Za-zÅÄÖåäö]{1,3}\))?"
    r"[^.]{0,60}?\b(?:ersätts|ersattes|är\s+ersatt|var\s+ersatt)\s+av\s+"
    r"(?P<a>" + _NAME_WORDS + r")"
)
_NOTE_WORDS = re.compile(
    r"^(?:och|samt|,|\(?[A-ZÅÄÖ]{1,3}\)?,?|ordförande|ordf\.?|vice|sekreterare|sekr\.?|kassör"
    r"|ledamot|ledamoten|ledamöterna|ersättare|ersättaren|ersättarna|suppleant|suppleanten"
    r"|suppleanterna|justerare|adjungerad|adjungerade|även)$",
    re.I,
)
# "ordförande Anna Holm, sekreterare Carl Ny samt ledamöterna Dora Stål och …": roles in front
_LEADING_ROLE = re.compile(
    r"^\W*(?:(?:ordförande|ordf\.?|vice|sekreterare|sekr\.?|kassör|ledamot|ledamoten"
    r"|ledamöterna|ersättare|ersättaren|ersättarna|suppleant|suppleanten|suppleanterna|justerare"
    r"|adjungerad|adjungerade|även)\s+)+",
    re.I,
)


# "… förutom Eva Holm och Olle Nordin, samt adjungerade Lisa Åberg": "samt" before a role of
# its own opens another group of people, no more of those the sentence names as away
_NEW_GROUP = re.compile(
    r"\b(?:samt|och|även)\s+(?:(?:även|dessutom)\s+)?(?:adjungerade?|sekreterare|sekr\.?"
    r"|ersättare|ersättaren|ersättarna|suppleant|suppleanten|suppleanterna|tjänstem\w*)\s*$",
    re.I,
)


def _list_after(text: str) -> list[str]:
    """The names in a run of names at the start of `text`, up to the first word that ends it."""
    head = re.split(r"(?<=[a-zåäö)])[.;!?](?:\s|$)", text, maxsplit=1)[0]
    names: list[str] = []
    for k, person in enumerate(people_in_run(head)):
        if k == 0 and not _LEADING_ROLE.sub("", head.lstrip(" (")).startswith(person.name):
            break
        names.append(person.name)
        note = [w for w in person.note.replace(",", " , ").split() if not PARTY.match(w)]
        if any(not _NOTE_WORDS.match(w) for w in note):
            break  # "Berit Ek Mötet öppnades …": the list ends at the sentence
        if _NEW_GROUP.search(person.note):
            break  # "förutom Eva Holm, samt adjungerade Lisa Åberg": those after were there
    return names


def _list_before(text: str) -> list[str]:
    """The names in a run of names at the end of `text` ("… Lars Lind och Berit Ek")."""
    tail = re.split(r"[.;:!?]\s", text)[-1]
    people = people_in_run(tail)
    names: list[str] = []
    for person in reversed(people):
        note = [w for w in person.note.replace(",", " , ").split() if not PARTY.match(w)]
        if any(not _NOTE_WORDS.match(w) for w in note):
            break
        names.insert(0, person.name)
        if not tail[: tail.rfind(person.name)].rstrip().endswith((",", "och", "samt")):
            break
    return names


def absent_in_prose(text: str) -> list[str]:
    """The people a sentence names as not there."""
    found: list[str] = []
    for m in _ABSENT_BEFORE.finditer(text):
        sentence = re.split(r"[.!?]\s", text[: m.start()])[-1]
        if _EXCEPT.match(m[0].strip()) and not _ABOUT_ATTENDANCE.search(sentence):
            continue
        found.extend(n for n in _list_after(text[m.end() :]) if n not in found)
    for m in _VERB_AFTER_NAME.finditer(text):
        if _ABSENT_AFTER.match(text[m.end() :]):
            found.extend(n for n in _list_before(text[: m.end()]) if n not in found)
    return found


# "Vid mötet deltog Anna Holm, Carl Ny och Dora Stål", "Närvarande vid mötet var …".
_PRESENT_BEFORE = re.compile(
    r"(?:\b(?:vid|på|i)\s+(?:mötet|sammanträdet|träffen)\s+deltog(?:\s+även)?"
    r"|\bnärvarande\s+(?:vid\s+(?:mötet|sammanträdet)\s+)?(?:var|är)(?:\s+även)?"
    r"|\bdeltog\s+(?:gjorde|även)|\bmötet\s+bevistades\s+av)\s*:?\s+",
    re.I,
)


def present_in_prose(text: str) -> list[str]:
    """The people a sentence names as taking part."""
    found: list[str] = []
    for m in _PRESENT_BEFORE.finditer(text):
        found.extend(n for n in _list_after(text[m.end() :]) if n not in found)
    return found


def stand_ins(text: str, absent: list[str]) -> list[tuple[str, str]]:
    """(substitute, replaced) pairs a sentence gives."""
    pairs: list[tuple[str, str]] = []
    m = _IN_THEIR_PLACE.search(text)
    if m and absent:
        came = _list_after(text[m.end() :])
        replaced = absent[-len(came) :] if len(came) <= len(absent) else []
        for k, who in enumerate(came):
            pairs.append((who, replaced[k] if k < len(replaced) else ""))
    for m in _STANDS_IN.finditer(text):
        who = m["a"].split()
        if len(who) >= 3 and is_first_name(who[-1]) and not is_first_name(who[-2]):
            who = who[-1:]  # "… Per Ekström Stefan är suppleant": the list ran into her sentence
        pairs.append((" ".join(who), m["b"]))
    for m in _SERVED_FOR.finditer(text):
        a, b = _person(m["a"]), split_name(m["b"])[0]
        if a and b and (a, b) not in pairs:
            pairs.append((a, b))
    for m in _REPLACED_IN_PROSE.finditer(text):
        a, b = split_name(m["a"])[0], _person(m["b"])
        if a and b and (a, b) not in pairs:
            pairs.append((a, b))
    for m in _AS_STAND_IN.finditer(text):
        a, b = split_name(m["a"])[0], split_name(m["b"])[0]
        if a and b:
            pairs.append((a, b))
    for m in _SERVING_TITLED.finditer(text):
        a = split_name(m["a"])[0]
        if a and not any(who == a for who, _ in pairs):
            pairs.append((a, ""))
    return pairs


def _person(words: str) -> str:
    """The person at the end of a run of capitalised words ('Vid mötet Anna Ek' -> 'Anna Ek')
    or a given name alone ('Stefan')."""
    parts = words.split()
    for k in range(len(parts)):
        if is_name(" ".join(parts[k:])):
            return " ".join(parts[k:])
    return parts[-1] if len(parts) == 1 and is_first_name(parts[0]) else ""


def full_name(name: str, known: list[str]) -> str:
    """'Stefan' -> 'Stefan Berg' when exactly one person of that given name is known."""
    if " " in name:
        return name
    if not is_first_name(name):
        return ""
    matches = [k for k in known if k.split()[0] == name]
    return matches[0] if len(set(matches)) == 1 else ""
