"""§ paragraphs in text that runs together: "VILHELMINA KOMMUN PROTOKOLL 3 Sn 49 Sammanträdets
öppnande, formalia. Ordförande … öppnade sammanträdet …".

A protokoll numbers its paragraphs through the year (§ 110, § 111 …) and often writes the
body's letters in front of the number ("Kf 113", "KS § 12", "Sn 49"); text taken page by page from
a PDF (or a transcript of one) keeps each page on one line and may lose the § sign altogether
("2 101 Taxor och avgifter …"). A marker counts as a paragraph of the minutes when the numbers
follow each other through the document (49, 50 …), or when the front page's "Paragrafer 132-142"
covers it, or when it carries the § sign. Each paragraph found is cut out as "§ N Title" followed
by its text, the shape every later step reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from .first_names import is_first_name
from .repeated_agenda import title_key

_MARK = re.compile(
    r"(?:(?<=\s)|^|(?<=[^\d\s][.,;:)]))"
    r"(?:(?P<sign>§§?|Paragraf)\s*|(?P<abbr>(?-i:[A-ZÅÄÖ][a-zåäö]{0,3}|[A-ZÅÄÖ]{2,4}))\s+"
    r"(?P<signed>§\s*)?)?"
    # "KS § 12/2019": the year the paragraphs are numbered in; "12 § Budget": the sign after
    r"(?P<n>\d{1,4})(?:/(?P<year>(?:19|20)\d\d))?(?:\s*(?P<after>§)(?!§))?"
    r"(?![\d(/:,.-])\s+(?=[A-ZÅÄÖ][A-ZÅÄÖa-zåäöé]"
    # "§ 45 2022/123 Val av …", "§ 46 (MN 2022/130) Tillsynsplan": a diary number first
    r"|\(?(?:[A-ZÅÄÖ]{1,5}\s+)?(?:19|20)\d\d[/:.-]\d+\)?\s+[A-ZÅÄÖ])"
)
_DIGIT = re.compile(r"\d")
_LAW = re.compile(r"kap\.?\s*$", re.I)
_DIARY_AFTER = re.compile(r"(?:Dnr\.?:?\s|DNR\s|(?:[A-ZÅÄÖ]{1,5}\s?[/ ]?)?(?:19|20)\d\d[/:.-]\d)")
# "Paragrafer 132-142", "§§ 54–75", "Omfattning 1-17", "Justerade paragrafer 1-15"
_RANGE = re.compile(
    r"(?:paragrafer|§§|§|omfattning|paragraf)\s*[:;]?\s*(?P<a>\d{1,4})\s*[-–—]\s*(?P<b>\d{1,4})\b",
    re.I,
)
# The word an agenda numbers its items with, right before the number: no § paragraph
_ITEM_WORD = re.compile(r"(?:^|\s)(?:punkt|ärende)\s*$", re.I)
# Words before a number that make it a page number ("PROTOKOLL 3", "Sida 4", "Blad 2").
# A word of its own: "godkändes. 241 Rapport" ends a sentence in "s.", it names no page
_PAGE_WORD = re.compile(r"(?<![\wåäöÅÄÖ])(?:protokoll|sida|sid|blad|page|s\.)\s*$", re.I)
# What may stand before the first § of a page: the page's number, its counter ("3 3(43)"), and
# the paragraph's diary number, which many templates set in front of the § number
# ("3 3(43) KSKF/2014:1 235 Val till kommunala uppdrag", "Dnr KS 2019/12 44 Budget …")
_LEAD_BEFORE = re.compile(
    r"\d{1,3}\s+(?:(?:sida\s+)?\d{1,3}\s*\(\d{1,3}\)\s+)?"
    r"(?:(?:dnr\.?:?\s*)?(?:[A-ZÅÄÖ]{1,6}[\s/-]?)?(?:19|20)\d\d[/:.-]\d{1,5}\s+)?",
    re.I,
)
# A transcript's page head, its number run into the text before it: "… Underskrift 2
# Kommunstyrelsen (36) 109 Godkännande av ärendelista …" (the page's number, the body, the
# count of pages)
_PAGE_HEAD = r"[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,3}\s+\(\s*\d{1,3}\s*\)"
_PAGE_HEAD_AFTER = re.compile(rf"{_PAGE_HEAD}(?:\s+(?=\d|[A-ZÅÄÖ])|\s*$)")
_PAGE_HEAD_BEFORE = re.compile(rf"(?:^|\s)\d{{1,3}}\s+{_PAGE_HEAD}\s+$")
# A reference chain after the number: "Au 84 Sn 34 Au 57 Dnr 2016/ …", "Dnr KS 2015/123".
_REFERENCES = re.compile(
    r"^(?:(?:(?-i:[A-ZÅÄÖ][a-zåäö]{0,3}|[A-ZÅÄÖ]{2,4})\s+\d{1,4}\s+)|(?:Dnr\.?:?\s*(?:[A-ZÅÄÖ]{1,5}\s+)?"
    r"[\w/.:-]*\d[\w/.:-]*\s+|Dnr\.?:?\s+(?:[A-ZÅÄÖ][a-zåäö]{0,3}\s+)?)"
    r"|\(?(?:[A-ZÅÄÖ]{1,5}\s+)?(?:19|20)\d\d[/:.-][\w/.:-]*\)?,?\s+)+",
)


@dataclass
class _Mark:
    para: int
    start: int  # where the marker starts in the paragraph
    end: int  # where the title starts
    number: int
    kind: str  # "sign", "abbr:Kf", "bare"
    weak: bool = False  # after "Protokoll" or "Sida": a page number unless it continues a run
    lead: bool = False  # right after the page's own number: "2 101 Taxor och avgifter …"
    sign_at: int = -1  # where a § after the letters stands ("Kf § 113", "Per Lind § 12")
    n_at: int = -1  # where the number stands
    contents: bool = False  # an entry of a table of contents: its title ends in a page number
    bracket: tuple[int, int] | None = None  # where "(ärende 3)" after the title stands
    formal: bool = False  # before a title every meeting opens with: "239 Val av justerare"
    listed: str = ""  # the title a table of contents gives this § under its number


# The titles a meeting's formalities go under. A number alone before one of them is a § even
# where the transcript lost the sign and the next number ("… Sekreterare Marianne Hammarström
# 239 Val av protokolljusterare … Föredragningslista, daterad godkändes. 241 …"): no table, date
# or count of a front page is followed by such a title.
_FORMAL_TITLE = re.compile(
    r"(?:Val\s+av\s+(?:protokolls?)?juster|Utseende\s+av\s+juster|Protokolls?juster"
    r"|Justering(?:\s+av\s+protokoll)?(?:\s|$)|Justerare(?:\s|$)"
    r"|(?:Fastställande|Godkännande)\s+av\s+(?:dagordning|föredragningslista|ärendelista)"
    r"|Sammanträdets\s+öppnande|Mötets\s+öppnande"
    r"|Upprop(?:\s|$))"
)


def _marks(paragraphs: list[str], page_starts: set[int]) -> list[_Mark]:
    found = []
    for k, text in enumerate(paragraphs):
        if "\t" in text or not _DIGIT.search(text):
            continue  # a marker has a number: most paragraphs need no search for one
        for m in _MARK.finditer(text):
            number, lead = int(m["n"]), False
            if _person_at(text[m.end() :]):
                continue  # "VD Malungshem AB 132 Lars Bälter": a § after a name, then the next
            if m["year"] and not (m["sign"] or m["signed"] or m["after"]):
                continue  # "12/2019" without a §: a date or a diary number
            if m["after"] and _LAW.search(text, max(0, m.start() - 12), m.start()):
                continue  # "6 kap. 4 § KL": a section of a law, not of the minutes
            if m["sign"] or m["after"]:
                kind = "sign"
            elif m["abbr"]:
                if m["abbr"].lower() in {"kl", "den", "nr", "år", "sid", "s", "tel", "bil"}:
                    continue
                kind = f"abbr:{m['abbr'].lower()}"
            else:
                if 1900 <= number <= 2100 or (
                    m.start() == 0 and k not in page_starts
                    # "65 Justering Regionstyrelsen utser …" opening a page of text: the
                    # first § after the front page, before a title of the formalities (not in
                    # the document's title line, a transcript's heading cut from its text)
                    and not (k > 0 and _FORMAL_TITLE.match(text, m.end()))
                ):
                    continue  # a year, or a page number in front of the page
                if _PAGE_HEAD_AFTER.match(text, m.end()):
                    continue  # "2 Kommunstyrelsen (36) 109 …": the page's number and its head
                if _ITEM_WORD.search(text[: m.start()]):
                    continue  # "Punkt 3 Budget", "Ärende 4 …": the item's own number, no §
                # "2 101 Taxor och avgifter …": the first § of a page, right after its number
                kind = "bare"
                lead = m.start() == 0 or bool(_LEAD_BEFORE.fullmatch(text[: m.start()]))
                # … and the number right after such a head is the page's first §
                lead = lead or bool(_PAGE_HEAD_BEFORE.search(text, 0, m.start()))
            weak = bool(_PAGE_WORD.search(text[: m.start()]))
            # "Ks 235 Dnr KS 2018/77 Medborgarförslag …": a number with the paragraph's diary
            # number right after it is a § even alone, as in an utdrag of a single paragraph
            if not weak and _DIARY_AFTER.match(text, m.end()) and (
                not m["abbr"] or m["abbr"].lower() not in {"sida", "blad"}
            ):
                lead = True
            sign_at = m.start("signed") if m["signed"] else -1
            mark = _Mark(k, m.start(), m.end(), number, kind, weak, lead, sign_at, m.start("n"))
            mark.formal = not weak and bool(_FORMAL_TITLE.match(text, m.end()))
            found.append(mark)
    # "Utses att justera Per Lind § 12 Budget …", "Anmält förhinder: Olle Dahl 31 Mötets …":
    # letters before the number that no other marker repeats are the end of a name or a word,
    # not the body's letters ("Kf § 113", "Kf § 114"); the marker is the § or the number itself
    counts: dict[str, int] = {}
    for mark in found:
        counts[mark.kind] = counts.get(mark.kind, 0) + 1
    for mark in found:
        if not mark.kind.startswith("abbr:") or counts[mark.kind] > 1:
            continue
        if mark.lead:  # the body's letters before a § with its diary number: the § itself
            mark.kind = "sign"
            continue
        if mark.sign_at >= 0:
            mark.kind, mark.start = "sign", mark.sign_at
        elif not 1900 <= mark.number <= 2100:
            mark.kind, mark.start = "bare", mark.n_at
    return found


def _declared(paragraphs: list[str]) -> tuple[int, int] | None:
    for text in paragraphs[:40]:
        m = _RANGE.search(text)
        if m and int(m["a"]) <= int(m["b"]) <= int(m["a"]) + 400:
            return int(m["a"]), int(m["b"])
    return None


def _chain(marks: list[_Mark]) -> list[_Mark]:
    """The longest run of markers numbered one after the other, in document order."""
    if not marks:
        return []
    best: list[_Mark] = []
    for k, first in enumerate(marks):
        if first.weak:
            continue
        chain, want = [first], first.number + 1
        for mark in marks[k + 1 :]:
            # A number or two may be lost in a transcript ("… kl Bordlagda ärenden (inga) 7
            # Beslut som …"): a run of two goes on past the gap, and so does a § of the
            # meeting's formalities past one lost number ("239 Val av justerare … 241 …").
            gap = 2 if len(chain) >= 2 and not mark.weak else 0
            if len(chain) == 1 and first.formal and not mark.weak:
                gap = 1
            if want <= mark.number <= want + gap:
                chain.append(mark)
                want = mark.number + 1
        # of runs as long, the one that opens with the meeting's formalities
        if len(chain) > len(best) or (len(chain) == len(best) and first.formal > best[0].formal):
            best = chain
    return best


# A table of contents: its label, or a page number standing in an entry ("… justering 4")
_CONTENTS_LABEL = re.compile(
    r"\b(?:innehållsförteckning|innehåll|förteckning|ärendelista|föredragningslista|ärenderubrik"
    r"|dagordning)\b",
    re.I,
)
_PAGE_NUMBER = re.compile(r"(?:^|\s)\d{1,3}(?:\s|$)")
_PAGE_AT_END = re.compile(r"[,\s]+\d{1,3}$")
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+[A-ZÅÄÖ]")
_ENTRY_WORDS = 20  # an entry's title and page number; a § with its text runs longer


def _segment(paragraphs: list[str], marks: list[_Mark], k: int) -> str:
    """What follows marker k up to the next marker of its paragraph or the paragraph's end."""
    mark = marks[k]
    nxt = marks[k + 1] if k + 1 < len(marks) and marks[k + 1].para == mark.para else None
    return paragraphs[mark.para][mark.end : nxt.start if nxt else None].strip()


