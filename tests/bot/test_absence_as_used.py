"""Förhinder as found wanting in use: a first name shared with the member, and the secretary's
overview of a förhinder for part of the meeting.

The demo's next meeting of Samverkansgrupp Barn och unga is Monday 31 August 13.00–15.00;
Johanna Viberg is a ledamot there, Daniel Berglund the secretary."""

from __future__ import annotations

from bot.absences.overview import export
from storage.engine import unit_of_work
from storage.models import Absence, Group, Meeting, SubstituteCall
from tests.bot.test_absences import DANIEL, SBU, rows, say


def test_a_first_name_the_member_shares_means_someone_else(large_county, clock):
    """Anna Andersson writes 'ersättare Anna': not herself ('Du kan inte vara din egen
    ersättare' before), but one of the other Annas, whose full name she is asked for."""
    anna = large_county.member
    assert anna.name == "Anna Andersson"
    reply = say(large_county.engine, clock, "3 september ersättare Anna", user=anna.slack_id)
    assert reply.text.startswith(f"Flera i {large_county.group_name} heter ”Anna”: ")
    assert "Anna Andersson" not in reply.text and "egen ersättare" not in reply.text
    assert rows(large_county.engine, Absence) == rows(large_county.engine, SubstituteCall) == []


def test_her_own_full_name_is_still_herself(large_county, clock):
    anna = large_county.member
    reply = say(large_county.engine, clock, "3 september ersättare Anna Andersson",
                user=anna.slack_id)
    assert reply.text == "Du kan inte vara din egen ersättare. Ingenting är sparat."


def test_the_secretary_sees_which_part_a_member_misses(loaded, clock):
    say(loaded, clock, "31 augusti kl 13-14")
    overview = say(loaded, clock, "", user=DANIEL, channel=SBU, command="närvaro").plain_text()
    assert "Johanna Viberg (ledamot): förhinder en del av mötet, kl. 13.00–14.00" in overview
    (absence,) = rows(loaded, Absence)
    with unit_of_work(loaded) as session:
        table = export(session, session.get(Meeting, absence.meeting_id),
                       session.get(Group, absence.group_id), "csv")
    assert "Johanna Viberg;Örebro kommun;ledamot;förhinder en del av mötet, kl. 13.00–14.00" \
        in table


def test_a_whole_meeting_forhinder_reads_as_before(loaded, clock):
    say(loaded, clock, "31 augusti")
    overview = say(loaded, clock, "", user=DANIEL, channel=SBU, command="närvaro").plain_text()
    assert "Johanna Viberg (ledamot): förhinder\n" in overview + "\n"
