"""Förhinder as members write them: what is stored, who is told, what is refused."""

from __future__ import annotations

import threading
from datetime import datetime

import pytest
from sqlmodel import select

from bot import commands
from bot.clock import FixedClock
from bot.context import Context
from bot.replies import Button, Request
from storage import directory
from storage.engine import unit_of_work
from storage.models import (
    Absence,
    Meeting,
    Membership,
    OutboxMessage,
    Person,
    SubstituteCall,
)

JOHANNA, MARCUS, DANIEL = "U0JOHANNA", "U0MARCUSB", "U0DANIELB"
SBU = "C0SBU0001"


def say(engine, clock, text, user=JOHANNA, channel=None, command="anmäl-förhinder"):
    request = Request("slack", user, text, command, channel_id=channel or f"D{user}",
                      is_dm=channel is None, now=clock.now())
    with unit_of_work(engine) as session:
        return commands.handle(Context(session, clock), request)


def press(engine, clock, reply_or_button, user=JOHANNA, label=None):
    button = reply_or_button
    if label is not None:
        button = next(b for b in reply_or_button.buttons if b.label == label)
    request = Request("slack", user, now=clock.now())
    with unit_of_work(engine) as session:
        return commands.handle_action(Context(session, clock), request, button.action,
                                      button.value)


def rows(engine, model):
    with unit_of_work(engine) as session:
        return list(session.exec(select(model)).all())


def outbox_to(engine, slack_id):
    return [m for m in rows(engine, OutboxMessage) if m.recipient == slack_id]


def payload_text(message) -> str:
    reply = message.payload["reply"]
    parts = [reply["text"]] + [s["text"] for s in reply["sections"]]
    return "\n".join(parts + [b["label"] for b in reply["buttons"]])


def test_a_member_reports_absence_and_the_usual_ersattare_is_called(loaded, clock):
    reply = say(loaded, clock, "31 augusti")
    assert reply.text == (
        "Klart. Du har anmält förhinder till måndag 31 augusti 2026 kl. 13.00–15.00 "
        "(Samverkansgrupp Barn och unga). Marcus Boljang är kallad som ersättare."
    )
    assert [b.label for b in reply.buttons] == ["Ta tillbaka förhindret"]
    (absence,) = rows(loaded, Absence)
    (call,) = rows(loaded, SubstituteCall)
    assert call.state == "called" and absence.substitute_id == call.person_id
    (notice,) = outbox_to(loaded, MARCUS)
    text = payload_text(notice)
    assert "Johanna Viberg har förhinder till måndag 31 augusti 2026 kl. 13.00–15.00" in text
    assert "2. SAMS – kartläggning av aktuella behov" in text  # the agenda is handed over
    assert "Jag kommer" in text and "Jag kan inte" in text
    (secretary,) = outbox_to(loaded, DANIEL)
    assert "Johanna Viberg (Örebro kommun) har anmält förhinder" in payload_text(secretary)


def test_reporting_the_same_absence_twice_changes_nothing(loaded, clock):
    say(loaded, clock, "31 augusti")
    before = len(rows(loaded, OutboxMessage))
    reply = say(loaded, clock, "den 31/8")
    assert reply.text.startswith("Du har redan anmält förhinder till måndag 31 augusti 2026")
    assert "Ingenting ändrades." in reply.text
    assert len(rows(loaded, Absence)) == 1
    assert len(rows(loaded, OutboxMessage)) == before


@pytest.mark.parametrize(
    ("text", "substitute"),
    [
        ("nästa möte", "Marcus Boljang"),
        ("på måndag", "Marcus Boljang"),
        ("om en vecka", "Marcus Boljang"),
        ("måndag vecka 36", "Marcus Boljang"),  # "måndag" alone is 31 August too: see below
        ("mån v. 36", "Marcus Boljang"),
        ("2026-08-31 ingen ersättare", None),
        ("31 augusti ersättare <@U0ERIKSJO|erik>", "Erik Sjöberg"),
        ("31 aug ersättare Jessica Ekerbring", "Jessica Ekerbring"),
    ],
)
def test_one_line_forms_as_people_write_them(loaded, clock, text, substitute):
    reply = say(loaded, clock, text)
    assert reply.text.startswith("Klart. Du har anmält förhinder till måndag 31 augusti 2026")
    calls = rows(loaded, SubstituteCall)
    with unit_of_work(loaded) as session:
        named = [session.get(Person, c.person_id).name for c in calls]
    assert named == ([substitute] if substitute else [])


