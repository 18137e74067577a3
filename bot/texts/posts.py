"""Sentences naming who is in a group and who holds its posts, from the roster."""

from bot.markup import mark_module

GROUP_POSTS = "*{group}*: {posts}."
POST = "{post} {names}"
CHAIR = "ordförande"
SECRETARY = "sekreterare"
PERSON = "{name} ({organisation})"
NO_POSTS = (
    "*{group}* har ingen ordförande eller sekreterare i deltagarlistan. Den som sköter boten kan "
    "lägga till dem."
)
SUBSTITUTE = "ersättare"
OFFICIAL = "tjänsteperson"
MEMBERS_TITLE = "Enligt deltagarlistan"
MEMBERS_OF = "*{group}* ({count})"
ORGANISATION_LINE = "• {organisation}: {names}"
NO_ORGANISATION = "Utan organisation"
NAME_WITH_ROLE = "{name} ({role})"
NOBODY_FROM = "Ingen i {groups} är från ”{organisation}” enligt deltagarlistan."

mark_module(globals())