def _is_entry(segment: str) -> bool:
    return len(segment.split()) <= _ENTRY_WORDS and not _SENTENCE_INSIDE.search(segment)


def _without_contents(paragraphs: list[str], marks: list[_Mark]) -> list[_Mark]:
    """The markers without a table of contents run into one line ('Innehållsförteckning
    Information 35 Delårsrapport 36 Miljöbalkstaxan 37 …', 'Ärenderubrik Sida 84 Val av
    justerande 4 85 Föregående mötes protokoll 5 …'): three or more markers in one paragraph,
    each followed by a short title and no sentence, under a contents label or with page numbers
    in most entries, before any § with text. Read as § paragraphs they become items with their
    titles shifted, and the real §§ later on lose their numbers to them. A document with no
    marker besides (a transcript of its first pages only) keeps them: they are all it says of
    its items."""
    k = 0
    while k < len(marks):
        para = marks[k].para
        run = [j for j in range(k, len(marks)) if marks[j].para == para]
        entries = [j for j in run if _is_entry(_segment(paragraphs, marks, j))]
        if len(run) >= 3 and len(entries) == len(run):
            text = paragraphs[para]
            labelled = (
                bool(_CONTENTS_LABEL.search(text[: marks[k].start]))
                or (para > 0 and bool(_CONTENTS_LABEL.search(paragraphs[para - 1])))
                # "2 37 Innehållsförteckning FHR 29 …": the page's own numbers, then the label
                or bool(_CONTENTS_LABEL.fullmatch(_segment(paragraphs, marks, k).strip(" .:")))
            )
            paged = sum(bool(_PAGE_NUMBER.search(_segment(paragraphs, marks, j))) for j in run)
            if labelled or paged * 3 >= len(run) * 2:
                rest = marks[:k] + marks[run[-1] + 1 :]
                if rest:
                    _listed_again(paragraphs, marks, run, rest)
                    return rest
                for j in run:
                    marks[j].contents = True
                return marks
        if len(entries) < len(run):
            return marks  # a § with its text came first: no table of contents after it
        k = run[-1] + 1
    return marks


