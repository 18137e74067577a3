"""People in a run of text: "Jeanette Wäppling (v), ordförande Lars Alriksson (m) …".

PDF text often runs an attendance list together on one line, without commas between people:
"Berit Adolfsson Anita Bohman Margit Viklund", "S Kristina Zakrisson I S Kenneth Stålnacke I",
"Marit Borg, SPF, tjänstgörande för Margareta Halvarsson Margaretha Mooe Helleren, SPF". A person
starts at a known given name, or at a capitalised pair after a separator; what follows the name up
to the next person is its note (party, role, organisation, "tjg ers för X", an attendance mark).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .first_names import is_first_name
from .names import NOT_NAME_WORDS, ORG_SUFFIXES, PARTICLES, TITLE_SUFFIXES, is_title_word

_TOKEN = re.compile(r"\S+")
# Letters of names from the rest of Europe too ("Petrović", "Łukasz", "Şahin", "Muñoz").
_UPPER = "A-ZÅÄÖÉÜØÆÁČŠŽĆĐŁŚŹŻŞÇÑ"
_LOWER = "a-zåäöéüèáíóúëïøæßćčšžđłńśźżğışçñãõâêîôûàùìòý"
_CAP = re.compile(rf"^[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)*$")
# "Mari-anne", "Ann-marie": a double given name as some write it
_LOWER_HYPHEN = re.compile(r"^(?P<a>[A-ZÅÄÖÉÜ][a-zåäöéü]+)-[a-zåäöéü]{2,}$")
# "K G Abramsson", "J-E Jäderlund", "P.O. Lindencrona": given names as initials
_INITIALS = re.compile(r"^(?:[A-ZÅÄÖ]\.?(?:-[A-ZÅÄÖ]\.?)?|[A-ZÅÄÖ]\.[A-ZÅÄÖ]\.)$")
_INITIAL = re.compile(r"^[A-ZÅÄÖ]\.?$")
_PARTICLES = set(PARTICLES)
# "*Hilkka Andersson": a star before a name marks her in the list (a tjänstgörande ersättare,
# one who came late; the legend is often on another page); it parts her from the name before.
_SEPARATORS = (",", ";", ":", ")", "/", "•", "–", "-", "|", "*")
_REPLACES = re.compile(
    # "ers PRO för Margareta Nyberg": the organisation she is ersättare of before "för"
    r"(?:\bers(?:ättare)?\.?\s+(?-i:[A-ZÅÄÖ]{2,6}\s+)?för|\btjg\.?\s+(?:ers\.?\s+)?för|\btjänstgör(?:ande|de)?\s+"
    r"(?:ersättare\s+)?för|\bersätter|\bersatte|\bi\s*stället\s+för|\bistället\s+för"
    r"|\bersättare\s+för|\bersättning\s+för|\(\s*(?:ers\.?|för)"
    # "istf", "i st f", "i st. f." (i stället för) and "ers." (ersätter) shortened
    r"|\bi\.?\s?st\.?\s?f\.?|\bers\.)\s*$",
    re.I,
)
MARK_PRESENT = {"x", "1", "i", "n", "✓", "✔", "närv", "närvarande", "ja"}
MARK_ABSENT = {
    "-", "–", "—", "---", "0", "f", "frånv", "frånvarande", "frånvaro", "förhinder",
    # "Frank-Johan Ahlberg (C) förhindrad.": the note a list puts after one who did not come
    "förhindrad", "förhindrade",
}
PARTY = re.compile(
    r"^\(?(S|M|C|V|L|KD|MP|SD|FP|NS|MAV|SL|KIP|PP|SPI|VÄG|ÖP|LPO|SJV|GP|FI)\)?[,.]?$", re.I
)
_NOT_START = NOT_NAME_WORDS | {
    "Suppleant", "Suppleanter", "Ledamot", "Tjänstgörande", "Ej", "Vakant", "Enligt",
    "Kommunstyrelsen", "Kommunfullmäktige", "Styrelsen", "Nämnden", "Ordf", "Vice", "Anmält",
    "Utses", "Underskrift", "Underskrifter", "Justerande", "Paragrafer", "Plats", "Organ",
    "Anmälda",
}  # fmt: skip
_ROLE_NOTE = {
    "justerare",
    "ordförande",
    "ordf",
    "ordf.",
    "sekreterare",
    "ersättare",
    "tjg",
    "ers",
    "ers.",
    "vice",
    "ledamot",
}


# "Blidö Frötuna Skärgårdsförening": capitalised words before one of these are its name.
_ORG_ENDINGS = (*ORG_SUFFIXES, "föreningen", "förening", "förbund", "sällskap", "råd", "rådet")


_PLACE_WORDS = (
    "kommun", "kommuns", "stad", "län", "läns", "landsting", "region", "församling", "råd",
    "rådet", "förbund", "förbundet", "förening", "föreningen", "universitet", "högskola",
    "sjukhus", "kommunförbund",
    # "Per Bengtsson Lomma kommunhus,": the town of a house where the minutes were justerade
    "kommunhus", "kommunhuset", "stadshus", "stadshuset", "rådhus", "rådhuset", "kommunkontor",
    "kommunkontoret",
)
_REPLACED_BY = re.compile(r"\b(?:ersatt|ersätts|ersattes|ersatta)\s+av\s*$", re.I)


@dataclass
class Person:
    name: str
    note: str = ""  # what followed the name: party, role, organisation, attendance mark
    replaces: str = ""  # "tjg ers för X", "ersätter X"


def _name_token(word: str) -> bool:
    if not _CAP.match(word):
        m = _LOWER_HYPHEN.match(word)
        if m:
            return is_first_name(m["a"]) and not is_title_word(word)
        # "MonaLisa", "AnnKristin": a double given name written as one word
        parts = re.findall(r"[A-ZÅÄÖ][a-zåäöé]+", word)
        return len(parts) == 2 and "".join(parts) == word and all(map(is_first_name, parts))
    if not re.search(r"[aeiouyåäöéèüAEIOUYÅÄÖÉ]", word) and word != "Mc":
        return False  # "Bmn", "Ks": an abbreviation, never a name (but "Calin Mc Quillan")
    return word not in NOT_NAME_WORDS and not is_title_word(word)


def _words(text: str) -> list[tuple[str, int, int]]:
    text = re.sub(r"(?<=[a-zåäöé])\(", " (", text)  # "Wallin(Skaraborg)"
    text = re.sub(r"(?<=[a-zåäöé])/(?=[A-ZÅÄÖ])", " / ", text)  # "Öberg/Helén Eriksson"
    # "Forslund- Mustaniemi": a double surname broken at its hyphen at the end of a line
    text = re.sub(r"(?<=[a-zåäöé])- (?=[A-ZÅÄÖ][a-zåäöé])", "-", text)
    text = re.sub(r"(?<!\S)\*\s*(?=[A-ZÅÄÖ])", "* ", text)  # "*Anders Rapp": the star apart
    return [(m[0], m.start(), m.end()) for m in _TOKEN.finditer(text)], text


def _bare(word: str) -> str:
    return word.strip(",.;:()")


def _name_at(words: list, i: int) -> int:
    """How many words from i make a person's name (0 when none starts there)."""
    first = words[i][0]
    if _INITIALS.match(first) and not PARTY.match(first) and first not in MARK_PRESENT:
        j = i + 1
        while j < len(words) and j - i < 3 and _INITIALS.match(words[j][0]):
            j += 1
        last = _bare(words[j][0]) if j < len(words) else ""
        after = _bare(words[j + 1][0]) if j + 1 < len(words) else ""
        if (
            last
            and first.endswith(".")  # "B. Anders", never the marks "I Gunnar", "N Kurt"
            and j == i + 1
            and is_first_name(last)
            and words[j][0] == last
            and _name_token(after)
            and not is_first_name(after)
            and after not in _NOT_START
        ):
            return j - i + 2  # "B. Anders Larsson": an initial before the given name
        if (
            last
            and _name_token(last)
            and not is_first_name(last)
            and last not in _NOT_START
            and not PARTY.match(words[j - 1][0] if j - 1 > i else "")
        ):
            return j - i + 1
        return 0
    if first[-1] in ",;:)" or not _name_token(first) or first in _NOT_START:
        return 0
    # "…, Bjurholm Dagmar Schröder": a place in front of a given name and a surname; a
    # surname that is a given name too when the comma after it ends the entry ("… nämnden i
    # Trestad Mia Harri, handikappkonsulent")
    if i + 2 < len(words) and not is_first_name(first) and is_first_name(_bare(words[i + 1][0])):
        third = _bare(words[i + 2][0])
        if (
            _name_token(third)
            and (not is_first_name(third) or words[i + 2][0] == third + ",")
            and first == words[i][0]
        ):
            return 0
    if i + 2 < len(words) and words[i + 2][0][-1] == "," and _place_before_name(words, i):
        return 0
    # "Bjarne Färjhage (C), Lilla Edet Bo Pettersson (S)": a place of two words after the party
    if (
        i >= 1
        and i + 3 < len(words)
        and PARTY.match(words[i - 1][0].rstrip(","))
        and words[i - 1][0].endswith(",")
        and not is_first_name(first)
        and not is_first_name(_bare(words[i + 1][0]))
        and is_first_name(_bare(words[i + 2][0]))
        and _name_token(_bare(words[i + 3][0]))
        and not is_first_name(_bare(words[i + 3][0]))
    ):
        return 0
    j = i + 1
    taken = 1
    while j < len(words) and taken < 5:
        word = words[j][0]
        bare = word.rstrip(",;:")
        if len(bare) > 2 and bare.endswith(".") and bare[-2].islower():
            bare = bare[:-1]  # "… Stefan Berg." ends a sentence, and the name with it
        if bare in _PARTICLES and j + 1 < len(words):
            nxt = _bare(words[j + 1][0])
            # "van den Brink": two particles before the surname
            if nxt in _PARTICLES and j + 2 < len(words):
                nxt = _bare(words[j + 2][0])
            if _name_token(nxt):
                j, taken = j + 1, taken + 1
                continue
        initial = _INITIAL.match(bare) and word == bare and (
            not PARTY.match(bare)
            # "Charlotta M Sjöqvist": a party's letter between a given name and a surname
            # is her middle initial
            or (
                taken == 1
                and is_first_name(_bare(first))
                and j + 1 < len(words)
                and not is_first_name(_bare(words[j + 1][0]))
            )
        )
        if initial and j + 1 < len(words) and _name_token(_bare(words[j + 1][0])):
            j, taken = j + 1, taken + 1
            continue
        closes = bare.endswith(")") and "(" not in bare
        if closes:
            bare = bare[:-1]  # "(tjänstgörande för Per Lind)": the name ends the brackets
        if not _name_token(bare):
            break
        if closes:
            j, taken = j + 1, taken + 1
            break
        # "Thomas Quist Sjöbo kommun", "Anna Olsson Kävlingeåns vattenråd", "Susanne Sturk
        # Humanistiska nämnden": a place or an organisation's name in front of the word that
        # makes it one
        after = words[j + 1][0].strip(",.;:()") if j + 1 < len(words) else ""
        if taken >= 2 and after.islower() and after.endswith((*_PLACE_WORDS, *ORG_SUFFIXES)):
            break
        # "… Wiklund Kayumba van den Brink": a word before a surname's particle is a given
        # name, so after a whole name it starts the next person
        if (
            taken >= 2
            and j + 2 < len(words)
            and words[j + 1][0] in _PARTICLES
            and words[j - 1][0] not in _PARTICLES
        ):
            break
        # "Maud Bengtsson Mussa Selim": after a word with a surname's ending, two more
        # capitalised words are the next person, not two more surnames, even when the given
        # name is not a known one (a run of a list's names without commas).
        if (
            taken >= 2
            and j + 1 < len(words)
            and word == bare
            and _surname_like(words[j - 1][0])
            and not _surname_like(bare)
            and not is_first_name(_bare(words[j - 1][0]))
            and _name_token(_bare(words[j + 1][0]))
            and not is_first_name(_bare(words[j + 1][0]))
        ):
            break
        # "Förvaltningschef Klas Lundgren Tillförordnad förvaltningschef Håkan Eriksson": in a
        # list that puts each title before its name, a capitalised word after a whole name and
        # before a lower-case title is the first word of the next title, no third name
        if (
            taken >= 2
            and i >= 1
            and j + 1 < len(words)
            and word == bare
            and not is_first_name(bare)
            and words[i - 1][0][:1].isupper()
            and _bare(words[i - 1][0]).lower().endswith(TITLE_SUFFIXES)
            and words[j + 1][0][:1].islower()
            and _bare(words[j + 1][0]).lower().endswith(TITLE_SUFFIXES)
        ):
            break
        # "… Per Ekström Stefan är suppleant och …": a given name that a verb follows is the
        # subject of the next sentence, no third name of the one before
        verb_next = j + 1 < len(words) and words[j + 1][0] in _SENTENCE_VERBS
        if taken >= 2 and verb_next and is_first_name(bare) and word == bare:
            break
        # "… Simon Jonsson Sten-Åke Kjell": a double given name joined by its hyphen after a
        # surname is the next person, even when a given name ("Kjell") follows as her surname
        if taken >= 2 and "-" in bare and word == bare and is_first_name(bare):
            break
        # "Mussa Selim Margreth Johnsson": two words without a surname's ending, then a third
        # and a surname: the last two are the next person (a name of four words is rare).
        if (
            taken == 2
            and j + 1 < len(words)
            and word == bare
            and not _surname_like(bare)
            and not _surname_like(words[j - 1][0])
            and words[j - 1][0] == _bare(words[j - 1][0])
            and _surname_like(words[j + 1][0])
            and _name_token(_bare(words[j + 1][0]))
            and not is_first_name(_bare(words[j + 1][0]))
        ):
            break
        # A given name after a surname starts the next person ("… Adolfsson Anita Bohman",
        # "… Haider Ulrika J Gustafsson").
        if taken >= 2 and is_first_name(bare) and j + 1 < len(words):
            nxt = _bare(words[j + 1][0])
            if _name_token(nxt) and not is_first_name(nxt):
                break
            after = _bare(words[j + 2][0]) if j + 2 < len(words) else ""
            if _INITIAL.match(words[j + 1][0]) and _name_token(after) and not is_first_name(after):
                break
            # "… Persson Ann Kristine Persson": a double given name starts the next person
            after = _bare(words[j + 2][0]) if j + 2 < len(words) else ""
            if (
                is_first_name(nxt)
                and _name_token(after)
                and not is_first_name(after)
                and not is_first_name(_bare(words[j - 1][0]))
                and words[j + 1][0] == nxt
            ):
                break
        j, taken = j + 1, taken + 1
        if word != bare:  # "Lundgren," ends the name
            break
    if (
        taken >= 2
        and j < len(words)
        and _bare(words[j][0]).lower().endswith(_ORG_ENDINGS)
        and words[j][0][0].isupper()
        and words[j - 1][0] == _bare(words[j - 1][0])
        and not (is_first_name(first) and taken == 2)  # "Lena Holm Länsstyrelsen"
    ):
        return 0  # "Blidö Frötuna Skärgårdsförening": an organisation, not a person
    if taken == 4 and _two_pairs([w[0] for w in words[i : i + 4]]):
        return 2
    return taken if taken >= 2 else 0


