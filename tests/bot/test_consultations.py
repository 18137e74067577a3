"""Remisser and synpunkter: before and after the deadline, versions, pings that come once."""

from __future__ import annotations

import csv
import io
from datetime import datetime

import pytest
from sqlmodel import select

from bot import commands
from bot.clock import STOCKHOLM, FixedClock
from bot.consultations import service
from bot.context import Context
from bot.replies import Request
from bot.scheduler import Schedule, deadline_pings
from storage import directory
from storage.engine import unit_of_work
from storage.models import Comment, Consultation, OutboxMessage, Person

JOHANNA, CAMILLA, DANIEL, MONICA = "U0JOHANNA", "U0CAMILLA", "U0DANIELB", "U0MONICAS"
SBU = "C0SBU0001"
DEADLINE = datetime(2026, 9, 4, 23, 59, tzinfo=STOCKHOLM)  # Friday 4 September 2026


@pytest.fixture
def remiss(loaded, clock):
    with unit_of_work(loaded) as session:
        sbu = directory.group_by_slug(session, "sbu")
        owner = session.exec(select(Person).where(Person.slack_id == DANIEL)).one()
        row = service.create(session, "Överenskommelse om familjecentraler", [sbu], owner,
                             DEADLINE, clock.now(), "https://example.se/utkast.pdf")
        return row.id


def say(engine, clock, command, text, user=JOHANNA, channel=None):
    request = Request("slack", user, text, command, channel_id=channel or f"D{user}",
                      is_dm=channel is None, now=clock.now())
    with unit_of_work(engine) as session:
        return commands.handle(Context(session, clock), request)


def messages(engine, prefix=""):
    with unit_of_work(engine) as session:
        return [m for m in session.exec(select(OutboxMessage).order_by(OutboxMessage.id)).all()
                if m.key.startswith(prefix)]


def text_of(message) -> str:
    reply = message.payload["reply"]
    return "\n".join([reply["text"], *(s["text"] for s in reply["sections"])])


def test_remisser_lists_open_ones_with_days_left_and_answer_status(loaded, clock, remiss):
    reply = say(loaded, clock, "remisser", "", channel=SBU)
    text = reply.plain_text()
    assert "\nÖverenskommelse om familjecentraler (Samverkansgrupp Barn och unga)" in text
    assert "*Överenskommelse om familjecentraler* (Samverkansgrupp Barn och unga)" in \
        reply.sections[0].text  # the title is bold wherever the platform can show bold
    assert "Sista dag fredag 4 september 2026, om 11 dagar. Din organisation har inte svarat än." \
        in text
    say(loaded, clock, "synpunkt", "familjecentraler: Vi tillstyrker.")
    assert "Din organisation har svarat." in say(loaded, clock, "remisser", "").plain_text()


def test_a_synpunkt_before_the_deadline_gets_a_receipt_and_the_owner_a_dm(loaded, clock, remiss):
    reply = say(loaded, clock, "synpunkt", "familjecentraler: Vi tillstyrker förslaget.")
    assert reply.text == ("Tack! Din synpunkt på ”Överenskommelse om familjecentraler” är "
                          "mottagen måndag 24 augusti 2026 kl. 09.00 (version 1).")
    assert reply.sections[0].text == "Din text:\n>Vi tillstyrker förslaget."  # quoted
    assert "Din text:\n    Vi tillstyrker förslaget." in reply.plain_text()
    assert [b.label for b in reply.buttons] == ["Ändra", "Dra tillbaka"]
    (owner_dm,) = messages(loaded, "comment:")
    assert owner_dm.recipient == DANIEL
    assert "Johanna Viberg (Örebro kommun), version 1" in text_of(owner_dm)


def test_after_the_deadline_it_is_refused_and_nothing_is_stored(loaded, remiss):
    late = FixedClock(datetime(2026, 9, 5, 0, 1))
    reply = say(loaded, late, "synpunkt", "familjecentraler: För sent?")
    assert reply.text == (
        "Synpunkter på ”Överenskommelse om familjecentraler” stängde fredag 4 september 2026. "
        "Kontakta Daniel Berglund om du vill lämna något i efterhand. Ingenting sparades."
    )
    with unit_of_work(loaded) as session:
        assert session.exec(select(Comment)).all() == []