def _listed_again(paragraphs: list[str], marks: list[_Mark], entries: list[int],
                  rest: list[_Mark]) -> None:
    """A number alone before a title that the table of contents lists under that number
    ('Innehållsförteckning 19 Mellerud PRIDE 2017 3 20 …', then '… 2017-09-11 3 19 Mellerud PRIDE
    2017 Kommunala ungdomsrådet godkänner …') is that § even when the page keeps only one §
    and its running head stands before it: the contents say so, as a page's own number would."""
    listed = {marks[j].number: _PAGE_AT_END.sub("", _segment(paragraphs, marks, j))
              for j in entries}
    for mark in rest:
        title = listed.get(mark.number, "")
        key = title_key(title)
        if mark.kind == "bare" and not mark.weak and key:
            text = paragraphs[mark.para][mark.end : mark.end + 80]
            if title_key(text, len(key)) == key:
                mark.lead, mark.listed = True, title


def paragraph_marks(paragraphs: list[str], page_starts: set[int] = frozenset()) -> list[_Mark]:
    marks = _without_contents(paragraphs, _marks(paragraphs, set(page_starts)))
    if not marks:
        return []
    span = _declared(paragraphs)
    kinds = sorted({m.kind for m in marks}, key=lambda k: (k == "bare", k != "sign", k))
    for kind in kinds:
        of_kind = [m for m in marks if m.kind == kind]
        if span:
            inside = [m for m in of_kind if span[0] <= m.number <= span[1]]
            chain = _chain(inside)
            if chain and (len(chain) >= 2 or kind != "bare" or len(inside) == 1):
                return chain
            continue
        chain = _chain(of_kind)
        if len(chain) >= 2 or (chain and (kind == "sign" or chain[0].lead or chain[0].formal)):
            return chain
    return []


