"""The body whose minutes these are: "Socialnämnden", "Kommunstyrelsens arbetsutskott",
"Styrgrupp för …", "Samordningsförbundet Sydnärke", "Föreningen Nordens styrelse".

Found, in this order: after a label that names it ("Organ", "Myndighet", "Nämnd", "Forum");
in a title ("Protokoll från …", "Möte med sektionens styrelse den …", "X protokoll"); or as the
first word in the header that is the name of a body. Never a date and never "Protokoll".
"""

from __future__ import annotations

import re

from .first_names import is_first_name
from .titles import dated_title

_HEAD = re.compile(
    r"^[\wåäöÅÄÖé-]*?(?:nämnd(?:en)?|styrelse(?:n)?|utskott(?:et)?|fullmäktige|råd(?:et)?"
    r"|grupp(?:en)?|förbund(?:et)?|kommitté(?:n)?|beredning(?:en)?|nätverk(?:et)?"
    r"|presidi(?:um|et)|delegation(?:en)?|direktion(?:en)?|byalag(?:et)?|forum(?:et)?)$",
    re.I,
)
_WORD = re.compile(r"[\wåäöÅÄÖéÉ][\wåäöÅÄÖéÉ\-]*")
# Words that never continue a body's name to the right.
_STOP = {
    "protokoll", "protokollet", "sammanträdesprotokoll", "minnesanteckningar", "anteckningar",
    "kallelse", "dagordning", "sammanträdesdatum", "datum", "tid", "plats", "val", "beslut",
    "paragrafer", "justering", "sida", "blad", "kl", "den", "nr", "möte", "mötet",
    "justeringsdatum", "anslagsdatum",
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
_BEFORE_KIND = re.compile(
    r"^(?:\d+\s+)?(?P<name>[A-ZÅÄÖ]{2,}(?:\s+[A-ZÅÄÖ]{2,})?)[.,:]?\s+"
    r"(?i:protokoll|anteckningar|minnesanteckningar|mötesanteckningar)\b"
)
_LABEL_WORDS = {
    "anslaget", "sammanträdesdatum", "datum", "protokollet", "protokollets", "justeringens",
    "paragrafer", "förvaringsplats", "underskrift", "underskrifter", "tid", "plats",
    "sammanträdes", "sammanträdesdag", "omfattning",  # "Sammanträdes datum": a label cut in two
}  # fmt: skip
_DEFINITE = {
    "råd": "rådet",
    "styrelse": "styrelsen",
    "nämnd": "nämnden",
    "grupp": "gruppen",
    "utskott": "utskottet",
    "förbund": "förbundet",
    "kommitté": "kommittén",
    "direktion": "direktionen",
    "byalag": "byalaget",
}
# Never a body: the kinds of document, and the parts of one a title may name after its kind
# ("Sammanträdesprotokoll. Ärendeförteckning": the minutes' table of contents, not their body)
_NOT_BODY = re.compile(
    r"^(?:protokoll|sammanträdesprotokoll|minnesanteckningar|mötesanteckningar|kallelse"
    r"|dagordning|justering|anslag|bevis|underskrift|ordförande|sekreterare|möte|sida"
    r"|ärendeförteckning|ärendelista|innehållsförteckning|innehåll|föredragningslista"
    r"|närvarolista|närvaroförteckning|beslutsförteckning|protokollsutdrag|utdrag|bilaga)\b",
    re.I,
)
_TRAILING = re.compile(
    r"\s+(?:protokoll|sammanträdesprotokoll|minnesanteckningar|anteckningar|kl\b.*|den\s+\d.*"
    r"|(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\s+)?\d+(?:[/.:-]\d+)*(?:\s.*)?)$",
    re.I,
)


def _tidy(name: str) -> str:
    name = " ".join(name.split()).strip(" ,.;:-")
    name = _TRAILING.sub("", name).strip(" ,.;:-")
    if name.isupper():
        name = name.capitalize()
    return name[:1].upper() + name[1:]


# "… tillkännagivits genom anslag Forum Kommunstyrelsens allmänna utskott Sammanträdesdatum …":
# the ANSLAG/BEVIS block names the body after 'Organ' or 'Forum', wherever the line was cut;
# some boxes write "Avser sammanträde med Kommunfullmäktige" for it, and some "Styrelse/Nämnd
# Kommunfullmäktige" (the box's label in front of whichever organ it is)
_ORGAN_INSIDE = re.compile(
    r"(?<=\s)(?:Organ|Forum|ORGAN|(?-i:Avser)\s+sammanträde\s+med"
    r"|Styrelse\s?/\s?[Nn]ämnd|Nämnd\s?/\s?[Ss]tyrelse)\s+(?=[A-ZÅÄÖ])"
)


def labelled_body(paragraphs: list[str]) -> str:
    found = _labelled(paragraphs)
    if found:
        return found
    for text in paragraphs:
        for m in _ORGAN_INSIDE.finditer(text):
            name = body_in(" ".join(text[m.end() :].split()[:6]))
            if name and _HEAD.match(name.split()[-1]) and name.lower() not in _GENERIC:
                return name
    for text in paragraphs:
        for m in _ANSLAG_VALUE.finditer(text):
            name = _tidy(m["value"])
            if _HEAD.match(name.split()[-1]) and name.lower() not in _GENERIC:
                return name
    for text in paragraphs:
        # "ANSLAG/BEVIS Kommunfullmäktiges protokoll är justerat": the anslag's sentence names
        # the body whose protokoll it is, in the genitive
        m = _JUSTERAT.search(text)
        name = m and (m["body"] or m["of"])
        if name and _HEAD.match(name) and name.lower() not in _GENERIC:
            return name
    return ""


# "Kommunfullmäktiges protokoll är justerat", "Justering av Kommunstyrelsens protokoll har
# tillkännagivits": the anslag's sentence, with the body in the genitive
_JUSTERAT = re.compile(
    r"\b(?P<body>[A-ZÅÄÖ][\wåäö-]+?)s\s+protokoll\s+är\s+justerat"
    r"|\b(?i:justering(?:en)?\s+av)\s+(?P<of>[A-ZÅÄÖ][\wåäö-]+?)s\s+protokoll\s+har\b"
)


# "… Justeringen har tillkännagivits genom anslag. Kommunfullmäktige Sammanträdesdatum …": the
# ANSLAG/BEVIS box's labels went first and its values after its sentence, the organ's first.
# ("… genom anslag Organ och sammanträdesdatum Kommunstyrelsen": the box's label for its organ
# left in front of the value, which the label is no part of)
_ANSLAG_VALUE = re.compile(
    r"genom\s+anslag\.?\s+(?:(?:Organ|Instans|Beslutsinstans)(?:\s+och\s+sammanträdesdatum)?\s+)?"
    r"(?P<value>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[\wåäöÅÄÖ-]+){0,3}?)"
    r"(?=\s+(?:Sammanträdesdatum|Datum|\d{4}-\d\d-\d\d)\b|\s*$)"
)


def _labelled(paragraphs: list[str]) -> str:
    for text in paragraphs:
        m = _LABELLED.match(text.strip())
        if m:
            value = re.split(r"\s{2,}|\t|\s+(?=Sammanträdesdatum|Datum|Protokollet)", m["value"])[0]
            # "Organ Valnämnden Anslaget under tiden …": the box's next label ends the value
            words = value.split()
            cut = next((k for k in range(1, len(words)) if words[k][0].isupper()
                        and words[k].lower() in _LABEL_WORDS), len(words))
            value = " ".join(words[:cut])
            value = _tidy(value)
            if value and not _NOT_BODY.match(value) and not re.search(r"\d{4}", value):
                # "Organ Anslaget sätts upp": a column of labels, the value further on
                if value.split()[0].lower() in _LABEL_WORDS:
                    continue
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
        if (
            left == i and prev.isalpha() and prev.isupper() and 2 <= len(prev) <= 6
            and not words[i].isupper()  # "KULTUR- OCH FRITIDSNÄMNDEN": a title in capitals
            and prev.lower() not in {"kommun", "kommuns", "region", "stad", "län", "läns"}
        ):
            left -= 1  # "UPS styrelsemöte", "SPF styrelse": the association by its letters
            break
        genitive = prev.lower().endswith("s") and len(prev) > 3 and prev.lower() not in _STOP
        genitive = genitive and i - left < 2
        adjective = (  # "Kommunala pensionärsrådet", "Partsgemensamt forum"
            prev[0].isupper() and prev.endswith(("a", "e", "t")) and prev.lower() not in _STOP
            and prev.lower() not in _MEETING_KINDS  # "Extra styrelsemöte": a kind of meeting
        )
        # "Kommunstyrelsens allmänna utskott": an adjective between the genitive and the head
        before = words[left - 2] if left >= 2 else ""
        adjective = adjective or (
            prev.islower()
            and prev.endswith(("a", "e"))
            and before[:1].isupper()
            and before.endswith("s")
            and _HEAD.match(before[:-1]) is not None
        )
        # "Ersta byalags styrelse", "Norrby förenings styrelse": the board of an association
        # named by its place and its kind, the kind in the genitive
        org_genitive = genitive and left == i and prev.islower() and (
            _ORG_LAST.match(prev[:-1]) is not None or _HEAD.match(prev[:-1]) is not None
        )
        if org_genitive:
            before = words[left - 2] if left >= 2 else ""
            left -= 2 if _PLACE_NAME.match(before) and before.lower() not in _STOP else 1
            break
        # "Den gemensamma nämnden för hjälpmedel": a nämnd shared by several municipalities is
        # named so in full
        shared = left == i and prev.lower() in {"gemensamma", "gemensam"}
        # "Kommunala Handikapprådet": a title in title case keeps the adjective of its kind
        kind_adjective = prev.lower() in _KIND_ADJECTIVES
        if (genitive and (prev[0].isupper() or left < i or prev.endswith("ens"))) or shared or (
            adjective and left == i and (words[i][0].islower() or kind_adjective)
        ):
            left -= 1
        else:
            break
    if left == i and i >= 2 and words[i - 1].lower() == "och" and words[i - 2].endswith("-"):
        left = i - 2  # "Social- och äldrenämnden", "Arbetsmarknads- och socialnämnden"
    elif (
        left == i and i >= 2 and words[i - 1] == "och" and words[i][0].islower()
        and _PLACE_NAME.match(words[i - 2]) and words[i - 2].lower() not in _STOP
        and not _HEAD.match(words[i - 2]) and not is_first_name(words[i - 2])
    ):
        left = i - 2  # "Lärande och arbetsmarknadsberedningen": the joined name without its dash
    right = i + 1
    if right < len(words) and (
        words[right].lower() == "för"
        or (words[right].lower() == "med" and (left == 0 or words[i].lower().startswith("samråd")))
    ):
        right += 1  # "Styrgrupp för …", "Beslutsgruppen för mål 5b-skärgården"
        kept = []
        while (
            right < len(words)
            and (right - i <= 6 or _half_joined(kept))  # "… för södra hälso- och sjukvårds…"
            and words[right].lower() not in _STOP
            and words[right].lower() not in _SENTENCE_VERBS
        ):
            word = words[right]
            named = bool(kept) and kept[-1].lower().endswith(_NAMED_ORG) or (
                len(kept) >= 2 and kept[-2].lower().endswith(_NAMED_ORG) and kept[-1][0].isupper()
            )  # "… för Samordningsförbundet Västra Mälardalen", "… Bostadsrättsföreningen Linden"
            if named and word[0].isupper() and word.lower() not in _STOP and not _LABEL_LIKE.match(
                word
            ):
                kept.append(word)
                right += 1
                continue
            if len(kept) >= 1 and word[0].isupper() and not words[i].isupper():
                break
            if word.lower() == "sammanträde" and words[i].isupper():
                right += 1  # "BEREDNINGSGRUPPEN FÖR Sammanträde REGIONUTVECKLING": a column
                continue
            if words[i].isupper() and kept and not word.isupper():
                break  # "STYRELSEN FÖR KÄVLINGEÅNS VATTENRÅD Närvarande …": the title ends
            kept.append(word)
            right += 1
        return " ".join([*words[left : i + 2], *kept])
    elif (
        right < len(words)
        and words[right][:1].isupper()
        and words[right].lower() not in _STOP
        and not is_first_name(words[right])
        and not words[right].isupper()
        and not words[i].isupper()  # "VÅRD- OCH OMSORGSNÄMNDEN Info": the title in capitals ends
        # "Kommunala Handikapprådet Kungajaktmuseet, Älgens Berg": where it met, no part of it
        and not words[right].lower().strip(",.;:").endswith(_VENUE_ENDINGS)
    ):
        right += 1  # "Samordningsförbundet Sydnärke"
    return " ".join(words[left:right])


# The adjectives bodies of a municipality or a region are named with ("Kommunala
# pensionärsrådet", "Regionala utvecklingsnämnden"), whether the head is capitalised or not
_KIND_ADJECTIVES = {"kommunala", "kommunalt", "regionala", "regionalt", "lokala", "lokalt"}
# The endings of the words that name a venue ("Kungajaktmuseet", "Stadshuset", "Bygdegården")
_VENUE_ENDINGS = (
    "museet", "huset", "salen", "gården", "rummet", "hallen", "kyrkan", "hotellet", "centret",
    "biblioteket", "skolan", "stugan", "lokalen",
)  # fmt: skip


# "Extra styrelsemöte", "Öppet styrelsesammanträde": the kind of meeting, no word of the body
_MEETING_KINDS = {"extra", "öppet", "öppna", "ordinarie", "konstituerande", "extrainsatt"}
# "Ledningsgruppen för vård och omsorg träffades den 4 maj": the sentence's verb ends the name
_SENTENCE_VERBS = {
    "träffades", "sammanträdde", "möttes", "samlades", "hade", "har", "höll", "hölls", "var",
    "beslutade", "beslöt",
}  # fmt: skip


def _half_joined(kept: list[str]) -> bool:
    """'hälso- och': the first half of a joined word, whose second half is still to come."""
    return bool(kept) and (
        kept[-1].endswith("-")
        or (kept[-1].lower() == "och" and len(kept) >= 2 and kept[-2].endswith("-"))
    )


_NAMED_ORG = ("förbundet", "föreningen", "förening", "förbund", "bolaget", "stiftelsen")
_LABEL_LIKE = re.compile(
    r"närvarande|deltagare|frånvarande|beslutande|ledamöter|tid|plats|datum|protokoll", re.I
)


def _indefinite(word: str) -> str:
    for bare, definite in _DEFINITE.items():
        if word.lower().endswith(definite):
            return word[: len(word) - len(definite) + len(bare)]
    return word


def _meeting_word(word: str) -> str:
    """'Styrelsemöte' -> 'Styrelsen', 'Regionrådsmöte' -> 'Regionrådet'."""
    m = re.match(
        r"^(?P<stem>[\wåäöÅÄÖ]+?)s?(?:möte(?:t)?|protokoll(?:et)?|sammanträde(?:t)?)$", word, re.I
    )
    if not m:
        return ""
    stem = m["stem"]
    for bare, definite in _DEFINITE.items():
        if stem.lower().endswith(bare):
            return stem + definite[len(bare) :]
    return ""


_BRACKETED_SHORT = re.compile(r"\s*\((?-i:[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,5})\)")
_MEETING_AFTER_KIND = re.compile(
    r"^(\w*(?:protokoll|anteckningar)\s+)(?:sammanträde|möte)\s+(?=[A-ZÅÄÖ])", re.I
)


# "Minnesanteckningar BRÅ Östermalm", "… från lokala BRÅ i Hökarängen": a brottsförebyggande
# råd by its short name, with the stadsdel or town it works in
_BRA = re.compile(
    r"(?:^|(?<=\s))(?P<name>(?:(?i:lokala)\s+)?(?:BRÅ|Brå)(?:\s+(?:i\s+)?[A-ZÅÄÖ][a-zåäö-]+)?)"
    r"(?![\wåäö])"
)


def body_in(text: str) -> str:
    """The first body named in a line of the header."""
    bra = _BRA.search(text)
    if bra and len(text[: bra.start()].split()) <= 3:
        name = " ".join(bra["name"].split())
        return name[:1].upper() + name[1:]  # "BRÅ" as written, not "Brå"
    abbreviated = _ABBREVIATED.match(text)
    if abbreviated:  # "SG Barn och unga": a styrgrupp or ledningsgrupp by its short name
        return _tidy(abbreviated[0])
    short = _SHORT_AFTER_KIND.match(text)
    if short and short["name"] not in _NOT_SHORT:  # "Protokoll VU-möte", "… från AU"
        return short["name"]
    # "Protokoll Sammanträde Roxen FVOF", "Protokoll möte Byalaget Norr": the kind of meeting
    # between the kind of document and the body's name is no part of the name
    text = _MEETING_AFTER_KIND.sub(r"\1", text)
    # "Lärande och arbetsmarknadsberedningen (LoA)": the short name in brackets is no word of it
    text = _BRACKETED_SHORT.sub("", text)
    for pattern in (_AFTER_KIND, _BEFORE_KIND):
        m = None if text.isupper() and pattern is _AFTER_KIND else pattern.match(text)
        first = m["name"].split()[0] if m else ""
        if (
            m
            and not _HEAD.match(first)
            and not _meeting_word(first)
            and not re.search(r"\d", m["name"])
            # "VILHELMINA KOMMUN PROTOKOLL", "UMEÅREGIONEN MINNESANTECKNINGAR": the municipality
            # or region above the body, not the body
            and not re.search(r"kommun|region|landsting|\blän|\bstad\b", m["name"], re.I)
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
        nxt = words[i + 1].lower() if i + 1 < len(words) else ""
        if (
            not _HEAD.match(word)
            and word.endswith("s")
            and _HEAD.match(word[:-1])
            and (
                nxt in _MEETING_NOUNS
                or (i + 2 < len(words) and nxt == "extra")
                # "TRs styrelses onsdagsmöte", "styrelsens höstmöte": a meeting of some kind
                or (nxt.endswith("möte") and len(nxt) <= 14)
            )
        ):
            # "Kommunstyrelsens arbetsutskotts sammanträde", "byarådets möte",
            # "Landstingsstyrelsens protokoll": the body in the genitive before its meeting
            if nxt.startswith("styrelse") and not word.lower().endswith("styrelses"):
                # "Rörö öråds styrelsemöte": the board of the body named ("Föreningen Nordens
                # styrelse"), with the place name that goes before the body's own word
                before = words[i - 1] if i >= 1 else ""
                left = i - 1 if _PLACE_NAME.match(before) and before.lower() not in _STOP else i
                return _tidy(" ".join(words[left : i + 1]) + " styrelse")
            word = word[:-1]
            words = [*words[:i], word, *words[i + 1 :]]
        if not _HEAD.match(word) or len(word) < 4:
            continue
        if word.islower() and i == 0 and len(words) > 8:
            continue
        name = _tidy(_extend(words, i))
        if word.isupper() and " " not in name:
            # "KOMMUNSTYRELSENS SOCIALA UTSKOTT", "Svenska Gymnastikförbundets STYRELSE": a
            # title in capitals names the body as the same words in lower case would
            cased = _sentence_case(words)
            named = _extend(cased, i).split()
            if cased[i] in named:  # the title in capitals ends with its head word
                named = named[: named.index(cased[i]) + 1]
            name = _tidy(" ".join(named))
        if name and name.lower() not in _STOP:
            return name
    return ""


_PLACE_NAME = re.compile(r"^(?-i:[A-ZÅÄÖ][a-zåäöé]+)$")


def _sentence_case(words: list[str]) -> list[str]:
    """'KOMMUNSTYRELSENS SOCIALA UTSKOTT' -> 'Kommunstyrelsens sociala utskott': each run of
    words in capitals as a name is written, its first word capitalised."""
    out, in_run = [], False
    for w in words:
        caps = w.isupper() and len(w) > 2
        out.append((w.lower() if in_run else w.capitalize()) if caps else w)
        in_run = caps and w.lower() not in _STOP  # "SAMMANTRÄDESPROTOKOLL KOMMUNSTYRELSENS …"
    return out


_ABBREVIATED = re.compile(
    r"^(?:SG|LG|SRG|LSG)\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+(?:och|&|för|i|[A-ZÅÄÖa-zåäö][\wåäö-]+)){0,5}"
    r"(?=\s*(?:$|\d|[-–,:]|protokoll|minnes|mötes|anteckningar))",
)
_SHORT_AFTER_KIND = re.compile(
    r"^\W*(?:\d+\s+)?\w*(?i:protokoll|anteckningar)(?:\s+(?i:från|fört\s+vid|vid|för))?\s+"
    r"(?P<name>[A-ZÅÄÖ]{2,5})(?=-möte|:s\b|\s+(?![A-ZÅÄÖ]{2})|$)"  # not a title in capitals
)
_NOT_SHORT = {
    "NR", "PM", "KL", "OCH", "DEN", "FÖR", "FRÅN", "VID", "MED", "KD", "MP", "SD", "FP", "FÖRT",
}  # fmt: skip
_MEETING_NOUNS = {
    "sammanträde", "möte", "protokoll", "sammanträdesprotokoll", "minnesanteckningar",
    "ordinarie", "konstituerande", "styrelsemöte",
}  # fmt: skip
_TITLE = re.compile(r"^\W*(?:\d+\s+)?\w*(?:protokoll|anteckningar)\b", re.I)


_FEDERATION = re.compile(r"förbund(?:et)?$", re.I)


def bodies_in(text: str) -> list[str]:
    """Every body named in a line of the header, in order."""
    found = []
    while text:
        name = body_in(text)
        if not name:
            break
        found.append(name)
        at = text.lower().find(name.split()[-1].lower()[:6])
        if at < 0:
            break
        text = text[at + len(name.split()[-1]) :]
    return found


def find_body(paragraphs: list[str], zone: int = 15) -> str:
    head = [p for p in paragraphs if not p.strip().isdigit()][:zone]
    found = labelled_body(paragraphs[: zone * 3])
    if found:
        return found
    for text in head:  # the body named in the title wins ("MINNESANTECKNINGAR … med X")
        title = _TITLE.match(text)
        if title and _PEOPLE_LABEL.match(text[title.end() :].strip(" :")):
            continue  # "PROTOKOLL Adjungerade: Cecilia Backe (ordf. beredningsgruppen)"
        if title:
            name = body_in(" ".join(text.split()[:12]))
            if name:
                return name
    # A body named in the minutes' items ("Styrelsen beslutade …", "2. Kommunförbundet -
    # statusrapport") is not the body whose minutes these are: only the header counts.
    head = header_lines(paragraphs, zone)
    named = []
    for k, text in enumerate(head):
        plain = text.replace("\t", " ").strip()
        nxt = head[k + 1].strip() if k + 1 < len(head) else ""
        if plain.isupper() and nxt.isupper():  # a title over two lines in capitals
            plain = f"{plain} {nxt}"
        # A body named in running text ("beslutat i Regionfullmäktige") is not a heading.
        if len(plain) > 100:
            plain = " ".join(plain.split()[:8])
        named.extend(bodies_in(plain))
    if named:
        # "Regionförbundet i Kalmar län" over "Förbundsfullmäktige", "Kommunalförbundet X" over
        # "Direktionen": the federation is who the body belongs to, as a municipality is.
        if _FEDERATION.search(named[0].split()[0]):
            specific = [n for n in named[1:] if not _FEDERATION.search(n.split()[0])
                        and n.lower() not in _GENERIC]
            if specific:
                return specific[0]
        return named[0]
    for text in head:  # "BRÅ" on a line of its own: the body by its short name
        if re.fullmatch(r"[A-ZÅÄÖ]{2,6}", text.strip()) and text.strip().lower() not in _STOP:
            return text.strip()
    titled = _dated_title_name(paragraphs)  # "Minnesanteckningar regionalt … 12 mars 2019"
    if titled:
        return titled
    for text in header_lines(paragraphs, zone):
        # A running head "MINNESANTECKNINGAR 1(8) Kommunchefsgrupp Dag Tid Plats …": the body
        # right after the kind of document and its page number.
        words = text.split()[:20]
        for k, word in enumerate(words):
            if _KIND_WORD.fullmatch(word.strip(",.:")) and k + 1 < len(words):
                after = [w for w in words[k + 1 : k + 8] if not _PAGE.match(w)]
                while after and _PAGE.match(" ".join(after[:2])):
                    after = after[2:]
                name = body_in(" ".join(after[:5]))
                if name:
                    return name
    return _running_head(paragraphs)


def _dated_title_name(paragraphs: list[str]) -> str:
    """'… Sändlista … Minnesanteckningar regionalt kompetenskansli 27 maj 2015': the group a
    dated title names, as the minutes' own name for it when it is no body's usual word."""
    titled = dated_title(paragraphs)
    if not titled:
        return ""
    name = body_in(titled[0])
    whole = titled[0][:1].upper() + titled[0][1:]
    if name and not whole.lower().endswith(name.lower()):
        return name  # "styrelsemöte": the board
    name = whole  # "regionalt samverkansforum": the title's words are the group's name
    return name if _looks_like_a_name(name) and not is_first_name(name.split()[0]) else ""


_PAGE_HEAD = re.compile(r"^(?P<page>\d{1,3})\s+(?P<head>\D.*)$")


def _running_head(paragraphs: list[str]) -> str:
    """'2 VÅRD- OCH OMSORGSNÄMNDEN Fastställande av dagordning …', '3 VÅRD- OCH
    OMSORGSNÄMNDEN Info …': the body that heads the transcript's pages, when the front page
    lost it (a letterhead taken off as page furniture)."""
    pages: dict[str, set[str]] = {}
    for text in paragraphs[:400]:
        m = _PAGE_HEAD.match(text)
        if not m:
            continue
        name = body_in(" ".join(m["head"].split()[:6]))
        if name and name.lower() not in _GENERIC and m["head"].lower().startswith(
            name.split()[0].lower()
        ):
            pages.setdefault(name, set()).add(m["page"])
    ranked = sorted(pages.items(), key=lambda kv: -len(kv[1]))
    return ranked[0][0] if ranked and len(ranked[0][1]) >= 2 else ""


# The association whose board meets: "Föreningen Norden", "Byalaget Östra Lund", "Brf Tallen",
# "Samordningsförbundet Sydnärke", "Fröskog Ek. Fiberförening", "Gamla Byns hembygdsförening".
_ORG_FIRST = {
    "Föreningen", "Byalaget", "Bostadsrättsföreningen", "Brf", "BRF", "Samordningsförbundet",
    "Hembygdsföreningen", "Intresseföreningen", "Riksförbundet", "Sällskapet", "Stiftelsen",
    "Samfällighetsföreningen", "Bygdegårdsföreningen", "Byföreningen", "Vägföreningen",
    "Fiskevårdsföreningen", "Idrottsföreningen", "Kommunalförbundet",
    "Kommunförbundet", "Förbundet", "Byarådet",
}  # fmt: skip
_ORG_LAST = re.compile(
    r"^[\wåäöÅÄÖ]*(?:förening|föreningen|förbund|förbundet|byalag|byalaget|byaråd|byarådet"
    r"|sällskap|sällskapet|klubb|klubben|samfällighet|stiftelse)$",
    re.I,
)
# "Vallby IF"; "Nora Fastigheter AB": a company's board, its name ending in the company form
_CLUB = {"IF", "IK", "BK", "FK", "SK", "FF", "GIF", "AIF", "GoIF", "SoIK", "AB"}
_ORG_WORD = re.compile(r"^(?:[A-ZÅÄÖÉ][\wåäöéÅÄÖ-]*\.?|[A-ZÅÄÖ]{2,}|i|och|för|på)$")
_PEOPLE_LABEL = re.compile(
    r"^\W*(?:närvarande|deltagare|deltagande|deltog|frånvarande|beslutande|ledamöter|övriga"
    r"|ersättare|adjungerade?|förhinder|anmält)",
    re.I,
)
_GENERIC = {"styrelsen", "styrelse", "styrelsemöte", "byarådet", "föreningen"}


# "SPF Seniorerna Ås", "PRO Ås", "SKPF avd 12 Ås": a national association's local branch, named
# by the association's letters and the place, at the head of its board's minutes
_BRANCH = re.compile(
    r"^\W*(?P<name>(?:SPF(?:\s+Seniorerna)?|PRO|SKPF(?:\s+[Aa]vd(?:elning)?\.?\s*\d+)?|RPG|SPRF"
    r"|DHR|FUB|RSMH)\s+(?P<place>[A-ZÅÄÖ][a-zåäö-]+(?:[ -][A-ZÅÄÖ][a-zåäö-]+)?))"
    r"(?=\s*(?:$|[,.:–-]|\d))"
)
# "Hyresgästföreningen Ås", "Pensionärsföreningen Solstrålen": an association's kind in the
# definite form, then its name
_KIND_FIRST = re.compile(r"^[A-ZÅÄÖ][a-zåäö]{2,}(?:föreningen|förbundet|sällskapet|klubben)$")


def organisation_in(text: str) -> str:
    """The association named in a line of the header, or ''."""
    branch = _BRANCH.match(text)
    if branch and not is_first_name(branch["place"].split()[0]):
        return branch["name"]
    words = re.findall(r"[\wåäöÅÄÖéÉ][\wåäöÅÄÖéÉ.\-]*", text)
    for i, word in enumerate(words):
        # "årsmöte i föreningen Påskfestival Gotland": the common noun before the name
        if word in ("föreningen", "förbundet") and i + 1 < len(words) and words[i + 1][0].isupper():
            taken = []
            for nxt in words[i + 1 : i + 4]:
                if not nxt[0].isupper() or nxt.lower() in _STOP or re.search(r"\d", nxt):
                    break
                taken.append(nxt)
            if taken and not is_first_name(taken[0]):
                return " ".join(taken).rstrip(".")
        if word in _ORG_FIRST or _KIND_FIRST.match(word):
            taken = []
            for nxt in words[i + 1 : i + 5]:
                if not _ORG_WORD.match(nxt) or nxt.lower() in _STOP or re.search(r"\d", nxt):
                    break
                taken.append(nxt)
            while taken and taken[-1] in {"i", "och", "för", "på"}:
                taken.pop()
            if taken:
                return " ".join([word, *taken]).rstrip(".")
        if (_ORG_LAST.match(word) or word in _CLUB) and i > 0 and (
            word.lower() not in _GENERIC or word[0].isupper()  # "Norra Föreningen"
        ):
            left = i
            # "Styrelsemöte Hembygdsförening": the meeting's word before the association's kind
            # is no part of a name (the board of an association it does not name)
            while left > 0 and i - left < 3 and _ORG_WORD.match(words[left - 1]) and (
                words[left - 1][0].isupper() and words[left - 1].lower() not in _STOP
                and not _HEAD.match(words[left - 1]) and not _meeting_word(words[left - 1])
            ):
                left -= 1
            if left < i:
                return " ".join(words[left : i + 1])
    return ""


_KIND_WORD = re.compile(r"\w*(?:protokoll|anteckningar)\b", re.I)
_PAGE = re.compile(r"^(?:sid(?:a|an)?|page)?\s*\d+\s*\(\d+\)$|^\d+\(\d+\)$|^sid(?:a|an)?$", re.I)
_ITEM_START = re.compile(r"^\W*(?:§\s*\d+|\d{1,2}[.)]\s+\w)")


def header_lines(paragraphs: list[str], zone: int = 15) -> list[str]:
    """The lines of the header: up to the first numbered item or § (a page run together on one
    line is kept: its first words are the running head)."""
    lines = []
    for text in [p for p in paragraphs if not p.strip().isdigit()][:zone]:
        if _ITEM_START.match(text) and len(text) < 150 and not _KIND_WORD.search(text):
            break
        lines.append(text)
    return lines


_BARE_HEADS = {"utskottet", "nämnden", "rådet", "förbundet", "gruppen", "direktionen",
               "delegationen", "kommittén", "beredningen"}


def _specific(body: str, paragraphs: list[str]) -> str:
    """'Utskottet' (from 'Protokoll utskottssammanträde') gives way to the header's own name of
    that kind of body ('Arbetsmarknadsutskottets protokoll', 'ARBETSMARKNADSUTSKOTTET')."""
    if body.lower() not in _BARE_HEADS:
        return body
    for text in header_lines(paragraphs, 8):
        if _PEOPLE_LABEL.match(text):
            continue
        for name in bodies_in(" ".join(_sentence_case(text.split()[:12]))):
            last = name.split()[-1].lower()
            if last != body.lower() and _indefinite(last).endswith(_indefinite(body.lower())):
                return name
    return body


def association(body: str, paragraphs: list[str]) -> str:
    """'Styrelsen' of 'Protokoll från styrelsemöte i Föreningen X' is Föreningen X's board: the
    association's name names the body better than the generic word."""
    # "Byalag" of "Protokoll Sörby Byalag": the association's own word, its name in full
    bare = bool(body) and " " not in body and _ORG_LAST.match(body) is not None
    if body and body.lower() not in _GENERIC and not bare:
        return body
    for text in header_lines(paragraphs, 6):
        if _PEOPLE_LABEL.match(text):
            continue  # "Närvarande: Pia Södergren, SIKO, Barbro Nordstedt, X-förening": people
        opening = " ".join(text.split()[:16])
        met = (_MET_WITH.search(opening) or _MET_WITH_QUOTED.search(opening)
               or _DASHED.match(text.strip()))
        if met and not is_first_name(met["org"].split()[0]) and not _LABEL_LIKE.match(met["org"]):
            return met["org"]  # "… fört vid sammanträde med Västmanlands Kommuner och Landsting"
        words = text.split()[:20]
        # "BOSTADSRÄTTSFÖRENINGEN FORTUNA, KARLSTAD": a name in capitals, as it is written
        found = organisation_in(" ".join(words)) or organisation_in(
            " ".join(w.capitalize() if w.isupper() and len(w) > 2 else w for w in words)
        )
        if found and (not bare or found.lower().endswith(body.lower())):
            # "… styrelsemöte med Fryksås Samfällighetsförening och Fryksås Fäbodlag
            # Intresseförening": the boards of two associations meeting together
            joint = re.search(re.escape(found) + r"\s+och\s+(?P<rest>.+)", " ".join(words))
            other = organisation_in(joint["rest"]) if joint else ""
            if other and joint["rest"].startswith(other.split()[0]):
                return f"{found}{_JOINT}{other}"
            return found
    return body


# "Styrelseprotokoll fört vid sammanträde med X", "styrelsesammanträde för X": the board's
# meeting named after whose it is, the organisation's words capitalised (never 'i X', which
# names where the board met as often as whose board it is)
_MET = (
    r"^\W*(?:\d+\s+)?(?:(?:extra|öppet|ordinarie|konstituerande)\s+)?"
    r"(?:\w*(?:protokoll|anteckningar)\b.{0,40}?)?\w*(?:sammanträde|möte)\s+(?:med|för)\s+"
)
_MET_WITH = re.compile(
    _MET + r"(?P<org>(?-i:[A-ZÅÄÖ][\wåäöé-]+)(?:\s+(?:och\s+)?(?-i:[A-ZÅÄÖ][\wåäöé-]+)){1,4})",
    re.I,
)
# "Protokoll fört vid årsmöte med ”Vår Bygd 1891”": the association's name in quotation marks,
# as older minutes write it, a year or a number being part of it
_MET_WITH_QUOTED = re.compile(
    _MET + r"[”“\"»]\s*(?P<org>(?-i:[A-ZÅÄÖ])[^”“\"»«\n]{1,50}?)\s*[”“\"«]", re.I
)
# "Styrelsemöte 7 - Sverok Stockholm": a web page's title, the association after a dash
_DASHED = re.compile(
    r"^\W*\w*(?:styrelsemöte|styrelseprotokoll|protokoll)\b[^-–]{0,25}\s[-–]\s+"
    r"(?P<org>(?-i:[A-ZÅÄÖ][\wåäöé-]+)(?:\s+(?-i:[A-ZÅÄÖ][\wåäöé-]+)){0,3})$",
    re.I,
)
_JOINT = "\n"  # between the names of associations meeting together (no name has a line break)


def _looks_like_a_name(group: str) -> bool:
    """'RMPG Kvinnosjukvård', 'LiTHe kod': a short name, not a run of people or a sentence."""
    from .people import people_in_run

    words = group.split()
    # "PROTOKOLL Sammanträdesdag Tid och Plats. Omfattning": the front page's labels, no name
    if any(w.strip(".,:;").lower() in _LABEL_WORDS for w in words):
        return False
    return (
        0 < len(words) <= 6
        and group[:1].isupper()
        and not re.search(r"\d|[()]", group)
        and not people_in_run(group)
        and not _NOT_BODY.match(group)
    )


def _spelled_out(short: str, paragraphs: list[str]) -> str:
    """'VU' over 'Verkställande utskottet': the body's name whose initials make the short one."""
    for text in header_lines(paragraphs, 8):
        for name in bodies_in(" ".join(text.split()[:12])):
            if "".join(w[0] for w in name.split()).upper() == short:
                return name
    return ""


def _named_in_full(short: str, paragraphs: list[str]) -> str:
    """'Protokoll KS 2017-05-03' over 'Kommunstyrelsen': a short name after the kind of document
    gives way to the body's full name in the header ('SIKO protokoll', 'RUS. Anteckningar …' are
    the names the minutes give themselves and stay)."""
    lines = header_lines(paragraphs, 8)
    if not any((m := _SHORT_AFTER_KIND.match(t)) and m["name"] == short for t in lines):
        return ""
    for text in lines:
        for name in bodies_in(" ".join(text.split()[:12])):
            if not name.isupper() and name.lower() not in _GENERIC:
                return name
    return ""


def choose_groups(
    header_groups: list[str], subgroups: list[str], paragraphs: list[str]
) -> tuple[list[str], str]:
    """The body or bodies whose minutes these are, and a warning when they were guessed from
    the headings of the attendance list."""
    from .header import _GROUP_START

    warning = ""
    groups = [g for g in dict.fromkeys(header_groups) if not _KIND_OF_MEETING.match(g.strip())]
    if not groups:
        groups = [g for g in dict.fromkeys(subgroups) if _GROUP_START.match(g)]
        if groups:
            warning = "Mötets namn saknas; grupperna är hämtade från rubrikerna i närvarolistan."
    named = []
    for group in groups:
        if _PEOPLE_LABEL.match(group) or ":" in group:
            continue  # "PROTOKOLL Adjungerade: Cecilia Backe (ordf. beredningsgruppen)"
        # "Sid 311 (410) 2015-06-15 GÄLLIVARE KOMMUN Kommunstyrelsen" after the word protokoll:
        # the body is the name of a body in it.
        if _GROUP_START.search(group):
            named.append(_TRAILING.sub("", group).strip(" ,.;:-") or group)
        elif body_in(group):
            named.append(body_in(group))
    if not named:
        body = find_body(paragraphs)
        named = [body] if body else [g for g in groups if _looks_like_a_name(g)]
    named = list(dict.fromkeys(named))
    if len(named) == 1 and named[0].isupper() and len(named[0]) <= 5:
        named = [_spelled_out(named[0], paragraphs) or named[0]]
    if len(named) == 1 and named[0].isupper() and len(named[0]) <= 5:
        named = [_named_in_full(named[0], paragraphs) or named[0]]
    if len(named) == 1:  # "Protokoll utskottssammanträde" over "ARBETSMARKNADSUTSKOTTET"
        named = [_specific(named[0], paragraphs)]
    if len(named) <= 1:  # "Protokoll för årsmöte i Byföreningen Sjöbacka": the association
        found = association(named[0] if named else "", paragraphs)
        # a joint meeting's associations, one group each
        named = [a for a in found.split(_JOINT) if a]
    if len(named) == 1:  # "gemensamt möte med husrådet och styrelsen": two bodies together
        named += [b for b in [_together_with(named[0], paragraphs)] if b]
    # "Nämnd", "Organ", "Instans": the label of the anslag's box whose value was lost names no
    # body (an unknown body is better said unknown than called "Nämnd")
    named = [n for n in named if n.lower() not in _BARE_LABELS]
    # "Årsmöte", "Medlemsmöten", "Årsmötesprotokoll": the kind of meeting or of document, which
    # names no body ("Svenska idrottshistoriska föreningen Årsmötesprotokoll": the body before it)
    named = [n for n in named if not _KIND_OF_MEETING.match(n)]
    # "ÅNGE KOMMUN Valnämnden", "Halmstads kommun, Kommunstyrelsen": the letterhead's
    # municipality before the body is whose body it is, not part of its name
    named = [_MUNICIPALITY_FIRST.sub("", n) if _HEAD.match(n.split()[-1]) else n for n in named]
    if not named:
        named = [b for b in [_deciding(paragraphs) or _spoken_of(paragraphs)] if b]
    if not named and _board(paragraphs):
        named = ["Styrelsen"]
    return named, warning


# "utbildningsnämnden beslutar", "Tillgänglighetsrådets reglemente": a body's name in running
# text, in the definite form or its genitive
_OWN_BODY = re.compile(
    r"(?<![\w-])(?P<body>[A-Za-zÅÄÖåäö]{3,}(?:nämnd|råd|utskott|grupp|beredning|direktion))"
    r"(?P<end>en|et|ens|ets)(?!\w)"
)
_HIGHER = {"kommunstyrelse", "regionstyrelse", "landstingsstyrelse", "förbundsstyrelse"}


def _spoken_of(paragraphs: list[str]) -> str:
    """The one body the text names most, at least twice and more than any other, when no header
    names one ('Utbildningsnämnden' from 'utbildningsnämnden beslutar … utbildningsnämndens')."""
    counts: dict[str, int] = {}
    for p in paragraphs[:300]:
        for m in _OWN_BODY.finditer(p):
            stem = m["body"].lower()
            if stem in _HIGHER or stem in ("nämnd", "råd", "grupp"):
                continue
            definite = stem + ("et" if m["end"] in ("et", "ets") else "en")
            counts[definite] = counts.get(definite, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return ""
    return ranked[0][0][0].upper() + ranked[0][0][1:]


def _together_with(body: str, paragraphs: list[str]) -> str:
    """The second body of a joint meeting, named right after the first in the header."""
    for text in header_lines(paragraphs, 6):
        if _PEOPLE_LABEL.match(text):
            continue
        m = re.search(re.escape(body) + r"\s+(?:och|samt)\s+(?P<other>[\wåäöÅÄÖ-]+)", text, re.I)
        if m and _HEAD.match(m["other"]) and m["other"].lower() != body.lower():
            return m["other"][:1].upper() + m["other"][1:]
    return ""


# "Kommunfullmäktiges beslut" over each § decision: a § protokoll's decisions are headed by
# its own body's name in the genitive
_DECISION_HEAD = re.compile(r"^(?P<body>[A-ZÅÄÖ][\wåäö-]+?)s\s+beslut\s*:?\s*$")


def _deciding(paragraphs: list[str]) -> str:
    """The body whose decisions the headings are, when two or more name it and no other."""
    counts: dict[str, int] = {}
    for text in paragraphs[:400]:
        m = _DECISION_HEAD.match(text.strip())
        if m and _HEAD.match(m["body"]):
            counts[m["body"]] = counts.get(m["body"], 0) + 1
    return next(iter(counts)) if len(counts) == 1 and max(counts.values()) >= 2 else ""


# "Dagordningen godkändes av styrelsen", "Styrelsen beslutade", "styrelsemötet": a board's
# minutes that name no association are the board's ("Styrelsen")
_BOARD = re.compile(
    r"(?<![\w-])(?:styrelsen|styrelsemöte(?:t|s)?|styrelsemötesprotokoll)(?!\w)", re.I
)


def _board(paragraphs: list[str]) -> bool:
    return sum(len(_BOARD.findall(p)) for p in paragraphs[:200]) >= 2  # once may be another's


_MUNICIPALITY_FIRST = re.compile(
    r"^(?-i:[A-ZÅÄÖ][\wåäöÅÄÖ-]+)\s+(?:kommun|KOMMUN|stad|STAD)\s*[,:–-]?\s+(?=[A-ZÅÄÖ])"
)
_KIND_OF_MEETING = re.compile(
    r"^(?:\w*protokoll(?:et)?|(?:års|medlems|extra|förenings|höst|vår|styrelse)?"
    r"(?:möte[nt]?|mötet|möten|mötena|stämma|stämman))$",
    re.I,
)
_BARE_LABELS = {
    "nämnd", "organ", "instans", "beslutsinstans", "beslutsorgan", "forum", "myndighet",
    "organ och", "grupp", "möte",
}  # fmt: skip
