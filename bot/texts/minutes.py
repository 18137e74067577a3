"""Sentences about reading, ingesting and publishing minutes."""

from bot.markup import mark_module
from bot.texts import decisions

NO_DATE = (
    "{file}: jag hittade inget mötesdatum i dokumentet. Ange datumet, till exempel "
    "`--date 2024-10-29`. Ingenting sparades från den filen."
)
NOT_MINUTES = "{file}: {reason} Ingenting sparades från den filen."
MEETING_NOT_HELD_YET = (
    "Mötesdatumet är {when}, och det har inte varit än: protokoll finns bara från hållna möten. "
    "Kontrollera datumet."
)
UNCHANGED = "{file}: redan inläst ({when}, {groups}). Ingenting ändrades."
INGESTED = (
    "{file}: {when}, {groups}. {decisions} beslut, {deadlines} sista dagar för synpunkter"
    "{next}."
)
NEXT_MEETING = ", nästa möte {when}"
PUBLISHED = " Publicerat."
# Another version of minutes already stored (ojusterade, then justerade): never stored twice.
EARLIER_VERSION = (
    "Mötet {when} ({groups}) har redan ett protokoll med i stort sett samma beslut: {file}. "
    "Jag sparar dem inte en gång till, så att varje beslut bara finns en gång."
)
# A published set of minutes cannot be corrected in the bot: who can change it in the database
# is named, and who published it (she knows what the group agreed to change).
EARLIER_VERSION_PUBLISHED = (
    "Det publicerade protokollet gäller tills en ny version ersätter det. Den nya versionen "
    "granskas och publiceras på webbsidan (Granska på webben), där den ersätter den "
    "publicerade; det kan gruppens sekreterare och ordförande göra: {secretaries}."
)
EARLIER_VERSION_PUBLISHED_BY = " Protokollet skickades in av {name}."
EARLIER_VERSION_NOBODY = "gruppens sekreterare"
EARLIER_VERSION_DRAFT = (
    "Det är inläst men inte publicerat (utkast {id}): ska det här gälla i stället, kasta det "
    "först, med Kasta protokollet på granskningssidan, Kasta i förhandsvisningen eller "
    "`samverkansbot minutes discard {id}`."
)
SUMMARY_BAD = "{bad} av {total} filer kunde inte läsas in."
# The command line prints these as they are (CLI_…): file names and ids, no markup.
CLI_STORED_AS_DRAFT = (
    " Sparat som utkast, inte publicerat: publicera med `samverkansbot minutes publish {id}`, "
    "eller kasta med `samverkansbot minutes discard {id}`."
)
CLI_PUBLISHED_NOW = "{file}: redan inläst ({when}, {groups}), nu publicerat."
CLI_LIST_HEADER = "id	status	mötesdatum	grupper	fil	beslut"
CLI_LIST_EMPTY = "Inga protokoll är inlästa. Läs in ett med `samverkansbot ingest FIL`."
CLI_STATUS = {"draft": "utkast", "published": "publicerat", "discarded": "kastat"}
CLI_NO_SUCH_MINUTES = (
    "Det finns inget inläst protokoll med nummer {id}. Se `samverkansbot minutes list`."
)
# `samverkansbot parse`: what the reader found, for a person at a terminal.
CLI_PARSE_GROUPS = "Grupper: {groups}"
CLI_PARSE_DATE = "Datum: {day}"
CLI_PARSE_TIME = "Tid: {time}"
CLI_PARSE_PLACE = "Plats: {place}"
CLI_PARSE_PRESENT = "Närvarande ({count}): {names}"
CLI_PARSE_ABSENT = "Frånvarande ({count}): {names}"
CLI_PARSE_SUBSTITUTE = "Ersättare: {substitute} för {replaces}"
CLI_PARSE_SUBSTITUTE_FOR_NOBODY = "Ersättare: {substitute} (protokollet säger inte för vem)"
CLI_PARSE_AGENDA = "Dagordning ({count}):"
CLI_PARSE_DECISIONS = "Beslut ({count}):"
CLI_PARSE_APPROVES = "      Bifaller: {approves}"
CLI_PARSE_CONTEXT = "      Bakgrund: {context}"
CLI_PARSE_DEADLINE = "Sista dag: {day} – {what} (till {to})"
CLI_PARSE_NEXT = "Nästa möte: {when}"
CLI_PARSE_WARNING = "Varning: {warning}"
CLI_PARSE_NONE = "–"
# `samverkansbot minutes corrections`: the reader's mistakes as secretaries corrected them.
CLI_CORRECTIONS_NONE = "Inga inlästa protokoll{since}: inget att räkna."
CLI_CORRECTIONS_HEAD = (
    "{drafts} inlästa protokoll{since} ({published} publicerade, resten under granskning; "
    "kastade räknas inte). Sekreteraren rättade något av det boten läste i {corrected} av dem."
)
CLI_CORRECTIONS_SINCE = " sedan {day}"
CLI_CORRECTIONS_TABLE = "fält\tprotokoll\trättelser\ttillagda rader\tborttagna rader\tdokument"
CLI_CORRECTIONS_CLEAN = "Inga rättelser: allt boten läste publicerades som det var."
CORRECTION_FIELDS = {
    "group": "Grupp (vald vid uppladdning eller föreslagen av boten)",
    "date": "Datum", "start": "Starttid", "end": "Sluttid", "place": "Plats",
    "present": "Närvarande", "absent": "Frånvarande", "substitutes": "Ersättare",
    "agenda": "Dagordning", "decision.item": "Beslut: punkt", "decision.text": "Beslut: text",
    "decision.keep": "Beslut: borttaget", "decision.new.item": "Beslut: tillagt, punkt",
    "decision.new.text": "Beslut: tillagt, text", "deadline.date": "Sista dag: datum",
    "deadline.what": "Sista dag: vad", "deadline.keep": "Sista dag: borttagen",
    "next.date": "Nästa möte: datum", "next.start": "Nästa möte: starttid",
    "next.end": "Nästa möte: sluttid", "next.place": "Nästa möte: plats",
}
CLI_MINUTES_PUBLISHED = "Protokoll {id} ({file}) är publicerat; besluten gick ut till {groups}."
CLI_MINUTES_PUBLISHED_QUIETLY = (
    "Protokoll {id} ({file}) är publicerat. Ingen av grupperna har en kanal, så inget "
    "meddelande gick ut."
)
CLI_MINUTES_ALREADY = "Protokoll {id} ({file}) var redan publicerat. Ingenting skickades igen."
CLI_MINUTES_DISCARDED = (
    "Protokoll {id} ({file}) är kastat: {decisions} beslut och {proposals} sista dagar för "
    "synpunkter togs bort. Filen kan läsas in igen."
)
CLI_MINUTES_NOT_DISCARDED = (
    "Protokoll {id} ({file}) är redan publicerat och kan inte kastas härifrån."
)