def _person_at(text: str) -> bool:
    words = text.split(None, 2)
    return (
        len(words) >= 2
        and is_first_name(words[0])
        and bool(re.match(r"^[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?,?$", words[1]))
        and not is_first_name(words[1].rstrip(","))
    )


_ONLY_REFERENCE = re.compile(
    r"(?:dnr\.?:?\s*)?(?:[A-ZÅÄÖ]{1,5}\s*)?[\w.:-]*\d[/.:-]\d[\w/.:-]*", re.I
)
# A § title is a noun phrase: "Fastställande av …", "Godkännande av …",
# "Anmälan av …"; an att-sats right after such a title is the paragraph's decision.
_ACTION_TITLE = re.compile(r"^[A-ZÅÄÖ][a-zåäö]*(?:ande|ende|ning|else|an)\s+(?:av|för|till)\s")
_BEFORE_ATT = {"om", "för", "till", "med", "på", "av", "i", "och", "samt", "eller", "uppdrag",
               "förslag", "beslut", "möjlighet", "rätt", "krav", "begäran", "ansökan", "motion"}
_PREPOSITIONS = {"för", "om", "i", "av", "till", "vid", "på", "med", "mot", "från", "inom", "kring",
                 "angående", "ang", "avseende", "rörande", "inför", "över", "och"}
_BOUNDARY_AFTER = re.compile(r"[a-zåäö0-9)]$")
_POINT = re.compile(r"\d{1,2}\)")  # the first point of a list in the § text
_DECIDING = {"beslutar", "beslöt"}  # never in a title ("beslutade" may be: "beslutade åtgärder")
# "• 2 Till ordförande för mötet valdes Gunnar von Corswant": a point that is a sentence, its
# verb of electing before the names elected; a title has no such verb, so nothing is cut off
_ELECTED = {"valdes", "omvaldes", "nyvaldes", "utsågs", "väljs", "omväljs", "utses"}
# "241 Landstingsdirektörens rapport att notera informationen …": after any title, an att-sats
# with a verb a body decides with is the decision, its subject lost in the transcript
_DECIDING_ATT = {"notera", "anteckna", "godkänna", "fastställa", "lägga", "anta", "bevilja",
                 "avslå", "bifalla", "tillstyrka", "utse", "välja", "uppdra", "återremittera",
                 "bordlägga", "avskriva", "överlämna"}


