"""The meeting itself: kind of document, groups, date, time, place; and the next meeting."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time
from functools import lru_cache

from bot.dates import DateMatch, extract_dates, parse_time_range

from .model import NextMeeting
from .stacked_place import stacked_place
from .titles import dated_title

_KIND = re.compile(
    r"\b(protokoll|sammanträdesprotokoll|minnesanteckningar|mötesanteckningar|anteckningar"
    r"|kallelse|dagordning)\b",
    re.I,
)
_KIND_COMPOUND = re.compile(r"^\W*[A-ZÅÄÖ]\w*(?:protokoll|anteckningar)\b", re.I)
_GROUP_WORD = (
    r"(?:chefsgrupp(?:en|er)?|samverkansgrupp(?:en)?|specifika\s+samverkansråd(?:et)?"
    r"|samverkansråd(?:et)?|styrgrupp(?:en)?|beredningsgrupp(?:en)?|ledningsgrupp(?:en)?"
    r"|nätverk(?:et)?|arbetsgrupp(?:en)?|rådet)"
)
_GROUP_START = re.compile(rf"\b{_GROUP_WORD}\b", re.I)
_DATE_LABEL = re.compile(
    r"^(?:tid och plats|datum och tid|datum och plats|tid|datum|sammanträdesdatum|mötesdatum"
    r"|när|klockan|kl|mötestid|sammanträdestid|tidpunkt|dag|mötesdag)\s*:?\s*(?:\t|:)\s*",
    re.I,
)
_PLACE_LABEL = re.compile(r"^(?:plats|lokal|mötesplats|var)\s*[:\t]\s*", re.I)
_GROUP_LABEL = re.compile(r"^(?:typ av möte|möte|grupp|forum|organ)\s*[:\t]\s*(?P<g>.+)$", re.I)
_APPROVED = re.compile(r"\bjusterat?s?\b|\bjusterings", re.I)
_TIME_PHRASE = re.compile(
    r"\b(?:kl|klockan)\.?\s*\d{1,2}[.:]\d{2}:?\s+\d{1,2}[.:]\d{2}\b|"  # "kl. 17:00 19:01"
    r"(?:\b(?:kl|klockan)\.?\s*)?\d{1,2}(?:[.:]\d{2})?\s*(?:[-–—]|till)\s*(?:kl\.?\s*)?"
    r"\d{1,2}(?:[.:]\d{2})?|\b(?:kl|klockan)\.?\s*\d{1,2}(?:[.:]\d{2})?",
    re.I,
)
# (The ways at a word's edge share one "\b" in front, so that inside a word one test fails them
# all; no two ways can start at one place, except the two of "nästa", kept in their order, so
# every match is the one the ways in any order would give.)
_NEXT = re.compile(
    r"\b(?:nästa\s+\w*(?:möte|träff|sammanträde|mötestillfälle)\b"
    # "Vi ses nästa gång den 14 mars", "Nästa sammankomst blir …", "Kommande möte: 14 mars",
    # "Styrelsen träffas igen den 14 mars": the next meeting in other words
    r"|nästa\s+(?:gång|sammankomst)\b|(?:träffas|ses|samlas|möts)\s+(?:igen|härnäst)\b)"
    r"|^(?:styrelse|besluts)?möte\s+den\s+(?=\d)|^kommande\s+\w*möte\b(?!n)",
    re.I,
)
# Every way _NEXT matches holds one of these, in text.lower(): "nä" (nästa, härnäst), "möt"
# (möte, möts) or "igen" with the forms of "i" that re.I takes for it (lower() turns "İ" into
# "i" and a combining dot). Most paragraphs hold none, and the pattern's many alternatives
# cost far more than looking for them.
_NEXT_HINTS = ("nä", "möt", "igen", "ıgen", "i\u0307gen")


def next_named(text: str) -> re.Match | None:
    """_NEXT.search(text), skipping the search where it cannot match."""
    low = text.lower()
    if not any(hint in low for hint in _NEXT_HINTS):
        return None
    return _NEXT.search(text)


_LOOSE_NEXT = re.compile(r"nästa\s+(?:gång|sammankomst)|träffas|ses|samlas|möts", re.I)
_COMPACT_CLOCK = re.compile(r"\b(?:kl|klockan)\.?\s*(?P<h>[012]\d)(?P<m>[0-5]\d)\b", re.I)
_CONJ = {"och", "samt", "eller", "för", "i", "av", "med"}


@dataclass
class Header:
    kind: str = ""
    title: str = ""
    groups: list[str] = field(default_factory=list)
    date: date | None = None
    start: time | None = None
    end: time | None = None
    place: str = ""
    approved_on: date | None = None
    last_index: int = -1  # the last paragraph that belonged to the header


# "Årsmötet den 20e mars": an ordinal day written without the colon of "20:e"; read as "20 "
# (the same length, so that every phrase keeps its place in the text)
_ORDINAL_DAY = re.compile(
    r"(?<![\d.,/])(\d{1,2})e(?=\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec))", re.I
)


def explicit_dates(text: str, today: date, prefer: str = "nearest"):
    """Date phrases written with a day number; "i dag" or a bare weekday are not meeting dates."""
    if "e " in text:
        text = _ORDINAL_DAY.sub(r"\1 ", text)
    return [m for m in extract_dates(text, today, prefer) if re.search(r"\d", m.phrase)]


# "Nästa möte blir onsdag 060329", "svar senast 070301": a day as six digits, year month day,
# the short form (ÅÅMMDD) file names and many associations write dates in. Read only where a
# date is expected (a next meeting's sentence, right after "senast"): elsewhere six digits are
# as often a number of some other kind.
_SIX_DIGITS = re.compile(r"(?<![\d/.:-])(\d\d)([01]\d)([0-3]\d)(?![\d/:-]|[.,]\d)")


def six_digit_dates(text: str, today: date) -> list[DateMatch]:
    found = []
    for m in _SIX_DIGITS.finditer(text):
        year = 2000 + int(m[1])
        if year > today.year + 1:
            year -= 100
        try:
            day = date(year, int(m[2]), int(m[3]))
        except ValueError:
            continue
        found.append(DateMatch(day, m.start(), m.end(), m[0]))
    return found


def has_year(phrase: str) -> bool:
    """'14 mars 2024', '3/5-17', '070301': the date's phrase gives its year."""
    return bool(re.search(r"(?:19|20)\d\d|-\d\d$", phrase) or _SIX_DIGITS.fullmatch(phrase))


# A year written out in the text: "Miljöchefsmötet 2019", "Dnr KS 2018/14", "23/5-2023"
_WRITTEN_YEAR = re.compile(r"(?<![\d/])(?:19|20)\d\d(?!\d)")


def written_year(paragraphs: list[str], today: date) -> int | None:
    """The year minutes without their own date were written in, as far as the text tells it:
    the year they write most often (the later one on a tie), never one after today's."""
    counts: dict[int, int] = {}
    for text in paragraphs:
        # no year without "19" or "20": most paragraphs are passed over without the search,
        # whose look-behind is tried at every position
        if "19" not in text and "20" not in text:
            continue
        for found in _WRITTEN_YEAR.findall(text):
            year = int(found)
            if 1990 <= year <= today.year:
                counts[year] = counts.get(year, 0) + 1
    return max(counts, key=lambda y: (counts[y], y)) if counts else None


_ENGLISH = {
    "january": "jan", "february": "feb", "march": "mars", "may": "maj", "june": "juni",
    "july": "juli", "august": "aug", "october": "okt",
}  # fmt: skip
_ENGLISH_MONTH = re.compile(
    r"(?<=\d )(?:January|February|March|May|June|July|August|October)\b"
    r"|\b(?:January|February|March|May|June|July|August|October)(?= \d)"
)


def dated(text: str, today: date):
    """Date phrases that give their year: a meeting's own date is never guessed."""
    # "Tisdag, 20 maj, 2014": the comma before the year, as a space (same length, same spans)
    text = re.sub(r"(?<=\d [a-zåäö]{3})([a-zåäö]{0,6}),(?= (?:19|20)\d\d)", r"\1 ", text)
    # "18 August 2021": English month names as their Swedish abbreviations, padded to the
    # same length so that the phrases keep their places in the text
    text = _ENGLISH_MONTH.sub(lambda m: _ENGLISH[m[0].lower()].ljust(len(m[0])), text)
    # "Styrelsemöte 19/7 -20": the dash of a two-digit year after a space, read as "19/7-20 "
    if " -" in text:
        text = _SPACED_YEAR.sub(r"\1-\2 ", text)
    # "3/5-17", "3 maj -17": a year of two digits after a dash is a year written out too
    found = [
        m for m in explicit_dates(text, today) if re.search(r"(?:19|20)\d\d|-\d\d$", m.phrase)
    ]
    if not found and _UNPADDED.search(text):  # "2017-5-3"
        padded = _UNPADDED.sub(lambda m: f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}", text)
        found = [m for m in explicit_dates(padded, today) if re.search(r"(?:19|20)\d\d", m.phrase)]
    return found


