"""Förhinder as found wanting in use: a first name shared with the member, and the secretary's
overview of a förhinder for part of the meeting, and an ersättare called anyway from the form.

The demo's next meeting of Samverkansgrupp Barn och unga is Monday 31 August 13.00–15.00;
Johanna Viberg is a ledamot there, Daniel Berglund the secretary."""

from __future__ import annotations

import pytest
from sqlmodel import select

from bot import commands
from bot.absences.overview import export
from bot.context import Context
from bot.replies import Request
from storage import directory
from storage import meetings as store
from storage.engine import unit_of_work
from storage.models import Absence, Group, Meeting, Membership, Person, SubstituteCall
from tests.bot.test_absences import DANIEL, SBU, outbox_to, payload_text, press, rows, say


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
    assert "Johanna Viberg (ledamot): kommer en del av mötet, förhinder kl. 13.00–14.00" in overview
    (absence,) = rows(loaded, Absence)
    with unit_of_work(loaded) as session:
        table = export(session, session.get(Meeting, absence.meeting_id),
                       session.get(Group, absence.group_id), "csv")
    assert ("Johanna Viberg;Örebro kommun;ledamot;kommer en del av mötet, förhinder "
            "kl. 13.00–14.00") in table


def test_a_whole_meeting_forhinder_reads_as_before(loaded, clock):
    say(loaded, clock, "31 augusti")
    overview = say(loaded, clock, "", user=DANIEL, channel=SBU, command="närvaro").plain_text()
    assert "Johanna Viberg (ledamot): förhinder\n" in overview + "\n"


def _jessica_in_sbu(engine) -> None:
    """A second member from Örebro kommun in Barn och unga, so Erik can be called twice."""
    with unit_of_work(engine) as session:
        jessica = session.exec(select(Person).where(Person.slack_id == "U0JESSICA")).one()
        sbu = directory.group_by_slug(session, "sbu")
        session.add(Membership(group_id=sbu.id, person_id=jessica.id, role="member",
                               organisation="Örebro kommun"))


def _form(engine, clock, user, values):
    request = Request("slack", user, now=clock.now())
    with unit_of_work(engine) as session:
        return commands.handle_form(Context(session, clock), request, "absence.new", "", values)


@pytest.mark.parametrize("message", ["Jag skickar underlaget i kväll.", "Läs punkt 3. " * 200])
def test_calling_an_ersattare_anyway_keeps_the_items_and_the_message_of_the_form(
        loaded, clock, message):
    """Before, 'Kalla Erik ändå' stored a förhinder for the whole meeting and dropped the
    message: the button carried only the meeting, the hours and the ersättare."""
    _jessica_in_sbu(loaded)
    say(loaded, clock, "31 augusti ersättare Erik Sjöberg")
    (absence,) = rows(loaded, Absence)
    with unit_of_work(loaded) as session:
        items = store.agenda(session, absence.meeting_id)
        erik = session.exec(select(Person).where(Person.slack_id == "U0ERIKSJO")).one().id
    values = {"meeting": str(absence.meeting_id), "substitute": f"person:{erik}",
              "part_items": f"{absence.meeting_id}:{items[1].id}", "message": message}
    asked = _form(loaded, clock, "U0JESSICA", values)
    assert asked.text.startswith("Erik Sjöberg är redan kallad som ersättare för Johanna")
    assert all(len(b.value) <= 2000 for b in asked.buttons)
    long = len(message) > 1000
    assert ("Ditt meddelande är för långt för att följa med knappen, så skicka det till Erik "
            "själv." in asked.text) == long
    answered = press(loaded, clock, asked, user="U0JESSICA", label="Kalla Erik ändå")
    assert "en del av mötet" in answered.text and f"punkterna ”2. {items[1].title}”" in \
        answered.text
    (jessica,) = [a for a in rows(loaded, Absence) if a.id != absence.id]
    assert jessica.part_items == [f"2. {items[1].title}"]
    call = payload_text(outbox_to(loaded, "U0ERIKSJO")[-1])
    assert ("Meddelande från Jessica" in call) != long
