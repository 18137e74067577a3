"""Sentences of the protokoll review on the web page."""

from bot.markup import mark_module
from bot.texts import minutes, planning

NO_FILE = (
    "Välj protokollet att ladda upp: en fil i PDF, Word (docx), Markdown eller text. "
    "Ingenting sparades."
)
NOT_READABLE = (
    "{file}: jag läser protokoll i PDF, Word (docx), Markdown och text. Ingenting sparades."
)
NOT_MINUTES = "{file}: {reason} Ingenting sparades."
ALREADY_PUBLISHED_FILE = "{file} är redan publicerat. Ingenting sparades."
READ = (
    "Jag har läst {file}. Granska det jag hittade mot texten, rätta det som blev fel och "
    "publicera när allt stämmer."
)
SAVED = "Klart. Rättelserna är sparade ({count} ändrade fält)."
NOTHING_CHANGED = "Inget var ändrat."
PUBLISHED = "Klart. Protokollet från {when} är publicerat. Besluten går ut i {channels}."
PUBLISHED_QUIETLY = (
    "Klart. Protokollet från {when} är publicerat utan meddelande i kanalen. Besluten går att "
    "fråga om."
)
ANNOUNCE_LEGEND = "Meddela gruppens kanal"
ANNOUNCE_YES = "Ja, besluten går ut i gruppens kanal"
ANNOUNCE_NO = "Nej, bara till arkivet: besluten går att fråga om men meddelas inte"
ANNOUNCE_OLD_MEETING = (
    "Mötet hölls för mer än ett år sedan. Laddar du in äldre protokoll är de inga nyheter för "
    "gruppen, så förvalet är att inte meddela kanalen."
)
PROPOSED = (
    "Protokollet nämner sista dag för synpunkter: {titles}. Öppna dem som remisser under "
    "Remisser."
)
ALREADY_PUBLISHED = minutes.ALREADY_PUBLISHED
DISCARDED = "Klart. Protokollet är kastat; ingenting publicerades och texten är borttagen."
NOT_A_DRAFT_ANY_MORE = "Protokollet är redan publicerat eller kastat. Ingenting ändrades."
CHANGED_MEANWHILE = (
    "{name} har sparat rättelser i protokollet sedan du öppnade det. Sidan visar nu det som är "
    "sparat: gör dina ändringar igen."
)
SOMEONE_ELSE = "Någon annan"
CHOOSE_GROUP = "Välj vilken grupp protokollet hör till innan du publicerar."
NOT_YOUR_GROUP = "Du kan bara publicera protokoll i grupper där du är sekreterare eller ordförande."
NO_DATE = "Protokollet saknar mötesdatum. Fyll i datumet och försök igen."
DATE_NOT_HELD_YET = (
    "Det datumet har inte varit än, och protokoll finns bara från hållna möten: kontrollera "
    "datumet innan du publicerar."
)
FIX_ERRORS = (
    "Något behöver rättas innan det kan sparas; se fälten som är markerade. Ingenting sparades."
)
BAD_DATE = "Skriv datumet som 9 juni 2016, 9/6 2016 eller 2016-06-09."
TYPED_DATE_UNREAD = (
    "Jag förstår inte datumet ”{text}”. Skriv det som 9 juni 2016, 9/6 2016 eller 2016-06-09."
)
TYPED_DATE_NEEDS_YEAR = "Skriv året också: ”{text}” som 9 juni 2016 eller 2016-06-09."
TYPED_DATE_NO_SUCH_DAY = "{day} {month} finns inte: {month} har {days} dagar. Rätta datumet."
TYPED_DATE_NO_SUCH_DAY_IN_YEAR = (
    "{day} {month} finns inte: {month} {year} har {days} dagar. Rätta datumet."
)
TYPED_DATE_WRONG_WEEKDAY = (
    "{date} är en {weekday}, inte en {typed}. Rätta datumet eller veckodagen."
)
BAD_TIME = planning.BAD_TIME
EMPTY_DECISION = "Ett beslut kan inte vara tomt. Ta bort det i stället om det inte är ett beslut."
NEW_DECISION_WITHOUT_TEXT = (
    "Skriv vad som beslutades under ärendet, eller töm fältet Ärende om inget beslut ska läggas "
    "till."
)
STANDS_IN_FOR = "ersätter"