def _two_pairs(four: list[str]) -> bool:
    """'Torgny Arvidsson Gaby Hain', 'Sten-Åke Kjell Jorge Pereira': four capitalised words in a
    run without separators are two people, given name and surname each; a name of four words is
    rare and is then a double given name ('Britt Inger Ärfström Björk'), which a hyphened given
    name before the second cannot be."""
    if any(w != _bare(w) or w in _PARTICLES or _INITIAL.match(w) for w in four):
        return False
    double_given = is_first_name(four[1]) and "-" not in four[0]
    return (
        is_first_name(four[0]) and not double_given and _name_token(four[2])
        and _name_token(four[3])
    )


# A sentence with a subject of its own in the note between two names ("Stefan är suppleant och
# ersätter"): whom it replaces is said of that subject, not of the name before
_OTHER_SUBJECT = re.compile(r"\b[A-ZÅÄÖ][a-zåäöé]+\s+(?:är|var)\s+(?:suppleant|ersättare|ers\.?)\b")
def says_of_another(note: str) -> bool:
    """Whether a person's note holds a sentence about someone else ('Stefan är suppleant och
    ersätter …'), so that what it says of standing in is not said of her."""
    return bool(_OTHER_SUBJECT.search(note))


_SENTENCE_VERBS = {
    "är", "var", "har", "hade", "deltog", "deltar", "ersätter", "ersatte", "tjänstgör",
    "tjänstgjorde", "hälsade", "öppnade", "informerade", "meddelade", "anmälde", "kom", "lämnade",
}  # fmt: skip
# The endings of most Swedish surnames: a word with one of them ends a name in a run.
_SURNAME_ENDINGS = (
    "sson", "son", "sen", "berg", "ström", "lund", "gren", "qvist", "kvist", "quist", "dahl",
    "dal", "holm", "blad", "stedt", "stad", "fors", "vall", "bäck", "mark", "ling", "man",
    "lin", "ius", "borg", "gård", "hed", "sjö", "by", "löf", "löv", "rot", "ek", "sköld",
)  # fmt: skip


