"""Every sentence a person reads, in Swedish, and the Swedish way of writing dates and times.

The general sentences live here; each feature keeps its own in a sibling module.
"""

from __future__ import annotations

from datetime import date, datetime, time

from bot.clock import local
from bot.markup import mark_module

WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
)
ROLE_NAMES = {
    "chair": "ordförande",
    "member": "ledamot",
    "substitute": "ersättare",
    "secretary": "sekreterare",
    "official": "tjänsteperson",
}
KIND_NAMES = {"information": "information", "discussion": "diskussion", "decision": "beslut"}


def weekday(day: date) -> str:
    return WEEKDAYS[day.weekday()]


def day_month(day: date) -> str:
    """'3 december'"""
    return f"{day.day} {MONTHS[day.month - 1]}"


def no_such_day(found, sentence: str | None = None) -> str:
    """'Februari har inte 31 dagar, så …' for a `dates.ImpossibleDate`; `sentence` one with the
    same fields ({month}, {day}, {phrase}) for what was asked."""
    month = MONTHS[found.month - 1].capitalize() + (f" {found.year}" if found.year else "")
    return (sentence or NO_SUCH_DAY).format(month=month, day=found.day, phrase=found.phrase)


def long_date(day: date) -> str:
    """'torsdag 3 december 2026'"""
    return f"{weekday(day)} {day.day} {MONTHS[day.month - 1]} {day.year}"


def clock(moment: time) -> str:
    """'13.00'"""
    return f"{moment.hour:02d}.{moment.minute:02d}"


def time_range(start: datetime | None, end: datetime | None) -> str:
    """'kl. 13.00–15.00' from stored UTC moments, or '' when the time is unknown."""
    if start is None:
        return ""
    text = f"kl. {clock(local(start).time())}"
    if end is not None:
        text += f"–{clock(local(end).time())}"
    return text


def meeting_when(day: date, start: datetime | None, end: datetime | None) -> str:
    """'torsdag 3 december 2026 kl. 13.00–15.00'"""
    return " ".join(part for part in (long_date(day), time_range(start, end)) if part)


def join_names(names: list[str]) -> str:
    """'A, B och C'"""
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " och " + names[-1]


def number(count: int) -> str:
    """'40 000': thousands apart with a (no-break) space, the Swedish way."""
    return f"{count:,}".replace(",", "\u00a0")


def days_left(count: int) -> str:
    if count == 0:
        return "i dag"
    if count == 1:
        return "i morgon"
    return f"om {count} dagar"


# --- who are you --------------------------------------------------------------------------
UNKNOWN_USER = (
    "Jag känner inte igen dig ännu. Be sekreteraren i din grupp att lägga till dig i "
    "gruppens deltagarlista, så kan jag hjälpa dig."
)
NO_GROUPS = "Du är inte med i någon grupp just nu. Be sekreteraren att lägga till dig."
SOMETHING_WENT_WRONG = (
    "Något gick fel hos mig, och ingenting sparades. Försök igen om en stund; "
    "om det händer igen, kontakta den som sköter boten."
)

