"""Sentences of the web page (handlers/web): messages, refusals, and the sign-in link in chat."""

from bot import texts as general
from bot.markup import mark_module
from bot.texts import consultations

# --- the sign-in link, in chat and from the command line ---------------------------------
LINK_IN_CHAT = (
    "Här är din inloggningslänk till webbsidan. Den fungerar en gång, i tio minuter, och bara "
    "för dig: {url}"
)
LINK_UNKNOWN = (
    "Jag känner inte igen dig, så jag kan inte ge dig en länk till webbsidan. Be sekreteraren i "
    "din grupp att lägga till dig i deltagarlistan."
)
CLI_LINK = "Inloggningslänk för {name} (en gång, i tio minuter): {url}"
CLI_DEMO_WEB = "Webbsidan: {url}"
CLI_DEMO_LINK = "Logga in som {name} ({role}; länken fungerar en gång): {link}"
HOME_WEB_LINK = (
    "Webbsidan har dina möten, en kalender att prenumerera på och, för sekreterare, protokoll, "
    "grupper och remisser: {url} (skriv /webb för en inloggningslänk)."
)

# --- every page (handlers/web/templates/base.html, error.html) -----------------------------
BRAND = "Samverkansboten"
SKIP_TO_CONTENT = "Hoppa till innehållet"
MAIN_MENU = "Huvudmeny"
# Each meeting's heading on Mina möten: the day first, so that a screen reader's list of
# headings (or of regions) tells ten meetings of the same group apart.
MEETING_CARD_HEADING = "{day}: {groups}"
# Above a form that came back with errors: each error links to its field.
ERRORS_HEADING = "Det här behöver rättas"
SIGN_OUT = "Logga ut"
FOOTER = "Samverkansgrupperna i Region Örebro län och länets kommuner"
TO_MINE = "Till Mina möten"

# --- signing in ------------------------------------------------------------------------------
SIGN_IN = "Logga in"
SIGNIN_HOW = (
    "Skriv `/webb` till Samverkansboten i Slack eller Teams. Du får en länk som loggar in dig; "
    "den fungerar en gång, i tio minuter."
)
SIGNIN_WITH_ACCOUNT = "Eller logga in med ditt konto:"
LINK_PRESS = "Tryck på knappen för att logga in på Samverkansbotens webbsida."
LINK_USED_OR_OLD = (
    "Länken fungerar inte längre: en inloggningslänk gäller en gång och i tio minuter. Skriv "
    "/webb till boten i Slack eller Teams för en ny."
)
SIGNED_OUT = "Du är utloggad."
# Read by screen readers only, after a button or field's own words, so that the 30 "Lämna
# synpunkt" of a page full of remisser each say which remiss (or meeting) they are for.
FOR_WHAT = ": {what}"
PART_HINT = "Skriv klockslagen som 14.00. Lämna tomt om du är borta hela mötet."
MINE_NO_GROUP = (
    "Du är inte med i någon grupp just nu, så här finns inga möten att visa. Be sekreteraren i "
    "din grupp att lägga till dig i deltagarlistan."
)
NOT_IN_ROSTER = (
    "Inloggningen lyckades, men ingen i deltagarlistan har e-postadressen {email}. Be "
    "sekreteraren i din grupp att lägga till dig med den adressen."
)
NO_VERIFIED_EMAIL = (
    "Inloggningen gav ingen bekräftad e-postadress, så jag vet inte vem du är. Använd en "
    "inloggningslänk från boten i stället (skriv /webb)."
)
OIDC_FAILED = "Inloggningen avbröts eller misslyckades. Försök igen, eller skriv /webb till boten."
WRONG_TENANT = "Ditt Microsoft-konto hör inte till organisationen som boten är kopplad till."

# --- refusals and errors -----------------------------------------------------------------
CSRF_REFUSED = (
    "Formuläret kunde inte tas emot: sidan var för gammal eller kom inte härifrån. Ladda om "
    "sidan och försök igen. Ingenting sparades."
)
NUL_REFUSED = (
    "Formuläret innehöll ett osynligt styrtecken (NUL) som inte kan sparas. Skriv in texten "
    "igen eller klistra in den utan formatering. Ingenting sparades."
)
BAD_REQUEST = "Begäran kunde inte tas emot. Ingenting sparades."
FORBIDDEN = (
    "Den här sidan är för sekreterare och ordförande i gruppen. Kontakta gruppens sekreterare om "
    "du behöver något härifrån."
)
# The pages as the menu names them, for a refusal that says which page it was.
# The menu shows them under these names too, and each page is headed by its name.
PAGE_NAMES = {"web.mine": "Mina möten", "web.calendar": "Kalender", "web.privacy": "Mina uppgifter",
              "web.minutes": "Protokoll", "web.meetings": "Möten", "web.attendance": "Närvaro",
              "web.consultations": "Remisser", "web.open_consultation": "Ny remiss",
              "web.groups": "Grupper", "web.outbox": "Utskick",
              "web.published": "Publicerat protokoll"}
