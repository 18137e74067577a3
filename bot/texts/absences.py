"""Sentences about förhinder, ersättare and attendance."""

from bot import texts as general
from bot.markup import mark_module

REPORTED = "Klart. Du har anmält förhinder till {when} ({group})."
REPORTED_PART = "Klart. Du har anmält förhinder till en del av mötet {when} ({group}): {part}."
PART_ITEMS = "punkterna {items}"
PART_SPAN = "kl. {start}–{end}"
PART_FROM = "från kl. {at}"
PART_TO = "till kl. {at}"
PART_ENDS_BEFORE_START = (
    "Borta kl. {start}–{end} går inte: tiden du är borta måste sluta efter att den börjar. "
    "Ingenting är sparat. Skriv till exempel ”mellan 14.00 och 15.00”."
)
PART_OUTSIDE_MEETING = (
    "Mötet är {hours}, så {part} är utanför mötet. Ingenting är sparat. Skriv en tid under "
    "mötet, eller anmäl förhinder utan tid för hela mötet."
)
PART_NOT_UNDERSTOOD = (
    "Jag förstod inte tiden i ”{phrase}”, så ingenting är sparat. Skriv till exempel "
    "”mellan 14.00 och 15.00”, ”från kl. 14” eller ”till kl. 14.30”."
)
FORM_TITLE = "Anmäl förhinder"
FORM_SUBMIT = "Anmäl"
FORM_MEETING = "Möte"
FORM_CHOOSE_MEETING = "Välj ett möte."
FORM_SUBSTITUTE = "Ersättare"
FORM_USUAL_SUBSTITUTE = "Min ordinarie ersättare"
FORM_NO_SUBSTITUTE = "Ingen ersättare"
FORM_PART_FROM = "Borta från (om du bara missar en del)"
FORM_PART_TO = "Borta till"
FORM_PART_ITEMS = "Eller: punkterna du missar"
# The menu holds 100 items (Slack's limit); what does not fit is said in the form.
FORM_ITEMS_CUT = (
    "Listan rymmer {limit} punkter, så punkt {first}–{last} på mötet {day} finns inte med. "
    "Missar du någon av dem, skriv tiden du är borta ovan."
)
FORM_ITEMS_LEFT_OUT = (
    "Listan rymmer {limit} punkter, så punkterna för {meetings} finns inte med. "
    "Missar du någon av dem, välj mötet ovan och skriv tiden du är borta."
)
FORM_ITEMS_MEETING = "mötet {days}"
FORM_ITEMS_MEETINGS = "mötena {days}"
FORM_MESSAGE = "Meddelande till ersättaren"
SUBSTITUTE_CALLED = "{name} är kallad som ersättare."
SUBSTITUTE_NOT_IN_GROUP = (
    "{name} är kallad som ersättare. {name} är inte ersättare i gruppen, så sekreteraren får veta."
)
NO_SUBSTITUTE_CHOSEN = "Ingen ersättare är kallad."
NO_USUAL_SUBSTITUTE = (
    "Du har ingen ordinarie ersättare i gruppen, så ingen är kallad. "
    "Vill du kalla någon, skriv till exempel `/anmäl-förhinder {day} ersättare @Namn`."
)
SUBSTITUTE_UNREACHABLE = (
    "Jag når inte {name} i chatten, så sekreteraren kontaktar {name} direkt."
)
ALREADY_REPORTED = (
    "Du har redan anmält förhinder till {when} ({group}). Ingenting ändrades."
)
ALREADY_REPORTED_PART = (
    "Du har redan anmält förhinder till en del av mötet {when} ({group}): {part}. "
    "Ingenting ändrades."
)
STANDS_CALLED = "{name} är kallad som ersättare."
STANDS_CONFIRMED = "{name} kommer som ersättare."
HOW_TO_NARROW = (
    "Förhindret gäller hela mötet. Kan du vara med en del av det, ta tillbaka förhindret och "
    "anmäl sedan bara den del du missar."
)
HOW_TO_WIDEN = (
    "Missar du mer, anmäl förhinder igen med hela tiden du är borta, eller utan tid för hela "
    "mötet."
)
HOW_TO_CHANGE_SUBSTITUTE = (
    "Vill du ha en annan ersättare, ta tillbaka förhindret och anmäl det sedan igen med den "
    "ersättare du vill ha."
)
# Reported again for more of the meeting ("kan inte komma alls" after "kl. 13–14").
WIDENED_WHOLE = "Klart. Ditt förhinder till {when} ({group}) gäller nu hela mötet, inte bara {old}."
WIDENED_PART = "Klart. Ditt förhinder till {when} ({group}) gäller nu {part}, inte bara {old}."
SUBSTITUTE_TOLD_WIDENED = "{name} är kallad som ersättare och får veta det."
WITHDRAW_BUTTON = "Ta tillbaka förhindret"
WITHDRAWN = "Klart. Ditt förhinder till {when} ({group}) är borttaget. Välkommen på mötet!"
WITHDRAWN_SUBSTITUTE_TOLD = "{name} får veta att ersättaren inte behövs."
NO_ABSENCE_TO_TAKE_BACK = (
    "Du har inget förhinder anmält till något kommande möte{day}, så det finns inget att ta "
    "tillbaka. Ingenting ändrades."
)
WHICH_TO_TAKE_BACK = "Du har anmält förhinder till flera möten. Vilket förhinder tar du tillbaka?"
TAKE_BACK_BUTTON = "Ta tillbaka {when} ({group})"
NOTHING_TO_WITHDRAW = "Det finns inget förhinder att ta tillbaka för det mötet."
NOT_A_MEMBER = (
    "Du är inte med i {group}, så du kan inte anmäla förhinder till gruppens möten. "
    "Kontakta {contact} om du borde vara med."
)
NOT_A_MEMBER_ANYWHERE = (
    "Du är inte med i någon grupp, så det finns inget möte att anmäla förhinder till. "
    "Be sekreteraren i din grupp att lägga till dig."
)
ALREADY_STARTED = (
    "Mötet {when} ({group}) har redan börjat, så förhinder kan inte anmälas längre. "
    "Kontakta {contact} direkt."
)
ALREADY_HELD = "Mötet {when} ({groups}) har redan varit, så förhinder kan inte anmälas till det."
DATE_NOT_UNDERSTOOD = "Jag förstod inte vilket möte du menar med ”{phrase}”."
NO_DATE_GIVEN = "Jag förstod att du har förhinder, men inte till vilket möte."
NO_SUCH_DAY = "{month} har inte {day} dagar, så jag vet inte vilket möte du menar med ”{phrase}”."
NO_MEETING_ON = general.NO_MEETING_ON
NEXT_MEETINGS = general.NEXT_MEETINGS_ARE
NO_MEETINGS_AT_ALL = general.NO_UPCOMING
EXAMPLE = "Skriv till exempel `/anmäl-förhinder {day}`."
WHICH_MEETING = "Du har flera möten {day}. Vilket gäller förhindret?"
IN_WEEK = "vecka {week}"
WEEK_CHOICE = "{day}: {groups}"  # a button when the week asked about has several meetings
SUBSTITUTE_NOT_FOUND = (
    "Jag hittade ingen som heter ”{name}” i {group}, så ingenting är sparat. "
    "Skriv hela namnet, eller `ersättare @Namn` i Slack."
)
# The ersättare chosen in the form is no longer in the roster (or the choice was forged).
SUBSTITUTE_GONE = (
    "Den ersättare du valde finns inte längre i {group}, så ingenting är sparat. "
    "Skriv `/anmäl-förhinder` igen och välj en ersättare i listan."
)
SUBSTITUTE_AMBIGUOUS = (
    "Flera i {group} heter ”{name}”: {names}. Skriv hela namnet, så ingenting blir fel."
)
SUBSTITUTE_IS_YOU = "Du kan inte vara din egen ersättare. Ingenting är sparat."
SUBSTITUTE_SOMEONE = "Den du nämnde"
YOUR_ORGANISATION = "din organisation"
SUBSTITUTE_NOT_IN_ROSTER = (
    "{name} finns inte i deltagarlistan, så jag kallar ingen och har inte sparat något. "
    "En ersättare ska finnas i deltagarlistan för {organisation}.{suggestions} Ska någon ny "
    "läggas till, kontakta {contact}."
)
SUBSTITUTE_OTHER_ORGANISATION = (
    "{name} är inte från {organisation}, så {name} kan inte gå i ditt ställe; ingenting är "
    "sparat.{suggestions} Kontakta {contact} om något är fel i deltagarlistan."
)
SUBSTITUTE_SUGGESTIONS = " Från din organisation finns {names}."
SUBSTITUTE_ABSENT = (
    "{name} har själv anmält förhinder till mötet, så {name} kan inte gå i ditt ställe. "
    "Ingenting är sparat. Välj någon annan, eller skriv `ingen ersättare`."
)
SUBSTITUTE_DOUBLE = (
    "{name} är redan kallad som ersättare för {other} till samma möte. Vill du kalla {name} "
    "ändå? Ingenting är sparat ännu."
)
SUBSTITUTE_DOUBLE_NO_MESSAGE = (
    "Ditt meddelande är för långt för att följa med knappen, så skicka det till {name} själv."
)
SUBSTITUTE_DOUBLE_YES = "Kalla {name} ändå"
SUBSTITUTE_DOUBLE_NO = "Anmäl utan ersättare"

