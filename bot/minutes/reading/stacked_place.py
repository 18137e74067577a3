"""The place of a front page whose labels stand stacked before their values.

A front page set as a table of labels and values often comes out of a PDF with the column of
labels first and the column of values after it: "Tid Tisdagen den 26 februari 2008 kl Plats" /
"Närvarande ledamöter" / "Övriga närvarande" / "Sekreterare Kronobergsrummet, … Växjö Annelill
Davidsson, ordförande (c) …". The place label's value is then the first value of the run after
the last label, before the first person of the list, or right after the date and the hours
when the run begins with them ("Tid och plats" / "Beslutande Tisdag 27 januari 2015 kl. 18:00
Stjerneskolans matsal, Torsby Eva-Lena Gustavsson (S), Ordförande …").
"""

from __future__ import annotations

import re
from datetime import date

from .first_names import is_first_name
from .segments import label_at_start

# "… kl Plats", "Plats och tid", "Tid och plats": a place label ending its line, without a value
# (not the justering's: "Justeringens plats och tid")
_PLACE_AT_END = re.compile(
    r"(?:^|\s)(?<!ustering )(?<!usteringens )(?:Plats(?:\s+och\s+tid)?|Tid\s+och\s+plats|Lokal)"
    r"\s*:?(?:\s+ande)?\s*:?\s*$"  # ("… kl Plats ande": 'Beslutande' cut, run onto its line)
)
_WORD = r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?"
# A person as a list of those there writes her: "Suzanne Frank (M)", "Annelill Davidsson,
# ordförande", "Marie-Louise Hilmersson, (c) ordförande"
_PERSON = re.compile(
    rf"(?P<first>{_WORD})\s+{_WORD}(?:\s+{_WORD})?\s*"
    r"(?=\([A-Za-zÅÄÖåäö]{1,4}\)|,\s*\(|,\s*(?:ordf|ordförande|vice|1:e|förste|ledamot)\b)"
)
_DATE_AND_HOURS = re.compile(
    r"^(?:(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?\s+)?(?:den\s+)?"
    r"\d{1,2}\s+[a-zåäö]+\s+(?:19|20)\d\d,?\s*(?:(?:kl|klockan)\.?\s*"
    r"\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?)?[,\s]*",
    re.I,
)
# "Kommunhuset, sessionssalen, kl": the hours after the place, or what the transcript left of them
_HOURS_AT_END = re.compile(
    r"[,\s]+(?:kl|klockan)\.?(?:\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?)?"
    r"[,\s]*$",
    re.I,
)
_LABEL_ONLY_MAX = 5  # labels stacked between the place label and the run of values


def _first_person(run: str) -> int:
    """Where the first person of a list begins in `run`, or -1. A name of three words must
    begin with a given name: in "Växjö Annelill Davidsson, ordförande" the town ends the place."""
    for word in re.finditer(r"(?<!\S)[A-ZÅÄÖ]", run):
        m = _PERSON.match(run, word.start())
        if m and (len(m[0].split()) == 2 or is_first_name(m["first"].split("-")[0])):
            return m.start()
    return -1


def _bare_label(text: str) -> bool:
    if text.strip(" :") == "ande":  # "Beslutande" with its head cut off, alone on its line
        return True
    label = label_at_start(text)
    return bool(label) and not text.strip()[len(label) :].strip(" :")


def stacked_place(paragraphs: list[str], today: date) -> str:
    """The place in a run of values after stacked labels, or ''."""
    del today  # (the date phrase is read by its own shape, the header's date by header.py)
    for k, text in enumerate(paragraphs[:16]):
        if "lats" not in text and "Lokal" not in text:
            continue  # the labels' literal letters: most paragraphs are passed at once
        if not _PLACE_AT_END.search(text) or "ustering" in text[-40:]:
            continue
        j = k + 1
        while j < len(paragraphs) and j - k <= _LABEL_ONLY_MAX and _bare_label(paragraphs[j]):
            j += 1
        if j >= len(paragraphs):
            return ""
        run = paragraphs[j].strip()
        label = label_at_start(run)
        if not label:
            return ""
        run = run[len(label) :].lstrip(" :")
        hours = _DATE_AND_HOURS.match(run)
        if hours:
            run = run[hours.end() :]
        cut = _first_person(run)
        if cut <= 0:
            return ""
        place = _HOURS_AT_END.sub("", run[:cut]).strip(" ,;")
        words = place.split()
        if not words or len(place) > 90 or label_at_start(place):
            return ""
        if len(words) == 2 and is_first_name(words[0].split("-")[0]):
            return ""  # "Anna Berg": a person without her party, not a place
        return place
    return ""
