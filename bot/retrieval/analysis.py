"""Swedish text analysis shared by the index and the questions: tokens → search terms.

Both sides go through the same functions, so a word is found whatever form it takes:
Snowball's Swedish stemmer plus two corrections it lacks (definite "-et", and "insats" vs
"insatser"), hyphenated compounds split into parts ("VFU-avtalet" → vfu, avtal), long compounds
split against a list of common heads ("familjecentralsliknande" → familjecentral, liknand), and
acronyms kept whole ("SAMS" stays "sams"; the stemmer would make it "sam").
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from bot.retrieval import stemmer

# A Snowball stemmer keeps the word it works on in the object itself: two threads sharing one
# (waitress answers in eight) could each get a stem of the other's word. One per thread.
_STEMMERS = threading.local()


def wordlist(text: str) -> list[str]:
    """Words written as a block of text, one or more a line."""
    return text.split()


_WORD = re.compile(r"[0-9A-Za-zÀ-ÖØ-öø-ÿ]+(?:[-–][0-9A-Za-zÀ-ÖØ-öø-ÿ]+)*")
_ACRONYM_SHAPE = re.compile(r"^(?=(?:.*[A-ZÅÄÖ]){2})[A-ZÅÄÖ][A-Za-zÅÄÖåäö0-9]{1,5}s?$")

# Acronyms of the domain, seen in the sample minutes; more are learned from the text itself.
SEED_ACRONYMS = {
    "sams": "samverkan för placerade barn och ungas kontinuerliga skolgång",
    "tsi": "tidiga samordnade insatser",
    "sip": "samordnad individuell plan",
    "bup": "barn- och ungdomspsykiatri",
    "bht": "barnhälsoteam",
    "bvc": "barnavårdscentral",
    "fc": "familjecentral",
    "vof": "välfärd och folkhälsa",
    "tabb": "tillsammans för alla barns bästa",
    "kcrd": "kommunchefer och regiondirektör",
    "tmo": "traumamedveten omsorg",
    "rus": "regionala utvecklingsstrategin",
    "vfu": "verksamhetsförlagd utbildning",
    "skr": "sveriges kommuner och regioner",
    "ssp": "skola socialtjänst polis",
    "sspf": "skola socialtjänst polis fritid",
    "npf": "neuropsykiatrisk funktionsnedsättning",
    "adhd": "adhd",
}

# Words that carry no subject: they are never indexed and never searched for.
STOPWORDS = frozenset(
    wordlist(
        """
    och i att det som en på är av för med till den har de inte om ett men var sig så vid kan
    eller när från under efter också ska skall vara hade man även där mot utan sin sina sitt
    nu vi ni du jag han hon dem oss er deras vår våra vårt denna detta dessa alla allt då än
    genom samt inom mellan fram bland enligt via per hos ur över vilka vilken vilket vad vem
    hur varför vilket blir blev bli få får fick görs gjordes gör göra sker
    """
    )
)

# Heads that Swedish compounds in this domain end with; a long word ending in one is split.
_HEADS = wordlist(
    """
    grupp gruppen avtal överenskommelse riktlinje central insats plan team modell strategi
    stöd arbete samverkan utredning uppdrag skolgång råd möte beslut program projekt analys
    process verksamhet vård hälsa rapport liknande förslag protokoll anteckningar ersättning
    utbildning lag medel nätverk förvaltning område omsorg kommun region chef chefer tjänst
    psykiatri rehabilitering struktur tillsyn kartläggning behov stödet medarbetare skola
    """
)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The search term of one lower-case word."""
    own = getattr(_STEMMERS, "stemmer", None)
    if own is None:
        own = _STEMMERS.stemmer = stemmer.swedish()
    result = own.stemWord(word)
    # Snowball gives "insats" → insat but "insatser" → insats; a final s is dropped to meet.
    if len(result) > 4 and result.endswith("s"):
        result = result[:-1]
    # Snowball leaves the definite "-et" ("barnet", "protokollet"); strip it on long words.
    if len(result) >= 6 and result.endswith("et"):
        result = result[:-2]
    return result


_HEAD_STEMS = sorted({stem(h) for h in _HEADS}, key=len, reverse=True)


def normalise(text: str) -> str:
    """NFC, so å typed as a + ring is the same letter as å."""
    return unicodedata.normalize("NFC", text)


def is_acronym(word: str, known: set[str] | frozenset[str] = frozenset()) -> bool:
    """'SAMS', 'TSI', 'VoF' by their shape, or any word known as an acronym ('sams')."""
    return bool(_ACRONYM_SHAPE.match(word)) or word.lower() in known


@lru_cache(maxsize=100_000)
def split_compound(term: str) -> tuple[str, ...]:
    """A stemmed compound's parts, e.g. 'familjecentralsliknand' → ('familjecentral', 'liknand').

    Only the last head is split off; the front keeps its own meaning as one term.
    """
    if len(term) < 9:
        return ()
    for head in _HEAD_STEMS:
        if len(head) >= 3 and term.endswith(head) and len(term) - len(head) >= 4:
            front = term[: -len(head)]
            # Linking letters: "samverkans|grupp", "familje|central".
            # A front that lost its linking s is already a stem ("referen", not "ref").
            linked = front.endswith("s") and len(front) > 4
            front = front[:-1] if linked else stem(front)
            if len(front) >= 3 and front not in STOPWORDS:
                return (front, head)
    return ()


def variants(term: str) -> tuple[str, ...]:
    """Verb stems a noun in -ing may share: 'revidering' ~ 'revider' (revidera), 'utredning'
    ~ 'utred' (utreda). Without a lexicon both cuts are tried; each side indexes both."""
    if len(term) >= 8 and term.endswith("ning"):
        return (term[:-3], term[:-4])
    if len(term) >= 7 and term.endswith("ing"):
        return (term[:-3],)
    return ()


