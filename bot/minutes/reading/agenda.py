"""Agenda items and their presenters, in the three ways minutes mark them.

1. numbered items ("3. Föregående protokoll", "§ 12 Budget"), with lists inside items told
   apart by their numbering restarting at 1 close together;
2. a heading followed by a presenter line ("Samkraft" / "Lena Uvhagen") or with presenters in
   brackets ("Tidiga samordnade insatser (Daniel Berglund och Camilla Pettersson)");
3. without numbering: a short heading followed by running text ("Inledning" / "Ingmar hälsar …").
"""

from __future__ import annotations

import re

from .model import AgendaItem
from .names import clean_name, find_names, is_name, names_in, split_name
from .repeated_agenda import title_key
from .sections import furniture
from .segments import label_at_start
from .verdicts import is_decision

# Front-page labels that may head an item of their own ("Föredragningslista" / "Godkändes.")
_LIST_LABELS = {"föredragningslista", "ärendelista", "innehållsförteckning"}

# "3. Budget", "3) Budget", "Ärende 3. Budget", "Punkt 3: Budget", and on a short line "3 Budget"
_NUMBERED = re.compile(
    r"^(?:(?:[ÄäAa]rende|[Pp]unkt|PUNKT|ÄRENDE)\s+)?(?P<n>\d{1,2})"
    # "4.Meddelade Anders …": a typist's item number without its space
    r"(?:\s*[.):](?:\s+|(?=[A-ZÅÄÖ][a-zåäö]{2}))(?P<title>\S.*)|\s+(?P<bare>[A-ZÅÄÖ][^\t]{1,58}))$"
)
# "2a. Val av sekreterare", "• 2b Verksamhetsplan", "3 b) Budget": a point lettered after its
# number, as a secretary adds one between the numbered points
_LETTERED = re.compile(
    r"^(?:[•·▪*]\s+)?(?P<n>\d{1,2}\s?[a-h])(?:[.):]\s*|\s+)(?P<title>[A-ZÅÄÖ][^\t]{1,200})$"
)
# "• 3 Ledarsatsningen" among "• 2a …" and "• 2b …": the list's numbered points, bulleted
_BULLETED_POINT = re.compile(r"^[•·▪*]\s+(?P<n>\d{1,2})[.)]?\s+(?P<title>[A-ZÅÄÖ][^\t]{1,200})$")
# "2.1 Ordförande", and lettered: "1.a Protokolljusterare"
_SUB_NUMBERED = re.compile(
    r"^(?P<n>\d{1,2}\.(?:\d{1,2}|[a-h](?=\s)))\.?\s+(?P<title>[A-ZÅÄÖ][^.]{0,80})$"
)
# "§ 12", "§12.", and with the body's letters or the year: "Kf § 113", "KSAU § 201",
# "RS § 112/2023", "§ 45:2024" (the number is the paragraph's, the year only says which year's);
# "12 §" with the sign after the number, as some kommuner write it
_PARAGRAPH_SIGN = re.compile(
    r"^(?:(?-i:[A-ZÅÄÖ]{2,5}|[A-ZÅÄÖ][a-zåäö]{1,2})\s*)?(?:§\s*(?P<n>\d{1,4})|(?P<after>\d{1,4})\s*§)"
    # "§ 2/ Till mötesordförande valdes …", "§3/Britt-Inger valdes …": a slash after the number
    r"(?:\s*[/:]\s*(?:19|20)\d\d)?(?:\.|\s*/(?!\d))?(?:\s+|$|(?<=/))(?P<title>.*)$"
)
_BULLET = re.compile(r"^[-–•*·▪]\s+")
_SUBSECTIONS = re.compile(
    r"^(bakgrund|bakgrund och syfte|syfte|nuläge|slutsats|slutsatser|dialog|diskussion|beslut"
    r"|information|genomförande|förslag till beslut|förslag till nästa steg|förslag|synpunkter"
    r"|frågor|reflekterande fråga|framtida utmaningar|framtid|framtida utveckling|arbetsprocess"
    r"|sammanfattning|svar|resultat|erfarenheter|lärdomar|dagordning|incheckning|fikapaus"
    r"|paus|kallade|deltagare|närvarande|frånvarande"
    # the parts of a § paragraph in a protokoll
    r"|beslutsunderlag|underlag|ärendebeskrivning|beskrivning av ärendet|ärendet|yrkanden?"
    r"|propositionsordning|beslutsgång|beslutsordning|reservationer|reservation"
    r"|protokollsanteckningar|protokollsanteckning|beslutet skickas till|beslutet expedieras till"
    r"|expedieras till|expedieras|skickas till|särskilt yttrande|jäv|föredragande|handlingar"
    r"|bilagor|bilaga|överläggning|sammanfattning av ärendet|beslutsförslag"
    r"|(?:[a-zåäö-]+s )?(?:förslag till beslut|förslag|beslut)"
    # "Kommunstyrelsens förslag till kommunfullmäktige", "Förslag till regionstyrelsen"
    r"|(?:[a-zåäö-]+s )?förslag till [a-zåäö-]+)\s*:?$",
    re.I,
)
_KNOWN = re.compile(
    r"^(välkommen|välkomna|inledning|mötets öppnande|mötet öppnas|övriga frågor|övrig fråga"
    r"|mötet avslutas|avslutning|mötets avslutande|nästa möte|fastställande av dagordning"
    r"|val av justerare|föregående protokoll|kort utvärdering av mötet och avslutning)\s*[.:]?$",
    re.I,
)
# The items of almost every meeting's agenda
_AGENDA_WORDS = re.compile(
    r"\b(?:mötets\s+öppnande|mötet\s+öppnas|öppnande|val\s+av\s+(?:\w+\s+)?(?:justerare|sekreterare"
    r"|ordförande|protokolljusterare|justeringsperson)|justerare|dagordning\w*|föredragningslista\w*"
    r"|föregående\s+(?:mötes\s*)?protokoll\w*|föregående\s+möte\w*|minnesanteckningar|övriga\s+frågor"
    r"|övrigt|nästa\s+möte|mötets\s+avslutande|avslutning|mötet\s+avslutas|upprop|närvaro)\b",
    re.I,
)
_SPEECH_VERBS = re.compile(
    r"\b(är|har|ger|hälsar|berättar|presenterar|presenterade|beskriver|redovisar|leder|går|tar"
    r"|ska|kommer|visar|lyfter|föreslår|informerar|ställer|arbetar|menar|anmäler|tackar)\b"
)
_PRESENTING = re.compile(
    r"^(?P<who>.+?)\s+(ger|presenterar|redovisar|berättar|informerar|hälsar|går igenom|leder)\b"
)