def test_the_deadline_is_checked_when_the_form_is_submitted(loaded, clock, remiss):
    form = say(loaded, clock, "synpunkt", "").form  # opened in time…
    assert form.callback == "consultation.comment"
    late = FixedClock(datetime(2026, 9, 5, 8, 0))
    request = Request("slack", JOHANNA, now=late.now())
    with unit_of_work(loaded) as session:  # …submitted too late
        reply = commands.handle_form(Context(session, late), request, form.callback, "",
                                     {"consultation": str(remiss), "text": "Sent"})
    assert reply.text.startswith("Synpunkter på ”Överenskommelse om familjecentraler” stängde")


def test_the_edit_button_after_the_deadline_says_it_closed_instead_of_opening_a_form(
        loaded, clock, remiss):
    """The receipt's **Ändra** pressed the morning after: the form opened with her text, she
    rewrote it, and only on sending was she told the remiss had closed."""
    say(loaded, clock, "synpunkt", "familjecentraler: Första tanken.")
    late = FixedClock(datetime(2026, 9, 5, 8, 0))
    request = Request("slack", JOHANNA, now=late.now())
    with unit_of_work(loaded) as session:
        reply = commands.handle_action(Context(session, late), request, "consultation.edit",
                                       str(remiss))
    assert reply.form is None
    assert reply.text == (
        "Synpunkter på ”Överenskommelse om familjecentraler” stängde fredag 4 september 2026. "
        "Kontakta Daniel Berglund om du vill lämna något i efterhand. Ingenting sparades."
    )


def test_the_example_in_a_ping_files_the_synpunkt_under_that_remiss(loaded, clock):
    """Two open remisser whose titles share their longest word: the ping's and the list's
    example ('/synpunkt handlingsplan: din text') matched both, and following it was answered
    'Flera remisser matchar'."""
    import re as regex

    from bot.consultations import notices

    with unit_of_work(loaded) as session:
        sbu = directory.group_by_slug(session, "sbu")
        owner = session.exec(select(Person).where(Person.slack_id == DANIEL)).one()
        first = service.create(session, "Regional handlingsplan för barnhälsoteam", [sbu],
                               owner, DEADLINE, clock.now())
        service.create(session, "Uppföljning av handlingsplan för barnhälsoteam", [sbu], owner,
                       DEADLINE, clock.now())
        ping = notices.ping_reply(session, first, clock.now().date())
    listed = say(loaded, clock, "remisser", "", channel=SBU).plain_text()
    for number, shown in enumerate((ping.plain_text(), listed)):
        example = regex.search(r"/synpunkt ([^:]+): din text", shown).group(1)
        reply = say(loaded, clock, "synpunkt", f"{example}: Vi tillstyrker ({number}).")
        assert reply.text.startswith("Tack! Din synpunkt på ”"), (example, reply.text)
        if number == 0:  # the ping's example finds the remiss the ping is about
            assert "”Regional handlingsplan för barnhälsoteam”" in reply.text


def test_edits_keep_every_version_and_withdrawal_marks_them(loaded, clock, remiss):
    say(loaded, clock, "synpunkt", "familjecentraler: Första tanken.")
    second = say(loaded, clock, "synpunkt", "familjecentraler: Bättre formulerat.")
    assert "(version 2)" in second.text
    with unit_of_work(loaded) as session:
        row = session.get(Consultation, remiss)
        exported = service.export(session, row, "csv").splitlines()
    assert exported[0] == "\ufeffOrganisation;Namn;Tid;Version;Synpunkt"
    assert exported[1:] == [
        "Örebro kommun;Johanna Viberg;2026-08-24 09:00;1;Första tanken.",
        "Örebro kommun;Johanna Viberg;2026-08-24 09:00;2;Bättre formulerat.",
    ]
    request = Request("slack", JOHANNA, now=clock.now())
    with unit_of_work(loaded) as session:
        reply = commands.handle_action(Context(session, clock), request, "consultation.withdraw",
                                       str(remiss))
    assert reply.text == (
        "Klart. Din synpunkt på ”Överenskommelse om familjecentraler” är tillbakadragen."
    )
    with unit_of_work(loaded) as session:
        assert service.standing(session, remiss) == []