_UNPADDED = re.compile(r"\b((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})\b")
_SPACED_YEAR = re.compile(r"(?<![\d/])(\d{1,2}/\d{1,2}) -(\d\d)(?!\d)")


# "Sammanträdesdatum 2016-06-09 Sida 1 (12)": a page's counter after the date is no place
_PAGE_COUNTER = re.compile(
    r"\b(?:sida|sid|blad)\.?\s*\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|av\s+\d{1,3})?", re.I
)


def _strip_place(text: str) -> str:
    text = _PAGE_COUNTER.sub(" ", _TIME_PHRASE.sub(" ", _CIRCA.sub("", text)))
    text = re.sub(r"^\W+|[\s,.;]+$", "", " ".join(text.split()))
    text = re.sub(r"\s\d{1,2}:$", "", text)  # "Timrå kommunhus 11:": the minutes lost
    return text.strip(" ,.;")


# "klockan 18:", "kl. 13:", ":00-14:00": a time whose hour or minutes the transcript lost is no
# time to give (the next minutes' figures would be read as this one's)
_DAMAGED_TIME = re.compile(
    r"\b(?:kl|klockan)\.?\s*\d{1,2}[:.](?!\d)|(?<![\d.:])[:.]\d{2}\s*[-–]", re.I
)


# "kl. 17:00 19:01", "klockan 13.00 17.15", "Tid: 9:00: - 12:45": a range whose dash the
# transcript lost (or with a stray colon before it); both times written with their minutes, the
# second after the first
_LOST_DASH = re.compile(
    r"(?:\b(?:kl|klockan)\.?\s*|^\s*)(?P<h1>[012]?\d)[.:](?P<m1>[0-5]\d)[.:]?\s*(?:[-–]\s*)?"
    r"(?P<h2>[012]?\d)[.:](?P<m2>[0-5]\d)(?![\d.:]?\d)",
    re.I,
)


def _time_of(text: str):
    text = _CIRCA.sub("", text)
    m = _DAMAGED_TIME.search(text)
    if m:
        text = text[: m.start()]  # what stands before the damage may still be a time
    found = parse_time_range(text)
    lost = _LOST_DASH.search(text) if found and found[1] is None else None
    if lost and int(lost["h1"]) < 24 and int(lost["h2"]) < 24:
        start = time(int(lost["h1"]), int(lost["m1"]))
        end = time(int(lost["h2"]), int(lost["m2"]))
        if start == found[0] and end > start:
            return start, end
    compact = _COMPACT_CLOCK.search(text)  # "klockan 1700"
    if compact and (not found or found[0].hour != int(compact["h"]) % 24 or found[1] is None):
        return time(int(compact["h"]) % 24, int(compact["m"])), None
    return found


def _set_time(header: Header, text: str) -> None:
    found = _time_of(text)
    if found and header.start is None:
        header.start, header.end = found


# "Sjuntorpsrummet, Ärendegenomgång kl. 08:30 Gruppmöte kl 09:30 Beslutsomgång kl 10": the parts of
# the meeting's day with their hours follow the place, as an ajournering does
_ADJOURNED = re.compile(
    r"[,;.(]?\s*\b(?:ajournering|ajournerat|ajourneras|ajournerades|ärendegenomgång"
    r"|gruppmöte[nt]?|partigruppmöte[nt]?|gruppöverläggning(?:ar)?|beslutsomgång)\b.*$",
    re.I,
)
# "kl 13.00 – ca 15.30", "kl. 13.00-cirka 16.00": an end time given as about
_CIRCA = re.compile(r"(?<=[-–—])\s*(?:ca\.?|c:a|cirka)\s*(?=\d)", re.I)


_PLACE_NOUN = re.compile(
    r"(?:gård|gården|hus|huset|skola|skolan|sal|salen|rum|rummet|kyrka|kyrkan|lokal|lokalen"
    r"|kontor|kontoret|hall|hallen|stuga|stugan|center|centret)$",
    re.I,
)


def _place_before_date(before: str) -> str:
    """'Indals hembygdsgård 2016-03-31': a line of the place and the date, the place first."""
    from .body import body_in

    before = before.strip(" ,.;:-–")
    # "HOS YLVA och STEFAN ÅKESSON onsdagen den 12 augusti 2015": at someone's home
    if re.match(r"hos\s+[A-ZÅÄÖ]", before, re.I) and len(before.split()) <= 6:
        return before if not re.search(r"\d", before) else ""
    words = before.split()
    if not 1 <= len(words) <= 5 or not before[:1].isupper() or re.search(r"\d", before):
        return ""
    if _KIND.search(before) or _WEEKDAY.search(before) or _field(before) or body_in(before):
        return ""
    if re.search(r"möte|sammanträde|träff|protokoll", before, re.I):
        return ""
    return before if _PLACE_NOUN.search(words[-1].strip(",")) else ""


def _place_after_date(text: str, phrase_end: int) -> str:
    if _TIME_LOST.match(text[phrase_end:]):
        return ""  # "Frösön den 22 juni 2010 kl Christer Siwertsson …": what follows is no place
    rest = _HOURS_LOST.sub("", text[phrase_end:])  # "… 2014 kl , Kommunhuset, …"
    cut = _RUN_ON.search(rest)
    if cut and not cut[0].strip(" ,.").lower().startswith("kl"):
        rest = rest[: cut.start()]
    rest = _strip_place(_ADJOURNED.sub("", rest))
    rest = _PLACE_LABEL.sub("", rest)
    rest = re.sub(r"^(?:i|på)\s+(?=[A-ZÅÄÖ])", "", rest)  # "kl. 14.00-16.00 i Kommunhuset"
    if _NOT_A_PLACE.match(rest):
        return ""  # "… kl. 16.00 med Fryksås Samfällighetsförening … via Teams": who met, and how
    return rest if re.search(r"[A-ZÅÄÖ]", rest) else ""


# After the meeting's date, 'med', 'mellan' and 'för' name who met, 'via' how (Teams, Zoom,
# telefon): none of them names a place
_NOT_A_PLACE = re.compile(r"(?:med|mellan|för|via|över|per)\s", re.I)


_HOURS_LOST = re.compile(r"^[\s,]*(?:kl|klockan)\.?\s*,\s*(?=[A-ZÅÄÖ])")
_TIME_LOST = re.compile(r"^[\s,]*(?:kl|klockan)\.?\s+(?=[A-ZÅÄÖ])")
_FIELD = re.compile(
    # "Plats och tid", and as front pages and OCR also write it: "Sammanträdesplats och tid",
    # "Plats och sammanträdestid", "Plats och datum", "Plats ochtid" (the space lost)
    r"^(?P<label>(?:sammanträdes)?plats\s+och\s*(?:sammanträdes)?(?:tid|datum)"
    r"|(?:tid|datum)\s+och\s*(?:sammanträdes)?plats|datum\s+och\s+tid"
    r"|tid\s+plats|plats\s+tid|datum\s+tid"  # a column of labels read across: "Tid Plats 18:30"
    r"|sammanträdestid|sammanträdesplats|sammanträdesdatum|mötesdatum|mötestid|mötesplats"
    r"|möteslokal|sammanträdeslokal|mötesort"  # "Möteslokal: Bygdegården", "Mötesort: Ås"
    r"|datum|tid|klockan|plats|lokal|ort|dag|när|var|nämnd|organ)(?P<sep>\s*[:;\t]\s*|\s+|$)(?P<value>.*)$",
    re.I,
)
_TIME_AFTER = re.compile(r"[,\s]*(?:kl(?:ockan)?\.?\s*[\d.:–-]+(?:\s*[-–]\s*[\d.:]+)?)?")
# ("Datum" / "Klockan" / "15:00" / "Plats" / "Hörsalen": a web portal's labels over their values)
_SHORT_LABELS = {"datum", "tid", "klockan", "plats", "lokal", "ort", "dag", "när", "var"}
_WEEKDAY = re.compile(
    r"\b(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?(?:\s+den)?\b", re.I
)
_LEFTOVER = re.compile(r"\b(?:kl(?:ockan)?\.?|den)\s*(?=$|,)|^\s*den\b", re.I)


