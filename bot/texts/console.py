"""What the terminal says around a form it asks field by field (`samverkansbot console`)."""

from bot.markup import mark_module

FORM_START = "{title} (Enter behåller det som står inom hakparentes; /avbryt avbryter)"
CHOOSE_NUMBER = "välj med numret"
CHOOSE_NUMBERS = "välj ett eller flera nummer, med komma emellan"
ENTER_KEEPS = "Enter: {value}"
ENTER_SKIPS = "Enter hoppar över"
REQUIRED = "Det här behöver fyllas i. Skriv ett svar, eller /avbryt."
BAD_CHOICE = "Välj med ett nummer från 1 till {count}, eller /avbryt."
BAD_TIME = "Skriv tiden som 13.00, eller /avbryt."
BAD_DATE = "Skriv datumet som 31 augusti eller 2026-08-31, eller /avbryt."
TOO_LONG = "Högst {limit} tecken (det här är {length}). Korta texten, eller /avbryt."
CANCELLED = "Avbrutet. Ingenting skickades."
NO_SUCH_BUTTON = (
    "Jag hittade ingen knapp som heter ”{label}” i svaren här. Knappar just nu: {labels}."
)
NO_BUTTONS = "Det finns inga knappar att trycka på än."


# Sentences are neutral markup: formatting one escapes the text from people put into it.
mark_module(globals())