NOT_FOUND = "Sidan finns inte, eller så är den inte din att se."
TOO_LARGE = (
    "Filen är för stor: jag läser protokoll på högst {limit}. Skicka protokollet utan bilagor. "
    "Ingenting sparades."
)
SESSION_GONE = (
    "Du är inte inloggad längre, så ingenting sparades. Gå tillbaka i webbläsaren och kopiera "
    "det du skrev, logga in igen (skriv /webb till boten för en ny länk) och skicka det på nytt."
)
REFUSALS = (CSRF_REFUSED, NUL_REFUSED, SESSION_GONE)
ERROR_TITLES = {400: "Det gick inte", 403: "Inte för dig", 404: "Hittades inte",
                413: "För stor fil"}

# --- the calendar feed ----------------------------------------------------------------------
CALENDAR_NAME = "Samverkansboten – mina möten"
CALENDAR_MEETING = "Möte"
CALENDAR_COMING = "Du har inte anmält förhinder."
CALENDAR_ABSENT = "Du har anmält förhinder till det här mötet."
CALENDAR_AGENDA = "Dagordning:"
CALENDAR_LINK = "Länk till det digitala mötet:"
CALENDAR_NEW = (
    "Klart. Här är din nya kalenderadress. Den visas bara nu, så lägg in den i din kalender "
    "direkt. En tidigare adress fungerar inte längre."
)
CALENDAR_INTRO = (
    "Med en personlig kalenderadress ser du dina gruppers möten i Outlook, Google Kalender eller "
    "Apples Kalender: tid, plats eller länk, dagordningen och om du har anmält förhinder. "
    "Kalendern uppdateras av sig själv."
)
CALENDAR_ADDRESS = "Din kalenderadress"
CALENDAR_OPEN = "Öppna i kalenderprogrammet"
CALENDAR_OUTLOOK = "Outlook: *Lägg till kalender → Prenumerera från webben*, klistra in adressen."
CALENDAR_GOOGLE = "Google Kalender: *Andra kalendrar → Från webbadress*, klistra in adressen."
CALENDAR_HAS_ONE = (
    "Du har redan en kalenderadress. Den visas bara när den skapas. Har du tappat bort den, "
    "eller har någon annan fått den, skapa en ny: den gamla slutar då att fungera."
)
CALENDAR_CREATE_NEW = "Skapa en ny kalenderadress"
CALENDAR_CREATE = "Skapa min kalenderadress"
CLI_DEMO_NO_WEB = "Webbsidan kunde inte starta på port {port} ({error}). Välj en annan med --port."

# --- remisser -------------------------------------------------------------------------------
CHOOSE_OWN_GROUP = "Välj en grupp där du är sekreterare eller ordförande."
BAD_DEADLINE = "Skriv sista dagen som 2026-12-31."
# The forms take http:// too (an intranet often has no https): say so, or she is sent to
# look for an https address that does not exist.
LINK_NOT_HTTPS = "Skriv hela adressen, som börjar med https:// eller http://."
BAD_URL = LINK_NOT_HTTPS
FIX_FIELDS = "Något behöver rättas; se fälten som är markerade. Ingenting sparades."
CONSULTATION_OPENED = consultations.CONFIRMED
CONSULTATION_EXISTS = (
    "Remissen ”{title}” finns redan, öppen för synpunkter till {deadline}. Ingen ny skickades ut."
)
CONSULTATION_CLOSED = "Klart. Remissen ”{title}” är stängd; inga fler synpunkter tas emot."
CONSULTATION_ALREADY_CLOSED = "Remissen är redan stängd. Ingenting ändrades."
CONSULTATION_CONFIRMED = CONSULTATION_OPENED
CONSULTATION_NOT_CONFIRMED = (
    "Remissen kunde inte öppnas: den är redan öppen, eller sista dagen har passerat."
)