def _field(text: str):
    """('plats och tid', 'Förvaltningsbyggnaden, … kl. 10.00-16.30') or None."""
    m = _FIELD.match(text.replace("\t", "\t"))
    if not m:
        return None
    label = " ".join(m["label"].lower().split())
    value = m["value"].strip()
    if label in _SHORT_LABELS and not m["sep"].strip(" ") and value:
        # "Tid för anslag …", "Plats för protokollet": a word in a sentence, not a label
        if not (m["label"][0].isupper() and (value[0].isdigit() or value[0].isupper())):
            return None
        if label in {"dag", "var", "när", "ort"}:
            return None  # ("Ort" only with its colon: "Ort Växjö" may be a sentence's words)
    return label, value


_RUN_ON = re.compile(
    r"[\s,]+(?:kl|klockan)\.?(?=\s+[^\d\s])|\s+(?=(?:Enligt|Beslutande|Närvarande|Ledamöter"
    r"|Tjänstgörande|Ersättare|Övriga|Paragrafer|Omfattning|Sekreterare|Ordförande)\b)"
    # "… Ludvika måndag den 18 december 2017 kl. 17.00 18.15 ande ledamöter Se närvarolista":
    # the next label cut at its head ('Beslutande ledamöter'), as the attendance reader takes it;
    # "… Kommunhuset, Svenljungasalen. Plats och tid.": a title cut from the page before its label
    r"|\s+(?=ande:?\s+(?:ledamöter\b|[A-ZÅÄÖ]))|[.\s]+(?=(?:Plats|Tid)\s+och\s+(?:tid|plats)\b)"
)


def _place_of(value: str, today: date) -> str:
    """What is left of a 'Plats och tid' value without its date and time."""
    # "…, kl 18.00-21.30, ajournering 19.30-19.45", "kl 13.00 – ca 15.30"
    value = _CIRCA.sub("", _ADJOURNED.sub("", value))
    # "Säfflesalen, Stadshuset, klockan ande Enligt bifogad närvarolista …": the time lost,
    # the next labels of the front page run on after the place
    cut = _RUN_ON.search(value)
    before = value[: cut.start()] if cut else value
    if cut and cut[0].strip(" ,.").lower().startswith("kl") and not _place_of_piece(before, today):
        # "Tid och plats Onsdagen den 30 november 2016 kl Region Blekinge, Karlskrona
        # Närvarande …": the time before the place, its hours lost after 'kl'; the place follows
        after = value[cut.end() :]
        nxt = _RUN_ON.search(after)
        before = after[: nxt.start()] if nxt else after
    return _place_of_piece(before, today)


def _place_of_piece(value: str, today: date) -> str:
    """A 'Plats och tid' value, cut before the labels that run on, without date and time."""
    if "D" in value:
        value = _DIARY_NUMBER.sub(" ", value)
    for found in explicit_dates(value, today):
        value = value.replace(found.phrase, " ")
    value = _WEEKDAY.sub(" ", value)
    value = _TIME_PHRASE.sub(" ", value)
    value = _LEFTOVER.sub(" ", value)
    value = re.sub(r"\s\d{1,2}:\s*$", "", value)  # "Timrå kommunhus 11:": the minutes lost
    value = re.sub(r"\s+,", ",", " ".join(value.split()))
    value = re.sub(r"(?:,\s*){2,}", ", ", value).strip(" ,.;:-–")
    # "Augusti Söndag 10:00 Måndag 13:00 Scandic Elmia": the days' numbers lost, their clock
    # times and the month left before the place
    value = " ".join(_BARE_CLOCK.sub(" ", value).split())
    value = _LONE_MONTH.sub("", value)
    if len(value) > 120 and "," in value:
        # "Sessionssalen, Rådhus Skåne, V Storgatan 12, Kristianstad 78 Förhinder - …": the
        # first § runs on after the address (a house number has its comma after it)
        run_on = _RUN_ON_ITEM.search(value, value.index(","))
        value = value[: run_on.start()] if run_on else value
    # "Tid och plats 2021-05-04 kl 13.00-15.00 i Sessionssalen": the place after its preposition
    value = re.sub(r"^(?:i|på)\s+(?=[A-ZÅÄÖ])", "", value)
    return value if re.search(r"[A-ZÅÄÖ]", value) and len(value) <= 120 else ""


# "Plats och tid Ordförande Mötesdatum Dnr. KS/2018:6-103 1/5 Gyllenhjelm, Kommunhuset": the
# diary number and the page's counter of a front page whose labels run together: never a place
_DIARY_NUMBER = re.compile(
    r"\bD(?:nr|iarienr|iarienummer)\b\.?:?\s*\S*\d\S*(?:\s+\d{1,3}\s*/\s*\d{1,3}\b)?"
)
_LONE_MONTH = re.compile(
    r"^(?:Januari|Februari|Mars|April|Maj|Juni|Juli|Augusti|September|Oktober|November"
    r"|December)\s+(?=[A-ZÅÄÖ])"
)
_BARE_CLOCK = re.compile(r"(?<![\w.,:])[012]?\d:[0-5]\d(?![\w.,:])")
_RUN_ON_ITEM = re.compile(r"\s\d{1,3}\s+(?=[A-ZÅÄÖ][a-zåäö])")


def _use_field(header: Header, label: str, value: str, today: date) -> bool:
    if not value:
        return False
    used = False
    dates = dated(value, today)
    if not dates and "dat" in label and _SIX_DIGITS.fullmatch(value.strip(" .")):
        dates = six_digit_dates(value, today)  # "Datum: 090603": year, month and day
    if dates and header.date is None and ("dat" in label or "tid" in label or label == "dag"):
        header.date, used = dates[0].date, True
    if header.start is None and ("tid" in label or "dat" in label or label in {"dag", "klockan"}):
        without = value
        for found in dates:
            without = without.replace(found.phrase, " ")
        times = _time_of(without) or _bare_hours(without)
        if times:
            header.start, header.end = times
            used = True
    placed = "plats" in label or "lokal" in label or label in {"var", "ort", "mötesort"}
    if not header.place and placed:
        header.place = _place_of(value, today)
        used = used or bool(header.place)
    return used


_BARE_HOURS = re.compile(
    r"^\s*(?P<a>[012]?\d)(?:[.:](?P<am>[0-5]\d))?\s*[-–]\s*(?P<b>[012]?\d)(?:[.:](?P<bm>[0-5]\d))?\s*$"
)


def _bare_hours(text: str) -> tuple[time, time] | None:
    """'Tid: 13-16', 'Tid: 13-16.00': hours after a time label, the minutes of one or both
    left out."""
    m = _BARE_HOURS.match(text.strip(" ,."))
    if not m or not (int(m["a"]) < int(m["b"]) <= 24):
        return None
    return time(int(m["a"]), int(m["am"] or 0)), time(int(m["b"]) % 24, int(m["bm"] or 0))


# "Datum: 2017-05-03 Tid: 13.00 – 16.00 Plats: Kommunhuset": several fields on one line.
_INNER_LABEL = re.compile(r"\s+(?=(?:Tid|Plats|Lokal|Datum|Mötesplats|Mötestid)\s*:)")


# The item that chooses who checks the minutes and when: a "Tid:" or "Plats:" just after it is
# the justering's, not the meeting's ("Val av protokollsjusterare … Justerare: Per Ek … Tid:
# Tisdagen den 18 november 2014, kl. 08:30").
# The same on a front page whose block for the justering is headed 'Justering' and names its
# 'Justerare' first ("2 Justering" / "Justerare Rose-Marie Holmqvist (S)" / "Plats och tid
# Kultur- och fritidsförvaltningen … den 8 maj klockan 11:00 11:30").
_CHECKING = re.compile(  # one "\b" for the ways at a word's edge, as in _NEXT
    r"\b(?:val\s+av\s+(?:protokoll(?:s)?)?justerare|ska\s+justeras\b|tid\s+för\s+justering)"
    r"|^\W*(?:\d{1,3}\s+)?justering\s*$|^justera(?:re|nde)\b"
    # ("Övriga Justering" / "Justerande" / "Plats och tid Pär Johnson (FP)": the block's label
    # run onto the last label of the list above it, and its justerare under 'Justerande')
    r"|\s(?:Justering|Justerande)\s*$",
    re.I,
)