def _first_sentence(text: str) -> str:
    return re.split(r"(?<=[a-zåäö)])\.\s", text, maxsplit=1)[0]


def _presenter_line(text: str) -> list[str]:
    """Names if the paragraph is only a presenter line ('Susanne Rosendahl, Regional utv.')."""
    first = _first_sentence(_BULLET.sub("", text))
    if len(first) > 170 or _SPEECH_VERBS.search(first):
        return []
    names = names_in(first)
    return names if names and first.startswith(names[0]) else []


def _short_heading(text: str, max_words: int = 14) -> bool:
    words = text.split()
    if not words or len(words) > max_words or len(text) > 110 or "\t" in text:
        return False
    if _BULLET.match(text) or text.endswith((":", ",", "?", ";")) or not text[0].isupper():
        return False
    if text.endswith(".") and (len(words) > 10 or find_names(text)):
        return False
    return not is_name(text)


def _is_prose(text: str) -> bool:
    words = text.split()
    if _BULLET.match(text) or _NUMBERED.match(text) or "\t" in text:
        return False
    return (len(words) >= 3 and text.rstrip().endswith(".")) or len(words) >= 12


def numbered_chain(paragraphs: list[str], start: int, skip: set[int]) -> list[int]:
    """Indexes of the numbered agenda items 1, 2, 3 …, stepping over lists inside items."""
    chain: list[int] = []
    nested_last = -1  # index of the last item of a list inside an item, -1 when none
    nested_next = 0
    lost = 0  # items whose number stands alone, their title claimed by what follows it
    base = 0  # the chain's first number, moved when a web page restarted the list at 1

    def following() -> int:
        return base + len(chain) + lost

    for i in range(start, len(paragraphs)):
        if i in skip:
            claimed = _NUMBERED.match(paragraphs[i]) if chain else None
            heading = (claimed["title"] or claimed["bare"] or "").strip(" :.") if claimed else ""
            if heading and heading == label_at_start(heading) and int(claimed["n"]) == (
                following()
            ):
                # "1. Sammanträdets öppnande" / … / "2. Närvarande" / "3. Valberedningen": the
                # attendance reader took item 2 for its label; its number still holds its place
                lost += 1
            continue
        alone = _NUMBER_ALONE.match(paragraphs[i])
        if alone and chain and int(alone[1]) == following():
            # "1. Sammanträdet öppnas." / "2." / "Närvarande: Karin …" / "3. Dagordning: …":
            # the attendance list took item 2's title; its number still holds its place
            lost += 1
            continue
        m = _NUMBERED.match(paragraphs[i])
        if not m or paragraphs[i].rstrip().endswith("?"):
            continue
        n = int(m["n"])
        # Items count from 1, or from where the numbering starts ("Mötet öppnas" unnumbered,
        # then "2. Föregående möte").
        if not chain:
            base = n if n <= 3 or _runs_on(paragraphs, start, i, n, skip) else 1
        expected = following()
        close = nested_last >= 0 and i - nested_last <= 4
        if close and n == nested_next:
            nested_last, nested_next = i, n + 1
        elif n == expected:
            chain.append(i)
            nested_last = -1
        elif n == 1 and _restarted(paragraphs, chain, i, nested_next):
            # "3. Ekonomi: …" / text / "1. Midsommarfesten: …" / text / "1. Vägen: …": a web
            # page whose numbered list starts again at 1 after every paragraph between its
            # points; each point of the items' own shape goes on with the items
            chain.append(i)
            nested_last, base = -1, 1 - (len(chain) - 1) - lost
        elif len(chain) == 1 and n > expected + 1 and _runs_on(paragraphs, start, i, n, skip):
            # "2 Protokoll" (a page's number and head) / "14. Mötets öppnande …" / "15. …": the
            # one number before was no item; the run numbered on from earlier meetings is
            chain, nested_last, base, lost = [i], -1, n, 0
        elif chain and n < expected and _takes_up(paragraphs, chain, i, n):
            # "Dagordning 52. Mötets öppnande 53. Val av justerare …" and then "52. Mötets
            # öppnande Ordföranden öppnade …": the list was the agenda, the items start again
            # here, their titles in the agenda's words (in any case)
            chain, nested_last, base, lost = [i], -1, n, 0
        elif n == 1 and chain and _same_title(paragraphs[chain[0]], paragraphs[i]):
            # "Dagordning: 1. Inledning 2. Uppföljning …" and then "1. Inledning" with its
            # text: the list was the agenda, the items start again here.
            chain, nested_last = [i], -1
        elif n == 1 and chain:
            nested_last, nested_next = i, 2
    if len(chain) < 2:
        return []
    gaps = [b - a for a, b in zip(chain, chain[1:], strict=False)]
    # A list of projects inside an item has its numbers on (almost) every other line; items
    # cut from a page of text on one line are long and follow each other.
    with_text = sum(  # "2. Föregående protokoll Protokollet lades till handlingarna."
        1 for i in chain
        if len(paragraphs[i]) > 40 and (
            re.search(r"\S\s+[A-ZÅÄÖ][a-zåäö]+\s+\S+.*\.", paragraphs[i])
            or _VERB_FIRST.match(paragraphs[i])
        )
    )
    # "2. Val av justerare - Anna Ek valdes till justerare.": items with what they decided
    outcomes = sum(1 for i in chain if _with_outcome(_NUMBERED.match(paragraphs[i])[0])[1])
    long_items = sum(len(paragraphs[i]) for i in chain) / len(chain) > 150 or (
        with_text >= max(2, len(chain) - 1)
    ) or outcomes >= max(2, len(chain) // 2)
    # "1. Mötets öppnande" / "2. Val av justerare" / …: items every meeting has, whether or not
    # text follows them
    known = sum(1 for i in chain if _AGENDA_WORDS.search(paragraphs[i][:80]))
    if sum(gaps) / len(gaps) >= 2 or long_items or known >= 2:
        return chain
    # "1. Till ordförande för mötet väljs Ola Berglund." / "2. Till justerare … väljs …" / …:
    # a numbered run of sentences that most of them decide is the minutes' record, point by
    # point, not a list inside one item; unless a point ends in a colon ('… det valdes sedan som
    # följer nedan:'): then the numbers after it go on with what it lists, as decisions reads them
    if any(paragraphs[i].rstrip().endswith(":") for i in chain):
        return []
    decided = sum(1 for i in chain if is_decision(_NUMBERED.match(paragraphs[i])["title"] or ""))
    return chain if decided * 2 >= len(chain) and len(chain) >= 3 else []


_NUMBER_ALONE = re.compile(r"^\s*(\d{1,2})[.)]\s*$")
# "Höstens aktiviteter: beslutades att …": a point's short title, a colon and its text
_TITLED_POINT = re.compile(r"^[A-ZÅÄÖ][^:.!?]{1,40}:\s+\S")


def _restarted(paragraphs: list[str], chain: list[int], i: int, nested_next: int) -> bool:
    """Is the '1.' at i a restart of the items' own numbering, as a web page's list restarts
    at 1 after each paragraph that breaks it, rather than a list inside the last item? Only
    when most items and this point are 'Title: text', the last item leads into nothing (no
    colon at its end), and this '1.' follows text or the last item, not a list's first point."""
    if len(chain) < 2 or nested_next > 2:
        return False
    def titled(k: int) -> bool:
        return bool(_TITLED_POINT.match(_NUMBERED.match(paragraphs[k])["title"] or ""))

    if not titled(i) or sum(1 for k in chain if titled(k)) * 2 < len(chain) + 1:
        return False
    if paragraphs[chain[-1]].rstrip().endswith(":"):
        return False
    before = next((k for k in range(i - 1, chain[-1] - 1, -1) if paragraphs[k].strip()), None)
    return before is None or before == chain[-1] or not _NUMBERED.match(paragraphs[before])


def _all_ones(paragraphs: list[str], start: int, skip: set[int]) -> list[int]:
    """'1. Mötet öppnas' / … / '1. Föregående protokoll' / … / '1. Svar angående detaljplan':
    a word processor's numbered headings whose numbers were lost on the way, each shown as '1.'.
    Three or more such headings are the items, without numbers; fewer may be a list's start.
    The list's longer points ('1. Mötet är behörigen utlyst. Mötet har …') lost their numbers
    the same way: each is an item too, not the text of the heading above it."""
    points = [
        (i, m["title"].strip()) for i in range(start, len(paragraphs))
        if i not in skip and (m := _NUMBERED.match(paragraphs[i].strip())) and m["n"] == "1"
        and m["title"]
    ]
    ones = [i for i, title in points if _short_heading(title)]
    numbered = [
        i for i in range(start, len(paragraphs))
        if i not in skip and (m := _NUMBERED.match(paragraphs[i].strip())) and m["n"] != "1"
    ]
    return [i for i, _ in points] if len(ones) >= 3 and not numbered else []
# "2. Utsågs undertecknad att föra dagens protokoll, fastställdes utsänd agenda …", "4. Uppdrogs
# åt Ulf att …", "3. Redogjorde ordföranden för …": the old 'Protokoll fört vid' style, in which
# each numbered paragraph opens with its verb (a past tense or a passive), is the record of an
# item, never a title or a point of a list inside one
_VERB_FIRST = re.compile(
    r"^\s*\d{1,2}[.)]\s+[A-ZÅÄÖ][a-zåäö]{3,}(?:ade|ades|(?<!n)de|des|te|tes|ogs|ågs|ögs|icks|öts)\s+"
    r"(?!och\b)[a-zåäöA-ZÅÄÖ]"
)


def _title_key(paragraph: str) -> tuple[str, ...]:
    m = _NUMBERED.match(paragraph)
    return title_key((m["title"] or m["bare"] or "") if m else "")


def _takes_up(paragraphs: list[str], chain: list[int], i: int, n: int) -> bool:
    """Is item n at i the agenda's item n taken up again with its text? Only when the chain so
    far is a list of bare titles (an agenda), and i opens with the first words of the title
    the list gave number n."""
    if any(len(paragraphs[k]) > 90 or paragraphs[k].rstrip().endswith(".") for k in chain):
        return False
    listed = next(
        (k for k in chain if (m := _NUMBERED.match(paragraphs[k])) and int(m["n"]) == n), None
    )
    if listed is None:
        return False
    key = _title_key(paragraphs[listed])
    return bool(key) and _title_key(paragraphs[i])[: len(key)] == key


def _runs_on(paragraphs: list[str], start: int, i: int, n: int, skip: set[int]) -> bool:
    """'52. Mötets öppnande' / '53. Val av justerare' / '54. Föregående protokoll': items
    numbered on from the year's earlier meetings, as associations number them; the next two
    numbered paragraphs go on n + 1, n + 2. Not when numbers stood alone before ('1.' / '2.' /
    … / '6. Inkomna skrivelser'): the first items lost their titles, and are read as such."""
    if any(_NUMBER_ALONE.match(paragraphs[k]) for k in range(start, i)):
        return False
    following = [
        int(m["n"]) for k in range(i + 1, min(len(paragraphs), i + 8))
        if k not in skip and (m := _NUMBERED.match(paragraphs[k]))
    ][:2]
    return following == [n + 1, n + 2]


def _same_title(a: str, b: str) -> bool:
    return _NUMBERED.match(a) is not None and a.strip().casefold() == b.strip().casefold()


_OUTCOME = re.compile(r"\s[-–]\s+(?=[A-ZÅÄÖ])|:\s+(?=[A-ZÅÄÖ])")


def _with_outcome(line: str) -> tuple[str, str]:
    """'2. Val av justerare - Anna Ek valdes till justerare.': the item's title, and what was
    said or decided under it on the same line ('' when the line is only a title)."""
    m = _OUTCOME.search(line)
    if not m:
        return line, ""
    rest = line[m.end() :].strip()
    title = line[: m.start()].strip()
    names = re.split(r",\s*|\s+och\s+", re.sub(r"\s*\([^()]{1,12}\)", "", rest))
    # "3. Val av justerare: Anna Berg"
    elected = re.search(r"\bval\s+av\b", title, re.I) and all(is_name(n) for n in names)
    if rest.endswith(".") or is_decision(rest) or elected:
        return title, rest
    return line, ""


_PAGE_AT_END = re.compile(r"(?:,|\s)\s*\d{1,3}$")  # "Budget 2017, 3", "Upprop 2"


def _contents_lines(paragraphs: list[str], start: int, skip: set[int]) -> set[int]:
    """A table of contents, a line an item: three or more § lines in a row, each ending in a
    page number ('§ 21 Upprop ........ 2'), before the first § with text, whose numbers come
    again further on. They list the §§ that follow; read as items, every item is there twice.
    Contents with no § after them are kept: they are all the text says of its items."""
    run: list[int] = []
    for i in range(start, len(paragraphs)):
        if i in skip:
            continue
        sign = _PARAGRAPH_SIGN.match(paragraphs[i].strip())
        if sign and _PAGE_AT_END.search(sign["title"]):
            run.append(i)
            continue
        if len(run) >= 3:
            break
        if sign:
            return set()  # a § of the minutes came first
        run = []
    if len(run) < 3:
        return set()
    def number(i: int) -> str | None:
        m = _PARAGRAPH_SIGN.match(paragraphs[i].strip())
        return (m["n"] or m["after"]) if m else None

    listed = {number(i) for i in run}
    later = {number(i) for i in range(run[-1] + 1, len(paragraphs))} - {None}
    return set(run) if listed & later else set()


# "• 1. Till ordförande för mötet väljs …", "• 2. Till justerare …": a web page's bulleted list
# whose points the secretary numbered by hand (as "• 1 Mötet öppnas" numbers Fryksås's items)
_BULLETED_NUMBER = re.compile(r"^\s*[•·▪*]\s+(?=\d{1,2}[.)]\s+\S)")


def _without_bullets_before_numbers(paragraphs: list[str]) -> list[str]:
    """The paragraphs with the bullet taken from before a hand-typed item number, when two or
    more such points number a list; a lone bulleted number is left as the list's text."""
    marked = [i for i, p in enumerate(paragraphs) if p[:4].lstrip()[:1] in "•·▪*"
              and _BULLETED_NUMBER.match(p)]
    if len(marked) < 2:
        return paragraphs
    result = list(paragraphs)
    for i in marked:
        result[i] = _BULLETED_NUMBER.sub("", result[i], count=1)
    return result


def find_agenda(
    paragraphs: list[str], start: int, skip: set[int], headings: set[str] | None = None
) -> list[AgendaItem]:
    skip = skip | furniture(paragraphs, start)
    skip |= _contents_lines(paragraphs, start, skip)
    paragraphs = _without_bullets_before_numbers(paragraphs)
    signs = [i for i in range(start, len(paragraphs)) if _PARAGRAPH_SIGN.match(paragraphs[i])]
    # In a protokoll of § paragraphs, a numbered list is a list inside a paragraph.
    chain = numbered_chain(paragraphs, start, skip) if len(signs) < 2 else []
    items: dict[int, AgendaItem] = {}
    presenter_lines: set[int] = set()
    if not chain and len(signs) < 2:
        for i in _all_ones(paragraphs, start, skip):
            title = _first_sentence_of_long(_NUMBERED.match(paragraphs[i])["title"].strip())
            items[i] = AgendaItem(clean_name(title), [], "", i, 1)
    for i in chain:
        m = _NUMBERED.match(paragraphs[i])
        title = _first_sentence_of_long(_with_outcome(m["title"] or m["bare"])[0])
        title, presenters = _title_and_presenters(title)
        title = _goes_on(title, paragraphs, i + 1, skip | set(chain), presenter_lines)
        # "Punkt 3", "Ärende 3": the item's number as the document writes it
        number = " ".join(paragraphs[i][: m.end("n")].split())
        items[i] = AgendaItem(title, presenters, number, i, 1)
    letters = [i for i in range(start, len(paragraphs)) if _LETTERED.match(paragraphs[i].strip())]
    for i in range(start, len(paragraphs)):
        if i in skip or i in items:
            continue
        text = paragraphs[i].strip()
        level = 2 if chain else 1
        lettered = _LETTERED.match(text) or (len(letters) > 1 and _BULLETED_POINT.match(text))
        if lettered and (chain or signs or items or len(letters) > 1):
            # "2a. Då Göran är borta valdes …", "• 2b Verksamhetsplan": a lettered point between
            # the numbered ones is an item of its own, as the sub-items are
            number = lettered["n"].replace(" ", "")
            title = _first_sentence_of_long(lettered["title"].strip().rstrip("."))
            items[i] = AgendaItem(clean_name(title), [], number, i, 1)
            continue
        sub = _SUB_NUMBERED.match(text)
        if sub and not chain:  # "§ 3 Budgetuppföljning" / "3.2 Åtgärder": a part of § 3
            parent = _last_item(items, i)
            if parent and parent.number.lstrip("§ ") == sub["n"].split(".")[0]:
                items[i] = AgendaItem(clean_name(sub["title"]), [], sub["n"], i, 2, parent.title)
                continue
            if sub["n"][-1].isalpha():  # "1.a Protokolljusterare": a lettered part is an item
                items[i] = AgendaItem(clean_name(sub["title"]), [], sub["n"], i, 1)
                continue
            sub = None
        if sub:  # "2.1 Ordförande" inside "2. Val av mötesfunktionärer"
            parent = _last_item(items, i)
            # "2.1 Prognos" inside "Punkt 2 Budgetuppföljning": a part of the item it numbers
            worded = parent is not None and parent.number[:1].isalpha()
            head = sub["n"].split(".")[0]
            of = parent.title if worded and parent.number.split()[-1] == head else ""
            items[i] = AgendaItem(clean_name(sub["title"]), [], sub["n"], i, 2, of)
            continue
        if i in presenter_lines:
            continue  # the title of the § above ("12 §" / "Val av justerare")
        sign = _PARAGRAPH_SIGN.match(text)
        if sign:
            title, presenters = _title_and_presenters(_without_reference(sign["title"]))
            k = i + 1
            while not title and k <= i + 2 and k < len(paragraphs) and paragraphs[k].strip() and (
                not _without_reference(paragraphs[k]) and not _PARAGRAPH_SIGN.match(paragraphs[k])
            ):
                presenter_lines.add(k)  # "§ 12" / "Dnr SN 2024/45" / "Riktlinjer för …"
                k += 1
            nxt = paragraphs[k].strip() if k < len(paragraphs) else ""
            if not title and nxt and _short_heading(nxt) and not _PART_LABEL.match(nxt):
                title = clean_name(nxt)  # "§ 45 Dnr KS 2021/112" / "Revidering av riktlinjer"
                presenter_lines.add(k)
                k += 1
            title = _goes_on(title, paragraphs, k, skip, presenter_lines)
            items[i] = AgendaItem(title, presenters, f"§ {sign['n'] or sign['after']}", i, 1)
            continue
        nxt = paragraphs[i + 1].strip() if i + 1 < len(paragraphs) else ""
        if _short_heading(text, max_words=18) and not _SUBSECTIONS.match(text):
            presenters = _presenter_line(nxt) if i + 1 not in skip else []
            if presenters and not _NUMBERED.match(nxt) and not _front_label(text):
                items[i] = AgendaItem(clean_name(text), presenters, "", i, level)
                presenter_lines.add(i + 1)
                continue
        if i in presenter_lines:
            continue
        bracketed = _bracket_presenters(text)
        if bracketed:
            title, presenters = bracketed
            items[i] = AgendaItem(title, presenters, "", i, 2 if _BULLET.match(text) else level)
            continue
        if i - 1 in presenter_lines:
            continue
        prev = paragraphs[i - 1].strip() if i > 0 else ""
        if chain and i < chain[0] and _KNOWN.match(text) and _NUMBERED.match(
            paragraphs[chain[0]]
        )["n"] != "1":
            # "Mötet öppnas" / … / "2. Föregående möte": the first item lost its number
            items[i] = AgendaItem(clean_name(text), [], "", i, 1)
            continue
        if _unnumbered_heading(text, nxt, prev, strict=bool(chain)) and not _front_label(text):
            who = _PRESENTING.match(nxt)
            presenters = [n for n in names_in(who["who"]) if is_name(n)] if who else []
            items[i] = AgendaItem(clean_name(text), presenters[:1], "", i, level)
    _sub_items(paragraphs, start, skip, items)
    if headings and not chain:  # Markdown minutes say which lines are headings
        for i in range(start, len(paragraphs)):
            title = paragraphs[i].strip().rstrip(":").strip()
            if i not in skip | set(items) and title in headings and not _SUBSECTIONS.match(title):
                items[i] = AgendaItem(clean_name(title), [], "", i, 1)
    return [items[i] for i in sorted(items)]


_REFERENCE = re.compile(
    r"^(?:dnr\.?:?\s*(?:[A-ZÅÄÖ]{1,5}\s*)?[\w/.:-]*\d[\w/.:-]*|dnr\.?:?|[A-ZÅÄÖ]{1,5}\s+\d{2,4}/\d+"
    r"|\(?\s*[A-ZÅÄÖ]{1,5}\s*/?\s*\d{4}[:/.-]\d+\s*\)?)\s*,?\s*",
    re.I,
)


def _front_label(text: str) -> bool:
    """'Underskrift Anna Holm', 'Ej beslutande ersättare': a front page's label, no item (asked
    only of a line about to become one: the labels' pattern is long)."""
    label = label_at_start(text)
    return bool(label) and label.lower() not in _LIST_LABELS


def _last_item(items: dict[int, AgendaItem], i: int) -> AgendaItem | None:
    before = [k for k in items if k < i and items[k].level == 1]
    return items[max(before)] if before else None


def _without_reference(title: str) -> str:
    """'Dnr KS 2021/112 Revidering av riktlinjer' -> 'Revidering av riktlinjer'."""
    while True:
        m = _REFERENCE.match(title.strip())
        if not m or not m.group(0).strip():
            return title.strip()
        title = title.strip()[m.end() :]


_SUB_ITEM = re.compile(r"^[-–•]\s+(?P<title>[A-ZÅÄÖ][^.:?!]{2,80})$")


def _sub_items(paragraphs: list[str], start: int, skip: set[int], items: dict) -> None:
    """'- Barn med misstänkt IF' followed by running text, inside an item: an item of its own."""
    for i in range(start, len(paragraphs) - 1):
        if i in skip or i in items:
            continue
        m = _SUB_ITEM.match(paragraphs[i].strip())
        nxt = paragraphs[i + 1].strip()
        if not m or len(m["title"].split()) > 10 or _BULLET.match(nxt) or len(nxt.split()) < 8:
            continue
        parents = [items[k] for k in sorted(items) if k < i and not items[k].parent]
        if not parents:
            continue
        parent = parents[-1]
        if parent.number:  # a list inside a numbered item is that item's text
            continue
        items[i] = AgendaItem(clean_name(m["title"]), [], "", i, 2, parent.title)


def _unnumbered_heading(text: str, nxt: str, prev: str, strict: bool) -> bool:
    if _KNOWN.match(text) and not strict:
        return True
    if not strict and _DECIDED_ITEM.match(text) and is_decision(nxt):
        return True  # "Dagordning" / "Dagordningen godkändes.": the item, not a list's heading
    if not _short_heading(text, max_words=9) or _SUBSECTIONS.match(text) or text.endswith("."):
        return False
    if split_name(text)[0]:  # "Tarja Nordling, Välfärd och folkhälsa" is a presenter
        return False
    if re.match(r"^(se|att|tid|plats|kl|klockan)\b", text, re.I) or len(text) > 70:
        return False
    if _LEAD_IN.search(text):  # "Förvaltningen föreslår att nämnden beslutar" / "att …"
        return False
    if strict:  # inside numbered items: only after a finished paragraph, before a sentence
        if not prev.endswith((".", "!", "?")) or _NUMBERED.match(prev):
            return False
        return len(nxt.split()) >= 2 and nxt.endswith(".") and not _BULLET.match(nxt)
    if _is_prose(nxt):
        return True
    # "Inbjudan" / "• Vi beslöt att Lennart skickar ut …": minutes kept as headings over bullet
    # points (a wiki's or a word processor's list) whose first point is a sentence or decides;
    # a list of names or of agenda points under a label is no item's text, and a sentence that
    # runs on into its list ("Målsättningen med överenskommelsen är att" / "- Det ska …") no title
    bullet = _BULLET.match(nxt)
    last = text.split()[-1].lower()
    if bullet and last not in _TITLE_GOES_ON | _RUNS_ON and (
        _is_prose(nxt[bullet.end() :]) or is_decision(nxt[bullet.end() :])
    ):
        return True
    # "Ekonomi" / "Rapporten godkändes.": a heading whose text is only its decision (but
    # "Regionstyrelsen beslutar" / "1. Regionstyrelsen antar …" is the decision's lead-in)
    return (
        len(nxt.split()) >= 2 and not _NUMBERED.match(nxt) and not _BULLET.match(nxt)
        and not is_decision(text + " att x") and is_decision(nxt)
    )


# A title that stops on one of these words goes on on the next line ("Riktlinjer för" /
# "Hemtjänst och hemsjukvård"), as a PDF or a narrow column breaks it
_TITLE_GOES_ON = {
    "för", "och", "av", "i", "om", "till", "med", "på", "samt", "inom", "från", "över", "mot",
    "kring", "gällande", "angående", "avseende", "rörande", "vid", "under", "efter", "inför",
}  # fmt: skip


_RUNS_ON = {"att", "är", "var", "blir", "som", "nämligen", "bland", "annat", "t.ex."}


def _goes_on(title: str, paragraphs: list[str], k: int, skip: set[int], taken: set[int]) -> str:
    """The title with its second line, when the first stops on a word that cannot end it."""
    words = title.split()
    if not words or words[-1].lower() not in _TITLE_GOES_ON or k >= len(paragraphs) or k in skip:
        return title
    nxt = paragraphs[k].strip()
    if (
        not _short_heading(nxt, max_words=8) or nxt.endswith((".", ":", "?"))
        or _PART_LABEL.match(nxt) or _NUMBERED.match(nxt) or _PARAGRAPH_SIGN.match(nxt)
        or _BULLET.match(nxt)
    ):
        return title
    taken.add(k)
    return f"{title} {clean_name(nxt)}"


# A line that leads into att-satser on the lines after it
_LEAD_IN = re.compile(r"\b(?:beslutar|beslutade|beslöt|beslutas|beslutades|besluta)\s*:?$", re.I)
# The parts of a § paragraph that never title it ("§ 46" / "Information" is titled)
_PART_LABEL = re.compile(
    r"^(?:(?:[a-zåäö-]+s\s+)?(?:förslag\s+till\s+beslut|förslag|beslut)|beslutsunderlag|yrkanden?"
    r"|propositionsordning|reservationer|reservation|sammanfattning|bakgrund|ärendebeskrivning"
    r"|beskrivning av ärendet|beslutet skickas till|expedieras till|protokollsanteckning)\s*:?$",
    re.I,
)
_DECIDED_ITEM = re.compile(r"^(?:dagordning(?:en)?|föredragningslista(?:n)?)\s*:?$", re.I)


def _first_sentence_of_long(title: str) -> str:
    """'Upprop och fullmaktsgranskning … röstlängden. Anders Svärdh, kansliet, redogjorde …': an
    item whose title ran into its text on one line (a transcript of a page) is titled by its
    first sentence."""
    if len(title.split()) <= 14:
        return title
    first = re.split(r"(?<=[a-zåäö0-9)])\.\s+(?=[A-ZÅÄÖ])", title, maxsplit=1)[0]
    return first if len(first) < len(title) else title


def _title_and_presenters(title: str) -> tuple[str, list[str]]:
    bracketed = _bracket_presenters(title)
    if bracketed:
        return bracketed
    # "Årsredovisning 2017, 4", "Budget ........ 12": a table of contents' page number
    title = re.sub(r"(?:,|\s*\.{2,}|\s*…)\s*\d{1,3}$", "", title.strip())
    title = re.sub(r",?\s+Se\s+(?:tidigare|även|bilaga|bifogad)\b.*$", "", title, flags=re.I)
    return clean_name(title.rstrip(" ,")), []


def _bracket_presenters(text: str) -> tuple[str, list[str]] | None:
    """'Tidiga samordnade insatser (Daniel Berglund och Camilla Pettersson, V&F) PP bifogas'."""
    if len(text) > 220 or "(" not in text:
        return None
    body = _BULLET.sub("", text)
    if split_name(body)[0]:  # "Daniel Berglund presenterade … (TABB)" is a sentence
        return None
    for m in re.finditer(r"\(([^()]+)\)", body):
        inner = m[1]
        names = names_in(inner)
        if names and inner.strip().startswith(names[0]):
            title = clean_name(body[: m.start()])
            if not title or _SPEECH_VERBS.search(title):
                return None
            return title, names
    return None