# --- the ersättare ------------------------------------------------------------------------
CALL = "Hej {name}! {absent} har förhinder till {when} ({group}), och du är kallad som ersättare."
CALL_MESSAGE = "Meddelande från {absent}: ”{message}”"
CALL_PART = "{absent} missar bara en del av mötet: {part}."
CALL_WIDENED_WHOLE = (
    "Hej {name}! {absent} missar nu hela mötet {when} ({group}), inte bara {old}, och du är "
    "fortfarande kallad som ersättare."
)
CALL_WIDENED_PART = (
    "Hej {name}! {absent} missar nu en större del av mötet {when} ({group}): {part}, inte bara "
    "{old}. Du är fortfarande kallad som ersättare."
)
CALL_WIDENED_CONFIRMED = (
    "Du har redan tackat ja. Kan du inte vara med hela den tiden, kontakta {contact}."
)
CALL_ACCEPT = "Jag kommer"
CALL_DECLINE = "Jag kan inte"
WHICH_CALL = "Du är kallad som ersättare till flera möten. Vilket gäller ditt svar?"
CALL_CHOICE = "{answer}: {absent}, {when}"
CALL_ACCEPTED = "Tack! Du är anmäld som ersättare för {absent} {when}."
CALL_DECLINED = "Tack för beskedet. Jag frågar någon annan."
CALL_ALREADY_ANSWERED = "Du har redan svarat på den här kallelsen. Ingenting ändrades."
CONFIRMED_CANNOT_COME = (
    "Du har lovat att gå som ersättare för {absent} {when}. Kan du inte längre, kontakta "
    "{contact}, så ordnar sekreteraren någon annan. Ingenting ändrades."
)
CALL_NOT_NEEDED_ANY_MORE = "Den här kallelsen gäller inte längre. Ingenting ändrades."
CALL_RELEASED_IN_WORDS = (
    "{absent} kan komma till mötet {when} ändå, så du behöver inte gå som ersättare. "
    "Ingenting ändrades."
)
RELEASED = (
    "Hej {name}! {absent} kan komma till mötet {when} ({group}) ändå, "
    "så du behöver inte gå som ersättare. Tack för att du ställde upp."
)
REMINDER = (
    "Påminnelse: du är kallad som ersättare för {absent} {when} ({group}). "
    "Svara gärna om du kan komma."
)