def _fields(header: Header, paragraphs: list[str], today: date) -> int:
    """'Plats och tid …' and its kin, on one line, as a column of labels over a column of
    values, or with the value in the next piece of a run-together front page."""
    pieces, origin = [], []
    checking = [bool(_CHECKING.search(p)) for p in paragraphs]  # once each, not three times
    for n, text in enumerate(paragraphs):
        if any(checking[max(0, n - 3) : n]) and _field(text):
            text = ""  # "Val av justerare …" / "Justerare: X" / "Tid: …": when it is justerat
        parts = _INNER_LABEL.split(text) if len(text) < 200 and _field(text.strip()) else [text]
        pieces.extend(parts)
        origin.extend([n] * len(parts))
    last = _fields_in(header, pieces, today)
    return origin[last] if last >= 0 else -1


# "Organ Tid och plats för sammanträdet", "… SAMMANTRÄDESPROTOKOLL 1 (2) Plats och
# sammanträdestid": a front page's label at the end of a line cut out of a run-together page, its
# value after the next label ("Beslutande Samlingssalen, Borgen, Frösön den 22 juni 2010 kl …")
_LABEL_AT_END = re.compile(
    r"\s(?P<label>(?:(?:Plats|PLATS)\s+och\s+(?:sammanträdes)?tid|(?:Tid|TID)\s+och\s+plats)"
    r"(?:\s+för\s+sammanträdet)?)\s*:?\s*$"
)


_CHAIR_AT = re.compile(
    r"^(?:ordförande(?:n)?|ordf\.?)\s*[-–:]\s*(?P<p>[A-ZÅÄÖ].{2,80}?)[.\s]*$", re.I
)


def _fields_in(header: Header, paragraphs: list[str], today: date) -> int:
    last = -1
    k = 0
    while k < len(paragraphs):
        found = _field(paragraphs[k].strip())
        # ("Organ" itself is a label whose value the column of labels put elsewhere)
        at_end = _LABEL_AT_END.search(paragraphs[k]) if not found or found[0] == "organ" else None
        if at_end and len(paragraphs[k]) < 200 and not _APPROVED.search(paragraphs[k]):
            found = " ".join(at_end["label"].lower().split()), ""
        if not found:
            k += 1
            continue
        label, value = found
        if not value:
            labels = [label]
            j = k + 1
            while j < len(paragraphs) and (f := _field(paragraphs[j].strip())) and not f[1]:
                labels.append(f[0])
                j += 1
            if len(labels) >= 2:  # labels stacked over their values
                values = []
                for val in paragraphs[j : j + len(labels)]:
                    if (f := _field(val.strip())) and not f[1]:
                        break  # "Datum" / "Klockan" / "15:00" / "Plats": the next label's own
                    values.append(val)
                # fewer values than labels: the first label's value was given elsewhere (the
                # date in the title), the values are the last labels'
                for lab, val in zip(labels[len(labels) - len(values) :], values, strict=False):
                    if _use_field(header, lab, val.strip(), today):
                        last = max(last, j + len(values) - 1)
                k = j + len(values)
                continue
            nxt = paragraphs[j].strip() if j < len(paragraphs) else ""
            from .segments import label_at_start

            chair = _CHAIR_AT.match(nxt) if "plats" in label else None
            if chair:
                # "Plats och tid" / "Ordförande - Rügen, Rådhuset Visborg." / "Ledamöter -
                # distans": a meeting held at a distance is held where its chair sits
                nxt = chair["p"]

            # "## Plats" / "Styrelserummet", "Tid" / "13.00-16.00": the value below
            if (
                nxt
                and len(nxt) <= 80
                and not _field(nxt)
                and not label_at_start(nxt)
                and label not in {"nämnd", "organ"}
                and _use_field(header, label, nxt, today)
            ):
                last = max(last, j)
                k = j + 1
                continue
            if label in {"plats", "lokal"} and nxt and len(nxt) <= 80 and not _field(nxt):
                k = j + 1
                continue
            # "Plats och tid" + "Beslutande Messingen, … 2012, kl 18": the values of a column of
            # labels follow the next label or two.
            from .segments import label_at_start

            for nxt in paragraphs[j : j + 3]:
                nxt = nxt.strip()
                rest = nxt[len(label_at_start(nxt)) :].lstrip(" :;").rstrip(" ;")
                dates = dated(rest[:150], today)
                if not dates:
                    continue
                end = dates[0].end
                tail = _TIME_AFTER.match(rest[end:])
                value = rest[: end + (tail.end() if tail else 0)]
                if _use_field(header, label, value, today):
                    last = max(last, k)
                break
            else:
                # "Tid och plats" / "Beslutande" / "Ledamöter Det fria ordets hus, Kungsgatan 29
                # C, klockan 14:00 15:41 Eva Johansson (C) …": a value without a date, the
                # place and the time before the names
                for nxt in paragraphs[j : j + 3] if "tid" in label else []:
                    nxt = nxt.strip()
                    rest = nxt[len(label_at_start(nxt)) :].lstrip(" :;")
                    clock = next(
                        (c for c in _TIME_PHRASE.finditer(rest[:150]) if c[0][:2].lower() == "kl"),
                        None,
                    )
                    if clock:
                        if _use_field(header, label, rest[: clock.end()], today):
                            last = max(last, k)
                        break
        elif _use_field(header, label, value, today):
            last = max(last, k)
        k += 1
    return last


_OPENED = re.compile(
    r"\b(?:öppnar|öppnade|öppnas|öppnades)\s+(?:\w+\s+)?(?:mötet|sammanträdet)\b"
    r"|\b(?:mötet|sammanträdet)\s+(?:öppnas|öppnades|öppnat)\b|\bmötets\s+öppnande\b",
    re.I,
)
_CLOSED = re.compile(
    r"\b(?:avslutar|avslutade|avslutas|avslutades|avslutade)\s+(?:\w+\s+)?(?:mötet|sammanträdet)"
    r"\b|\b(?:mötet|sammanträdet)\s+(?:avslutas|avslutades|avslutat|avslutad)\b"
    r"|\bmötets\s+(?:avslutande|avslutning)\b",
    re.I,
)
_CLOCK = re.compile(r"(?:kl(?:ockan)?\.?\s*)?(?P<h>[012]?\d)[.:](?P<m>[0-5]\d)\b")


def _opened_and_closed(header: Header, paragraphs: list[str]) -> None:
    """'Öppnar mötet 12:05' … 'Avslutar mötet 13:00': the times the meeting ran."""
    def clock(pattern: re.Pattern) -> time | None:
        for text in paragraphs:
            m = pattern.search(text)
            if m:
                c = _CLOCK.search(text[m.end() : m.end() + 25]) or _CLOCK.search(
                    text[max(0, m.start() - 12) : m.start()]
                )
                if c and int(c["h"]) < 24:
                    return time(int(c["h"]), int(c["m"]))
        return None

    start = clock(_OPENED)
    if start is not None:
        header.start = start
        end = clock(_CLOSED)
        header.end = end if end and end > start else None


