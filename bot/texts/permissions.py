"""Sentences that say no: why, and who can help. Nothing here describes a group to outsiders."""

from bot import texts as general
from bot.markup import mark_module

# Someone in the roster asks about a group they are not in, in a place that already names it
# (the group's own channel): the group and its secretaries may be named.
NOT_A_MEMBER = (
    "Du är inte med i {group}, så jag visar inte gruppens möten, dagordningar eller remisser "
    "för dig. Kontakta {contact} om du borde vara med."
)
# A button, form or id that points at something outside the person's groups: it is not
# described, not even by name, since the value may be forged.
NOT_YOURS = (
    "Det där hör inte till någon av dina grupper, så jag kan inte visa eller ändra det. "
    "Kontakta sekreteraren i din grupp om du tror att det är fel."
)
# Per right, for someone who is in the group but whose role does not give the right.
REFUSALS = {
    "report_absence": (
        "Som ersättare i {group} anmäler du inte förhinder själv: när du är kallad svarar du "
        "”Jag kan inte” i kallelsen. Kontakta {contact} om något är fel."
    ),
    "comment": (
        "Synpunkter på remisser i {group} lämnas av ledamöter, ordförande och ersättare. "
        "Kontakta {contact} om du vill få med något."
    ),
    "see_attendance": (
        "Närvaroöversikten i {group} är till för gruppens sekreterare, ordförande och "
        "tjänstepersoner. Vill du veta vilka som kommer, fråga {contact}."
    ),
    "plan_meetings": (
        "Bara sekreterare och ordförande kan lägga till möten och punkter i {group}. "
        "Kontakta {contact} om något ska läggas till."
    ),
    "open_consultation": (
        "Bara sekreterare och ordförande kan skapa remisser i {group}. Kontakta {contact} om "
        "en remiss ska ut."
    ),
    "manage_consultations": (
        "Alla synpunkter på en remiss i {group} kan bara remissens ägare och gruppens "
        "sekreterare och ordförande se. Kontakta {contact}."
    ),
    "publish_minutes": (
        "Bara sekreterare och ordförande i {group} kan publicera protokoll. Kontakta {contact}."
    ),
}
NOT_ALLOWED = "Det kan du inte göra i {group}. Kontakta {contact} om du behöver hjälp."
# Nothing in the person's groups that the right applies to (no group named).
NONE_OF_YOUR_GROUPS = {
    "report_absence": (
        "Du är inte ledamot i någon grupp, så det finns inget möte att anmäla förhinder till. "
        "Be sekreteraren i din grupp att lägga till dig."
    ),
    "see_attendance": (
        "Närvaroöversikten är till för gruppens sekreterare, ordförande och tjänstepersoner. "
        "Vill du veta vilka som kommer, fråga sekreteraren."
    ),
    "plan_meetings": (
        "Bara sekreterare och ordförande kan lägga till möten och punkter. Kontakta "
        "sekreteraren i din grupp om något ska läggas till."
    ),
    "open_consultation": (
        "Bara sekreterare och ordförande kan skapa remisser. Kontakta sekreteraren i din grupp."
    ),
    "publish_minutes": (
        "Bara sekreterare och ordförande kan publicera protokoll, och du är inte det i någon "
        "grupp. Skicka protokollet till gruppens sekreterare."
    ),
    "comment": (
        "Synpunkter lämnas av ledamöter, ordförande och ersättare, och du är inte det i någon "
        "grupp. Kontakta sekreteraren i din grupp."
    ),
}
NO_GROUPS = general.NO_GROUPS
NOT_YOUR_ABSENCE = (
    "Det förhindret är inte ditt, så du kan inte ta tillbaka det. Den som anmälde det kan göra "
    "det själv; kontakta annars gruppens sekreterare."
)
NOT_YOUR_CALL = (
    "Den kallelsen gick inte till dig, så du kan inte svara på den. Kontakta gruppens "
    "sekreterare om du tror att det är fel."
)

# A page of the web page that the person's roles do not open: the page, and who may open it
# (written from the permission matrix, bot/roster/matrix.py).
PAGE_REFUSAL = (
    "Sidan {page} är till för {who}. Du har ingen sådan roll. Kontakta sekreteraren i din "
    "grupp om du behöver något härifrån."
)
# Who holds a right, in the plural, as the refusal names them.
HOLDERS = {"member": "ledamöter", "substitute": "ersättare", "official": "tjänstepersoner",
           "secretary": "sekreterare", "chair": "ordförande"}
HOLDERS_IN_GROUP = "{roles} i en grupp"
HOLDER_OWNER = "den som äger en remiss"
HOLDER_ADMIN = "administratörer"

# Sentences are neutral markup: formatting one escapes the text from people put into it.
mark_module(globals())