# --- the secretary ------------------------------------------------------------------------
SEC_REPORTED = "{absent} ({organisation}) har anmält förhinder till {when} ({group})."
SEC_CALLED = "{name} är kallad som ersättare."
SEC_CALLED_OUTSIDER = "{name} är kallad som ersättare men är inte ersättare i gruppen."
SEC_UNREACHABLE = "Jag når inte {name} i chatten: kontakta {name} direkt."
SEC_NO_SUBSTITUTE = "Ingen ersättare är kallad."
SEC_WIDENED_WHOLE = (
    "Förhindret som {absent} har anmält till {when} ({group}) gäller nu hela mötet, inte bara "
    "{old}."
)
SEC_WIDENED_PART = (
    "Förhindret som {absent} har anmält till {when} ({group}) gäller nu {part}, inte bara {old}."
)
SEC_WITHDRAWN = "{absent} har tagit tillbaka sitt förhinder till {when} ({group})."
SEC_CONFIRMED = "{name} kommer som ersättare för {absent} {when} ({group})."
SEC_DECLINED = "{name} kan inte komma som ersättare för {absent} {when} ({group})."
SEC_EXPIRED = "{name} har inte svarat på kallelsen som ersättare för {absent} {when} ({group})."
SEC_NEXT_CALLED = "Jag har kallat {name} i stället."
SEC_UNREPRESENTED = "{organisation} blir inte representerad på mötet, om ingen annan hör av sig."
SEC_DIGEST = "Förändringar i närvaron sedan i går:"

