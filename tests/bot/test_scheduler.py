"""The worker's jobs: kallelse before meetings, ersättare follow-up, the secretary's digest."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import select

from bot import commands
from bot.clock import FixedClock
from bot.context import Context
from bot.replies import Request
from bot.scheduler import Schedule, jobs, meeting_reminders, secretary_digests, unanswered_calls
from storage import directory
from storage.engine import unit_of_work
from storage.models import Membership, OutboxMessage, SubstituteCall

JOHANNA, MARCUS, DANIEL, SBU = "U0JOHANNA", "U0MARCUSB", "U0DANIELB", "C0SBU0001"


def at(*args) -> datetime:
    return FixedClock(datetime(*args)).now()


def run(engine, job, moment, schedule=None):
    with unit_of_work(engine) as session:
        job(session, moment, schedule or Schedule())


def keys(engine, prefix):
    with unit_of_work(engine) as session:
        return [m.key for m in session.exec(select(OutboxMessage).order_by(OutboxMessage.id))
                if m.key.startswith(prefix)]


def payload(engine, key):
    with unit_of_work(engine) as session:
        row = session.exec(select(OutboxMessage).where(OutboxMessage.key == key)).one()
        reply = row.payload["reply"]
        return row.recipient, "\n".join([reply["text"], *(s["text"] for s in reply["sections"])]), \
            reply["buttons"]


def report(engine, when, text="31 augusti", user=JOHANNA):
    request = Request("slack", user, text, "anmäl-förhinder", now=when)
    with unit_of_work(engine) as session:
        return commands.handle(Context(session, FixedClock(when)), request)


def test_the_kallelse_comes_seven_days_and_one_day_before_once_each(loaded):
    for moment in (at(2026, 8, 24, 13, 0), at(2026, 8, 24, 13, 5)):  # twice: no double
        run(loaded, meeting_reminders, moment)
    sbu = [k for k in keys(loaded, "reminder:") if k.endswith(":7d:1")]
    assert len(sbu) == 1
    recipient, text, buttons = payload(loaded, sbu[0])
    assert recipient == SBU
    assert text.startswith("Kallelse: Samverkansgrupp Barn och unga har möte måndag 31 augusti "
                           "2026 kl. 13.00–15.00.")
    assert "Plats: Sothönan" in text and "2. SAMS – kartläggning av aktuella behov" in text
    assert [b["label"] for b in buttons] == ["Anmäl förhinder"]
    report(loaded, at(2026, 8, 25, 9, 0))
    run(loaded, meeting_reminders, at(2026, 8, 30, 14, 0))
    one_day = [k for k in keys(loaded, "reminder:") if ":1d:" in k and k.endswith(":1")]
    assert len(one_day) == 1
    assert "Förhinder hittills: Johanna Viberg." in payload(loaded, one_day[0])[1]
    # The ersättare who has not answered gets one reminder, however often the job runs.
    run(loaded, meeting_reminders, at(2026, 8, 30, 15, 0))
    assert len([k for k in keys(loaded, "absence:") if k.endswith(":reminder")]) == 1


def test_the_absence_button_opens_the_form_for_that_meeting(loaded):
    run(loaded, meeting_reminders, at(2026, 8, 24, 13, 0))
    key = next(k for k in keys(loaded, "reminder:") if k.endswith(":7d:1"))
    button = payload(loaded, key)[2][0]
    request = Request("slack", JOHANNA, channel_id=SBU, is_dm=False, now=at(2026, 8, 24, 14, 0))
    with unit_of_work(loaded) as session:
        reply = commands.handle_action(Context(session, FixedClock(datetime(2026, 8, 24, 14))),
                                       request, button["action"], button["value"])
    assert reply.form.callback == "absence.new"
    meeting_field = reply.form.fields[0]
    assert meeting_field.initial == button["value"]


def test_reminder_days_can_be_set_per_group(loaded):
    with unit_of_work(loaded) as session:
        directory.group_by_slug(session, "sbu").reminder_days = [3]
    run(loaded, meeting_reminders, at(2026, 8, 24, 13, 0))
    assert not [k for k in keys(loaded, "reminder:") if k.endswith(":1")]
    run(loaded, meeting_reminders, at(2026, 8, 28, 13, 0))
    assert [k.split(":")[2] for k in keys(loaded, "reminder:") if k.endswith(":1")] == ["3d"]


def test_an_unanswered_call_moves_on_two_days_before_the_meeting(loaded):
    report(loaded, at(2026, 8, 24, 9, 0))
    run(loaded, unanswered_calls, at(2026, 8, 29, 12, 0))  # 49 hours before: still waiting
    with unit_of_work(loaded) as session:
        assert session.exec(select(SubstituteCall)).one().state == "called"
    run(loaded, unanswered_calls, at(2026, 8, 29, 13, 30))
    with unit_of_work(loaded) as session:
        assert session.exec(select(SubstituteCall)).one().state == "expired"
    (key,) = [k for k in keys(loaded, "secretary:") if ":expired" in k]
    text = payload(loaded, key)[1]
    assert "Marcus Boljang har inte svarat på kallelsen" in text
    assert "Örebro kommun blir inte representerad" in text


def test_a_secretary_who_chose_the_digest_gets_one_message_in_the_morning(loaded):
    with unit_of_work(loaded) as session:
        for membership in session.exec(select(Membership).where(Membership.role == "secretary")):
            membership.digest = True
    report(loaded, at(2026, 8, 24, 9, 0))
    assert [k for k in keys(loaded, "secretary:")] == []  # no DM for the change itself
    run(loaded, secretary_digests, at(2026, 8, 25, 6, 59))
    assert keys(loaded, "digest:") == []
    for _ in range(2):
        run(loaded, secretary_digests, at(2026, 8, 25, 7, 5))
    (key,) = keys(loaded, "digest:")
    recipient, text, _ = payload(loaded, key)
    assert recipient == DANIEL
    assert "Johanna Viberg (Örebro kommun) har anmält förhinder till måndag 31 augusti" in text


def test_all_jobs_run_together_without_error(loaded):
    with unit_of_work(loaded) as session:
        for job in jobs():
            job(session, at(2026, 8, 30, 14, 0))


def test_an_owner_who_chose_the_digest_gets_synpunkter_once_a_morning(loaded):
    from bot.consultations import service as consultations
    from bot.scheduler import owner_digests
    from storage.models import Consultation

    with unit_of_work(loaded) as session:
        for membership in session.exec(select(Membership).where(Membership.role == "secretary")):
            membership.digest = True
        consultation = session.exec(select(Consultation)).first()  # owned by Daniel
        assert consultations.owner_wants_digest(session, consultation)
    request = Request("slack", JOHANNA, "riktlinjer: Vi tillstyrker.", "synpunkt",
                      now=at(2026, 8, 24, 10, 0))
    with unit_of_work(loaded) as session:
        reply = commands.handle(Context(session, FixedClock(datetime(2026, 8, 24, 10))), request)
    assert reply.text.startswith("Tack!")
    assert keys(loaded, "comment:") == []  # no DM per synpunkt
    for _ in range(2):
        run(loaded, owner_digests, at(2026, 8, 25, 7, 30))
    (key,) = keys(loaded, "owner-digest:")
    recipient, text, _ = payload(loaded, key)
    assert recipient == DANIEL
    assert "”Riktlinjer för barnhälsoteam och fristående förskolor”: Johanna Viberg " \
           "(Örebro kommun), version 1" in text


def test_the_kallelse_comes_at_the_meetings_hour_across_the_change_to_winter_time(loaded):
    """Thursday 29 October 13.00, four days after summer time ends: the kallelse a week before
    is due Thursday 22 October at 13.00 (summer time), not an hour later, as seven days of
    24 hours in UTC made it."""
    from datetime import date, time

    from bot.meetings import service as meetings

    with unit_of_work(loaded) as session:
        sbu = directory.group_by_slug(session, "sbu")
        meeting, _ = meetings.add_meeting(session, meetings.MeetingInput(
            sbu, date(2026, 10, 29), time(13, 0), time(15, 0), "Sothönan"))
        meeting_id = meeting.id
    week_before = f"reminder:{meeting_id}:7d:"
    run(loaded, meeting_reminders, at(2026, 10, 22, 12, 59))
    assert not [k for k in keys(loaded, week_before)]
    run(loaded, meeting_reminders, at(2026, 10, 22, 13, 0))
    assert len(keys(loaded, week_before)) == 1
