"""Deadlines for comments: 'Synpunkter … skickas till X och/eller Y senast 31 december 2024.'"""

from __future__ import annotations

import re
from datetime import date

from .decisions import sentences
from .header import explicit_dates
from .model import AgendaItem, Deadline
from .names import names_in

# "senast 15 mars", "sista dag för svar är", "remisstiden går ut den 30 september", "ska vara
# inne / inkomna / kommunstyrelsen tillhanda 2024-05-31", "synpunkter lämnas före den 1 maj"
_DEADLINE = re.compile(
    r"\b(?:senast|sista\s+dag(?:en)?\s+(?:för\s+\w+\s+)?(?:är\s+)?|deadline"
    r"|remiss(?:tiden|perioden)\s+(?:går|löper)\s+ut(?:\s+den)?"
    r"|(?:ska|skall|bör|måste)\s+vara\s+(?:[\w-]+\s+){0,3}?(?:inne|inkomn\w*|inkommit|tillhanda)"
    r"(?:\s+senast)?"
    r"|(?:ska|skall|bör|måste)\s+ha\s+(?:inkommit|kommit\s+in)(?:\s+(?:[\w-]+\s+){0,3}?senast)?"
    r"|svarsdatum(?:\s+är)?|sista\s+svarsdag(?:en)?(?:\s+är)?|fram\s+till(?:\s+och\s+med)?"
    r"|till\s+och\s+med|t\.\s?o\.\s?m\."
    r"|(?:före|innan)(?=\s+(?:den\s+)?\d))\b",
    re.I,
)
_WHAT = re.compile(
    r"^(?:(?:synpunkter|kommentarer|remissvar|svar|yttranden?|inspel)\s+(?:kring|på|om|till|över)\s+)?"
    r"(?P<what>.+?)\s+(?:ombedes|ombeds|ska|skall|bör|kan|lämnas|skickas|mejlas|sänds|önskas)\b",
    re.I,
)
# What a deadline asks of the members: synpunkter, svar, yttranden, besked, anmälan …
_ANSWER = re.compile(
    r"synpunkt|svar|yttrande|besked|anmäl|remiss|kommentar|inspel|åsikt|önskemål|förslag",
    re.I,
)
_ANSWER_WORDS = _ANSWER.pattern.split("|")
_TO = re.compile(r"\btill\s+(?P<to>.+?)\s+(?:senast|före|innan)\b", re.I)


def find_deadlines(
    paragraphs: list[str], items: list[AgendaItem], meeting_date: date | None, today: date
) -> list[Deadline]:
    found: list[Deadline] = []
    for i, text in enumerate(paragraphs):
        lowered = text.lower()
        if not any(word in lowered for word in _ANSWER_WORDS):
            continue  # no sentence of it asks for an answer (most paragraphs)
        for sentence in sentences(text):
            m = _DEADLINE.search(sentence)
            if not m or not _ANSWER.search(sentence):
                continue  # "skickar ut en kallelse senast …" is a chore, not a deadline to answer
            # "nearest": a deadline in a notice comes before the meeting, in minutes after it
            dates = explicit_dates(sentence[m.end() :], meeting_date or today, "nearest")
            if not dates or dates[0].start > 25:
                continue
            what_match = _WHAT.match(sentence[: m.start()])
            what = what_match["what"] if what_match else sentence[: m.start()].strip()
            what = re.sub(r"^(?:utkastet|förslaget)\s+kring\s+", lambda x: x[0], what)
            if not what.strip(" ."):  # "Remisstiden går ut den 30 april."
                what = "svar på remissen" if "remiss" in m[0].lower() else "svar"
            item = _item_at(items, i)
            if item and item.lower() not in what.lower():
                what = f"{what} ({item})"
            to_match = _TO.search(sentence)
            to = names_in(to_match["to"]) if to_match else []
            found.append(Deadline(dates[0].date, what.strip(), to, sentence))
    return found


def _item_at(items: list[AgendaItem], i: int) -> str:
    title = ""
    for it in items:
        if it.line <= i:
            title = it.title
    return title