def read_header(paragraphs: list[str], zone_end: int, today: date) -> Header:
    header = Header()
    zone = paragraphs[: max(zone_end, 1)]
    header.last_index = max(_kind_and_groups(header, zone), _table(header, zone, today))
    header.last_index = max(header.last_index, _fields(header, paragraphs[:40], today))
    if header.date is None:  # "NORDMALINGS KOMMUN<TAB>…<TAB>Sammanträdesdatum 2015-01-14"
        for k, text in enumerate(paragraphs[:12]):
            cells = text.split("\t")
            if len(cells) >= 2 and _fields(header, [c.strip() for c in cells], today) >= 0:
                header.last_index = max(header.last_index, k)
    if header.start is None or not header.place:
        _titled_time_and_place(header, paragraphs[:8])
    if header.start is None:
        _opened_and_closed(header, paragraphs)
    for k, text in enumerate(zone):
        plain = text.replace("\t", " ").strip()
        if _APPROVED.search(plain):
            found = explicit_dates(plain, today)
            if found and header.approved_on is None:
                header.approved_on = found[0].date
                header.last_index = max(header.last_index, k)
            continue
        if _PLACE_LABEL.match(plain) and not header.place:
            header.place = _strip_place(_PLACE_LABEL.sub("", plain))
            header.last_index = max(header.last_index, k)
            continue
        found = dated(plain, today)
        if found and header.date == found[0].date and not header.place and len(plain) < 60:
            # "Styrelseprotokoll 2016-03-31" / "Indals hembygdsgård 2016-03-31"
            header.place = _place_before_date(plain[: found[0].start])
        if not found or header.date is not None:
            continue
        inline = not _DATE_LABEL.match(plain) and bool(
            _DATE_AFTER_LABEL.search(plain[max(0, found[0].start - 40) : found[0].start])
        )
        labelled = bool(_DATE_LABEL.match(plain)) or inline
        if not labelled and found[0].date in _justering_dates(tuple(paragraphs[:40]), today):
            continue  # a docplayer title cut from the line of the justering's place and time
        # "Protokoll för Bostadsrättsföreningen Tallen, styrelsemöte 2020-01-15": a title
        # ("Styrelseprotokoll fört vid sammanträde med …": the kind in a compound word)
        titled = bool(_KIND.search(plain[:90]) or _KIND_COMPOUND.match(plain)) and len(plain) < 160
        if labelled or titled or parse_time_range(plain) or len(plain) < 60:
            if not (labelled or titled) and _named_meeting_date(zone[k + 1 :], today):
                continue  # "2009-04-11" / "Styrelsemöte 2008-09-07": the meeting's own line
            header.date = found[0].date
            header.last_index = max(header.last_index, k)
            _set_time(header, plain)
            if inline:
                continue  # the run-together page's own 'Plats' label gives its place
            if not header.place:
                header.place = _place_after_date(plain, found[0].end)
            if not header.place:
                header.place = _place_before_date(plain[: found[0].start])
    if header.date is None:
        _titled_date(header, paragraphs[:8], today)
    if header.date is None:
        _compact_date(header, paragraphs[:4], today)
    if header.date is None:  # "… Sändlista … Minnesanteckningar X 27 maj 2015" mid-line
        titled = dated_title(paragraphs)
        header.date = titled[1] if titled and titled[1] <= today else None
    if header.start is None:
        _time_line(header, zone, today)
    if not header.place:  # "… kl Plats" / "Närvarande ledamöter" / "Sekreterare Rummet, Ort Anna …"
        header.place = stacked_place(paragraphs[:30], today)
    if not header.place:
        _inline_place(header, paragraphs[:8], today)
    if not header.place:
        _place_after_day(header, zone[:8], today)
    if not header.place:
        _place_after_body(header, zone[:6])
    if not header.place:
        _dateline(header, zone[:6], today)
    if not header.place:
        _held_at(header, paragraphs[:8])
    if not header.kind and any(_FRONT_PAGE.match(p.strip()) for p in paragraphs[:40]):
        header.kind = "protokoll"  # a § protokoll's front page, its title lost
    return header


# "Plats Kumla Folkets Hus, Teatern Tid Måndagen den 15 september 2008, kl Beslutande …": a
# front page run into one line gives the meeting's date right after its label 'Tid' or 'Datum',
# even when the hours were lost ('kl' alone)
_DATE_AFTER_LABEL = re.compile(
    r"(?:^|\s)(?:Tid|TID|Datum|DATUM|Sammanträdesdatum|Mötesdatum)\s*:?\s*$"
)


# "Justeringens plats och tid Kommunkontoret måndag den 18 februari 2013 kl 09:00": the date a
# front page gives after the justering's label is the justering's, wherever it is repeated
_JUSTERING_LABEL = re.compile(
    r"\bjusteringens\s+(?:plats\s+och\s+tid|tid\s+och\s+plats|tid|plats)\b", re.I
)


@lru_cache(maxsize=256)
def _justering_dates(paragraphs: tuple[str, ...], today: date) -> frozenset[date]:
    found = set()
    for text in paragraphs:
        if "ustering" not in text:
            continue  # the label's literal letters: most paragraphs are passed by at once
        for label in _JUSTERING_LABEL.finditer(text):
            near = dated(text[label.end() : label.end() + 90], today)
            if near:
                found.add(near[0].date)
    return frozenset(found)


# Labels only the front page of a § protokoll has: who checks the minutes, and when.
_FRONT_PAGE = re.compile(
    r"^(?:utses\s+att\s+justera|utsedd\s+att\s+justera|justeringens\s+plats\s+och\s+tid"
    r"|justeringens\s+tid\s+och\s+plats|anslag\s*/\s*bevis|bevis\s+om\s+anslag)\b",
    re.I,
)


# "Protokoll från beslutsgruppsmöte den 3 oktober 1997", "minnesanteckningar från vår träff den
# 21 feb 2017": the meeting named, then its date, in a title or an opening sentence.
_TITLED_DATE = re.compile(
    r"\b\w*(?:protokoll|anteckningar|möte|sammanträd|träff)\w*\b[^.]{0,60}?\bden\s+(?=\d)",
    re.I,
)


_TITLE_LINE = re.compile(
    r"^\W*(?:\d+\s+)?(?:[A-ZÅÄÖ]{2,}\s+)?\w*(?:protokoll|anteckningar)\b"
    r"|^[^.]{0,80}\b\w*(?:möte|sammanträde|träff)\b",
    re.I,
)
_KL = re.compile(
    r"\b(?:kl|klockan)\.?:?\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?", re.I
)
_AT_PLACE = re.compile(
    r"^[\s,]*(?:i|på)\s+(?P<p>(?:[A-ZÅÄÖ][\wåäöé-]*|[a-zåäö]+(?:hus|huset|husets|salen|rummet"
    r"|lokalen|kontoret|gården|skolan)\b)(?:,?\s+(?:i\s+|på\s+)?(?:[A-ZÅÄÖ0-9][\wåäöé-]*"
    r"|[a-zåäö]*(?:rum|rummet|sal|salen|lokal|lokalen|hus|huset|gård|gården)\b))"
    r"{0,4})"
)


def _time_line(header: Header, zone: list[str], today: date) -> None:
    """'Kommunhuset, kl 13.00-16.00' on a line of its own in the header: the time, and the
    place in front of it."""
    for text in zone:
        plain = text.replace("\t", " ").strip()
        m = _KL.search(plain)
        if not m or len(plain) > 100 or _APPROVED.search(plain) or next_named(plain):
            continue
        if re.search(r"justering|anslag|nästa", plain, re.I):
            continue
        _set_time(header, plain[m.start() : m.end() + 3])
        before = plain[: m.start()].strip(" ,;:-–")
        if (
            not header.place
            and re.fullmatch(r"[A-ZÅÄÖ][\w ,.-]{2,60}", before)
            and not explicit_dates(before, today)
            and not _WEEKDAY.search(before)
        ):
            header.place = before
        return


# "Teknikutskottet LK/ Plats Vårdcentralen i Kristinehamn", "Dag Tid Plats Viva-huset, Umeå",
# "Tid Plats 18:30-19:30 Alléskolan aula": the front page's label in a run-together line, its
# value after it (after the values of the labels before it).
# ("Plats och tid Beslutande Kommunhuset, Norbergs kommun, sessionssalen, kl Stig Bergman …":
# the next row's label before the place, a column of labels read before its values)
_INLINE_PLACE = re.compile(
    r"(?:^|\s)(?:(?:Dag|Datum|Tid)\s+){0,3}(?:Plats|PLATS|Lokal)(?:\s+och\s+tid)?\s+"
    r"(?:(?:Beslutande|Närvarande|Ledamöter)\s+(?=[A-ZÅÄÖ][a-zåäö]+,))?"
    r"(?P<v>[A-ZÅÄÖ0-9].{2,})$"
)
_KL_LOST = re.compile(r",?\s+(?:kl|klockan)\.?(?:\s+(?=[A-ZÅÄÖ])|\s*$)")
_BARE_PLACE_LABEL = re.compile(r"(?:Plats|Tid)\s+och\s+(?:tid|plats)|Plats", re.I)
_PLACE_ENDS = re.compile(
    r"\s(?:Beslutande|Närvarande|Deltagare|Ledamöter|Sammanträdesdatum|Datum|Tid|Justerare"
    r"|Ordförande|Sekreterare|Paragrafer|Underskrifter|Övriga)\b"
)