def test_a_member_outside_the_group_cannot_answer(loaded, clock, remiss):
    with unit_of_work(loaded) as session:
        row = session.get(Consultation, remiss)
        jessica = session.exec(select(Person).where(Person.slack_id == "U0JESSICA")).one()
        from bot.consultations.command import submit

        reply = submit(Context(session, clock), jessica, row, "Hej")
    # Refused without describing the remiss or naming its group: she is in neither.
    assert reply.refused and reply.text.startswith("Det där hör inte till någon av dina grupper")
    assert "Barn och unga" not in reply.text and "familjecentraler" not in reply.text
    with unit_of_work(loaded) as session:
        assert session.exec(select(Comment)).all() == []


def test_unknown_subject_lists_what_is_open(loaded, clock, remiss):
    reply = say(loaded, clock, "synpunkt", "kollektivtrafik: bra")
    assert reply.text == (
        "Jag hittade ingen öppen remiss som matchar ”kollektivtrafik”. Öppna remisser: "
        "”Överenskommelse om familjecentraler” och ”Riktlinjer för barnhälsoteam och fristående "
        "förskolor”.")


def test_synpunkt_in_a_dm_as_free_text(loaded, clock, remiss):
    reply = say(loaded, clock, None, "synpunkt på familjecentraler: Vi ställer oss bakom.")
    assert reply.text.startswith("Tack! Din synpunkt på ”Överenskommelse om familjecentraler”")


@pytest.mark.parametrize("subject", ["på familjecentraler", "om familjecentraler",
                                     "angående familjecentraler", "På Familjecentraler",
                                     "på remissen om familjecentraler"])
def test_the_command_takes_the_remiss_named_as_people_say_it(loaded, clock, remiss, subject):
    """`/synpunkt på familjecentraler: …` (and in Teams every message that starts with
    "synpunkt" is the command): the preposition is no word of the remiss's title."""
    reply = say(loaded, clock, "synpunkt", f"{subject}: Vi ställer oss bakom.")
    assert reply.text.startswith("Tack! Din synpunkt på ”Överenskommelse om familjecentraler”")


def test_only_owner_and_secretaries_see_all_synpunkter(loaded, clock, remiss):
    say(loaded, clock, "synpunkt", "familjecentraler: Ja.")
    assert "kan bara remissens ägare" in say(loaded, clock, "synpunkter", "familjecentraler").text
    owner_view = say(loaded, clock, "synpunkter", "familjecentraler", user=DANIEL)
    assert owner_view.text == "Synpunkter på ”Överenskommelse om familjecentraler” (1 st.)"
    assert "Örebro kommun, Johanna Viberg, måndag 24 augusti 2026 kl. 09.00 (version 1)\n" \
        "    Ja." in owner_view.plain_text()


@pytest.mark.parametrize(
    ("now", "offset"),
    [
        (datetime(2026, 8, 29, 10, 0), "7d"),
        (datetime(2026, 9, 3, 10, 0), "2d"),
        (datetime(2026, 9, 4, 8, 30), "lastday"),
    ],
)
def test_each_offset_posts_one_ping_per_channel_naming_who_has_not_answered(
        loaded, clock, remiss, now, offset):
    say(loaded, clock, "synpunkt", "familjecentraler: Ja.")  # Örebro kommun has answered
    moment = FixedClock(now).now()
    for _ in range(2):  # a second pass (or a second worker) adds nothing
        with unit_of_work(loaded) as session:
            deadline_pings(session, moment, Schedule())
    pings = messages(loaded, f"ping:{remiss}:")
    assert [m.key.split(":")[2] for m in pings] == [offset]
    assert pings[0].recipient == SBU
    text = text_of(pings[0])
    assert "synpunkter på *Överenskommelse om familjecentraler* ska vara inne senast fredag " \
           "4 september 2026" in text
    assert "Inte svarat än:" in text and "Lekebergs kommun" in text
    assert "Örebro kommun" not in text.split("Inte svarat än:")[1]
    last_day = messages(loaded, "lastday:")
    if offset == "lastday":
        recipients = {m.recipient for m in last_day}
        assert MONICA in recipients and JOHANNA not in recipients  # answered orgs: no nagging
    else:
        assert last_day == []


