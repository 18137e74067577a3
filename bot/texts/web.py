"""Sentences of the web page (handlers/web): messages, refusals, and the sign-in link in chat."""

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
HOME_WEB_LINK = "Mer på webbsidan: möten, kalender och protokoll. Skriv `/webb` för en länk."

# --- signing in ------------------------------------------------------------------------------
LINK_USED_OR_OLD = (
    "Länken fungerar inte längre: en inloggningslänk gäller en gång och i tio minuter. Skriv "
    "/webb till boten i Slack eller Teams för en ny."
)
SIGNED_OUT = "Du är utloggad."
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
BAD_REQUEST = "Begäran kunde inte tas emot. Ingenting sparades."
FORBIDDEN = (
    "Den här sidan är för sekreterare och ordförande i gruppen. Kontakta gruppens sekreterare om "
    "du behöver något härifrån."
)
NOT_FOUND = "Sidan finns inte, eller så är den inte din att se."
TOO_LARGE = "Filen är för stor. Protokoll får vara högst 25 MB."
REFUSALS = (CSRF_REFUSED,)
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
CLI_DEMO_NO_WEB = "Webbsidan kunde inte starta på port {port} ({error}). Välj en annan med --port."