def _surname_like(word: str) -> bool:
    word = word.strip(",.;:()")
    return len(word) >= 4 and word.lower().endswith(_SURNAME_ENDINGS)


def _place_before_name(words: list, i: int) -> bool:
    """'Anita Engström, SPF Seniorerna Stallarholmen Dolf Bergsten, SPF …': in a list of
    'Name, organisation' entries, a capitalised word after the organisation's name and before
    two more that a comma ends is the organisation's place, and the two are the next person,
    even when her given name is not a known one."""
    if i < 1 or i + 2 >= len(words):
        return False
    prev, word, given, last = (words[k][0] for k in (i - 1, i, i + 1, i + 2))
    org_before = (is_title_word(prev) and prev[:1].isupper()) or (
        prev.isalpha() and prev.isupper() and 2 <= len(prev) <= 6 and not PARTY.match(prev)
        and prev not in _NOT_ORG_LETTERS
    )
    return (
        org_before
        and word == _bare(word)
        and given == _bare(given)
        and last.endswith(",")
        and not is_first_name(word)
        and _CAP.match(word) is not None  # a place, though a municipality's ("PRO Kumla")
        and _name_token(given)
        and _name_token(_bare(last))
    )


def _after_a_surname(words: list, i: int) -> bool:
    """Whether words[i] starts a person right after a name that ended in a surname ('Maud
    Bengtsson Mussa Selim'): the same test _name_at stops a name at."""
    if i < 2 or i + 1 >= len(words):
        return False
    prev, word, nxt = words[i - 1][0], words[i][0], _bare(words[i + 1][0])
    return (
        prev == _bare(prev)
        and word == _bare(word)
        and _surname_like(prev)
        and not is_first_name(prev)
        and _name_token(_bare(words[i - 2][0]))
        and _name_token(word)
        and not _surname_like(word)
        and _name_token(nxt)
        and not is_first_name(nxt)
    )


