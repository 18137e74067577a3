"""Sentences about remisser, synpunkter and deadline pings."""

from bot.markup import mark_module

LIST_TITLE = "Öppna remisser"
LIST_NONE = "Det finns inga öppna remisser i {groups} just nu."
LIST_UNKNOWN_GROUP = (
    "Jag hittade ingen grupp som heter ”{text}” här, så här är alla öppna remisser:"
)
LIST_UNKNOWN_GROUP_NONE = (
    "Jag hittade ingen grupp som heter ”{text}” här, och det finns inga öppna remisser just nu."
)
LIST_ITEM = "*{title}* ({groups})\nSista dag {deadline}, {left}. {status}"
LIST_ANSWERED = "Din organisation har svarat."
LIST_ANSWERED_PERSONAL = "Du har svarat."
LIST_NOT_ANSWERED = "Din organisation har inte svarat än."
LIST_NOT_ANSWERED_PERSONAL = "Du har inte svarat än."
LIST_DRAFT = "Underlag: {link}"
# A remiss's state as the web page's list names it
STATUS_NAMES = {"proposed": "föreslagen", "open": "öppen", "closed": "stängd"}
DRAFT_LABEL = "utkastet"
LIST_HOW = "Lämna synpunkter med `/synpunkt {example}: din text`."

RECEIPT = "Tack! Din synpunkt på ”{title}” är mottagen {at} (version {version})."
ALREADY_RECEIVED = (
    "Din synpunkt på ”{title}” är redan mottagen {at} (version {version}), med samma text. "
    "Ingenting ändrades."
)
RECEIPT_COPY = "Din text:\n{text}"
RECEIPT_EDIT_UNTIL = "Du kan ändra eller dra tillbaka den fram till {deadline}."
EDIT_BUTTON = "Ändra"
WITHDRAW_BUTTON = "Dra tillbaka"
WITHDRAWN = "Klart. Din synpunkt på ”{title}” är tillbakadragen."
NOTHING_TO_WITHDRAW = "Du har ingen synpunkt att dra tillbaka på ”{title}”."
CLOSED = (
    "Synpunkter på ”{title}” stängde {deadline}. Kontakta {owner} om du vill lämna något "
    "i efterhand. Ingenting sparades."
)
EMPTY_TEXT = (
    "Skriv din synpunkt efter kolon, till exempel "
    "`/synpunkt {example}: Vi ställer oss bakom förslaget.`"
)
WHICH = "Jag hittade ingen öppen remiss som matchar ”{subject}”. Öppna remisser: {titles}."
WHICH_COMMENTS = (
    "Vilken remiss vill du se synpunkterna på? Skriv en del av rubriken, till exempel "
    "`/synpunkter {example}`. Remisserna: {titles}."
)
AMBIGUOUS = "Flera öppna remisser matchar ”{subject}”: {titles}. Skriv lite mer av rubriken."
WHICH_FOR_TEXT = (
    "Vilken remiss gäller synpunkten? Välj en nedan, eller skriv till exempel "
    "`/synpunkt {example}: din text`. Ingenting är sparat än."
)
ALL_OPEN = "Öppna remisser: {titles}."
WHICH_FOR_LONG_TEXT = (
    "Vilken remiss gäller synpunkten? Den är för lång för en knapp, så skriv den igen med "
    "remissens namn först, till exempel `/synpunkt {example}: din text`. Ingenting är sparat än."
)
WHICH_FOR_EMPTY_TEXT = (
    "Jag hittade ingen synpunkt att lämna. Skriv remissens namn och din text, till exempel "
    "`/synpunkt {example}: Vi ställer oss bakom förslaget.` Med bara `/synpunkt` får du ett "
    "formulär."
)
MENU_PLACEHOLDER = "Välj remiss"
MENU_SEND = "Lämna synpunkten"
MENU_CHOOSE_FIRST = (
    "Välj först remissen i listan och tryck sedan på Lämna synpunkten. Ingenting är sparat än."
)
MENU_NOT_ALL = (
    "Listan rymmer de {count} första. Gäller synpunkten någon annan, skriv remissens namn först."
)
TOO_LONG = (
    "Synpunkten är {length} tecken lång, och en synpunkt får vara högst {limit} tecken. "
    "Korta den eller dela upp den i två. Ingenting sparades."
)
NONE_OPEN = "Det finns inga öppna remisser att lämna synpunkter på i dina grupper."
FORM_TITLE = "Lämna synpunkt"
FORM_CONSULTATION = "Remiss"
CHOOSE_REMISS = "Välj vilken remiss synpunkten gäller."
FORM_TEXT = "Din synpunkt"
FORM_SUBMIT = "Skicka"

OWNER_NEW = "Ny synpunkt på ”{title}” från {name} ({organisation}), version {version}:\n{text}"
OWNER_DIGEST = "Synpunkter sedan i går morse:"
OWNER_DIGEST_LINE = "”{title}”: {name} ({organisation}), version {version}"
OWNER_DIGEST_WITHDRAWN = "”{title}”: {name} ({organisation}) drog tillbaka sin synpunkt"
OWNER_WITHDRAWN = "{name} ({organisation}) har dragit tillbaka sin synpunkt på ”{title}”."