# --- in Slack -------------------------------------------------------------------------------
UPLOAD_READ = "Jag har läst *{file}*: {when}, {groups}."
UPLOAD_FACTS = "{decisions} beslut, {deadlines} sista dagar för synpunkter{next}."
UPLOAD_WARNINGS = "Osäkert: {warnings}"
NO_DECISIONS_READ = (
    "Jag hittade inga beslut i protokollet. Fattade mötet beslut, så lägg till dem på "
    "webbsidan innan du publicerar; annars går protokollet ut utan beslut."
)
PREVIEW_DECISION = "*{item}*\n{text}"
PUBLISH_BUTTON = "Publicera"
PUBLISH_QUIETLY_BUTTON = "Publicera utan meddelande"
OLD_MEETING_IN_SLACK = (
    "Mötet hölls för mer än ett år sedan. Laddar du in äldre protokoll till arkivet, välj "
    "Publicera utan meddelande: besluten går att fråga om men meddelas inte i kanalen."
)
PUBLISHED_QUIETLY_IN_SLACK = (
    "Klart. Besluten från {when} är publicerade utan meddelande i kanalen. De går att fråga om."
)
DISCARD_BUTTON = "Kasta"
REVIEW_BUTTON = "Granska på webben"
PUBLISHED_IN_SLACK = "Klart. Besluten från {when} är publicerade i {channels}."
# Minnesanteckningar with no decision (or none left after the review): no "besluten" to speak of.
PUBLISHED_NONE_IN_SLACK = (
    "Klart. Protokollet från {when} är publicerat i {channels}, utan beslut. Kanalen får veta "
    "var det finns."
)
PUBLISHED_NONE_QUIETLY_IN_SLACK = (
    "Klart. Protokollet från {when} är publicerat utan beslut och utan meddelande i kanalen."
)
ALREADY_PUBLISHED = "Protokollet är redan publicerat. Ingenting skickades igen."
SAME_FILE_PUBLISHED = (
    "Det här protokollet är redan publicerat: mötet {when} ({groups}), publicerat {published}. "
    "Besluten går att fråga om, och ingenting skickas igen."
)
DISCARDED = "Klart. Jag har kastat protokollet; ingenting sparades eller publicerades."
ONLY_SECRETARIES_PUBLISH = (
    "Bara sekreterare och ordförande i {group} kan publicera protokoll. Kontakta {contact}."
)
PUBLISH_IN_BUTTON = "Publicera i {group}"
PUBLISH_QUIETLY_IN_BUTTON = "Publicera utan meddelande i {group}"
CHOOSE_GROUP = (
    "Protokollet gäller ”{name}”, som inte finns i deltagarlistan. Välj gruppen det ska "
    "publiceras i; ingen ny grupp skapas."
)
CHOOSE_GROUP_NO_NAME = (
    "Jag hittade inget gruppnamn i protokollet. Välj gruppen det ska publiceras i."
)
WILL_PUBLISH_IN = "Publiceras i {groups}."
LEFT_OUT = (
    "Protokollet nämner också {groups}, men där är du inte sekreterare eller ordförande, så "
    "det publiceras inte där. Gruppens sekreterare kan publicera det själv."
)
NOT_YOUR_GROUPS = (
    "Protokollet gäller {groups}, och där är du inte sekreterare eller ordförande, så jag "
    "publicerar det inte. Kontakta {contact}."
)
UPLOAD_FAILED = "Jag kunde inte hämta filen från Slack. Försök igen om en stund."
NO_DATE_IN_SLACK = (
    "Jag hittade inget mötesdatum i *{file}*, så jag har inte sparat något. Tryck på Granska "
    "på webben och fyll i datumet där, så kan du publicera."
)