def split_title(text: str) -> tuple[str, str]:
    """'Fastställande av dagens föredragningslista Ordföranden redogör …' -> the title and the
    text: the title ends at a full stop or where a capitalised word starts a sentence."""
    refs = _REFERENCES.match(text)
    if refs:
        text = text[refs.end() :]
    if _ONLY_REFERENCE.fullmatch(text.strip()):
        return "", ""  # "§ 202 Dnr 2022/301": only the diary number, the title comes next
    words = text.split(" ")
    for k, word in enumerate(words[:16]):
        if k and _POINT.fullmatch(word):  # "Information 1) Ordföranden informerade …"
            return " ".join(words[:k]).strip(" ,"), " ".join(words[k:])
        # "Reglemente för nämnderna 1. Fastställa reglemente …": the decision's first point
        if k and word == "1." and k + 1 < len(words) and words[k + 1][:1].isupper():
            return " ".join(words[:k]).strip(" ,"), " ".join(words[k:])
        # "31 Val av justerare beslutar att utse Sara Högelius (V) …": a title has no finite
        # verb; the decision starts at it, its subject (the body's name) lost in the transcript
        if k and word in _DECIDING:
            return " ".join(words[:k]).strip(" ,"), " ".join(words[k:])
        # "Justering av protokoll s beslut utser Bengt Ek …": the label of the decision, its
        # body's name lost but for the genitive's s, ends the title
        if k and word == "beslut" and k + 1 < len(words) and words[k + 1] in _SUBJECT_LOST:
            end = k - 1 if k >= 2 and words[k - 1] == "s" else k
            return " ".join(words[:end]).strip(" ,"), " ".join(words[k:])
        if k and word in _ELECTED:
            end = next((e for e in range(k + 1, len(words)) if words[e].endswith(".")), None)
            if end is not None:
                return " ".join(words[: end + 1]).rstrip("."), " ".join(words[end + 1 :])
            if len(words) <= 16:
                return text.strip(), ""
        if k and word == "att" and (
            (k >= 2 and _ACTION_TITLE.match(text))
            or (k + 1 < len(words) and words[k + 1].lower() in _DECIDING_ATT)
        ) and (
            words[k - 1].lower() not in _BEFORE_ATT
        ):  # "Fastställande av dagordning att fastställa dagordningen": the att-sats decides
            return " ".join(words[:k]).strip(" ,"), " ".join(words[k:])
        if k and word[:1].isupper() and len(word) > 1 and _BOUNDARY_AFTER.search(words[k - 1]):
            if word.isupper() and len(word) <= 4:
                continue  # "KS Teknik", "(VAMAS)": letters inside the title
            if words[k - 1].lower() in _PREPOSITIONS and not _PART.match(" ".join(words[k:])):
                continue  # "Detaljplan för Ängen", "Motion om Hjälmaren": a name in the title
            return " ".join(words[:k]).strip(" ,"), " ".join(words[k:])
        if word.endswith((".", ":")) and k + 1 < len(words) and words[k + 1][:1].isupper():
            return " ".join(words[: k + 1]).rstrip(".: "), " ".join(words[k + 1 :])
    if len(words) <= 16:
        return text.strip(), ""
    return " ".join(words[:10]), " ".join(words[10:])


# The furniture of a page: "Justerandes sign", "Utdragsbestyrkande", "Sida 3 (12)"
_FURNITURE = re.compile(
    r"^(?:justerandes\s+sign\w*|justerares\s+sign\w*|utdragsbestyrkande|sida\s+\d+(?:\s*\(\d+\))?"
    r"|\d{1,3}\s*\(\d{1,3}\)|sign\.?)(?:\s+(?:justerandes\s+sign\w*|utdragsbestyrkande))?\s*$",
    re.I,
)


def is_page_footer(paragraph: str) -> bool:
    """'Justerandes sign', 'Utdragsbestyrkande', 'Sida 3 (12)': a page's own footer."""
    return len(paragraph) < 60 and bool(_FURNITURE.match(paragraph.strip()))


def furniture(paragraphs: list[str], start: int) -> set[int]:
    """Page furniture after the header: footers ('Justerandes sign', 'Utdragsbestyrkande') and
    the header's short lines repeated at the top of later pages ('SAMMANTRÄDESPROTOKOLL',
    'Socialnämnden', 'Sammanträdesdatum 2021-03-15'). Never an item, never a decision."""
    head = {p.strip().casefold() for p in paragraphs[:start] if 0 < len(p.split()) <= 6}
    return {
        i for i in range(start, len(paragraphs))
        if _FURNITURE.match(paragraphs[i].strip())
        or (paragraphs[i].strip().casefold() in head and "\t" not in paragraphs[i])
    }


_PAGE_START = re.compile(r"^\d{1,3}\s+\S")
_COUNTER = re.compile(r"^\s*(?:\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|/\s*\d{1,3})?|\(\d{1,3}\))\s+")


def _token_key(token: str) -> str:
    return re.sub(r"\d+", "#", token)