def test_free_text_in_a_dm(loaded, clock):
    reply = say(loaded, clock, "jag kan inte komma på måndag, Marcus går i mitt ställe",
                command=None)
    assert reply.text.startswith("Klart. Du har anmält förhinder till måndag 31 augusti 2026")
    assert "Marcus Boljang är kallad som ersättare." in reply.text


def test_someone_of_the_organisation_outside_the_group_can_be_named_and_the_secretary_is_told(
        loaded, clock):
    # Erik Sjöberg is Örebro kommun's ersättare in another group (svoo).
    reply = say(loaded, clock, "31 augusti ersättare <@U0ERIKSJO|Erik>")
    assert "Erik Sjöberg är kallad som ersättare. Erik Sjöberg är inte ersättare i gruppen" \
        in reply.text
    (secretary,) = outbox_to(loaded, DANIEL)
    assert "Erik Sjöberg är kallad som ersättare men är inte ersättare i gruppen." in \
        payload_text(secretary)
    assert len(outbox_to(loaded, "U0ERIKSJO")) == 1


def test_a_slack_user_outside_the_roster_is_never_called(loaded, clock):
    people = len(rows(loaded, Person))
    reply = say(loaded, clock, "31 augusti ersättare <@U0NEWPERS|Nina Ny>")
    assert reply.refused and reply.text.startswith(
        "Nina Ny finns inte i deltagarlistan, så jag kallar ingen och har inte sparat något.")
    assert "Från din organisation finns Erik Sjöberg, Jessica Ekerbring" in reply.text
    assert "kontakta Daniel Berglund" in reply.text
    assert len(rows(loaded, Person)) == people  # nobody is added to the roster by a mention
    assert rows(loaded, Absence) == [] and rows(loaded, OutboxMessage) == []


@pytest.mark.parametrize("named", ["ersättare Camilla Wass", "ersättare <@U0ANNABUR|anna>"])
def test_someone_of_another_organisation_is_not_called(loaded, clock, named):
    reply = say(loaded, clock, f"31 augusti {named}")
    assert reply.refused
    assert "är inte från Örebro kommun, så" in reply.text and "ingenting är sparat" in reply.text
    assert rows(loaded, Absence) == [] and rows(loaded, OutboxMessage) == []


def test_a_forged_person_in_the_form_is_not_called(loaded, clock):
    with unit_of_work(loaded) as session:
        camilla = session.exec(select(Person).where(Person.slack_id == "U0CAMILLA")).one().id
        meeting = session.exec(select(Meeting)).first().id
        request = Request("slack", JOHANNA, now=clock.now())
        reply = commands.handle_form(Context(session, clock), request, "absence.new", "",
                                     {"meeting": str(meeting), "substitute": f"person:{camilla}"})
    assert reply.refused and "Camilla Wass är inte från Örebro kommun" in reply.text
    assert rows(loaded, Absence) == []


def test_the_form_offers_only_people_who_may_come(loaded, clock):
    reply = say(loaded, clock, "", channel=SBU)
    (field,) = [f for f in reply.form.fields if f.name == "substitute"]
    offered = [label for _, label in field.options]
    assert "Marcus Boljang (Samverkansgrupp Barn och unga)" in offered
    assert not any("Camilla Wass" in label or "Madelene" in label for label in offered)