def _inline_place(header: Header, paragraphs: list[str], today: date) -> None:
    for k, text in enumerate(paragraphs):
        if _BARE_PLACE_LABEL.fullmatch(text.strip()) and k + 1 < len(paragraphs):
            text = f"{text.strip()} {paragraphs[k + 1]}"  # "Plats och tid" / "Beslutande X, kl"
        m = _INLINE_PLACE.search(text.replace("\t", " "))
        if not m or _APPROVED.search(text[: m.start("v")]):
            continue
        value = m["v"]
        end = _PLACE_ENDS.search(value)
        value = value[: end.start()] if end else value
        value = _KL_LOST.split(value)[0]  # "… sessionssalen, kl Stig Bergman": the hours lost
        dates = [d.start for d in explicit_dates(value, today) if d.start > 3]
        value = _strip_place(value[: dates[0]] if dates else value)  # "Kumla 2019-03-20"
        value = re.sub(r"^(?:den\s+)?\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?\s*,?\s*", "", value)
        if 3 <= len(value) <= 100 and value[:1].isupper():
            header.place = value
            return


# "den 11 januari i byalagsskolan", "onsdag 6/2 kl 19 i Folkets hus": the header's line of the
# meeting's day (its year not given) and where it was held
_AT_AFTER_DAY = re.compile(
    # ("… den 26 februari 2015 kl i Uppgården": the hours lost, 'kl' left; "… tisdagen den 16
    # juli 2013 hos Ulla Johansson.": at someone's home, as the minutes write it)
    r"^(?:kl(?:ockan)?\.?\s*[\d.:–-]*\s*)?[,\s]*(?:(?:i|på)\s+(?P<p>\S.{2,60})"
    r"|(?P<home>hos\s+[A-ZÅÄÖ][^,.;]{2,40}?)[.\s]*)$"
)


def _place_after_day(header: Header, zone: list[str], today: date) -> None:
    from .body import body_in, organisation_in

    for text in zone:
        plain = text.replace("\t", " ").strip()
        titled = bool(_TITLE_LINE.match(plain))
        # (a title's sentence may name the body before the day: "Protokoll fört vid styrelsemöte
        # för Adelsö Hembygdslag torsdagen den 26 februari 2015 kl i Uppgården")
        if len(plain) > (200 if titled else 90) or _APPROVED.search(plain) or next_named(plain):
            continue
        found = explicit_dates(plain, today)
        if not found or (found[0].start > 25 and not titled):
            continue
        if header.date is not None and found[0].date != header.date:
            continue  # "… sammanträde den 14 december 2016 i Karlshamn": another day's meeting
        m = _AT_AFTER_DAY.match(plain[found[0].end :].strip())
        if not m:
            continue
        if m["home"]:
            header.place = m["home"].strip()
            return
        place = _strip_place(m["p"].strip(" .,"))
        if body_in(place) or organisation_in(place):
            continue  # "… den 12 maj 2019 i Byalaget Norrgården": who met, not where
        last = place.split()[-1] if place.split() else ""
        if place[:1].isupper() or _PLACE_NOUN.search(last):
            header.place = place
            return


_BODY_AT = re.compile(r"\s(?:i|på)\s+(?P<p>[A-ZÅÄÖ][\wåäöé-]+(?:\s+[A-ZÅÄÖ][\wåäöé-]+)?)\s*$")


def _place_after_body(header: Header, zone: list[str]) -> None:
    """'Håns Byalag i Byahuset' (under 'Protokoll fört vid styrelsemöte med'): the body's line
    of the header says where it met, when the word is a building or a room."""
    from .body import body_in, organisation_in

    for text in zone:
        plain = " ".join(text.split())
        m = _BODY_AT.search(plain)
        if not m or len(plain) > 80 or not _PLACE_NOUN.search(m["p"]):
            continue
        if body_in(plain[: m.start()]) or organisation_in(plain[: m.start()]):
            header.place = m["p"]
            return


# "… styrelsemöte nr. 1 Reykjavik, 7-9 februari 2009": the town before a comma and the date, as a
# letter's dateline writes it ("Stockholm, 12 maj 2019"), at the end of the minutes' title
_DATELINE = re.compile(r"(?:^|\s)(?P<p>(?-i:[A-ZÅÄÖ][a-zåäöé]+(?:[ -][A-ZÅÄÖ][a-zåäöé]+)?)),\s*$")


def _dateline(header: Header, zone: list[str], today: date) -> None:
    from .body import body_in

    for text in zone:
        plain = " ".join(text.split())
        if len(plain) > 120 or not _TITLE_LINE.match(plain) or _APPROVED.search(plain):
            continue
        found = explicit_dates(plain, today)
        if not found or found[0].date != header.date:
            continue
        m = _DATELINE.search(plain[: found[0].start])
        if not m:
            continue
        place = m["p"]
        if _KIND.search(place) or _WEEKDAY.search(place) or body_in(place) or _field(place):
            continue  # "Protokoll Socialnämnden, 2019-03-12": the body, not the town
        if re.search(r"möte|sammanträde|träff|protokoll|kommun|region", place, re.I):
            continue
        header.place = place
        return


# "Mötet hölls i Folkets hus, Ås.", "Ledningsgruppen … träffades den 4 maj 2021 i
# kommunhuset.", "Protokoll från styrelsemöte i Bygdegården den 4 maj 2021": where the meeting
# was held, said in a sentence or in the title
_HELD = re.compile(
    r"\b(?:hölls|ägde\s+rum|genomfördes|träffades|sammanträdde|samlades"
    r"|(?:styrelse|års|besluts|medlems)?möte|sammanträde)\b(?P<when>[^.]{0,40}?)\s(?:i|på)\s+"
    r"(?P<p>[\wåäöÅÄÖé][\wåäöÅÄÖé&.-]*(?:,?\s+(?!den\b)[\wåäöÅÄÖé&-]+){0,3}?)"
    r"(?=\s*(?:$|[.;]|,?\s+(?:den\s+)?\d|,?\s+kl\b|,\s*(?:måndag|tisdag|onsdag|torsdag|fredag"
    r"|lördag|söndag)))",
    re.I,
)


_OTHER_MEETING = re.compile(r"nästa|kommande", re.I)


def _held_at(header: Header, paragraphs: list[str]) -> None:
    from .body import _HEAD, _ORG_FIRST, _ORG_LAST, body_in, organisation_in

    for text in paragraphs:
        plain = " ".join(text.split())
        if next_named(plain) or _APPROVED.search(plain) or _OTHER_MEETING.search(plain):
            continue  # another meeting's place
        for m in _HELD.finditer(plain[:300]):
            # only this meeting's own sentence or title: "Mötet hölls …", "Ledningsgruppen …
            # träffades …", "Protokoll från styrelsemöte i …" (not "Regionmötet hölls i Umeå"
            # in an item's report)
            said = re.split(r"[.!?]\s", plain[: m.start()])[-1].split()
            subject = " ".join(said).lower()
            titled = _TITLE_LINE.match(plain) is not None
            own = (titled and not m[0].lower().startswith(("hölls", "äg"))) or (
                len(said) <= 6
                and (
                    subject in {"mötet", "sammanträdet", "träffen"}
                    or any(_HEAD.match(w) for w in said[:3])
                )
            )
            if not own:
                continue
            place = m["p"].strip(" ,")
            first = place.split()[0]
            if body_in(place) or organisation_in(place) or first in _ORG_FIRST:
                continue  # "styrelsemöte i Föreningen Norden": whose meeting, not where
            if _ORG_LAST.match(first) or any(_HEAD.match(w) for w in place.split()):
                continue
            if not first[:1].isupper() and not _PLACE_NOUN.search(place.split()[-1]):
                continue  # "hölls i enlighet med …", "på distans": no place
            if re.search(r"\d", place) or _KIND.search(place):
                continue
            header.place = place
            return


def _named_meeting_date(paragraphs: list[str], today: date):
    """A later line of the header that names the meeting and gives its date."""
    for text in paragraphs:
        plain = text.replace("\t", " ").strip()
        if len(plain) < 120 and _TITLE_LINE.match(plain) and not _APPROVED.search(plain):
            found = dated(plain, today)
            if found:
                return found[0].date
    return None


