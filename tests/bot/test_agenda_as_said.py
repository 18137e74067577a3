"""/dagordning as people write it: a group by what it is about ('barn och unga') or its kind
('samverkansgruppen'), which was 'Jag förstod inte vilket datum du menar med ”barn och unga”';
and a week by its number ('v. 36', 'vad står på dagordningen vecka 39?'), with a date or a
group beside it.

The demo: Johanna Viberg's groups meet Monday 31 August (week 36) and Friday 25 September
(week 39); the clock stands on Monday 24 August 2026."""

from __future__ import annotations

import pytest

from tests.bot.test_absences import say


@pytest.mark.parametrize("command, text, meeting", [
    ("dagordning", "v. 36", "måndag 31 augusti 2026 kl. 13.00–15.00"),
    ("dagordning", "vecka 36", "måndag 31 augusti 2026 kl. 13.00–15.00"),
    ("dagordning", "v39", "fredag 25 september 2026 kl. 13.00–16.00"),
    (None, "vad står på dagordningen vecka 39?", "fredag 25 september 2026 kl. 13.00–16.00"),
])
def test_a_week_by_its_number_shows_that_weeks_meetings(loaded, clock, command, text, meeting):
    reply = say(loaded, clock, text, command=command).plain_text()
    assert meeting in reply
    assert "förstod inte" not in reply


def test_a_week_without_a_meeting_is_named_and_the_next_meetings_offered(loaded, clock):
    reply = say(loaded, clock, "v. 37", command="dagordning").plain_text()
    assert reply.startswith("Jag hittade inget möte vecka 37 i ")
    assert "Nästa möten: måndag 31 augusti, fredag 25 september" in reply


@pytest.mark.parametrize("text", ["barn och unga", "Barn och unga 31 augusti",
                                  "samverkansgruppen", "samverkansgruppen 31.8"])
def test_the_agenda_of_a_group_named_as_people_say_it(loaded, clock, text):
    # Before: "Jag förstod inte vilket datum du menar med ”barn och unga”."
    reply = say(loaded, clock, text, command="dagordning").plain_text()
    assert reply.startswith("Samverkansgrupp Barn och unga: måndag 31 augusti 2026")
