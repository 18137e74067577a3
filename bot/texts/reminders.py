"""Sentences of the kallelse that reminds a group of its next meeting."""

from bot.markup import mark_module

KALLELSE = "Kallelse: {group} har möte {when}."
KALLELSE_SOON = "Påminnelse: {group} har möte snart, {when}."
ABSENCE_BUTTON = "Anmäl förhinder"


# Sentences are neutral markup: formatting one escapes the text from people put into it.
mark_module(globals())
