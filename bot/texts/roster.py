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
SHARED_ID = "{platform}-id {id} står både på {name} och på {other}; varje person har sitt eget"
ID_TAKEN = "{platform}-id {id} hör redan till {other} i boten, inte till {name}; rätta id:t"

# --- a group's member list from Excel (CSV); each said after "rad N: " ------------------------
CSV_EMPTY = "filen är tom"
CSV_TOO_MANY = "listan har fler än {limit} rader; dela upp den"
CSV_NO_NAME_COLUMN = (
    "första raden ska namnge kolumnerna, med minst Namn, till exempel "
    "Namn;Organisation;Roll;E-post;Ersättare för"
)
CSV_UNKNOWN_COLUMNS = (
    "okända kolumner {columns}; de som läses är Namn, Organisation, Roll, E-post, Ersättare för, "
    "Slack-id och Teams-id"
)
CSV_NO_MEMBERS = "listan har inga deltagare under rubrikraden"
CSV_NO_NAME = "namnet saknas"
CSV_UNKNOWN_ROLE = "{name} har rollen ”{role}”, som jag inte känner till (skriv någon av {allowed})"
CSV_BAD_EMAIL = "e-postadressen ”{email}” för {name} ser inte giltig ut"
CSV_TWICE = "{name} står redan på rad {row}"
CSV_UNKNOWN_TARGET = "{name} är ersättare för {target}, som inte finns med i listan"
CSV_OWN_SUBSTITUTE = "{name} kan inte vara ersättare för sig själv"
CSV_SECOND_SUBSTITUTE = (
    "{name} är ersättare för {target}, som redan har {first} som ersättare; en ledamot har en "
    "ordinarie ersättare"
)