# --- meetings and agendas -----------------------------------------------------------------
NO_UPCOMING = "Det finns inga planerade möten i {groups} just nu."
NO_HELD = "Jag hittar inget tidigare möte i {groups}."
NO_MEETING_ON = "Jag hittade inget möte {day} i {groups}."
NEXT_MEETINGS_ARE = "Nästa möten: {list}."
TRY_AGENDA = "Skriv till exempel `/dagordning {example}`."
DATE_NOT_UNDERSTOOD = "Jag förstod inte vilket datum du menar med ”{phrase}”."
# "31 februari", "32 mars": a day the month never has, said as such (see `no_such_day`).
NO_SUCH_DAY = "{month} har inte {day} dagar, så jag vet inte vilket datum du menar med ”{phrase}”."
UNKNOWN_GROUP = "Jag hittade ingen grupp som heter ”{name}”. Dina grupper: {groups}."
AGENDA_EMPTY = "Dagordningen är inte klar ännu."
AGENDA_NONE_KEPT = "Ingen dagordning finns sparad för mötet."
AGENDA_HEADING = "*Dagordning*"
AGENDA_MORE = "… och {count} punkter till. Hela dagordningen: {where}"
AGENDA_ON_THE_WEB = "dagordningen på webben"
ABSENT_SO_FAR = "Förhinder hittills: {names}."
NO_ABSENT_SO_FAR = "Ingen har anmält förhinder hittills."
HELD_ATTENDANCE = "Enligt protokollet: {present} närvarande."
HELD_ABSENT = "Frånvarande: {names}."
HELD_SUBSTITUTES = "Ersättare: {pairs}."
HELD_SUBSTITUTE_PAIR = "{substitute} för {absent}"
PLACE = "Plats: {place}"
ONLINE = "Länk: {link}"
PRESENTER = "({presenter})"
MEETING_HEADLINE = "*{group}*: {when}"
YOUR_NEXT_MEETINGS = "Dina nästa möten"
MEETINGS_IN_WEEK = "Möten vecka {week}"
IN_WEEK = "vecka {week}"
HOME_NO_MEETINGS = "Du har inga planerade möten just nu."
HOME_UNKNOWN = UNKNOWN_USER
# App Home shows a few of each; what it leaves out is said last, with where to see it all.
HOME_MORE_ITEMS = " … och {count} punkter till"
HOME_CONSULTATIONS = "*Öppna remisser*"
HOME_CONSULTATION = "• ”{title}”: sista dag {deadline}"
HOME_MORE_MEETINGS = (
    "Här visas dina {shown} närmaste möten, och du har fler. Skriv `/dagordning` med ett datum "
    "eller en vecka, till exempel `/dagordning {week}`, så ser du de senare."
)
HOME_SHORT_AGENDAS = (
    "Dagordningarna är förkortade här. Hela dagordningen får du med `/dagordning` och mötets "
    "datum, till exempel `/dagordning {day}`."
)
HOME_MORE_CONSULTATIONS = (
    "Här visas {shown} av {count} öppna remisser. Skriv `/remisser` så ser du alla."
)
# A message that is only a date ("3.9", "31 augusti"): the bot keeps no conversation, so it
# says what it understood rather than guess what the date is for.
DATE_ALONE = (
    "Jag förstod bara datumet, {day}, inte vad du vill med det. Den dagen har du möte i "
    "{groups}. Har du förhinder, skriv `/anmäl-förhinder {short}`; dagordningen får du med "
    "`/dagordning {short}`."
)
DATE_ALONE_NO_MEETING = (
    "Jag förstod bara datumet, {day}, inte vad du vill med det. Du har inget möte den dagen."
)
# The web page's lists of meetings (Mina möten, Möten, Närvaro).
COMING_MEETINGS = "Kommande möten"
ONLINE_LINK = "Länk till det digitala mötet"
YOUR_GROUPS = "dina grupper"

# --- secretaries add meetings and items ---------------------------------------------------
ONLY_SECRETARIES = (
    "Bara sekreterare och ordförande kan lägga till möten och punkter i {group}. "
    "Kontakta {contact} om något ska läggas till."
)
NEW_MEETING_TITLE = "Nytt möte"
NEW_ITEM_TITLE = "Ny punkt"
SAVE = "Spara"
MEETING_ADDED = "Klart. Mötet {when} ({group}) är inlagt."
MEETING_EXISTS = "Det finns redan ett möte {when} i {group}. Ingenting ändrades."
ITEM_ADDED = "Klart. Punkten ”{title}” är tillagd på dagordningen {day}."
ADD_ITEM_BUTTON = "Lägg till punkt"
FIELD_GROUP = "Grupp"
CHOOSE_GROUP = "Välj vilken grupp det gäller."
CHOOSE_OPTION = "Välj ett av alternativen."
FIELD_DATE = "Datum"
FIELD_START = "Börjar"
FIELD_END = "Slutar"
FIELD_PLACE = "Plats"
FIELD_LINK = "Länk till digitalt möte"
FIELD_TITLE = "Rubrik"
FIELD_PRESENTER = "Föredragande"
FIELD_KIND = "Typ av punkt"
FIELD_DOCUMENT = "Länk till underlag"
BAD_DATE_FIELD = "Skriv datumet som 2026-08-31 eller 31 augusti."
BAD_TIME_FIELD = "Skriv tiden som 13.00."
DATE_OUT_OF_RANGE = (
    "Det datumet ligger för långt bort: ett möte kan läggas in från ett år bakåt till fem år "
    "framåt. Kontrollera årtalet."
)
DEADLINE_OUT_OF_RANGE = (
    "Sista dagen kan ligga högst fem år framåt. Kontrollera årtalet, till exempel 31 december."
)
END_BEFORE_START = "Mötet kan inte sluta innan det börjar."
# Beside a form, where a platform cannot open it (a Slack DM has no trigger to open it from).
FORM_FALLBACK = "Det här fylls i i ett formulär. Skriv `/{command}` så öppnas det."