def test_an_ersattare_already_called_for_the_meeting_is_not_double_booked_unasked(loaded, clock):
    with unit_of_work(loaded) as session:  # a second member from Örebro kommun in the group
        jessica = session.exec(select(Person).where(Person.slack_id == "U0JESSICA")).one()
        sbu = directory.group_by_slug(session, "sbu")
        session.add(Membership(group_id=sbu.id, person_id=jessica.id, role="member",
                               organisation="Örebro kommun"))
    say(loaded, clock, "31 augusti ersättare Erik Sjöberg")
    before = len(rows(loaded, OutboxMessage))
    reply = say(loaded, clock, "31 augusti ersättare Erik Sjöberg", user="U0JESSICA")
    assert reply.text == ("Erik Sjöberg är redan kallad som ersättare för Johanna Viberg till "
                          "samma möte. Vill du kalla Erik Sjöberg ändå? Ingenting är sparat ännu.")
    assert [b.label for b in reply.buttons] == ["Kalla Erik ändå", "Anmäl utan ersättare"]
    assert len(rows(loaded, Absence)) == 1 and len(rows(loaded, OutboxMessage)) == before
    answered = press(loaded, clock, reply, user="U0JESSICA", label="Kalla Erik ändå")
    assert "Erik Sjöberg är kallad som ersättare." in answered.text
    assert len(rows(loaded, SubstituteCall)) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("snart kanske", "Jag förstod inte vilket möte du menar med ”snart kanske”."),
        ("5 september", "Jag hittade inget möte den 5 september i"),
        ("31 augusti ersättare Olle Okänd", "Jag hittade ingen som heter ”Olle Okänd”"),
    ],
)
def test_bad_input_is_answered_and_nothing_is_stored(loaded, clock, text, expected):
    reply = say(loaded, clock, text)
    assert expected in reply.text
    if "Olle" not in text:
        assert "Nästa möten: måndag 31 augusti, fredag 25 september" in reply.text
        assert "`/anmäl-förhinder 31 augusti`" in reply.text
    assert rows(loaded, Absence) == [] and rows(loaded, OutboxMessage) == []


def test_a_non_member_is_refused_in_the_groups_channel(loaded, clock):
    reply = say(loaded, clock, "31 augusti", user="U0JESSICA", channel=SBU)  # svoo only
    assert reply.text.startswith("Du är inte med i Samverkansgrupp Barn och unga")
    assert "Daniel Berglund" in reply.text
    assert rows(loaded, Absence) == []


def test_a_meeting_that_has_started_is_refused(loaded):
    during = FixedClock(datetime(2026, 8, 31, 13, 30))
    reply = say(loaded, during, "idag")
    assert reply.text.startswith("Mötet måndag 31 augusti 2026 kl. 13.00–15.00")
    assert "har redan börjat" in reply.text
    assert rows(loaded, Absence) == []


def test_withdrawing_tells_the_ersattare_they_are_not_needed(loaded, clock):
    reply = press(loaded, clock, say(loaded, clock, "31 augusti"), label="Ta tillbaka förhindret")
    assert "är borttaget" in reply.text and "Marcus Boljang får veta" in reply.text
    (call,) = rows(loaded, SubstituteCall)
    assert call.state == "released"
    notices = outbox_to(loaded, MARCUS)
    assert len(notices) == 2
    assert "behöver inte gå som ersättare" in payload_text(notices[-1])
    again = say(loaded, clock, "31 augusti")  # and it can be reported again
    assert again.text.startswith("Klart.")
    assert len(outbox_to(loaded, MARCUS)) == 3


def test_the_ersattare_confirms_and_the_secretary_is_told(loaded, clock):
    say(loaded, clock, "31 augusti")
    (notice,) = outbox_to(loaded, MARCUS)
    accept = next(b for b in notice.payload["reply"]["buttons"] if b["label"] == "Jag kommer")
    from bot.replies import Button

    reply = press(loaded, clock, Button(**accept), user=MARCUS)
    assert reply.text.startswith("Tack! Du är anmäld som ersättare för Johanna Viberg")
    again = press(loaded, clock, Button(**accept), user=MARCUS)
    assert "redan svarat" in again.text
    texts = [payload_text(m) for m in outbox_to(loaded, DANIEL)]
    assert any("Marcus Boljang kommer som ersättare för Johanna Viberg" in t for t in texts)


def test_jag_kan_inte_moves_on_or_says_the_organisation_is_missing(loaded, clock):
    say(loaded, clock, "31 augusti")
    (notice,) = outbox_to(loaded, MARCUS)
    decline = next(b for b in notice.payload["reply"]["buttons"] if b["label"] == "Jag kan inte")
    from bot.replies import Button

    reply = press(loaded, clock, Button(**decline), user=MARCUS)
    assert reply.text == "Tack för beskedet. Jag frågar någon annan."
    texts = [payload_text(m) for m in outbox_to(loaded, DANIEL)]
    assert any("Marcus Boljang kan inte komma" in t and "Örebro kommun blir inte representerad"
               in t for t in texts)


