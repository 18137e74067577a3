"""Sentences about files the bot will not read: too big, too slow, badly named, wrong kind."""

from bot.markup import mark_module

TOO_BIG = (
    "Filen är för stor ({size}). Jag läser protokoll på högst {limit}. "
    "Skicka protokollet utan bilagor."
)
TEXT_TOO_BIG = (
    "Textfilen är för stor ({size}); ett protokoll i text är sällan mer än några hundra kB och "
    "jag läser högst {limit}. Kontrollera att det är rätt fil."
)
PACKED_TOO_BIG = (
    "Word-filen packas upp till {size}, mer än ett protokoll behöver (högst {limit}), så jag har "
    "inte läst den. Spara den som PDF eller som en ny Word-fil och skicka igen."
)
TOO_MANY_PARTS = (
    "Word-filen består av ovanligt många delar ({parts}), så jag har inte läst den. Spara den "
    "som PDF och skicka igen."
)
TOO_MANY_PAGES = (
    "PDF-filen har {pages} sidor; jag läser protokoll på högst {limit} sidor. "
    "Skicka protokollet utan bilagor."
)
TOO_MUCH_TEXT = (
    "Filen innehåller mer text än ett protokoll brukar ({chars} tecken; högst {limit}). "
    "Skicka protokollet utan bilagor."
)
TOO_SLOW = (
    "Det tog för lång tid att läsa filen (mer än {seconds}), så jag gav upp. "
    "Skicka protokollet som PDF eller Word utan bilagor."
)
TOO_HEAVY = (
    "Filen krävde mer minne än ett protokoll brukar, så jag gav upp. "
    "Skicka protokollet som PDF eller Word utan bilagor."
)
BUSY = "Jag läser många filer just nu. Skicka filen igen om en stund."
NAME_TOO_LONG = (
    "Filnamnet är för långt ({length} tecken; högst {limit}). "
    "Ge filen ett kortare namn och skicka den igen."
)
NAME_BAD_CHARACTERS = (
    "Filnamnet innehåller tecken som inte hör hemma i ett filnamn (till exempel styrtecken). "
    "Ge filen ett nytt namn och skicka den igen."
)
# What the reader says when a document is not minutes (bot/minutes/reading/refusal.py).
NOT_MINUTES = (
    "Det här ser inte ut som minnesanteckningar eller ett protokoll: jag hittade varken datum, "
    "deltagare eller beslut."
)
NOTICE = (
    "Det här ser ut som en kallelse, inte som minnesanteckningar eller ett protokoll: den "
    "innehåller inga beslut. Skicka protokollet när mötet har hållits."
)
NOTICE_NOBODY_PRESENT = (
    "Det här ser ut som en kallelse, inte som minnesanteckningar eller ett protokoll: den säger "
    "inte vilka som var med på mötet. Skicka protokollet när mötet har hållits."
)
REPORT = (
    "Det här ser ut som en nyhet eller ett referat från ett möte, inte som minnesanteckningar "
    "eller ett protokoll: jag hittade ingen närvarolista, inga punkter och inga beslut. Skicka "
    "protokollet från mötet."
)
AGENDA_ONLY = (
    "Det här ser ut som en dagordning, inte som minnesanteckningar eller ett protokoll: den "
    "innehåller inga beslut. Skicka protokollet när mötet har hållits."
)
OTHER_KIND = (
    "Det här ser ut som {kind}, inte som minnesanteckningar eller ett protokoll. Skicka "
    "protokollet från mötet."
)
LETTER = (
    "Det här ser ut som ett brev eller ett mejl, inte som minnesanteckningar eller ett "
    "protokoll: jag hittade ingen lista över vilka som var med. Skicka protokollet från mötet."
)
NOT_A_READABLE_KIND = (
    "Filen är varken PDF, Word (.docx), Markdown eller text, vad den än heter. "
    "Jag kan bara läsa de formaten."
)

# --- downloads ------------------------------------------------------------------------------
DOWNLOAD_TOO_SLOW = (
    "Det tog för lång tid att hämta filen (mer än {seconds}). Försök igen om en stund."
)


def size(count: int) -> str:
    """'25 MB', '1,5 MB', '800 kB': sizes the Swedish way (decimal comma, 1 MB = 1,000,000 B)."""
    if count >= 1_000_000:
        value = count / 1_000_000
        text = f"{value:.0f}" if value >= 10 or value == int(value) else f"{value:.1f}"
        return f"{text.replace('.', ',')} MB"
    return f"{max(1, round(count / 1000))} kB"

REFUSED = "{reason} Ingenting sparades."
OVER = "över {size}"
MORE_THAN = "fler än {count}"  # a download stopped at the cap: the real size is unknown


def number(count: int) -> str:
    """'5 000': thousands apart with a no-break space, as Swedish text writes them."""
    return f"{count:,}".replace(",", "\u00a0")


def seconds(count: float) -> str:
    """'1 sekund', '30 sekunder'"""
    whole = max(1, round(count))
    return f"{whole} sekund" if whole == 1 else f"{whole} sekunder"


# Sentences are neutral markup: formatting one escapes the text from people put into it.
mark_module(globals())