# --- /närvaro -----------------------------------------------------------------------------
ATTENDANCE_TITLE = "Närvaro {when} ({group})"
ATTENDANCE_COMES = "kommer"
ATTENDANCE_ABSENT = "förhinder"
ATTENDANCE_ABSENT_PART = "kommer en del av mötet, förhinder {part}"
ATTENDANCE_SUBSTITUTE = "ersättare för {absent}"
# A held meeting: attendance as its minutes say.
ATTENDANCE_WAS_THERE = "närvarande"
ATTENDANCE_WAS_ABSENT = "frånvarande"
ATTENDANCE_HELD_SUMMARY = "Enligt protokollet: {present} närvarande, {absent} frånvarande."
ATTENDANCE_PARTICIPANT = "deltagare"
ATTENDANCE_HELD_NO_MINUTES = (
    "Mötet har redan varit, men inget protokoll med närvaro är inläst. Så här var det anmält "
    "före mötet:"
)
EXPORT_STATUS_WAS_ABSENT = "frånvarande"
CALL_STATES = {
    "called": "kallad, inte svarat",
    "confirmed": "kommer",
    "declined": "kan inte",
    "expired": "svarade inte",
    "released": "behövs inte",
    "minutes": "enligt protokollet",
}
ATTENDANCE_ROW = "{name} ({role}): {status}"
ATTENDANCE_ROW_SUBSTITUTE = "{name}: {label}, {state}"
ATTENDANCE_MISSING = "Organisationer som saknas: {orgs}."
ATTENDANCE_NONE_MISSING = "Alla organisationer är representerade."
ATTENDANCE_WARNING = (
    "Obs! Bara {coming} av {members} ledamöter och ordförande kommer, och det är för få för att "
    "mötet ska kunna fatta beslut."
)
# Ledamöter counted apart from the ordförande, as the rows show their roles; one who comes for
# part of the meeting comes, and is said to.
ATTENDANCE_SUMMARY = "Ledamöter: {coming} av {members} kommer{how}, {absent} har förhinder."
ATTENDANCE_SUMMARY_PAST = (
    "Ledamöter: {coming} av {members} skulle komma{how}, {absent} hade förhinder.")
