"""Sentences naming who holds a group's posts (ordförande, sekreterare), from the roster."""

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

mark_module(globals())
