"""Sentences about what the bot stores about people: /mina-uppgifter, forgetting, the log."""

from bot.markup import mark_module

# --- /mina-uppgifter --------------------------------------------------------------------------
NOTHING_STORED = (
    "Jag har inga uppgifter om dig: du finns inte i deltagarlistan, och jag sparar ingenting om "
    "den som bara skriver till mig."
)
SUMMARY = "Det här har jag sparat om dig, {name}."
IDENTITY = "*Du:* {name}, e-post {email}, Slack-id {slack}, Teams-id {teams}."
NONE = "–"
GROUPS = "*Grupper:* {groups}."
GROUP_LINE = "{group} ({role}, {organisation})"
GROUP_INACTIVE = "{group} (tidigare {role})"
NO_GROUPS = "*Grupper:* inga just nu."
USUAL_SUBSTITUTE_FOR = "*Ordinarie ersättare för:* {names}."
COUNTS = (
    "*Förhinder:* {absences}. *Kallelser som ersättare:* {calls}. *Synpunkter:* {comments} "
    "(i {consultations} remisser). *Bevakningar:* {follows}. *Remisser du äger:* {owned}. "
    "*Protokoll du har skickat in:* {documents}."
)
MINUTES = (
    "*I publicerade protokoll:* ditt namn står i närvarolistan för {meetings} möten. Protokoll "
    "och beslut är allmänna handlingar och ändras inte."
)
LOGGED = "*I loggen:* {events} handlingar du har gjort (till exempel publicerat protokoll)."
KEPT = (
    "Jag sparar aldrig varför du har förhinder. Förhinder, kallelser och synpunkter tas bort "
    "{months} månader efter mötet eller remissens sista dag, och meddelandet till en ersättare "
    "när mötet är över. Vill du att jag glömmer dig, be en administratör (sekreteraren i din "
    "grupp vet vem)."
)
EXPORT_BUTTON = "Skicka allt som fil"
EXPORT_SENT = "Här är allt jag har sparat om dig, som en fil (JSON)."
EXPORT_IN_DM = "Filen med dina uppgifter finns i vårt privata samtal."
EXPORT_AS_TEXT = "Filen {name} kan inte skickas här, så här är den som text:"

# --- samverkansbot person forget / export -----------------------------------------------------
CLI_NO_SUCH_PERSON = "Det finns ingen person med e-postadressen {email}."
CLI_FORGOT = "Klart. {name} ({email}) är glömd:"
CLI_FORGOT_LINE = "  {what}: {count}"
CLI_FORGOT_WHAT = {
    "absences": "förhinder borttagna",
    "calls": "kallelser som ersättare borttagna",
    "memberships": "gruppmedlemskap borttagna",
    "usual_substitute": "gånger ordinarie ersättare för någon (borttaget)",
    "named_substitute": "förhinder där personen var utsedd ersättare (namnet borttaget)",
    "follows": "bevakningar borttagna",
    "messages": "meddelanden till personen borttagna ur utkorgen",
    "teams": "Teams-samtal borttagna",
    "mentions": "meddelanden till andra som nämner personen, borttagna eller tömda",
    "comments": "synpunkter kvar som organisationens svar, utan namn",
    "owned": "remisser kvar utan ägare",
    "documents": "inskickade protokoll kvar utan avsändare",
    "attendance": "rader i närvarolistor till publicerade protokoll (namnet står kvar)",
}
CLI_FORGOT_PERSON_ROW = (
    "  Personen finns kvar som ”{anonymous}” utan e-post och id, eftersom synpunkter hänvisar "
    "till den."
)
CLI_FORGOT_PERSON_GONE = "  Personen är borttagen."
CLI_FORGOT_ROSTER = (
    "Ta också bort personen ur deltagarlistan (YAML-filen); annars läggs hon eller han till "
    "igen vid nästa `samverkansbot roster load`."
)
ANONYMOUS = "Borttagen person"

