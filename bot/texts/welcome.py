"""What the bot says when it is added to a Teams chat or channel."""

from bot.markup import mark_module

PERSONAL = (
    "Hej! Jag är Samverkansboten. Jag visar nästa möte och dagordningen, tar emot förhinder "
    "och synpunkter och svarar på vad som beslutats. Skriv till exempel ”när är nästa möte?”."
)
CHANNEL_OF_GROUP = (
    "Hej! Jag är Samverkansboten för {group}. Här i kanalen lägger jag kallelser, påminnelser "
    "och nya beslut. Nämn mig med @ och fråga, till exempel ”när är nästa möte?”."
)
CHANNEL_UNKNOWN = (
    "Hej! Jag är Samverkansboten. Den här kanalen hör inte till någon grupp i deltagarlistan "
    "än. Be den som sköter boten att skriva in kanalens id som `teams_channel: {channel}` "
    "hos gruppen, så lägger jag kallelser och beslut här."
)


# Sentences are neutral markup: formatting one escapes the text from people put into it.
mark_module(globals())