def strip_running_heads(paragraphs: list[str]) -> tuple[list[str], set[int]]:
    """Pages of a transcript start with their number and the running head ('3 VILHELMINA KOMMUN
    PROTOKOLL 3 Sn 49 …'): the head, the same on every page after the first, is taken off so
    that the page reads from its first paragraph or from the text it carries over."""
    pages = [k for k, p in enumerate(paragraphs) if _PAGE_START.match(p) and len(p) > 40]
    if len(pages) < 2:
        return paragraphs, set()
    later = pages[1:] if len(pages) >= 3 else pages
    tokens = [paragraphs[k].split() for k in later]
    prefix = 0
    while all(len(t) > prefix + 1 for t in tokens):
        keys = {_token_key(t[prefix]) for t in tokens}
        if len(keys) != 1 or "§" in keys:
            break
        prefix += 1
    # "… 2 (12) Bun 23 Dnr BUN 2019/11 …" on every page: the same shape, but a § marker whose
    # number changes from page to page (or a diary number) starts the page's text
    for p in range(1, prefix):
        numbers = {t[p] for t in tokens}
        if tokens[0][p].lower().rstrip(".:") == "dnr" or (
            len(numbers) > 1 and tokens[0][p].isdigit()
            and re.fullmatch(
                r"§|Paragraf|(?-i:[A-ZÅÄÖ][a-zåäö]{0,3}|[A-ZÅÄÖ]{2,4})", tokens[0][p - 1]
            )
            and tokens[0][p - 1].lower() not in {"sida", "sid", "blad"}
        ):
            prefix = p - 1 if tokens[0][p - 1] != "§" or p < 2 else p - 1
            break
        # "2 SAMMANTRÄDESPROTOKOLL Kommunstyrelsen Sida 2 (5) 31 Dnr …": after the page's
        # counter, a number that changes from page to page is the page's first §
        if p >= 2 and len(numbers) > 1 and all(t[p].isdigit() for t in tokens) and (
            re.fullmatch(r"\(\d{1,3}\)|\d{1,3}\s*\(\d{1,3}\)|\d{1,3}/\d{1,3}", tokens[0][p - 1])
            or (p >= 3 and tokens[0][p - 2].lower() == "av" and tokens[0][p - 1].isdigit())
        ):  # "Sida 2 (5) 31 …", "2(5) 31 …", "Sida 2 av 5 31 …"
            prefix = p
            break
    # "… PROTOKOLL # Sn #": a § marker is no part of the head
    while prefix >= 3 and tokens[0][prefix - 1].isdigit() and re.fullmatch(
        r"[A-ZÅÄÖ][A-Za-zåäö]{0,3}", tokens[0][prefix - 2]
    ) and tokens[0][prefix - 2].lower() not in {"sida", "sid", "blad"}:
        prefix -= 2
    # "… 2019-03-12 12 § Budget …", "… 2019-03-12 KS § 12 …": the number or the body's letters
    # right before a § sign belong to the page's first §, not to the head
    if 3 <= prefix < len(tokens[0]) and tokens[0][prefix] == "§" and (
        tokens[0][prefix - 1].isdigit()
        or re.fullmatch(r"(?-i:[A-ZÅÄÖ][a-zåäö]{0,3}|[A-ZÅÄÖ]{2,4})", tokens[0][prefix - 1])
    ) and tokens[0][prefix - 1].lower() not in {"sida", "sid", "blad"}:
        prefix -= 1
    if prefix < 3:  # the page number and at least two words of a head
        return paragraphs, set()
    result: list[str] = []
    starts: set[int] = set()  # pages that now begin with their own text
    # "4 SAMMANTRÄDESPROTOKOLL Sida 4(14) 35 Information …": the head holds the page's counter
    counted = any(_DIGIT.search(w) for w in tokens[0][1:prefix])
    for k, text in enumerate(paragraphs):
        words = text.split()
        head = [_token_key(w) for w in tokens[0][:prefix]]
        if k in pages[1:] and [_token_key(w) for w in words[:prefix]] == head:
            rest = " ".join(words[prefix:])
            if not counted:  # a number right after a head that has its counter is a § number
                rest = _COUNTER.sub("", rest, count=1)
            if not rest.strip():
                continue
            starts.add(len(result))
            text = rest
        result.append(text)
    return result, starts


# "Justering (ärende 3)": fullmäktige that number their §§ through the year often write the
# item's place on the day's list in brackets after its title. The bracket is a surer sign of a
# title than the § number, which a transcript loses ("… bilaga Upprop (ärende 2) …").
_ERRAND = re.compile(r"\((?:ärende|punkt)\s+(\d{1,3})\)", re.I)
_TITLE_WORD = re.compile(r"[A-ZÅÄÖ][\wåäöé-]*")


def _title_start(text: str, end: int) -> tuple[int, int | None]:
    """Where the title before a bracket at `end` starts, and the § number right before it:
    back over the title's words to its first capitalised word, the one that does not follow a
    preposition ("… bilaga Upprop", "kl Val som skall förrättas av regionfullmäktige",
    "78 Förhinder - inkallande …", but "Motion om Anna Bergs förslag")."""
    words = list(re.finditer(r"\S+", text[:end]))[-14:]
    for k in range(len(words) - 1, -1, -1):
        word = words[k][0]
        if not _TITLE_WORD.match(word):
            continue
        before = words[k - 1][0] if k else ""
        if before.isdigit() and len(before) <= 4:
            return words[k].start(), int(before)
        # a name inside the title follows its preposition: "Motion om Anna Bergs förslag"
        inside = before.lower() in _PREPOSITIONS or (
            _TITLE_WORD.match(before) and k >= 2 and words[k - 2][0].lower() in _PREPOSITIONS
        )
        if not inside:
            return words[k].start(), None
    return -1, None


