"""Sentences about the outbox: dead letters, the worker's pass, `outbox status`."""

from bot.markup import mark_module

DEAD_LETTER_DM = (
    "Jag kunde inte skicka ett meddelande till {where} ({group}) trots {attempts} försök, och "
    "har slutat försöka. Det skulle ha gått ut {when} och började: ”{preview}”. Be den som sköter "
    "boten att titta på det med `samverkansbot outbox status`."
)
WORKER_NO_PLATFORM = (
    "Workern har ingenstans att skicka: SLACK_BOT_TOKEN saknas, och Teams är inte inställt "
    "(MICROSOFT_APP_ID och MICROSOFT_APP_PASSWORD). Se README, avsnittet Konfiguration."
)
WORKER_NO_PLATFORM_IN_SERVE = (
    "Obs: SLACK_BOT_TOKEN saknas och Teams är inte inställt, så inga meddelanden skickas på "
    "eget initiativ (kallelser, påminnelser, ersättare). De väntar i utkorgen tills det är "
    "inställt."
)
WORKER_PASS = "Klart: {sent} skickade, {retried} väntar på ett nytt försök, {dead} gav jag upp."
HEADING = "Utkorgen"
STATE_NAMES = {"pending": "väntar", "sending": "skickas", "sent": "skickade", "dead": "gav upp"}
OLDEST_PENDING = "Äldsta väntande: {due} ({key} till {recipient})"
NO_PENDING = "Inget väntar."
DEAD_HEADING = "Gav upp ({count}):"
DEAD_COLUMNS = "nyckel\tmottagare\tförsök\tplanerat\tsenaste fel"
REQUEUED = "”{key}” ligger i kön igen."
NOT_DEAD = "Det finns inget uppgivet meddelande med nyckeln ”{key}”."
TEAMS_CHANNEL_OF = "Teams-kanalen för {group}"
TEAMS_SOMEONE = "en mottagare i Teams"
SLACK_CHANNEL_OF = "Slack-kanalen för {group}"
SLACK_SOMEONE = "{id} i Slack"


# Sentences are neutral markup: formatting one escapes the text from people put into it.
mark_module(globals())