NEW_TITLE = "Ny remiss"
NEW_FIELD_TITLE = "Rubrik"
NEW_FIELD_DEADLINE = "Sista dag"
NEW_FIELD_TIME = "Klockslag (annars dagens slut)"
NEW_FIELD_DRAFT = "Länk till utkastet"
NEW_FIELD_PER = "Svar per"
PER_ORGANISATION = "organisation"
PER_MEMBER = "ledamot"
CREATED = "Klart. Remissen ”{title}” är öppen för synpunkter till {deadline} ({groups})."
DEADLINE_PASSED = "Sista dagen har redan passerat. Välj ett datum framåt i tiden."
PROPOSED = (
    "Jag hittade en sista dag för synpunkter i protokollet: ”{title}”, {deadline}. "
    "Vill du öppna den som remiss?"
)
CONFIRM_BUTTON = "Öppna remissen"
CONFIRMED = "Klart. Remissen ”{title}” är öppen för synpunkter till {deadline}."
ALREADY_OPEN = "Remissen ”{title}” är redan öppen. Ingenting ändrades."

EXPORT_HEADER = ("Organisation", "Namn", "Tid", "Version", "Synpunkt")
EXPORT_TITLE = "Synpunkter på ”{title}” ({count} st.)"
COMMENT_HEAD = "*{organisation}*, {name}, {at} (version {version})"
COMMENTS_MORE = (
    "Här visas {shown} av {count} synpunkter. Alla, med varje version, finns på webbsidan: "
    "{url}"
)

PING = "Påminnelse: synpunkter på *{title}* ska vara inne senast {deadline} ({left})."
PING_ANSWERED = "{answered} av {total} organisationer har svarat."
PING_MISSING = "Inte svarat än: {orgs}."
PING_ALL_ANSWERED = "Alla organisationer har svarat. Tack!"
PING_HOW = "Lämna synpunkter med `/synpunkt {example}: din text` eller svara mig i ett DM."
LAST_DAY_DM = (
    "Hej {name}! I dag är sista dagen för synpunkter på ”{title}”, och {organisation} har inte "
    "svarat än. Svara med `/synpunkt {example}: din text`, eller skriv ”synpunkt: din text” här."
)
SUMMARY = "Synpunktsomgången ”{title}” har stängt. {count} synpunkter från {orgs} organisationer."
SUMMARY_MISSING = "Svarade inte: {orgs}."
EXPORT_WITHDRAWN = " [tillbakadragen]"

# --- the web page: Remisser, and remisser on Mina möten ---------------------------------------
PAGE_CAPTION = "Remisser i dina grupper"
PAGE_COLUMNS = ("Remiss", "Grupp", "Sista dag", "Läge", "Svar")
PAGE_ANSWERED_OF = "{answered} av {expected}"
PAGE_SHOW_ALL = "Visa alla remisser"
PAGE_SHOWN_WITH_ALL = "{link} (här visas de {count} med senast sista dag)."
PAGE_SHOWN = "Här visas de {count} med senast sista dag."
PAGE_NONE = "Det finns inga remisser i dina grupper."
PAGE_NEW_HEADING = "Skicka ut en ny remiss"
PAGE_TIME_HINT = "Som 12.00"
PAGE_FIELD_DRAFT = NEW_FIELD_DRAFT
PAGE_FACTS = "{groups}. Sista dag: {deadline}. Ansvarig: {owner}."
PAGE_STATE = "Läge: {state}."
PAGE_STATES = {**STATUS_NAMES, "proposed": "föreslagen (hittad i ett protokoll)"}
PAGE_DRAFT = "Utkastet"
PAGE_OPEN = "Öppna remissen för synpunkter"
PAGE_ANSWERS_PER = "Svar per {unit}"
PAGE_PROGRESS = "{answered} av {expected} har svarat."
PAGE_ANSWERS = "Svar"
PAGE_WHO_ANSWERED = "Vilka som har svarat"
PAGE_UNIT_ORGANISATION = "Organisation"
PAGE_UNIT_MEMBER = "Ledamot"
PAGE_HAS_ANSWERED = "har svarat"
PAGE_NOT_ANSWERED = "inte svarat än"
PAGE_COMMENTS = "Synpunkter"
PAGE_NO_COMMENTS = "Inga synpunkter än."
PAGE_COMMENT = "{name}, version {version}"
PAGE_COMMENT_HEADING = "{organisation}: {name}, version {version}"
PAGE_NO_ORGANISATION = "Utan organisation"
PAGE_WITHDRAWN_AT = "tillbakadragen {at}"
PAGE_EXPORT = "Exportera"
PAGE_EXPORT_CSV = "Alla synpunkter som CSV (Excel)"
PAGE_EXPORT_MD = "Alla synpunkter som Markdown"
PAGE_CLOSE = "Stäng remissen nu"
PAGE_REMISS_FACTS = "Sista dag: {deadline} ({left}). {groups}. Ansvarig: {owner}."
PAGE_READ_DRAFT = "Läs utkastet"
PAGE_YOURS = "Din synpunkt (version {version}, {at}):"
PAGE_EDIT_YOURS = "Ändra din synpunkt"
PAGE_SAVE_VERSION = "Spara ny version"
PAGE_WITHDRAW = "Dra tillbaka synpunkten"


# Sentences are neutral markup: formatting one escapes the text from people put into it.
mark_module(globals())