# --- the page Protokoll ---------------------------------------------------------------------
MINUTES_INTRO = (
    "Ladda upp protokoll eller minnesanteckningar (PDF, Word, Markdown eller text). Du ser "
    "texten bredvid det boten läste ut, rättar det som blev fel och publicerar. Ingenting går "
    "ut i gruppens kanal förrän du trycker Publicera."
)
FIELD_FILE = "Protokoll"
BY_THE_MINUTES = "Enligt protokollet"
READ_BUTTON = "Läs protokollet"
WAITING = "Väntar på granskning"
WAITING_CAPTION = "Protokoll som väntar på granskning"
WAITING_COLUMNS = ("Fil", "Möte", "Inläst")
NONE_WAITING = "Inga protokoll väntar."
PUBLISHED_HEADING = "Publicerade"
PUBLISHED_LABEL = "Publicerade protokoll"
PUBLISHED_CAPTION = "Publicerade protokoll i dina grupper, senaste mötet först"
PUBLISHED_COLUMNS = ("Möte", "Grupp", "Fil", "Beslut", "Publicerat")
NONE_PUBLISHED = "Inga protokoll är publicerade i dina grupper än."

# --- a published set of minutes, the page 'Källa:' links to ------------------------------------
PUBLISHED_TITLE = "Protokoll {day}"
PUBLISHED_WHO = "{groups}, {day}."
PUBLISHED_FILE = "Dokument: {file}. Publicerat {when}."
PUBLISHED_DECISIONS = "Beslut"
PUBLISHED_NO_DECISIONS = "Protokollet har inga beslut."
PUBLISHED_PROPOSAL = "Förslaget: {proposal}"
PUBLISHED_TEXT = "Protokollets text"
PUBLISHED_NO_TEXT = (
    "Protokollet lästes in i chatten eller från kommandoraden, så texten finns i originalfilen "
    "hos gruppens sekreterare."
)

# --- the review page ------------------------------------------------------------------------
REVIEW_TITLE = "Granska {file}"
REVIEW_HEADING = "Granska protokollet"
UNSURE = "Osäkert"
SOURCE_HEADING = "Dokumentets text"
READ_HEADING = "Det boten läste"
CHOOSE_GROUP_OPTION = "Välj grupp"
MEETING_LEGEND = "Mötet"
DATE_HINT = "Som 9 juni 2016, 9/6 2016 eller 2016-06-09"
ATTENDANCE_LEGEND = "Närvaro"
FIELD_PRESENT = "Närvarande"
FIELD_ABSENT = "Frånvarande"
FIELD_SUBSTITUTES = "Ersättare"
PERSON_PER_LINE = "En person per rad: Namn, Organisation"
SUBSTITUTE_PER_LINE = "En per rad: Namn ersätter Namn"
FIELD_AGENDA = "Dagordning"
ITEM_PER_LINE = "En punkt per rad"
DECISION = "Beslut"
NO_DECISIONS = "Boten hittade inga beslut."
DECISION_LEGEND = "Beslut {number}"
DECISION_WHERE = "({where} i protokollet)"
DECISION_ITEM = "punkt {number}"
FIELD_ITEM = "Ärende"
DECISION_CONTEXT = "Sammanhang i protokollet"
KEEP_DECISION = "Publicera beslutet"
ADD_DECISION = "Lägg till ett beslut som boten missade"
DEADLINES = "Sista dagar"
NO_DEADLINES = "Boten hittade inga sista dagar för synpunkter."
DEADLINE_LEGEND = "Sista dag {number}"
FIELD_WHAT = "Vad"
KEEP_DEADLINE = "Föreslå som remiss"
NEXT_LEGEND = "Nästa möte"
SAVE_CORRECTIONS = "Spara rättelser"
DISCARD = "Kasta protokollet"
CORRECTIONS = "Rättelser hittills"
CORRECTION = "{field}: ”{read}” → ”{corrected}”"

# --- minutes shared in a Teams chat ---------------------------------------------------------
CHAT_ONLY_SECRETARIES = (
    "Bara sekreterare och ordförande kan publicera protokoll. Skicka filen till gruppens "
    "sekreterare."
)
CHAT_NO_DATE = "Jag har läst {file}, men hittade inget mötesdatum. Fyll i det på webbsidan."
CHAT_REVIEW_ON_WEB = "Granska och rätta på webbsidan innan du publicerar: {url}"
CHAT_CHOOSE_GROUP_ON_WEB = "Välj på webbsidan vilken grupp protokollet hör till."
DOWNLOAD_FAILED = "Jag kunde inte hämta filen från Teams. Försök igen om en stund."
CHAT_REVIEW_LINK = (
    "{file} väntar på granskning på webbsidan. Länken loggar in dig och fungerar en gång, i tio "
    "minuter: {url}"
)

mark_module(globals())
