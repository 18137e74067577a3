"""Sentences of the kallelse that reminds a group of its next meeting."""

KALLELSE = "Kallelse: {group} har möte {when}."
KALLELSE_TOMORROW = "Påminnelse: {group} har möte i morgon, {when}."
ABSENCE_BUTTON = "Anmäl förhinder"