def _titled_time_and_place(header: Header, paragraphs: list[str]) -> None:
    """'SIKO protokoll från styrelsemöte 17 september kl 12 på Postmuseum i Stockholm',
    'Protokoll fört vid styrelsemöte onsdagen den 2 maj kl. 16 i Hembygdsmuseet': the time
    and the place in the title's sentence."""
    for text in paragraphs:
        if len(text) > 250 or not _TITLE_LINE.match(text) or _APPROVED.search(text):
            continue
        if re.search(r"justering|anslag|nästa|kommande", text, re.I):
            continue  # the time of the justering or of another meeting, not this one's
        m = _KL.search(text)
        if not m:
            continue
        if header.start is None:
            _set_time(header, text[m.start() : m.end() + 3])
        at = _AT_PLACE.match(text[m.end() :])
        if at and not header.place:
            header.place = at["p"].strip(" ,")
        return


# "180414", "20171127", "18 05 02" (year, month and day in pairs with spaces between)
_COMPACT = re.compile(
    r"(?<![\d-])(?P<y>(?:19|20)?\d\d)(?P<sep> ?)(?P<m>[01]\d)(?P=sep)(?P<d>[0-3]\d)(?![\d-])"
)


def _compact_date(header: Header, paragraphs: list[str], today: date) -> None:
    """'Protokoll 180414', 'Styrelsemöte 9 (20171127)', 'Protokoll fört vid Skypemöte 18 05 02':
    a title's date written without separators, as file names write it, or in spaced pairs."""
    for k, text in enumerate(paragraphs):
        # "110228" / "Styrelsemöte Hembygdsförening": the digits alone over the heading, as a
        # web page's or a file's title names minutes by their date
        over_title = (
            bool(_COMPACT.fullmatch(text.strip()))
            and k + 1 < len(paragraphs)
            and bool(_TITLE_LINE.match(paragraphs[k + 1]))
        )
        if len(text) > 120 or not (over_title or _TITLE_LINE.match(text)):
            continue
        for m in _COMPACT.finditer(text):
            year = int(m["y"]) if len(m["y"]) == 4 else 2000 + int(m["y"])
            if year > today.year:
                year -= 100
            try:
                found = date(year, int(m["m"]), int(m["d"]))
            except ValueError:
                continue
            if date(1990, 1, 1) <= found <= today and _agrees(found, paragraphs, text, today):
                header.date = found
                return


def _agrees(found: date, paragraphs: list[str], title: str, today: date) -> bool:
    """'Möte 171101' over 'Protokoll vid styrelsemöte den 11 januari': six digits in a title
    are the meeting's date only where the header's own day and month (if it writes one) agree;
    here they are a file's or a page's number, and the date is left unknown."""
    for text in paragraphs:
        if text is title or _APPROVED.search(text) or next_named(text):
            continue
        days = [(m.date.month, m.date.day) for m in explicit_dates(text, today)]
        if days and (found.month, found.day) not in days:
            return False
    return True


def _titled_date(header: Header, paragraphs: list[str], today: date) -> None:
    for k, text in enumerate(paragraphs):
        if _APPROVED.search(text[:200]) or re.search(r"anslag|överklag", text[:200], re.I):
            continue
        m = _TITLED_DATE.search(text[:400])
        if m:
            found = dated(text[m.end() : m.end() + 40], today)
            if found and found[0].start == 0:
                header.date = found[0].date
                if len(text) < 200:  # a title line, part of the header
                    header.last_index = max(header.last_index, k)
                return


def _table(header: Header, zone: list[str], today: date) -> int:
    """'Tid, Plats<TAB>Datum<TAB>Beteckning' followed by a row of values."""
    last = -1
    for k, (a, b) in enumerate(zip(zone, zone[1:], strict=False)):
        heads, values = a.split("\t"), b.split("\t")
        if len(heads) < 2 or len(heads) != len(values):
            continue
        if not any(re.search(r"datum|tid|plats", h, re.I) for h in heads):
            continue
        if _field(values[0].strip()) and _field(heads[0].strip()):
            continue  # "Plats<TAB>Ljungsbro" over "Tid<TAB>2012-11-19": a label and its value a row
        last = k + 1
        for head, value in zip(heads, values, strict=True):
            head = head.lower()
            if "datum" in head and header.date is None:
                found = dated(value, today)
                header.date = found[0].date if found else None
            if "tid" in head:
                _set_time(header, value)
            if "plats" in head and not header.place:
                header.place = _strip_place(value)
            if _KIND.search(value) and not header.kind:
                header.kind = _kind_word(value)
    return last


def _kind_word(text: str) -> str:
    m = _KIND.search(text)
    if not m:
        return ""
    word = m[1].lower()
    if word in ("kallelse", "dagordning"):  # "Kallelse och protokoll": the minutes it became
        later = [w.lower() for w in _KIND.findall(text[m.end() :])]
        word = next((w for w in later if w not in ("kallelse", "dagordning")), word)
    return (
        "protokoll"
        if "protokoll" in word
        else ("minnesanteckningar" if "anteckningar" in word else word)
    )


def _kind_and_groups(header: Header, zone: list[str]) -> int:
    last = -1
    for k, text in enumerate(zone):
        m = _GROUP_LABEL.match(text.strip())
        if m:
            header.groups.extend(_split_groups(m["g"]))
            last = k
            continue
        if header.title or "\t" in text:
            continue
        kind = _KIND.search(text)
        if kind and kind.start() > 3 and len(text) <= 250:
            organ = _organ_before_kind(text[: kind.start()])
            if organ and kind[1].lower() not in ("kallelse", "dagordning"):
                # "REGIONSTYRELSEN Arbetsutskottet Sammanträdesprotokoll …": a letterhead puts
                # the organ (under its parent, in capitals) before the kind of document; what
                # follows the kind ("Regionstyrelsens sammanträde den 14 december …") is the
                # matter of the minutes, not their body
                header.kind, header.title = _kind_word(text), text.strip()
                header.groups.append(organ)
                last = k
                continue
        if not kind or kind.start() > 3 or len(text) > 250:
            continue
        if text[kind.end() : kind.end() + 1] in ("/", "`") or "`" in text[: kind.start()]:
            continue  # "- `protokoll/`": a folder in a README
        header.kind = _kind_word(text)
        header.title = text.strip()
        last = k
        rest = text[kind.end() :].strip()
        rest = re.sub(r"^(?:för|från|vid|med|till möte med|till)\s+", "", rest, flags=re.I)
        if rest.endswith(":") and k + 1 < len(zone):  # "gemensam Chefsgrupp för:" + list
            prefix = re.sub(r"^gemensam(?:ma)?\s+", "", rest.rstrip(": "), flags=re.I)
            header.groups.extend(f"{prefix} {part.lower()}" for part in _split_list(zone[k + 1]))
            last = k + 1
        elif rest and not _PEOPLE_FIRST.match(rest) and ":" not in rest[:40]:
            header.groups.extend(_split_groups(rest))
        elif k + 1 < len(zone) and _GROUP_START.match(zone[k + 1].strip()):
            header.groups.extend(_split_groups(zone[k + 1]))  # "PROTOKOLL" / "Samverkansgrupp X"
            last = k + 1
    return last


def _organ_before_kind(prefix: str) -> str:
    """'REGIONSTYRELSEN Arbetsutskottet' -> 'Arbetsutskottet', 'Socialnämnden' ->
    'Socialnämnden': two or three words before the kind of document that are an organ's name,
    the parent organ in capitals first; '' for anything else (a municipality, a sentence)."""
    from .body import _HEAD

    words = prefix.split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return ""
    if len(words) >= 2 and words[0].isupper() and _HEAD.match(words[0]):
        words = words[1:]  # the parent organ over its own: "KOMMUNSTYRELSEN Arbetsutskottet"
    if len(words) != 1 or words[0].isupper() or not _HEAD.match(words[0]):
        return ""
    return words[0]


# "PROTOKOLL Adjungerade: Cecilia Backe (ordf. beredningsgruppen)": people after the title
_PEOPLE_FIRST = re.compile(
    r"^\W*(?:närvarande|deltagare|deltagande|frånvarande|beslutande|ledamöter|övriga|ersättare"
    r"|adjungerade?|förhinder|anmält)\b",
    re.I,
)


def _split_list(text: str) -> list[str]:
    """'Skola, utbildning och kompetensförsörjning Social välfärd samt Vård och omsorg
    Folkhälsa': a capital letter after a lower-case word starts the next name."""
    words = text.split()
    parts: list[list[str]] = [[]]
    for w in words:
        prev = parts[-1][-1] if parts[-1] else ""
        if prev and w[0].isupper() and prev[-1].islower() and prev.lower() not in _CONJ:
            parts.append([])
        parts[-1].append(w)
    return [" ".join(p).strip(" ,.") for p in parts if p]


