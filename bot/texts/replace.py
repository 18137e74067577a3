"""Sentences of a new version of published minutes (the justerade over the ojusterade)."""

from bot.markup import mark_module

# What the review page and the chat say of a draft that replaces published minutes.
NEW_VERSION = (
    "Det här är en ny version av protokollet från mötet {when} ({groups}), som {publisher} "
    "publicerade {published}. Publicerar du den ersätter den den publicerade versionen: "
    "besluten, närvaron och dagordningen blir den nya versionens, och gruppens kanal får veta "
    "vad som ändrats."
)
NEW_VERSION_IN_CHAT = (
    "Det här är en ny version av protokollet från mötet {when} ({groups}), publicerat "
    "{published}. Granska den på webben och publicera den där; den ersätter då den "
    "publicerade versionen."
)
SOMEONE = "någon"
DIFF_HEADING = "Skillnader mot den publicerade versionen"
DIFF_HEADING_IN_CHAT = "Skillnader mot den publicerade versionen:"
SAME_AS_PUBLISHED = (
    "Den nya versionen säger samma sak som den publicerade: samma beslut, samma närvaro, "
    "samma datum, tid och plats. Det finns inget att ersätta."
)
SAME_AS_PUBLISHED_REFUSED = (
    "Den nya versionen säger samma sak som den publicerade, så jag ersatte ingenting. "
    "Rätta det som ska ändras och publicera igen."
)
PUBLISH_NEW_VERSION_BUTTON = "Publicera och ersätt den publicerade versionen"
REVIEW_NEW_VERSION_BUTTON = "Granska den nya versionen på webben"

# One line per kind of change, in the page's list and in the channel's message.
DECISION_ADDED = "Nytt beslut, {item}: {text}"
DECISION_REMOVED = "Borttaget beslut, {item}: {text}"
DECISION_CHANGED = "Ändrat beslut, {item}: ”{before}” är nu ”{after}”"
MOVED_TO_PRESENT = "Närvarande, inte frånvarande: {names}"
MOVED_TO_ABSENT = "Frånvarande, inte närvarande: {names}"
NOW_PRESENT = "Närvarande nu: {names}"
NO_LONGER_PRESENT = "Inte längre närvarande: {names}"
NOW_ABSENT = "Frånvarande nu: {names}"
NO_LONGER_ABSENT = "Inte längre frånvarande: {names}"
DATE_CHANGED = "Datum: {before} är nu {after}"
TIME_CHANGED = "Tid: {before} är nu {after}"
PLACE_CHANGED = "Plats: {before} är nu {after}"
NOTHING = "inget"

# The channel's one message, instead of the whole announcement again.
CHANNEL_REPLACED = "Protokollet från mötet {when} är justerat. Ändrat: {changes}."
CHANNEL_REPLACED_MORE = "… och {count} ändringar till."
CHANNEL_SOURCE = "Läs det: {document}"
CHANGE_ONE = {"added": "ett nytt beslut", "removed": "ett borttaget beslut",
              "changed": "ett ändrat beslut"}
CHANGE_COUNTS = {
    "added": "{count} nya beslut", "removed": "{count} borttagna beslut",
    "changed": "{count} ändrade beslut", "attendance": "närvaron",
    "date": "datumet", "time": "tiden", "place": "platsen",
}
FOLLOW_CHANGED = (
    "Ett beslut om något du bevakar har ändrats i det justerade protokollet: {groups} {when}, "
    "punkten ”{item}”."
)

# What the publisher is told.
REPLACED = (
    "Klart. Den nya versionen av protokollet från {when} har ersatt den publicerade. "
    "Ändrat: {changes}."
)
REPLACED_TOLD = " {channels} har fått veta vad som ändrats."

# Refusals.
NOT_YOURS_TO_REPLACE = (
    "Protokollet från mötet {when} ({groups}) är publicerat, och bara gruppens sekreterare "
    "eller ordförande kan publicera en ny version av det. Kontakta {contact}. "
    "Ingenting sparades."
)
REPLACED_MEANWHILE = (
    "Någon hann före: {name} publicerade en ny version av protokollet från {when} medan du "
    "granskade. Ladda upp din version igen om något fortfarande behöver rättas; den jämförs "
    "då med den som gäller nu. Ingenting av din version sparades."
)

OLDER_VERSION = (
    "{file} är en tidigare version av protokollet från mötet {when}. Den har ersatts av "
    "{newer}, publicerad {published}. Ingenting sparades."
)

# The published page of a version that was replaced, and its list of versions.
WAS_REPLACED = (
    "Den version du följde en länk till har ersatts av en nyare. Du ser den version som gäller."
)
VERSIONS_HEADING = "Versioner"
CORRECT_HEADING = "Rätta protokollet"
CORRECT_HINT = (
    "Du granskar och rättar det publicerade protokollet på samma sida som ett uppladdat "
    "protokoll. När du publicerar ersätter den rättade versionen den här, och gruppens kanal "
    "får veta vad som ändrats."
)
CORRECT_BUTTON = "Rätta protokollet"
CORRECTION_STARTED = (
    "Rätta det som blev fel och publicera. Den rättade versionen ersätter den publicerade."
)
NO_FILE_TEXT = (
    "Rättelsen utgår från det publicerade protokollet. Det finns ingen text från en fil att "
    "visa bredvid."
)
VERSION_LINE = "{file}, publicerad {when} av {name}"
VERSION_CURRENT = " (gäller)"

mark_module(globals())
