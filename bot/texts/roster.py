"""Why a roster file is refused: one sentence per problem, with the line number beside it."""

NOT_YAML = "filen är inte giltig YAML"
NO_ALIASES = (
    "skriv ut varje värde; en deltagarlista får inte hänvisa till andra värden med * (YAML-alias)"
)
NO_GROUPS = "filen måste börja med 'groups:' och en lista av grupper"
GROUP_SHAPE = "varje grupp måste ha name, slug och members"
GROUP_NO_NAME = "gruppen saknar namn (name)"
GROUP_NO_SLUG = "gruppen saknar kortnamn (slug)"
BAD_SLUG = "kortnamnet '{slug}' får bara ha bokstäver, siffror och bindestreck"
DUPLICATE_SLUG = "kortnamnet '{slug}' finns i flera grupper"
BAD_ALIASES = "aliases måste vara en lista av namn"
BAD_WORKSPACE = (
    "workspace '{workspace}' ser inte ut som ett Slack-id för en arbetsyta (till exempel T0123ABCD)"
)
BAD_REMINDERS = "reminders måste vara en lista av dagar före mötet, till exempel [7, 1]"
MEMBER_SHAPE = "varje deltagare måste ha minst name"
MEMBER_NO_NAME = "deltagaren saknar namn (name)"
MEMBER_TWICE = "{name} står flera gånger i {group}"
UNKNOWN_SUBSTITUTE = "ersättaren {name} finns inte med i gruppen {group}"
UNKNOWN_ROLE = "okänd roll '{role}' (tillåtna: {allowed})"
BAD_EMAIL = "e-postadressen '{email}' ser inte giltig ut"