_ADJECTIVE = re.compile(r"^[A-ZÅÄÖ][a-zåäö-]{3,}(?:a|e|t)$|^[a-zåäö-]{4,}(?:ande|ala|iska|ella)$")
_MEETING_NOUNS = {"sammanträde", "möte", "gemensamt", "extra", "konstituerande", "ordinarie"}


def _split_groups(text: str) -> list[str]:
    text = text.strip(" .:")
    starts = [m.start() for m in _GROUP_START.finditer(text)]
    if not starts:
        return [_tidy(text)] if text else []
    # "Brottsförebyggande rådet", "Regionala styrgruppen": an adjective before the group's word
    # belongs to its name (as "Kommunala pensionärsrådet" does)
    before = text[: starts[0]].split()
    while before and _ADJECTIVE.match(before[-1]) and before[-1].lower() not in _MEETING_NOUNS:
        starts[0] -= len(before.pop()) + 1
        if not re.match(r"\s", text[starts[0] - 1 : starts[0]] or " "):
            break
    starts[0] = max(starts[0], 0)
    pieces = []
    for a, b in zip(starts, starts[1:] + [len(text)], strict=True):
        piece = re.sub(r"(?:,|\s+och|\s+samt)\s*$", "", text[a:b].strip())
        pieces.append(_tidy(piece))
    return [p for p in pieces if p]


def _tidy(name: str) -> str:
    name = " ".join(name.split()).strip(" ,.;:")
    return name[:1].upper() + name[1:]


# "Nästa möte 12 mars (flyttat till 19 mars)", "… den 3 maj, senare ändrat till den 10 maj": a
# date decided and then moved, in an afterthought right after it; the later date is the meeting
_MOVED = re.compile(
    r"\b(?:flytta|ändra|senarelägg|senarelag|tidigarelägg|tidigarelag|framflytta)\w*"
    r"(?:\s+(?:senare|sedan|nu))?\s+(?:till\s+)?(?:den\s+)?|\bnytt\s+datum\s*:?\s*(?:är\s+)?(?:den\s+)?",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _next_dates(text: str, anchor: date) -> list[DateMatch]:
    found = explicit_dates(text, anchor, "future")
    if not found:  # "Nästa möte blir onsdag 060329"
        found = [d for d in six_digit_dates(text[:80], anchor) if d.start < 60]
    return found


def _moved(after: str, anchor: date) -> tuple[date, str] | None:
    """The date a next meeting was moved to, in the sentence or the brackets after its date."""
    opening = after.find("(", 0, 40)
    if opening >= 0:
        closing = after.find(")", opening)
        segment = after[opening + 1 : closing if closing > 0 else opening + 80]
    else:
        end = _SENTENCE_END.search(after)
        segment = after[: end.start() if end else 80][:80]
    m = _MOVED.search(segment)
    if not m:
        return None
    found = _next_dates(segment[m.end() :], anchor)
    if not found or found[0].start > 3:
        return None
    return found[0].date, segment[m.end() + found[0].end :]


def next_meeting(paragraphs: list[str], meeting_date: date | None, today: date):
    anchor, year_known = meeting_date, meeting_date is not None
    if anchor is None:
        # Minutes without their own date: a day written without a year is in the year the text
        # is written in; when no year is written at all, the year cannot be known
        written = written_year(paragraphs, today)
        anchor, year_known = (date(written, 1, 1), True) if written else (today, False)
    for k, text in enumerate(paragraphs):
        m = next_named(text)
        if not m or re.search(r"nästkommande", text[: m.end()], re.I):
            continue
        found = _next_dates(text[m.start() :], anchor)
        if not found and k + 1 < len(paragraphs) and len(text[m.end() :].strip(" .:")) < 3:
            text = paragraphs[k + 1]  # "Nästa styrelsemöte" / "Söndag 26 mars kl 15:00."
            m = re.match("", text)
            found = _next_dates(text, anchor)
        if not found or (meeting_date and found[0].date <= meeting_date):
            continue
        if _LOOSE_NEXT.match(m[0]) and found[0].start > len(m[0]) + 25:
            continue  # "Frågan tas upp nästa gång. Årsmötet 12 mars": no date of the next meeting
        if not year_known and not has_year(found[0].phrase):
            continue  # "Onsd 8/3" in minutes that write no year anywhere
        after = text[m.start() + found[0].end :]
        nxt = NextMeeting(date=found[0].date)
        moved = _moved(after, found[0].date)
        times = parse_time_range(after) or (
            parse_time_range(paragraphs[k + 1]) if k + 1 < len(paragraphs) else None
        )
        if moved:
            nxt.date = moved[0]
            times = parse_time_range(moved[1][:30]) or times
        compact = _COMPACT_CLOCK.search(after)  # "klockan 1900"
        if compact and (not times or compact.start() < 5):
            times = (time(int(compact["h"]) % 24, int(compact["m"])), None)
        if times:
            nxt.start, nxt.end = times
        for cand in [after, *paragraphs[k + 1 : k + 3]]:
            pm = re.search(r"(?:^|\.\s+)(?:plats|lokal)\s*:\s*(?P<p>.+)$", cand, re.I)
            if pm:
                nxt.place = pm["p"].strip(" .")
                break
        return nxt
    return _own_meeting_named(paragraphs, meeting_date, anchor, year_known)


# "Ärende nr 11 utgår och behandlas vid styrelsens sammanträde den 12 november", "… bordläggs
# till nämndens sammanträde den 3 maj": a body speaks of itself by its bare kind ("styrelsen",
# "nämnden"); the meeting an item is moved to is its next one. ("Kommunstyrelsens sammanträde
# den …" in a nämnd's minutes is another body's, and is not taken.)
_OWN_MEETING = re.compile(
    r"\b(?:styrelsens|nämndens|utskottets|rådets|gruppens|direktionens|beredningens"
    r"|fullmäktiges|delegationens|kommitténs)\s+(?:nästa\s+)?(?:sammanträde|möte)\s+(?:den\s+)?(?=\d)",
    re.I,
)
# "Nya sammanträdestider för folkhälsorådet: 16 april kl 08.30, 25 september kl 08.30 samt 10
# december": the body's own dates for the year, the first after this meeting being its next
_OWN_DATES = re.compile(
    r"(?<![\wåäö])(?:sammanträdestider|sammanträdesdagar|mötestider|mötesdagar|mötesplan"
    r"|sammanträdesplan)(?![\wåäö])",  # ("Sammanträdesdatum" labels the meeting's own date)
    re.I,
)
_BODY_AFTER = re.compile(r"^\s+(?:för|i)\s+(?P<body>[\wåäöÅÄÖ-]+)")


def _own_meeting_named(
    paragraphs: list[str], meeting_date: date | None, anchor: date, year_known: bool
) -> NextMeeting | None:
    if meeting_date is None:
        return None  # which of several dates comes next is only known from the meeting's own
    head = " ".join(paragraphs[:15]).lower()
    for text in paragraphs:
        low = text.lower()
        if "möte" not in low and "ammantr" not in low:
            continue  # in every match of both patterns (letters re.I also takes for ſ, ı left out)
        candidates: list[tuple[date, str]] = []  # each date, and what follows it
        for m in _OWN_MEETING.finditer(text):
            piece = text[m.end() : m.end() + 60]
            dates = explicit_dates(piece, anchor, "future")[:1]
            candidates.extend((d.date, piece[d.end :]) for d in dates)
        for m in _OWN_DATES.finditer(text):
            before = text[max(0, m.start() - 30) : m.start()].split()
            if before and before[-1].lower().endswith("s") and before[-1][:1].isupper():
                continue  # "Kommunstyrelsens sammanträdestider": another body's
            named = _BODY_AFTER.match(text[m.end() :])
            if named and named["body"].lower()[:6] not in head:
                continue  # "mötesdagar för kommunstyrelsen" in another body's minutes
            piece = text[m.end() : m.end() + 160]
            dates = explicit_dates(piece, anchor, "future")
            if len(dates) >= 2:
                candidates.extend((d.date, piece[d.end :]) for d in dates)
        later = [c for c in candidates if c[0] > meeting_date]
        if later:
            day, after = min(later, key=lambda c: c[0])
            nxt = NextMeeting(date=day)
            times = parse_time_range(after[:20])
            if times and re.match(r"[\s,]*(?:kl|klockan)\b", after, re.I):
                nxt.start, nxt.end = times
            return nxt
    return None