def test_a_missed_ping_is_sent_late_once_and_never_after_the_deadline(loaded, clock, remiss):
    with unit_of_work(loaded) as session:  # the worker was down from before 7d until after 2d
        deadline_pings(session, FixedClock(datetime(2026, 9, 3, 12, 0)).now(), Schedule())
    assert [m.key.split(":")[2] for m in messages(loaded, f"ping:{remiss}:")] == ["2d"]
    with unit_of_work(loaded) as session:  # after the deadline: no ping, a summary instead
        deadline_pings(session, FixedClock(datetime(2026, 9, 5, 9, 0)).now(), Schedule())
    assert len(messages(loaded, f"ping:{remiss}:")) == 1
    (summary,) = messages(loaded, f"closed:{remiss}")
    assert summary.recipient == DANIEL
    assert "har stängt" in text_of(summary)
    with unit_of_work(loaded) as session:
        assert session.get(Consultation, remiss).status == "closed"


def test_remisser_of_a_named_group_and_a_name_that_is_none_of_hers(loaded, clock, remiss):
    with unit_of_work(loaded) as session:  # a remiss in her other group, Chefsgrupp SVVO
        cg = directory.group_by_slug(session, "cg-svvo")
        owner = session.exec(select(Person).where(Person.slack_id == DANIEL)).one()
        service.create(session, "Revidering av SIP-överenskommelsen", [cg], owner, DEADLINE,
                       clock.now(), "")
    both = say(loaded, clock, "remisser", "").plain_text()
    assert "familjecentraler" in both and "SIP-överenskommelsen" in both
    named = say(loaded, clock, "remisser", "cg-svvo").plain_text()
    assert named.startswith("Öppna remisser")
    assert "SIP-överenskommelsen" in named and "familjecentraler" not in named
    unknown = say(loaded, clock, "remisser", "cg-skola <!channel>").plain_text()
    assert unknown.startswith("Jag hittade ingen grupp som heter ”cg-skola <!channel>” här, så "
                              "här är alla öppna remisser:")
    assert "familjecentraler" in unknown and "SIP-överenskommelsen" in unknown
    said = say(loaded, clock, "remisser", "cg-skola <!channel>")
    assert "\\<!channel\\>" in said.text  # the name said back is text, never a mention


def test_a_synpunkt_that_looks_like_a_formula_is_exported_as_text(loaded, clock, remiss):
    # Anyone in the group can write a synpunkt; the secretary opens the export in Excel, which
    # would run '=HYPERLINK(…)' or '@SUM(…)' as a formula. A list with '-' too opens as text.
    say(loaded, clock, "synpunkt", 'familjecentraler: =HYPERLINK("https://example.se";"Klicka")')
    say(loaded, clock, "synpunkt", "familjecentraler: Vi tillstyrker; med två förbehåll",
        user="U0MONICAS")
    with unit_of_work(loaded) as session:
        exported = service.export(session, session.get(Consultation, remiss), "csv")
    rows = list(csv.reader(io.StringIO(exported.removeprefix("\ufeff")), delimiter=";"))
    said = {row[1]: row[4] for row in rows[1:]}
    assert said["Johanna Viberg"] == '\'=HYPERLINK("https://example.se";"Klicka")'
    assert said["Monica Skantz"] == "Vi tillstyrker; med två förbehåll"  # quoted: one cell
    with unit_of_work(loaded) as session:
        markdown = service.export(session, session.get(Consultation, remiss), "md")
    assert '| =HYPERLINK("https://example.se";"Klicka") |' in markdown  # no spreadsheet there
