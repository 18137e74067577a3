"""Deadlines for comments: 'Synpunkter … skickas till X och/eller Y senast 31 december 2024.'

A deadline is a date after a word that sets one ("senast", "remisstid till", "ska ha inkommit")
in a sentence that asks for an answer (synpunkter, svar, yttrande …); a date in passing ("Beslutet
fattades den 30 september") is none. Without a year ("senast 30 september") the date is the first
one from two months before the meeting on: minutes set deadlines after the meeting, a kallelse a
little before it. Such a year is flagged as inferred.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .decisions import sentences
from .header import explicit_dates, has_year, six_digit_dates
from .model import AgendaItem, Deadline
from .names import names_in

# "senast 15 mars", "sista dag för svar är", "remisstiden går ut den 30 september", "ska vara
# inne / inkomna / kommunstyrelsen tillhanda 2024-05-31", "synpunkter lämnas före den 1 maj"
_DEADLINE = re.compile(
    r"\b(?:senast|sista\s+dag(?:en)?\s+(?:för\s+\w+\s+)?(?:är\s+)?|deadline"
    r"|remiss(?:tiden|perioden)\s+(?:går|löper)\s+ut(?:\s+den)?"
    # "Remisstid till 30 juni", "Remisstiden är till och med 30 juni", "Svarstid: 12 maj"
    r"|(?:remiss|svars)(?:tid|tiden|period|perioden)\s*(?:är\s+|:\s*)?(?:till(?:\s+och\s+med)?"
    r"|t\.\s?o\.\s?m\.?)?(?=\s+(?:den\s+)?\d)"
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
# Any of them as a literal, in one search (a walk through the words cost more than the search)
_ANY_ANSWER_WORD = re.compile("|".join(re.escape(word) for word in _ANSWER_WORDS))
_ANSWER_NOUN = re.compile(
    r"\b(?:synpunkter|svar|yttranden?|besked|anmälan|remissvar|kommentarer|inspel|önskemål)\b",
    re.I,
)
_PERIOD = re.compile(r"^(?:remiss|svars)(?:tid|period)", re.I)
_BEFORE_MEETING = 60  # days
# "Protokollet ska justeras senast …", "Justering sker senast …": when the minutes are signed
_JUSTERING = re.compile(r"\bjuster", re.I)
_TO = re.compile(r"\btill\s+(?P<to>.+?)\s+(?:senast|före|innan)\b", re.I)


def find_deadlines(
    paragraphs: list[str], items: list[AgendaItem], meeting_date: date | None, today: date
) -> list[Deadline]:
    found: list[Deadline] = []
    # Minutes without their own date: a deadline without a year is left out, since its year
    # cannot be known ("allra senast den 31 december" in minutes dated only by their address;
    # the years a text writes are those of plans and budgets as often as its own)
    year_known = meeting_date is not None
    for i, text in enumerate(paragraphs):
        lowered = text.lower()
        if not _ANY_ANSWER_WORD.search(lowered):
            continue  # no sentence of it asks for an answer (most paragraphs)
        for sentence in sentences(text):
            m = _DEADLINE.search(sentence)
            if not m or not _ANSWER.search(sentence):
                continue  # "skickar ut en kallelse senast …" is a chore, not a deadline to answer
            if _JUSTERING.search(sentence[: m.start()]):
                continue  # "Protokollet skall justeras senast …": the minutes' own signing
            # from two months before the meeting on: minutes set deadlines after it, a notice
            # a little before it
            anchor = (meeting_date or today) - timedelta(days=_BEFORE_MEETING)
            dates = explicit_dates(sentence[m.end() :], anchor, "future")
            if not dates:  # "svar senast 070301": the date as six digits, year month day
                dates = [d for d in six_digit_dates(sentence[m.end() : m.end() + 20], today)
                         if d.start < 5]
            if not dates or dates[0].start > 25:
                continue
            if not year_known and not has_year(dates[0].phrase):
                continue  # "senast tors 23/2" in minutes that write no year anywhere
            inferred = not has_year(dates[0].phrase) or not year_known
            what_match = _WHAT.match(sentence[: m.start()])
            what = what_match["what"] if what_match else sentence[: m.start()].strip()
            what = re.sub(r"^(?:utkastet|förslaget)\s+kring\s+", lambda x: x[0], what)
            if _PERIOD.match(what) or _PERIOD.match(m[0]):
                what = ""  # "Remisstiden är till och med …": the answer to the remiss
            if not what.strip(" ."):  # "Remisstiden går ut den 30 april."
                what = "svar på remissen" if "remiss" in m[0].lower() else "svar"
            elif not _ANSWER.search(what) and not _ANSWER.match(sentence):
                # "Kommunerna ombeds lämna synpunkter senast …": what is asked, not who
                asked = _ANSWER_NOUN.search(sentence[: m.start()])
                what = asked[0] if asked else what
            item = _item_at(items, i)
            if item and item.lower() not in what.lower():
                what = f"{what} ({item})"
            to_match = _TO.search(sentence)
            to = names_in(to_match["to"]) if to_match else []
            found.append(Deadline(dates[0].date, what.strip(), to, sentence, inferred))
    return found


def _item_at(items: list[AgendaItem], i: int) -> str:
    title = ""
    for it in items:
        if it.line <= i:
            title = it.title
    return title