def _before_a_surname(words: list, i: int) -> bool:
    """'Mussa Selim Margreth Johnsson': words[i] starts the second pair (see _name_at)."""
    if i < 2 or i + 1 >= len(words):
        return False
    two, one, word, nxt = words[i - 2][0], words[i - 1][0], words[i][0], words[i + 1][0]
    return (
        one == _bare(one)
        and word == _bare(word)
        and _name_token(two)
        and _name_token(one)
        and not _surname_like(one)
        and not _surname_like(word)
        and _name_token(word)
        and _surname_like(nxt)
        and _name_token(_bare(nxt))
        and not is_first_name(_bare(nxt))
    )


def _starts_person(words: list, i: int, text: str) -> bool:
    word = words[i][0]
    if is_first_name(word):
        return True
    if i + 2 < len(words) and words[i + 1][0] in _PARTICLES and _name_token(word):
        return True  # "Kayumba van den Brink": a given name before a surname's particle
    before = text[: words[i][1]].rstrip()
    if not before or before.endswith(_SEPARATORS) or "\t" in text[words[i][1] - 1 : words[i][1]]:
        return True
    prev = words[i - 1][0] if i else ""
    if _after_a_surname(words, i) or _before_a_surname(words, i):
        return True  # "… Bengtsson Mussa Selim": the next person of a run without commas
    if i and i + 1 < len(words) and words[i + 1][0][-1] == "," and _place_before_name(words, i - 1):
        return True  # "SPF Seniorerna Stallarholmen Dolf Bergsten,": after the place
    if prev[:1].isupper() and prev == _bare(prev) and prev.lower().endswith(_ORG_ENDINGS):
        return True  # "Trosa-Vagnhärad Finska Förening Isolde Friberg": after an association
    return bool(prev) and (
        prev[0].islower()
        or prev[0].isdigit()
        or PARTY.match(prev)
        or prev in MARK_PRESENT
        or is_title_word(prev)  # "Näringslivsstrateg Gabriela Kloth"
        # "Sven-Olof Byström PRO Vivi-Ann Vallin", "Bo Aronsson, GR Georgia Larsson": an
        # organisation's letters after a name end it (but "Savonen, VD Gällivare Energi AB",
        # "Turism AB Malungs Elverk": a title, a company)
        or (
            prev.isalpha() and prev.isupper() and 2 <= len(prev) <= 6
            and prev not in _NOT_ORG_LETTERS and i >= 2 and _name_token(_bare(words[i - 2][0]))
        )
    )