# --- help and fallbacks -------------------------------------------------------------------
HELP = (
    "Det här kan jag hjälpa dig med:\n"
    "• `/dagordning` – nästa möte och dess dagordning (`/dagordning 31 augusti`)\n"
    "• `/anmäl-förhinder` – anmäl att du inte kan komma (`/anmäl-förhinder 31 augusti`, "
    "`/anmäl-förhinder nästa möte ersättare @Namn`, bara en del: "
    "`/anmäl-förhinder 31 augusti mellan 14 och 15`)\n"
    "• `/närvaro` – vem kommer till nästa möte (sekreterare, ordförande, tjänstepersoner)\n"
    "• `/beslut ÄMNE` – vad beslutades om något (”vad beslutades om SAMS?”)\n"
    "• `/bevaka ÄMNE` – få ett DM när ett beslut om ämnet publiceras (`/sluta-bevaka ÄMNE`)\n"
    "• `/remisser` – öppna remisser och om din organisation har svarat\n"
    "• `/synpunkt ÄMNE: text` – lämna synpunkter före sista dag (utan text: ett formulär)\n"
    "• `/synpunkter ÄMNE` – alla synpunkter på en remiss (ägaren och sekreteraren)\n"
    "• `/nytt-möte`, `/ny-remiss` – lägg in ett möte eller en remiss (sekreterare och "
    "ordförande)\n"
    "• `/webb` – en inloggningslänk till webbsidan: möten, kalender, protokoll och grupper\n"
    "• `/mina-uppgifter` – vad jag har sparat om dig, och allt som en fil\n"
    "• Fråga mig fritt, till exempel ”när är nästa möte?”, "
    "”vad står på dagordningen den 31 augusti?”, ”vem är min ersättare?” eller ”vilka var med "
    "på förra mötet?”"
)
GREETING = (
    "Hej! Fråga mig till exempel ”när är nästa möte?”, ”vad beslutades om SAMS?” eller skriv "
    "”jag kan inte komma den 31 augusti”. Allt jag kan: /hjälp."
)
THANKS = "Varsågod!"
NOT_UNDERSTOOD = (
    "Jag förstod inte riktigt. Jag kan visa kommande möten och dagordningar, ta emot förhinder "
    "och synpunkter och svara på vad som beslutats. Skriv till exempel ”när är nästa möte?”, "
    "”vad beslutades om SAMS?” eller ”jag kan inte komma den 31 augusti”."
)
TEXT_TOO_LONG = (
    "Det där är för långt för mig: {length} tecken, och jag tar emot högst {limit}. "
    "Ingenting är sparat. Skriv kortare, så hjälper jag gärna till."
)
FIELD_TOO_LONG = "Högst {limit} tecken får plats här. Ingenting är sparat; korta texten."
UNKNOWN_COMMAND = (
    "Kommandot /{command} känner jag inte till. Skriv `/hjälp` för att se vad jag kan."
)