# --- samverkansbot audit ----------------------------------------------------------------------
CLI_AUDIT_EMPTY = "Loggen har inga händelser{since}."
CLI_AUDIT_SINCE = " sedan {day}"
CLI_AUDIT_FAILED = "Kommandot är utfört, men loggen kunde inte skrivas ({error})."
ACTIONS = {
    "roster.role": "ändrade roll",
    "minutes.publish": "publicerade protokoll",
    "minutes.discard": "kastade protokoll",
    "consultation.create": "öppnade remiss",
    "consultation.confirm": "bekräftade remiss",
    "consultation.close": "stängde remiss före sista dag",
    "attendance.export": "tog ut närvarolista",
    "privacy.export": "tog ut sina uppgifter",
    "person.export": "tog ut en persons uppgifter",
    "person.forget": "glömde en person",
    "cli": "körde kommandot",
}

# --- the web page Mina uppgifter --------------------------------------------------------------
PAGE_INTRO = (
    "Det här har Samverkansboten sparat om dig: samma uppgifter som `/mina-uppgifter` visar i "
    "chatten. Filen längst ner innehåller allt, med datum och tider."
)
PAGE_YOU = "Du"
# What /mina-uppgifter's file calls each fact about you, and the label the page gives it.
PAGE_FACTS = {"namn": "Namn", "e-post": "E-post", "slack-id": "Slack-id", "teams-id": "Teams-id"}
PAGE_GROUPS = "Grupper"
PAGE_GROUPS_CAPTION = "Dina grupper"
PAGE_GROUPS_COLUMNS = ("Grupp", "Roll", "Organisation", "Ordinarie ersättare", "Läge")
PAGE_ACTIVE = "aktiv"
PAGE_FORMER = "tidigare"
PAGE_NO_GROUPS = "Du är inte med i någon grupp just nu."
PAGE_STANDS_IN_FOR = "Du är ordinarie ersättare för {names}."
PAGE_ABSENCES = "Förhinder"
PAGE_ABSENCES_CAPTION = "Dina förhinder"
PAGE_ABSENCES_COLUMNS = ("Möte", "Grupp", "Ersättare", "Anmält", "Tillbakataget")
PAGE_NO_ABSENCES = "Inga förhinder."
PAGE_CALLS = "Kallelser som ersättare"
PAGE_CALLS_CAPTION = "När du har kallats som ersättare"
PAGE_CALLS_COLUMNS = ("Möte", "I stället för", "Svar", "Kallad")
PAGE_NO_CALLS = "Inga kallelser."
PAGE_COMMENTS = "Synpunkter"
PAGE_COMMENT = "{remiss}, version {version}"
PAGE_COMMENT_GIVEN = "{organisation}, lämnad {at}"
PAGE_COMMENT_TAKEN_BACK = "tillbakadragen {at}"
PAGE_NO_COMMENTS = "Inga synpunkter."
PAGE_OTHER = "Annat"
PAGE_FOLLOWS = "Bevakningar: {names}."
PAGE_OWNED = "Remisser du äger: {names}."
PAGE_DOCUMENTS = "Protokoll du har skickat in: {names}."
PAGE_NONE_OF_THEM = "inga"
PAGE_WAITING = "Meddelanden till dig som väntar på att skickas: {count}."
PAGE_MINUTES = (
    "Ditt namn står i närvarolistan i publicerade protokoll för {count} möten. Protokoll och "
    "beslut är allmänna handlingar och ändras inte."
)
PAGE_LOGGED = "I loggen"
PAGE_LOGGED_CAPTION = "Handlingar du har gjort som finns i loggen"
PAGE_LOGGED_COLUMNS = ("När", "Handling", "Var")
PAGE_PLATFORMS = {"slack": "Slack", "teams": "Teams", "web": "webbsidan", "cli": "kommandoraden"}
PAGE_KEPT = "Hur länge"
PAGE_EXPORT = "Allt som en fil"
PAGE_EXPORT_BUTTON = "Ladda ner allt som fil (JSON)"


# Sentences are neutral markup: formatting one escapes the text from people put into it.
mark_module(globals())