_NOT_ORG_LETTERS = {"AB", "VD", "HB", "KB"}


def people_in_run(text: str, stand_ins: bool = False) -> list[Person]:
    """Every person named in a run of text, with the note after each name. `stand_ins`: the
    run is the list under "Tjänstgörande ersättare", where a column of whom they replace may
    follow its head "ersätter" (see _pair_column)."""
    return [Person(*found) for found in _people_in_run(text, stand_ins)]


@lru_cache(maxsize=4096)
def _people_in_run(text: str, stand_ins: bool = False) -> tuple[tuple[str, str, str], ...]:
    """people_in_run, kept for the same text asked again (a row is read more than once)."""
    words, text = _words(text)
    titled = len(_TITLED_ENTRY.findall(text)) >= 2
    paired = -1
    found: list[Person] = []
    more: list[str] = []  # the replaced of a column of stand-ins, after the first
    column: list[str] | None = None  # the replaced after a column's head "ersätter"
    i = 0
    note_from = None
    while i < len(words):
        starts = i == paired or _starts_person(words, i, text)
        size = _name_at(words, i) if starts else 0
        if size and found and note_from is not None and titled:
            # the comma that ended the name before belongs to the gap ("Juntorp, Svenljunga")
            comma = "," if text[:note_from].endswith(",") else ""
            if _in_note(comma + text[note_from : words[i][1]], words[i][0], found):
                size = 0
        elif size == 2 and i + 3 < len(words) and _two_pairs([w[0] for w in words[i : i + 4]]):
            paired = i + 2  # "Torgny Arvidsson Gaby Hain": the second pair starts a person
        if not size:
            i += 1
            continue
        name = " ".join(_bare(w[0]) for w in words[i : i + size])
        start, end = words[i][1], words[i + size - 1][2]
        if found and note_from is not None:
            note = text[note_from:start]
            if column is not None and _PARTY_GAP.fullmatch(note):
                column.append(name)  # "… ersätter Charlott Lorentzen (MP) Magnus Sandgren"
                note_from = end
                i += size
                continue
            if column is not None:
                _pair_column(found, column)
                column = None
            # "Jan-Olof Andersson för Kurt Edlund", "Fia Berg (S) för Gun Ek (S)"
            bare_for = bool(
                re.fullmatch(
                    r"[\s,(]*(?:\(?[A-ZÅÄÖ]{1,3}\)?[\s,]*)?(?:§§?\s*[\d\s,–-]+)?för\s*", note, re.I
                )  # "Karin Lund (KD) §§ 3-5 för Lars Dahl": for those §§ only
            )
            if _OTHER_SUBJECT.search(note):
                # "Per Ek Stefan är suppleant och ersätter Eva Holm": the sentence says it of
                # Stefan, not of Per, and Eva Holm is whom she replaces, no one of the list
                found[-1].note = (found[-1].note + " " + note).strip(" ,")
                note_from = end
                i += size
                continue
            if _REPLACES.search(note) or bare_for:  # "tjg ers för Anna Berg": the replaced
                if found[-1].replaces and bare_for:
                    more.append(name)  # "… för Maidie Wiklund för Nina Fållbäck-Svenson"
                    note_from = end
                    i += size
                    continue
                found[-1].replaces = name
                found[-1].note = (found[-1].note + " " + note).strip()
                if stand_ins and _COLUMN_HEAD.fullmatch(note):
                    column = [name]  # a column of whom they replace may follow
                note_from = end
                i += size
                continue
            found[-1].note = (found[-1].note + " " + note).strip(" ,")
            if _REPLACED_BY.search(note):  # "Dora Stål (S), ersatt av Kent Berg (S)"
                found.append(Person(name, replaces=found[-1].name))
                note_from = end
                i += size
                continue
        found.append(Person(name))
        note_from = end
        i += size
    if column is not None:
        _pair_column(found, column)
    if found and note_from is not None:
        found[-1].note = (found[-1].note + " " + text[note_from:]).strip(" ,")
    for person in found:
        person.note = person.note.strip(" ,")
    _pair_columns(found, more)
    return tuple((p.name, p.note, p.replaces) for p in found)