# --- grupper --------------------------------------------------------------------------------
MEMBER_NAME = "Skriv personens namn."
MEMBER_EMAIL = "Skriv en giltig e-postadress, som namn@kommun.se."
MEMBER_EMAIL_TAKEN = "E-postadressen används redan av {name}."
MEMBER_ROLE = "Välj en roll."
MEMBER_SUBSTITUTE = "Ersättaren ska vara en annan aktiv person i gruppen."
MEMBER_ADDED = "Klart. {name} är med i {group}."
MEMBER_SAVED = "Klart. Uppgifterna för {name} är sparade."
MEMBER_LEFT = "Klart. {name} är inte längre aktiv i {group}. Historiken finns kvar."
MEMBER_BACK = "Klart. {name} är aktiv i {group} igen."
ROSTER_NOT_YOUR_GROUP = "gruppen ”{slug}” är inte din att ändra"
ROSTER_LOADED = (
    "Klart. Deltagarlistan är inläst: {members_added} nya medlemskap, {members_updated} "
    "uppdaterade, {members_deactivated} markerade som inaktiva."
)
ROSTER_REFUSED = general.CLI_ROSTER_REFUSED
ROSTER_NOT_TEXT = (
    "Filen kunde inte läsas som text. Spara den som UTF-8 och läs in den igen (i Anteckningar: "
    "Spara som, Kodning UTF-8). Ingenting sparades."
)
ROSTER_IS_A_TABLE = (
    "Filen är en Excel-arbetsbok. Spara listan som CSV i Excel (Arkiv, Spara som, CSV "
    "(semikolonavgränsad) eller CSV UTF-8) och läs in den filen. Ingenting sparades."
)
ROSTER_CSV_CHOOSE_GROUP = (
    "välj vilken av dina grupper listan gäller; en lista från Excel är en grupps deltagare"
)
ROSTER_CSV_GROUP = "Grupp (för en lista från Excel)"
ROSTER_CSV_GROUP_HINT = (
    "En lista från Excel sparad som CSV, med rubrikraden Namn;Organisation;Roll;E-post;"
    "Ersättare för, ersätter gruppens deltagarlista: den som inte står med blir inaktiv."
)
ROSTER_CSV_GROUP_NONE = "Välj grupp"
ROSTER_TOO_LARGE = "Filen är för stor för en deltagarlista (högst 2 MB). Ingenting sparades."
ROSTER_FILE_HEADING = "Deltagarlistan som fil"
ROSTER_DOWNLOAD = "Ladda ner deltagarlistan (YAML)"
ROSTER_FILE_HOW = (
    "{link} för dina grupper. Ändra den och läs in den igen; en fil med fel läses inte in alls."
)
ROSTER_PROBLEM = "rad {line}: {reason}"
ROSTER_FILE = "Deltagarlista (YAML, eller CSV från Excel)"
ROSTER_LOAD = "Läs in deltagarlistan"
GROUP_HOW = (
    "Kortnamn: {slug}. Ändra en rad och tryck Spara på den raden. Den som slutar görs inaktiv; "
    "historiken finns kvar."
)
SUBSTITUTE_HINT = (
    "Ordinarie ersättare: skriv eller välj en av gruppens deltagare, eller lämna tomt för ingen."
)
FIELD_NAME = "Namn"
FIELD_EMAIL = "E-post"
FIELD_ORGANISATION = "Organisation"
FIELD_ROLE = "Roll"
FIELD_SUBSTITUTE = "Ordinarie ersättare"
NO_SUBSTITUTE = "Ingen"
MEMBER_LEAVE = "Gör inaktiv"
MEMBER_INACTIVE = "Inaktiv."
MEMBER_RETURN = "Gör aktiv igen"
ADD_PERSON_HEADING = "Lägg till en person"
ORGANISATIONS_HEADING = "Organisationer i gruppen"
ORGANISATION_COUNT = "{organisation} ({count})"
NO_ORGANISATION = "Utan organisation"
INACTIVE_MEMBERS = "Inaktiva"
ADD_PERSON = "Lägg till"

# --- utskick --------------------------------------------------------------------------------
KIND_REMINDER = "kallelse"
KIND_ANNOUNCE = "beslut"
KIND_ABSENCE = "förhinder"
KIND_CALL = "ersättare"
KIND_PING = "påminnelse om remiss"
KIND_DEAD = "felrapport"
KIND_OTHER = "meddelande"
CHANNEL_OF = "kanalen för {group}"
SOMEONE = "en person"
RETRIED = "Klart. Meddelandet ligger i kön igen och skickas av boten inom kort."
NOT_RETRIED = "Meddelandet kunde inte läggas i kön igen; det är redan skickat eller köat."
OUTBOX_INTRO = (
    "Det boten skickar på egen hand i dina grupper: kallelser, påminnelser, beslut och besked "
    "till ersättare. Meddelanden till enskilda personer visas utan text."
)
OUTBOX_DEAD = "Kunde inte skickas"
OUTBOX_DEAD_CAPTION = "Meddelanden som inte kunde skickas"
OUTBOX_DEAD_COLUMNS = ("Till", "Vad", "Försök", "Fel", "Åtgärd")
RETRY = "Skicka igen"
RETRY_LABEL = "Skicka igen till {recipient}"
OUTBOX_NONE_DEAD = "Inga meddelanden har fastnat."
OUTBOX_WAITING = "Väntar på att skickas"
OUTBOX_WAITING_CAPTION = "Meddelanden som väntar"
OUTBOX_WAITING_COLUMNS = ("Till", "Vad", "Skickas", "Försök")
OUTBOX_NONE_WAITING = "Ingenting väntar."

# --- the Teams tab --------------------------------------------------------------------------
TEAMS_TAB_HOW = (
    "Fliken visar dina möten när du är inloggad i Teams. Du kan också skriva `/webb` till boten "
    "för en länk till webbsidan."
)
TEAMS_WAITING = "Loggar in med ditt Teams-konto …"
TEAMS_FAILED = (
    "Inloggningen via Teams gick inte. Skriv /webb till boten för en länk till webbsidan i "
    "stället."
)
TEAMS_NOT_CONFIGURED = (
    "Fliken är inte kopplad till Microsoft-inloggning ännu. Skriv /webb till boten för en länk "
    "till webbsidan."
)

mark_module(globals())