def _errand_marks(paragraphs: list[str]) -> list[_Mark]:
    """Titles marked by '(ärende N)', numbered one after the other; the § number where the
    transcript kept it, else counted from the §§ kept around it."""
    found: list[tuple[_Mark, int | None]] = []
    for k, text in enumerate(paragraphs):
        if "rende" not in text and "unkt" not in text:
            continue  # neither "ärende" nor "punkt" (nor "Ärende", "Punkt") in it: no search
        for m in _ERRAND.finditer(text):
            start, number = _title_start(text, m.start())
            if start < 0:
                continue
            at = start
            if number is not None:
                at = text.rindex(str(number), 0, start)
            mark = _Mark(k, at, start, int(m[1]), "errand", bracket=m.span())
            found.append((mark, number))
    chain = _chain([mark for mark, _ in found])
    if len(chain) < 2:
        return []
    offsets = {number - mark.number for mark, number in found if number is not None
               and mark in chain}
    offset = offsets.pop() if len(offsets) == 1 else None
    for mark in chain:
        mark.kind = "sign" if offset is not None else "errand"
        mark.number += offset or 0
    return chain


# "§ 12 forts.", "Ks 12 (forts)", "12 § fortsättning": the head of a page that carries a § on
# from the page before. It starts no paragraph: its text belongs to the § it continues.
_CONTINUED = re.compile(
    r"(?:(?<=\s)|^)(?:(?-i:[A-ZÅÄÖ][a-zåäö]{0,3}|[A-ZÅÄÖ]{2,4})\s+)?(?:§\s*)?\d{1,4}\s*(?:§\s*)?"
    r"\(?(?:forts\.?|fortsättning|fortsättn\.?)\)?(?=\s|$)\s*",
    re.I,
)


def cut_paragraphs(paragraphs: list[str]) -> list[str]:
    """The paragraphs with every § paragraph found in run-together text cut out as
    '§ N Title' followed by its text."""
    paragraphs, page_starts = strip_running_heads(paragraphs)
    paragraphs = [_CONTINUED.sub("", p) if "orts" in p else p for p in paragraphs]
    chain = paragraph_marks(paragraphs, page_starts)
    # a run with a number lost ("41 Mötets öppnande … 43 Justering") gives way to the items'
    # places on the day's list where the minutes write them ("(ärende 1)" … "(ärende 4)")
    if len(chain) < 2 or any(b.number - a.number > 1 for a, b in pairwise(chain)):
        errands = _errand_marks(paragraphs)
        if len(errands) > len(chain):
            chain = errands
    if not chain:
        return [p for p in paragraphs if p.strip()]  # a page that was only "§ 12 forts."
    by_para: dict[int, list[_Mark]] = {}
    for mark in chain:
        by_para.setdefault(mark.para, []).append(mark)
    result: list[str] = []
    for k, text in enumerate(paragraphs):
        marks = by_para.get(k)
        if not marks:
            if text.strip():
                result.append(text)
            continue
        head = text[: marks[0].start].strip()
        if head:
            result.append(head)
        for mark, nxt in zip(marks, [*marks[1:], None], strict=True):
            body = text[mark.end : nxt.start if nxt else len(text)].strip()
            title, rest = split_title(body)
            if mark.bracket:  # the title is what stands before "(ärende 3)"
                title = text[mark.end : mark.bracket[0]].strip()
                rest = text[mark.bracket[1] : nxt.start if nxt else len(text)]
            if mark.contents:
                title = _PAGE_AT_END.sub("", title)  # "Upprop 3": page 3 of the protokoll
            elif mark.listed and body.casefold().startswith(mark.listed.casefold() + " "):
                # the title as the contents give it ('Mellerud PRIDE 2017'), its capitals kept
                title, rest = body[: len(mark.listed)], body[len(mark.listed) :].strip()
            if mark.kind == "errand":  # no § number known: the item's place on the list
                result.append(f"{mark.number}. {title}".strip())
            else:
                result.append(f"§ {mark.number} {title}".strip())
            if rest.strip():
                result.append(rest.strip())
    return result


# The verbs a body decides with, in the tense a § writes them; after "Beslut" in lower case
# ("Valnämndens beslut utser X …" with the body's name lost) the decision's subject is gone
_SUBJECT_LOST = ("beslutar", "beslutade", "beslöt", "utser", "utsåg", "väljer", "valde",
                 "godkänner", "godkände", "fastställer", "fastställde", "noterar", "antecknar",
                 "antar", "beviljar", "avslår", "lägger")