# "Fredrik Hellsten, barn- och utbildningschef 131": an entry of a list of people with what they
# are after a comma; two of them make the run such a list
_TITLED_ENTRY = re.compile(rf"[{_UPPER}][{_LOWER}]+,\s+[{_LOWER}]{{3,}}")


def _in_note(between: str, first: str, found: list) -> bool:
    """In a list of 'Name, what she is' entries, capitalised words right after a name's comma
    ('… utbildningschef 131 Charlotta Juntorp, Svenljunga Köping 132') or after a capitalised
    word inside a note begun in lower case ('koordinator i Nätverket Uppdrag Hälsa') are her
    organisation, not the next person, unless they begin with a given name. Right after the
    comma only when the entry before had such a note too: a list of bare names with commas
    ('Nils-Erik Johansson, Nisse Norén,') goes on with names."""
    if is_first_name(first) or re.search(r"\d|[()]", between):
        return False
    gap = between.strip()
    if gap == ",":
        before = found[-2].note if len(found) >= 2 else ""
        return bool(re.search(rf"(?:^|\s)[{_LOWER}]{{3,}}", before))
    rest = gap.lstrip(", ")
    if not rest[:1].islower():
        return False
    last = rest.split()[-1]
    return (
        last[:1].isupper()
        and last == _bare(last)
        and not last.lower().endswith(TITLE_SUFFIXES)  # "handläggare Tallat Abdel Mallak"
        and not PARTY.match(last)
    )