# --- the command line (administrators read it; ISO dates are fine here) --------------------
CLI_MIGRATED = "Databasen är uppdaterad ({revision})."
CLI_ROSTER_LOADED = (
    "Deltagarlistan är inläst: {groups_created} nya grupper, {groups_updated} uppdaterade; "
    "{members_added} nya medlemskap, {members_updated} uppdaterade, "
    "{members_deactivated} markerade som inaktiva."
)
CLI_ROSTER_REFUSED = "Deltagarlistan laddades inte; ingenting sparades:"
CLI_NO_SUCH_GROUP = "Det finns ingen grupp med kortnamnet ”{slug}”. Grupper: {slugs}."
CLI_BAD_DATE = "Datumet ”{value}” går inte att läsa; skriv det som 2026-08-31."
CLI_DATE_OUT_OF_RANGE = (
    "Datumet {value} ligger utanför ett år bakåt och fem år framåt; kontrollera årtalet."
)
CLI_BAD_TIME = "Tiden ”{value}” går inte att läsa; skriv den som 13.00."
CLI_NO_MEETING = "Det finns inget möte i {group} den {day}. Lägg till det med `meeting add`."
CLI_MEETING_ADDED = "Mötet {day} {start} i {group} är inlagt."
CLI_MEETING_EXISTS = "Mötet {day} {start} i {group} fanns redan; ingenting ändrades."
CLI_ITEM_ADDED = "Punkt {position} ”{title}” är tillagd på mötet {day} i {group}."
CLI_NO_MEETINGS = "Inga möten."
CLI_DEMO_INTRO = (
    "Demot är klart: {groups} grupper, {people} personer och {meetings} möten i {path}.\n"
    "Klockan i demot står på {now}. Du är {name}. Prova:\n"
    "  /dagordning\n"
    "  när är nästa möte?\n"
    "  /anmäl-förhinder 31 augusti\n"
    "  vad beslutades om SAMS?\n"
    "  /remisser\n"
    "Avsluta med Ctrl-D.\n"
)
CLI_DEMO_ASSUMED_DATE = "Obs: {file} saknar mötesdatum; demot använder {day}."
CLI_NO_SLACK_SECRET = (
    "SLACK_SIGNING_SECRET saknas: utan den kan boten inte kontrollera att anropen kommer från "
    "Slack. Se README, avsnittet Konfiguration."
)
CLI_NO_APP_TOKEN = "SLACK_APP_TOKEN (xapp-…) behövs för Socket Mode."
CLI_NO_FILE = "Filen {path} finns inte."
CLI_BAD_NOW = "Tiden ”{value}” går inte att läsa; skriv den som 2026-08-25T09:00."
CLI_NO_DATABASE = (
    "Databasen går inte att nå ({reason}). Kontrollera DATABASE_URL; se README, avsnittet "
    "Konfiguration."
)
CLI_UNEXPECTED = (
    "Något gick fel ({kind}), och kommandot avbröts. Kör igen med LOG_LEVEL=DEBUG för "
    "detaljer, eller kontakta den som sköter boten."
)
CLI_USAGE_HINT = "Skriv `{prog} --help` för att se hur kommandot används."
CLI_NO_SUCH_PERSON = "Ingen i deltagarlistan har e-postadressen {email}."
CLI_BAD_DEADLINE = "Sista dagen ”{value}” går inte att läsa; skriv till exempel ”31 december”."
CLI_DEADLINE_PASSED = "Sista dagen {value} har redan passerat."
CLI_CONSULTATION_ADDED = "Remiss {id} ”{title}” är öppen till {deadline} ({group})."
CLI_NO_SUCH_CONSULTATION = "Det finns ingen remiss med nummer {id}."
CLI_CONSULTATION_OPENED = "Remiss {id} ”{title}” är öppen för synpunkter."
CLI_SLACK_IDS_FOUND = "Slack-id hämtades via e-post för {found} personer."
CLI_SLACK_IDS_UNKNOWN = "Slack känner inte till e-postadressen för: {names}."

# --- words that stand in when something has no name of its own ----------------------------
SECRETARY_FALLBACK = "gruppens sekreterare"
GROUP_FALLBACK = "gruppen"
CHANNEL_FALLBACK = "gruppens kanal"
DOCUMENT_FALLBACK = "Underlag"
DECISION_FALLBACK = "Beslut"
OTHER_ORGANISATIONS = "Övriga"
SUBJECT_FALLBACK = "ämne"
UNKNOWN_GROUP_NAME = "okänd grupp"
UNNAMED_GROUP = "Grupp utan namn i protokollet ({file})"
KIND_LABELS = (("information", "Information"), ("discussion", "Diskussion"), ("decision", "Beslut"))


# Sentences are neutral markup: formatting one escapes the text from people put into it.
mark_module(globals())