@dataclass
class Word:
    """One word as written and the terms it stands for."""

    surface: str
    terms: tuple[str, ...]  # the whole word's term(s): one, or the parts of a hyphenated word
    parts: tuple[str, ...] = ()  # compound parts of a single long word
    acronym: bool = False
    variants: tuple[str, ...] = ()  # other stems of a one-term word ('revidering' → revider)


def words(text: str, acronyms: set[str] | frozenset[str] = frozenset()) -> list[Word]:
    """The words of a text with their terms; stopwords left out."""
    found = []
    for match in _WORD.finditer(normalise(text)):
        surface = match.group(0)
        pieces = [p for p in re.split(r"[-–]", surface) if p]
        terms, parts, all_acronyms = [], [], True
        for piece in pieces:
            lower = piece.lower()
            if is_acronym(piece, acronyms):
                terms.append(_acronym_term(lower, acronyms))
            elif lower not in STOPWORDS and (len(lower) > 1 or lower.isdigit()):
                all_acronyms = False
                term = stem(lower)
                terms.append(term)
                if len(pieces) == 1:
                    parts.extend(split_compound(term))
        if terms:
            other = variants(terms[0]) if len(terms) == 1 and not all_acronyms else ()
            found.append(Word(surface, tuple(terms), tuple(parts), all_acronyms, other))
    return found


def _acronym_term(lower: str, acronyms) -> str:
    # A genitive "SAMS:s" is cut at the colon by the tokeniser; "TSIs" loses its "s".
    if lower.endswith("s") and lower not in acronyms and lower[:-1] in acronyms:
        return lower[:-1]
    return lower


def index_terms(text: str, acronyms: dict[str, str]) -> list[str]:
    """Every term a text is found by: whole words, parts, and acronyms implied by expansions."""
    known = set(acronyms)
    result: list[str] = []
    for word in words(text, known):
        result.extend(word.terms)
        result.extend(word.parts)
        result.extend(word.variants)
    present = set(result)
    for acronym, expansion in acronyms.items():
        terms = expansion_terms(expansion)
        if acronym not in present and terms and all(t in present for t in terms):
            result.append(acronym)
    return result


@lru_cache(maxsize=10_000)
def expansion_terms(expansion: str) -> tuple[str, ...]:
    return tuple(t for w in words(expansion) for t in w.terms)


# --- learning acronyms from the text ------------------------------------------------------
_AFTER = re.compile(r"((?:[\wÅÄÖåäö/&-]+[ ,]+){1,9}?)\(([A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,5})\)")
_BEFORE = re.compile(r"\b([A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,5})s? \(([^()]{5,120})\)")


@dataclass
class Glossary:
    """Acronyms and their expansions: the seed list plus what the text taught."""

    acronyms: dict[str, str] = field(default_factory=lambda: dict(SEED_ACRONYMS))

    def learn(self, text: str) -> dict[str, str]:
        found = learn_acronyms(text)
        for acronym, expansion in found.items():
            self.acronyms.setdefault(acronym, expansion)
        return found


def learn_acronyms(text: str) -> dict[str, str]:
    """'tidiga samordnade insatser (TSI)' and 'SAMS (samverkan för …)' → {acronym: expansion}."""
    # Words hyphenated over a line break are joined; other line breaks are spaces.
    text = re.sub(r"\s+", " ", re.sub(r"-\s*\n\s*(?=[a-zåäö])", "", normalise(text)))
    found: dict[str, str] = {}
    for match in _AFTER.finditer(text):
        acronym = _without_genitive(match.group(2))
        if not _ACRONYM_SHAPE.match(acronym):
            continue
        phrase = _expansion_before(match.group(1).split(), acronym)
        if phrase:
            found.setdefault(acronym.lower(), phrase)
    for match in _BEFORE.finditer(text):
        acronym, inside = _without_genitive(match.group(1)), match.group(2).strip()
        first = inside.split()[0]
        if (
            _ACRONYM_SHAPE.match(acronym)
            and first.lower().startswith(acronym[0].lower())
            and len(inside.split()) >= 2
            and not _ACRONYM_SHAPE.match(first)
        ):
            found.setdefault(acronym.lower(), inside.lower())
    return found


def _without_genitive(acronym: str) -> str:
    # "KCRDs" is the genitive of KCRD.
    if acronym.endswith("s") and acronym[:-1].isupper() and len(acronym) > 2:
        return acronym[:-1]
    return acronym


def _expansion_before(tokens: list[str], acronym: str) -> str:
    """The shortest run of words before '(ACR)' whose letters contain the acronym in order,
    cut after the word that holds its last letter ('tidiga samordnade insatser i Örebro län')."""
    letters = acronym.lower()
    tokens = [t.strip(",") for t in tokens]
    for start in range(len(tokens) - 1, -1, -1):
        window = tokens[start:]
        if not window[0].lower().startswith(letters[0]):
            continue
        end = _subsequence_end(letters, [t.lower() for t in window])
        if end:
            return " ".join(window[:end]).lower()
    return ""


def _subsequence_end(needle: str, words_: list[str]) -> int:
    """How many words it takes to find the needle's letters in order (0: not found)."""
    haystack = "".join(words_)
    position = 0
    for char in needle:
        position = haystack.find(char, position) + 1
        if position == 0:
            return 0
    length = 0
    for count, word in enumerate(words_, 1):
        length += len(word)
        if length >= position:
            return count
    return len(words_)