# "Per Atmander (MP) Ulla Olofsson (M) … Thor Ströberg (SD) ersätter Charlott Lorentzen (MP)
# Magnus Sandgren (M) …": a table's two columns, the stand-ins and whom they replace, with the
# second column's head "ersätter" between them, flattened one after the other
_COLUMN_HEAD = re.compile(r"\s*(?:\([A-ZÅÄÖ]{1,3}\)\s*)?ersätter\s*", re.I)
_PARTY_GAP = re.compile(r"\s*(?:\([A-ZÅÄÖ]{1,3}\)\s*)?")


def _pair_column(found: list[Person], column: list[str]) -> None:
    """Pair the stand-ins before the head with the column after it, in order, when there are
    as many of one as of the other; otherwise those after the first are people of their own."""
    if len(column) < 2:
        return
    stand_ins = found[-len(column) :]
    if (
        len(found) == len(column)  # every stand-in of the list, and none besides
        and not any(p.replaces for p in stand_ins[:-1])
        and all(_PARTY_GAP.fullmatch(p.note) for p in stand_ins[:-1])
    ):
        for person, whom in zip(stand_ins, column, strict=True):
            person.replaces = whom
        return
    found.extend(Person(name) for name in column[1:])


def _pair_columns(found: list[Person], more: list[str]) -> None:
    """'Bo Danielsson Gusten Rolandsson Jan-Olof Andersson för Maidie Wiklund för Nina
    Fållbäck-Svenson för Lars-Olof Eliasson': a column of stand-ins and the column of whom they
    replace, flattened one after the other; paired in order."""
    if not more or not found:
        return
    replaced = [found[-1].replaces, *more]
    stand_ins = found[-len(replaced) :]
    if len(stand_ins) < len(replaced) or any(p.replaces for p in stand_ins[:-1]):
        found[-1].replaces = more[-1]  # no column to pair with: the last one said
        return
    for person, whom in zip(stand_ins, replaced, strict=True):
        person.replaces = whom