# The parts of a § paragraph, when a page runs them together: "… Kommunfullmäktiges beslut
# Delårsrapporten godkänns. Beskrivning av ärendet Delårsbokslut är upprättat …".
_PART = re.compile(
    r"(?<![\wåäöÅÄÖ])(?P<label>(?:(?:[A-ZÅÄÖ][\wåäö-]+s\s+)?(?:[Bb]eslut|förslag\s+till\s+beslut"
    # "Kommunstyrelsens förslag till kommunfullmäktige Kommunfullmäktige beslutar att …"
    r"|förslag\s+till\s+(?:kommun|region|lands|fullmäktig)[\wåäö]+"
    r"|[Ff]örslag))|Förslag\s+till\s+beslut|Beslutsförslag|Beslutsunderlag|Beskrivning\s+av\s+ärendet"
    r"|Ärendebeskrivning|Sammanfattning\s+av\s+ärendet|Sammanfattning|Bakgrund|Yrkanden?"
    r"|Propositionsordning|Beslutsgång|Reservationer|Reservation|Protokollsanteckning"
    r"|Beslutet\s+(?:skickas|expedieras)\s+till|Expedieras\s+till|Särskilt\s+yttrande"
    r"|Utdragsbestyrkande|Justerandes\s+sign\w*"
    # in capitals, as some templates set them: "KOMMUNSTYRELSENS BESLUT", "FÖRSLAG TILL BESLUT"
    r"|(?:[A-ZÅÄÖ]{3,}S\s+)?BESLUT|FÖRSLAG\s+TILL\s+BESLUT|BESLUTSUNDERLAG|YRKANDEN?"
    r"|PROPOSITIONSORDNING|RESERVATION(?:ER)?)(?:(?P<colon>\s*:)|(?=\s+[A-ZÅÄÖ0-9]|\s*$)"
    # "Nämndens beslut beslutar att …" with the body's name lost from the transcript (docplayer
    # leaves out the words of its page title): the verb right after the label has no subject
    r"|(?<=eslut)(?=\s+(?:" + "|".join(_SUBJECT_LOST) + r")\s)"
    # "… redovisar delårsrapporten. Beslut att godkänna delårsrapporten.": the decision's
    # label before its att-sats ('fattade beslut att …' is running text: see cut_parts)
    r"|(?<=eslut)(?=\s+att\s))"
    # "Arbetsutskottets beslut 2024-01-10 § 5" names a document, it heads nothing
    r"(?!\s+(?:\d{4}-\d\d|\d{6}\b|\d{1,2}\s+[a-zåäö]+\s+\d{4}|§))"
)
_BODY_LABEL = re.compile(r"^(?:[A-ZÅÄÖ][\wåäö-]+s\s+)?(?:[Bb]eslut|[Ff]örslag)")
# Every label of _PART holds one of these (the pattern has no re.I): a paragraph without any
# has no part to cut at, and most paragraphs have none.
_PART_WORDS = (
    "eslut", "örslag", "eskrivning", "Sammanfattning", "Bakgrund", "Yrkande", "Propositionsordning",
    "Reservation", "Protokollsanteckning", "Expedieras", "Särskilt", "Utdragsbestyrkande",
    "Justerandes", "BESLUT", "FÖRSLAG", "YRKANDE", "PROPOSITIONSORDNING", "RESERVATION",
)  # fmt: skip
_ANY_PART_WORD = re.compile("|".join(_PART_WORDS))  # one search for any of them


# A label in lower case after a preposition, or after a preposition and a genitive, is a word of
# the sentence ('enligt valberedningens förslag', 'med styrelsens beslut'), never a part's
# heading ('Barn- och utbildningsnämndens beslut' is one); so is a title's last word after one
# ('Barnkonventionen i kommunernas beslut', 'Uppföljning inför nämndens beslut')
_RUNNING_BEFORE = re.compile(
    r"(?:^|\s)(?:enligt|med|om|till|för|på|av|mot|sitt|sina|vårt|detta|nytt|ett"
    r"|i|inför|vid|efter|inom|under|från)"
    r"(?:\s+(?:[a-zåäö][\wåäö-]*\s+)?[a-zåäö][\wåäö-]*s)?$"
)


def cut_parts(paragraph: str) -> list[str]:
    """A run-together § paragraph cut before each of its parts' labels; a label without a
    colon stands alone, as a heading would."""
    if len(paragraph) < 40 or "\t" in paragraph:
        return [paragraph]
    if not _ANY_PART_WORD.search(paragraph):
        return [paragraph.strip()] if paragraph.strip() else []  # as the loop below leaves it
    pieces: list[str] = []
    last = 0
    for m in _PART.finditer(paragraph):
        label = m["label"]
        if _BODY_LABEL.match(label) and " " in label and label.split()[0].lower() in {
            "enligt", "detta", "samma", "vårt", "sitt", "deras"
        }:
            continue
        before = paragraph[last : m.start()].strip()
        if m.start() and not re.search(r"[.!?:)\d]$|[A-ZÅÄÖa-zåäö]$", before):
            continue
        if label[:1].islower() and _RUNNING_BEFORE.search(before[-30:]):
            continue  # "Val beslutades enligt valberedningens förslag": running text
        if label.isupper() and before[-30:].isupper() and _RUNNING_BEFORE.search(
            before[-30:].lower()
        ):
            continue  # "4. INKOMNA PROJEKTANSÖKNINGAR FÖR BESLUT:": a title in capitals
        if (
            not m["colon"] and paragraph[m.end() :].lstrip().startswith("att ")
            and (not label[0].isupper() or (before and not before.endswith((".", "!", "?"))))
        ):
            continue  # "Kommunstyrelsen fattade beslut att …": no label
        if before:
            pieces.append(before)
        if m["colon"]:
            last = m.start()
        else:
            pieces.append(label)
            last = m.end()
    pieces.append(paragraph[last:].strip())
    return [p for p in pieces if p]