# --- the announcement -----------------------------------------------------------------------
ANNOUNCE_TITLE = "Nya beslut från {groups} {when}"
ANNOUNCE_ITEM = "*{item}*\n{text}"
ANNOUNCE_PROPOSAL = decisions.DECISION_PROPOSAL
ANNOUNCE_POINT = "• {text}"  # one of an item's several decisions
ANNOUNCE_MORE = "*Ytterligare {count} beslut*, under de här punkterna:"
ANNOUNCE_MORE_ITEM = "• {item}"
ANNOUNCE_MORE_ITEMS = "• {item} ({count} beslut)"
ANNOUNCE_MORE_COUNTED = "… och {count} punkter till."
ANNOUNCE_ASK = "Fråga mig om en punkt, så får du besluten i sin helhet, till exempel `{example}`."
ANNOUNCE_ASK_BARE = (
    "Fråga mig om en punkt med `/beslut` och några ord ur rubriken, så får du besluten i sin "
    "helhet."
)
ANNOUNCE_SOURCE = decisions.DECISION_SOURCE
# Said of what the secretary published, not of the meeting: the reader may have missed some.
ANNOUNCE_NONE = (
    "Protokollet från mötet {when} ({groups}) är publicerat. Det innehåller inga beslut."
)
FOLLOW_NOTICE = "Ett nytt beslut om något du bevakar: {groups} {when}, punkten ”{item}”."
PROPOSED_CLI = (
    "\n  Föreslagen remiss {id}: ”{title}”. "
    "Öppna den med `samverkansbot consultation confirm {id}`."
)


# Sentences are neutral markup: formatting one escapes the text from people put into it.
mark_module(globals())