_PARTLY = re.compile(r"^\W*§\s*\d")
_NOT_THERE = re.compile(
    r"^\W*(?:\(?[A-ZÅÄÖ]{1,3}\)?,?\s*)?\(?(?:ej|inte|icke)\s+(?:närv|deltag)", re.I
)
_DID_NOT = re.compile(r"\b(?:deltog|deltar|närvarade)\s+(?:ej|inte)\b|\bej\s+närvarande\b", re.I)


_NO_PARTY = re.compile(r"\(\s*[-–—]\s*\)")


def mark_of(note: str) -> str:
    """'present', 'absent', 'part' (there for some §§) or '' from an attendance mark near the
    start of a note: 'X', '(S) 1', 'S -', 'I', 'SON N' (a column of N for närvarande), 'SPF
    Frånvaro anmäld', '§ 44-58'."""
    if _NOT_THERE.match(note) or _DID_NOT.search(note[:60]):
        return "absent"  # "(ej närvarande)", "S, ej närv.", "Barbro Karlsson, Vision deltog ej"
    if _PARTLY.match(note):
        return "part"  # "§ 44-58, 66-74" in the column of those there: there for those
    # "Maj-Britt Elmvik (-)": a member without a party, the dash in its brackets; no mark
    if "(" in note:
        note = _NO_PARTY.sub(" ", note)
    words = note.replace("(", " (").split()[:6]
    after_words = False  # past a word of a title or an organisation ("PRO:s samo N")
    for k, word in enumerate(words):
        bare = word.strip("(),.:").casefold()
        if (
            bare in MARK_PRESENT
            and (k == 0 or len(bare) > 1 or word.isupper() or bare in "x1")
            and (not after_words or word.strip("(),.:").isupper() or bare in {"✓", "✔"})
        ):
            return "present"
        dash = bare in ("-", "–", "—")
        if dash and any(w[:1].isupper() or w[:1].islower() for w in words[k + 1 :]):
            continue  # "Per Lind – Region Örebro län", "– ordförande": a dash before a note
        if bare in MARK_ABSENT and (not after_words or len(bare) > 2):
            return "absent"  # but "chef Stöd - och …", "t f förvchef" are no marks
        if bare and bare[0].isdigit() and k > 0:
            break  # "§§ 12-13": numbers further on are not marks
        if any(c.islower() for c in word) and bare not in _SKIPPED_BEFORE_MARK and not (
            word.startswith("(") and PARTY.match(word)
        ):  # "(s)", "(fp)": a party in lower case, as older minutes write it, is no word
            after_words = True
    return ""


# Words a table row may put between a name and its mark ("Anna Holm (S) ordförande X").
_SKIPPED_BEFORE_MARK = {
    "ordförande", "ordf", "vice", "1:e", "2:e", "sekreterare", "sekr", "ledamot", "ledamöter",
    "ersättare", "ers", "tjg", "suppleant", "justerare", "kassör", "adj", "adjungerad",
}  # fmt: skip