ATTENDANCE_HOW = " ({parts})"
ATTENDANCE_HOW_PART = "{count} en del av mötet"
ATTENDANCE_HOW_SUBSTITUTES = "{count} genom ersättare"
ATTENDANCE_CHAIR = {
    "present": "Ordförande {name} kommer.",
    "part": "Ordförande {name} kommer en del av mötet.",
    "absent": "Ordförande {name} har förhinder.",
    "substitute": "Ordförande {name} har förhinder, och ersättaren kommer.",
}
ATTENDANCE_CHAIR_PAST = {
    "present": "Ordförande {name} skulle komma.",
    "part": "Ordförande {name} skulle komma en del av mötet.",
    "absent": "Ordförande {name} hade förhinder.",
    "substitute": "Ordförande {name} hade förhinder, och ersättaren skulle komma.",
}
ATTENDANCE_EXPORT_BUTTON = "Närvarolista för protokollet"
ATTENDANCE_ONLY_STAFF = (
    "Närvaroöversikten är till för gruppens sekreterare, ordförande och tjänstepersoner. "
    "Vill du veta vilka som kommer, fråga sekreteraren."
)
EXPORT_HEADER = ("Namn", "Organisation", "Roll", "Status")
EXPORT_STATUS_PRESENT = "närvarande"
EXPORT_STATUS_ABSENT = "förhinder"
EXPORT_STATUS_SUBSTITUTE = "ersättare för {absent}"

# --- the web page: Närvaro, and förhinder on Mina möten --------------------------------------
PAGE_TITLE = "Närvaro {day}"
PAGE_HELD_MEETINGS = "Hållna möten"
PAGE_NO_HELD = "Dina grupper har inga hållna möten här än."
PAGE_BY_THE_MINUTES = "(enligt protokollet)"
PAGE_WARNING = (
    "Varning: bara {coming} av {members} ledamöter och ordförande kommer. Gruppen kan ha svårt "
    "att fatta beslut."
)
PAGE_MISSING_HELD = "Organisationer som saknades: {orgs}."
PAGE_NONE_MISSING_HELD = "Alla organisationer var representerade."
PAGE_PAST_SUMMARY = (
    "Protokollet från mötet är inte inläst, så här står vad som anmäldes före mötet. {summary}"
)
PAGE_COLUMNS = ("Namn", "Roll", "Status")
PAGE_DOWNLOAD_CSV = "Ladda ner som CSV (Excel)"
PAGE_DOWNLOAD_MD = "Ladda ner som Markdown"
PAGE_REPORTED = "Du har anmält förhinder."
PAGE_SUBSTITUTE_CALLED = "{name} är kallad som ersättare ({state})."
PAGE_PART = "Bara en del av mötet? (frivilligt)"
PAGE_PART_FROM = "Borta från, klockan"
PAGE_PART_TO = "Borta till, klockan"
PAGE_MESSAGE = "Meddelande till ersättaren (frivilligt)"

# "Vem är min ersättare?"
YOUR_SUBSTITUTE = "Din ordinarie ersättare i {group} är {name}."
NO_SUBSTITUTE_IN_ROSTER = (
    "Du har ingen ordinarie ersättare i {group}. När du anmäler förhinder kan du kalla någon från "
    "din organisation; vill du ha en ordinarie ersättare, be {contact} föra in den."
)
YOU_STAND_IN_FOR = "Du är ordinarie ersättare för {names} i {group}."
# "Vem går i mitt ställe?" after a förhinder: the call of that meeting, not the roster's answer.
STANDING_IN_CONFIRMED = "{name} går i ditt ställe {when} ({group}) och har tackat ja."
STANDING_IN_CALLED = (
    "{name} är kallad att gå i ditt ställe {when} ({group}) men har inte svarat ännu."
)
STANDING_IN_NOBODY = "Ingen går i ditt ställe {when} ({group})."
STANDING_IN_DECLINED = "Ingen går i ditt ställe {when} ({group}): {names} kan inte."
STANDING_IN_ASK = "Kontakta {contact} om någon annan ska kallas."
STANDING_IN_FOR_NOBODY = "Du är inte ordinarie ersättare för någon i {groups}."
STANDING_IN_NOTHING = (
    "Du har ingen ordinarie ersättare och är inte ersättare för någon i dina grupper."
)


# Sentences are neutral markup: formatting one escapes the text from people put into it.
mark_module(globals())
