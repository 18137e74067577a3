"""Sentences about decisions, questions on them, and followed subjects (/bevaka)."""

from bot.markup import mark_module

# --- answers to "vad beslutades om …?" ----------------------------------------------------
DECISION_QUOTE = "”{text}”"
DECISION_WHERE = "{groups}, {day}"
DECISION_ITEM = "Punkt: {item}"
DECISION_PROPOSAL = "Förslaget: {proposal}"
DECISION_SOURCE = "Källa: {document}"
DECISION_CONTEXT = "Bakgrund: {context}"
MORE_DECISIONS = "*Fler beslut som kan gälla samma sak*"
MORE_DECISION_LINE = "• {day}, {groups}: ”{text}” (punkt: {item})"
LATEST_DECISIONS = "Senaste besluten{where}{period}:"
MORE_LATEST = "*Fler beslut*"
SOURCE_UNKNOWN = "okänt dokument"

NOTHING_FOUND = "Jag hittade inget beslut om {subject}{where}{period}."
NOTHING_AT_ALL = "Jag hittade inga beslut{where}{period}."
CLOSE_SUBJECTS = "Närliggande ämnen med beslut: {subjects}."
FOUND_OUTSIDE_FILTER = "Det finns beslut om {subject} från andra tider eller grupper, senast {day}."
TRY_OTHER_WORDS = (
    "Prova med ett annat ord för ämnet, eller skriv till exempel `/beslut SIP` eller "
    "”vad beslutades i mars?”."
)
ASK_WHAT = (
    "Vilket ämne gäller det? Skriv till exempel `/beslut SAMS` eller "
    "”vad beslutades om SIP-överenskommelsen?”."
)
IN_GROUPS = " i {groups}"

# --- related questions --------------------------------------------------------------------
NEXT_MEETING = "Nästa möte i {group} är {when}."
NEXT_MEETING_PLACE = "Plats: {place}."
NO_NEXT_MEETING = "Det finns inget planerat möte i {group} just nu."
NO_NEXT_MEETING_YOURS = "Du är inte med i någon grupp, så jag har inga möten att visa."
DEADLINE = "Synpunkter på {title} ska vara inne senast {day}{to}."
DEADLINE_TO = " till {names}"
DEADLINE_PASSED = "Synpunkter på {title} skulle vara inne senast {day}{to}; tiden har gått ut."
NO_DEADLINE = "Jag hittade ingen remiss om {subject} med ett sista datum för synpunkter."
SUBSTITUTE_WAS = "{substitute} ersatte {name} på mötet {day} ({groups})."
NO_SUBSTITUTE_FOUND = "Jag hittade ingen som ersatte {name}{day}."
WHO_AND_WHEN = "Skriv till exempel ”vem ersatte Karin Haster den 14 juni?”."
ATTENDED_TITLE = "Enligt protokollet från mötet {day} ({groups}):"
ATTENDED_PRESENT = "Närvarande ({count}): {names}."
ATTENDED_ABSENT = "Frånvarande ({count}): {names}."
ATTENDED_POST = "{post}: {names}."
ATTENDED_NO_POST = "Protokollet säger inte vem som var {post}."
# The minutes are silent on the post: what the roster says, said as the roster's.
ATTENDED_TITLE_UNSAID = "Mötet {day} ({groups}):"
ATTENDED_ROSTER_PRESENT = (
    "{name} var med på mötet och är {post} i {group} enligt gruppens medlemslista."
)
ATTENDED_ROSTER_ABSENT = (
    "{name} är {post} i {group} enligt gruppens medlemslista, men finns inte bland de "
    "närvarande i protokollet."
)
ATTENDED_NONE_ABSENT = "Protokollet nämner ingen som var frånvarande."
ATTENDED_SUBSTITUTES = "Ersättare: {names}."
ATTENDED_STOOD_IN = "{name} för {absent}"
ATTENDED_NO_SUBSTITUTES = "Protokollet nämner inga tjänstgörande ersättare."
ATTENDED_NOT_YOUR_GROUP = (
    "Du är inte med i {groups}, så vilka som var med där berättar jag inte. Fråga gruppens "
    "sekreterare, eller läs protokollet där det publiceras."
)
ATTENDED_NOTHING = (
    "Jag hittade inget publicerat protokoll med närvaro{where}{period}. Närvaron för kommande "
    "möten visar `/närvaro` för sekreterare och ordförande."
)

# --- following subjects (/bevaka) ---------------------------------------------------------
FOLLOW_ADDED = (
    "Klart. Du bevakar nu ”{subject}”. Jag säger till när ett nytt beslut om det publiceras "
    "i någon av dina grupper."
)
FOLLOW_EXISTS = "Du bevakar redan ”{subject}”. Ingenting ändrades."
FOLLOW_REMOVED = "Klart. Du bevakar inte längre ”{subject}”."
FOLLOW_NOT_FOUND = "Du bevakar inte ”{subject}”. Du bevakar: {subjects}."
FOLLOW_NONE = (
    "Du bevakar inga ämnen ännu. Skriv till exempel `/bevaka SAMS`, så säger jag till när "
    "det kommer ett beslut om det."
)
FOLLOW_LIST = "Du bevakar: {subjects}. Sluta med till exempel `/sluta-bevaka {example}`."
FOLLOW_WHAT = "Vilket ämne vill du sluta bevaka? Du bevakar: {subjects}."
FOLLOW_EMPTY_SUBJECT = (
    "Ämnet behöver minst ett ord som går att söka på, till exempel `/bevaka SAMS`."
)
FOLLOW_TOO_LONG = "Skriv ämnet kortare, högst {limit} tecken."


def item_label(number: str, item: str) -> str:
    """The item as the minutes name it: '§ 12 Budget 2027', 'Punkt 3 Budget 2027', 'Ärende 4
    Remiss om SAMS'; the title alone where the minutes number with bare digits ('3. Budget'),
    since a bare number may be the enclosing item's and not the topic's. Never a § the
    document did not write."""
    number, item = " ".join((number or "").split()), " ".join((item or "").split())
    if not number or number[0].isdigit() or item.casefold().startswith(number.casefold()):
        return item
    return f"{number} {item}".strip()


def after_punkt(label: str) -> str:
    """The label after 'Punkt:' in an answer, without saying 'Punkt' twice."""
    return label[len("Punkt ") :] if label.startswith("Punkt ") else label


# Sentences are neutral markup: formatting one escapes the text from people put into it.
mark_module(globals())
