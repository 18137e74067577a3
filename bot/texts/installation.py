"""What the person who installs the bot in a Slack workspace reads, on the pages of the
install flow (shown there as plain text) and on the command line."""

from bot.markup import mark_module

INSTALLED_TITLE = "Samverkansboten är installerad"
INSTALLED = (
    "Klart. Samverkansboten är installerad i {team}. Bjud in boten till gruppernas kanaler och be "
    "administratören skriva arbetsytans id, {team_id}, vid grupperna i deltagarlistan "
    "(workspace: {team_id}), så ser varje arbetsyta bara sina egna grupper. Du kan stänga det här "
    "fönstret."
)
FAILED_TITLE = "Installationen blev inte av"
FAILED = (
    "Installationen av Samverkansboten kunde inte slutföras, och ingenting har sparats. Börja "
    "om från installationslänken; länken gäller i tio minuter och i samma webbläsare."
)
CANCELLED = (
    "Du avbröt installationen, så Samverkansboten är inte installerad. Börja om från "
    "installationslänken om du ändrar dig."
)

# --- samverkansbot slack … ----------------------------------------------------------------------
CLI_NO_INSTALLATIONS = "Boten är inte installerad i någon arbetsyta genom /slack/install."
CLI_INSTALLATION = "{team_id}\t{team_name}\tinstallerad {installed}\t{groups} grupper"
CLI_REKEYED = "Klart. {count} token är krypterade med den första nyckeln i SAMVERKANSBOT_TOKEN_KEY."
CLI_NO_KEY = (
    "SAMVERKANSBOT_TOKEN_KEY saknas: med SLACK_CLIENT_ID och SLACK_CLIENT_SECRET men utan "
    "SLACK_BOT_TOKEN installeras boten i flera arbetsytor, och deras token sparas krypterade "
    "med den nyckeln. Boten startar inte. Skapa en nyckel med `python -c \"from "
    "cryptography.fernet import Fernet; print(Fernet.generate_key().decode())\"` och lägg den "
    "i miljön."
)
CLI_BAD_KEY = (
    "SAMVERKANSBOT_TOKEN_KEY är ingen giltig Fernet-nyckel (32 byte i url-säker base64, 44 "
    "tecken). Boten startar inte: kontrollera att hela nyckeln kom med."
)
CLI_WRONG_KEY = (
    "SAMVERKANSBOT_TOKEN_KEY öppnar inte de {count} token som är sparade i databasen: de "
    "krypterades med en annan nyckel. Boten startar inte. Sätt tillbaka den gamla nyckeln (först "
    "eller efter den nya, kommaseparerat), eller installera om boten i arbetsytorna."
)


# Sentences are neutral markup: formatting one escapes the text from people put into it.
mark_module(globals())
