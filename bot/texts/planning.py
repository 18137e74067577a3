"""Sentences of the meeting planning on the web page (Möten)."""

from bot import texts as general
from bot.markup import mark_module
from bot.texts import web

CHOOSE_GROUP = web.CHOOSE_OWN_GROUP
BAD_DATE = "Skriv datumet som 2026-08-31."
BAD_TIME = "Skriv tiden som 13.00."
END_BEFORE_START = general.END_BEFORE_START
BAD_REPEAT = "Välj hur ofta mötet återkommer."
BAD_COUNT = "Antalet möten i en serie är 1 till {max}."
BAD_LINK = web.LINK_NOT_HTTPS
NO_TITLE = "Skriv en rubrik för punkten."
BAD_KIND = "Välj information, diskussion eller beslut."
DOCUMENT = "Underlag"
FIX = web.FIX_FIELDS
ADDED_ONE = general.MEETING_ADDED
ADDED_MANY = "Klart. {count} möten i {group} är inlagda, från {first} till {last}."
ALREADY = "{count} av mötena fanns redan och ändrades inte."
NOTHING_ADDED = "Alla mötena fanns redan. Ingenting ändrades."
ITEM_ADDED = "Klart. Punkten ”{title}” är tillagd."
ITEM_EXISTS = "Punkten ”{title}” finns redan på dagordningen. Ingen ny lades till."
ITEM_MOVED = "Klart. ”{title}” är nu punkt {number} av {count}."
ITEM_REMOVED = "Klart. ”{title}” är borttagen. Dagordningen har {count} punkter."
ITEM_ALREADY_GONE = "Punkten finns inte längre på dagordningen; den är redan borttagen."
ITEM_AT_EDGE = {"up": "Punkten står redan först. Ordningen är oförändrad.",
                "down": "Punkten står redan sist. Ordningen är oförändrad."}

# --- the page Möten: planning a series --------------------------------------------------------
PLAN_HEADING = "Planera möten"
FIELD_FIRST_DATE = "Datum (första mötet)"
START_HINT = "Som 13.00"
END_HINT = "Som 15.00"
FIELD_REPEAT = "Återkommer"
REPEATS = {"none": "Ett enstaka möte", "weekly": "Varje vecka", "biweekly": "Varannan vecka",
           "fourweekly": "Var fjärde vecka", "monthly": "Samma veckodag varje månad"}
FIELD_COUNT = "Antal möten i serien"
COUNT_HINT = "1 till 24"
ADD_MEETINGS = "Lägg in"
COMING_CAPTION = "Kommande möten i dina grupper"
COMING_COLUMNS = ("När", "Grupp", "Punkter")
NO_MEETINGS = "Inga planerade möten."

# --- one meeting and its agenda ------------------------------------------------------------------
MEETING_TITLE = "Möte {day}"
MEETING_HEADING = "Mötet {day}"
AGENDA_CAPTION = "Dagordningens punkter i ordning"
AGENDA_COLUMNS = ("Nr", "Punkt", "Föredragande", "Typ", "Underlag", "Ändra")
MOVE_UP = "Upp"
MOVE_UP_LABEL = "Flytta upp {title}"
MOVE_DOWN = "Ner"
MOVE_DOWN_LABEL = "Flytta ner {title}"
REMOVE = "Ta bort"
REMOVE_LABEL = "Ta bort {title}"
AGENDA_IS_EMPTY = "Dagordningen är tom."
ADD_ITEM_HEADING = "Lägg till en punkt"
FIELD_DOCUMENT_TITLE = "Underlagets namn"
ADD_ITEM = "Lägg till punkten"
NOTICE_HEADING = "Kallelsen som går ut"
NOTICE_HOW = "Så här ser kallelsen ut i gruppens kanal före mötet."
TO_MEETINGS = "Till alla möten"

mark_module(globals())