def test_two_requests_at_once_leave_one_absence_and_one_notice(loaded, clock):
    results = []

    def report():
        results.append(say(loaded, clock, "31 augusti").text)

    threads = [threading.Thread(target=report) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(text.startswith("Klart.") for text in results) == 1
    assert len(rows(loaded, Absence)) == 1
    assert len(outbox_to(loaded, MARCUS)) == 1


def test_narvaro_shows_organisations_and_warns_when_few_come(loaded, clock):
    say(loaded, clock, "31 augusti")
    reply = say(loaded, clock, "", user=DANIEL, channel=SBU, command="närvaro")
    text = reply.plain_text()
    assert reply.text == (
        "Närvaro måndag 31 augusti 2026 kl. 13.00–15.00 (Samverkansgrupp Barn och unga)"
    )
    assert "Johanna Viberg (ledamot): förhinder" in text
    assert "Marcus Boljang: ersättare för Johanna Viberg, kallad, inte svarat" in text
    assert "Obs!" not in text
    for user in ("U0CAMILLA", "U0ANNABUR", "U0MONICAS", "U0KATARIN", "U0IDABROM"):
        say(loaded, clock, "31 augusti ingen ersättare", user=user)
    text = say(loaded, clock, "", user=DANIEL, channel=SBU, command="närvaro").plain_text()
    assert "Obs! Bara" in text
    member = say(loaded, clock, "", user=JOHANNA, channel=SBU, command="narvaro")
    assert "till för gruppens sekreterare" in member.text


def test_narvaro_refused_in_a_dm_names_the_group_of_the_next_meeting(loaded, clock):
    # Johanna is in Samverkansgrupp Barn och unga and in a chefsgrupp, whose name sorts first;
    # her next meeting is Barn och unga's on 31 August, so that is the overview she asked about.
    member = say(loaded, clock, "", user=JOHANNA, channel=None, command="närvaro")
    assert member.text.startswith("Närvaroöversikten i Samverkansgrupp Barn och unga är till för")


def test_attendance_export_lists_every_member_and_the_ersattare(loaded, clock):
    from bot.absences.overview import export
    from storage import directory
    from storage import meetings as store

    say(loaded, clock, "31 augusti")
    with unit_of_work(loaded) as session:
        group = directory.group_by_slug(session, "sbu")
        meeting = store.upcoming(session, [group.id], clock.now().date())[0]
        csv_text = export(session, meeting, group, "csv")
    lines = csv_text.splitlines()
    assert lines[0] == "\ufeffNamn;Organisation;Roll;Status"
    assert "Johanna Viberg;Örebro kommun;ledamot;förhinder" in lines
    assert "Marcus Boljang;Örebro kommun;ersättare;ersättare för Johanna Viberg (kallad, inte " \
        "svarat)" in lines
    assert "Camilla Wass;Region Örebro län;ledamot;närvarande" in lines


def test_the_next_ersattare_called_by_the_bot_is_never_double_booked(loaded, clock):
    with unit_of_work(loaded) as session:  # Örebro kommun: Jessica a member, Erik an ersättare
        sbu = directory.group_by_slug(session, "sbu")
        people = {p.slack_id: p for p in session.exec(select(Person)).all()}
        session.add(Membership(group_id=sbu.id, person_id=people["U0JESSICA"].id,
                               role="member", organisation="Örebro kommun"))
        session.add(Membership(group_id=sbu.id, person_id=people["U0ERIKSJO"].id,
                               role="substitute", organisation="Örebro kommun"))
        erik = people["U0ERIKSJO"].id
    say(loaded, clock, "31 augusti ersättare Erik Sjöberg", user="U0JESSICA")
    reply = say(loaded, clock, "31 augusti")  # Johanna: Marcus, her usual one, is called
    assert "Marcus Boljang är kallad som ersättare." in reply.text
    (call,) = [c for c in rows(loaded, SubstituteCall) if c.person_id != erik]
    press(loaded, clock, Button("Jag kan inte", "absence.decline", str(call.id)), user=MARCUS)
    assert len([c for c in rows(loaded, SubstituteCall) if c.person_id == erik]) == 1
    (told,) = [m for m in outbox_to(loaded, DANIEL) if "kan inte komma som ersättare" in
               payload_text(m)]
    assert "Örebro kommun blir inte representerad på mötet" in payload_text(told)


def test_a_weekday_of_a_later_week_is_that_weeks_not_the_next_one(loaded, clock):
    """Monday 24 August is in week 35: 'måndag vecka 43' is 19 October, not 31 August."""
    reply = say(loaded, clock, "måndag vecka 43")
    assert reply.text.startswith("Klart. Du har anmält förhinder till måndag 19 oktober 2026")
