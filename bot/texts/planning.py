"""Sentences of the meeting planning on the web page (Möten)."""

from bot.markup import mark_module

CHOOSE_GROUP = "Välj en grupp där du är sekreterare eller ordförande."
BAD_DATE = "Skriv datumet som 2026-08-31."
BAD_TIME = "Skriv tiden som 13:00."
END_BEFORE_START = "Mötet kan inte sluta innan det börjar."
BAD_REPEAT = "Välj hur ofta mötet återkommer."
BAD_COUNT = "Antalet möten i en serie är 1 till {max}."
BAD_LINK = "Länken ska börja med https://."
NO_TITLE = "Skriv en rubrik för punkten."
BAD_KIND = "Välj information, diskussion eller beslut."
DOCUMENT = "Underlag"
FIX = "Något behöver rättas; se fälten som är markerade. Ingenting sparades."
ADDED_ONE = "Klart. Mötet {when} ({group}) är inlagt."
ADDED_MANY = "Klart. {count} möten i {group} är inlagda, från {first} till {last}."
ALREADY = "{count} av mötena fanns redan och ändrades inte."
NOTHING_ADDED = "Alla mötena fanns redan. Ingenting ändrades."
ITEM_ADDED = "Klart. Punkten ”{title}” är tillagd."
ITEM_EXISTS = "Punkten ”{title}” finns redan på dagordningen. Ingen ny lades till."
ITEM_MOVED = "Klart. Ordningen är ändrad."
ITEM_REMOVED = "Klart. Punkten är borttagen."
ITEM_AT_EDGE = {"up": "Punkten står redan först. Ordningen är oförändrad.",
                "down": "Punkten står redan sist. Ordningen är oförändrad."}

mark_module(globals())
