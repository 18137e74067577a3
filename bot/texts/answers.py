"""Sentences about the answer itself: where it went, and when it could not be given."""

from bot.markup import mark_module

# Teams has no message in a channel that only one person sees: a private answer to a mention
# goes to the person's own chat with the bot, and the thread is told where it went.
ANSWERED_IN_PRIVATE_CHAT = "Jag har svarat dig i vår chatt, så att bara du ser svaret."
NO_PRIVATE_CHAT = (
    "Svaret är bara för dig, och jag kan inte skriva till dig i en egen chatt än. Öppna en "
    "chatt med mig och fråga där, så svarar jag bara dig."
)
# Work after the acknowledgement failed after something was saved: saying "nothing was
# saved" would be untrue, and the person should not do it a second time.
SAVED_BUT_NO_ANSWER = (
    "Något gick fel när jag skulle svara dig, men det du gjorde är sparat. Gör det inte igen; "
    "om något ser fel ut, kontakta den som sköter boten."
)

# Sentences are neutral markup: formatting one escapes the text from people put into it.
mark_module(globals())
