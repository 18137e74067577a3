"""Sentences of the kallelse that reminds a group of its next meeting."""

KALLELSE = "Kallelse: {group} har möte {when}."
KALLELSE_SOON = "Påminnelse: {group} har möte snart, {when}."
ABSENCE_BUTTON = "Anmäl förhinder"
