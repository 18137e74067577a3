"""Privacy: /mina-uppgifter and its export, `person forget`, the retention purge, the audit log.

On a populated database (the example roster, published minutes, a förhinder with a message to
the ersättare, synpunkter, follows, messages in the outbox), on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlmodel import select

from bot import commands
from bot.absences import service as absences
from bot.absences.parsing import SubstituteSpec
from bot.clock import STOCKHOLM, FixedClock
from bot.context import Context
from bot.minutes.ingest import ingest_file
from bot.privacy import retention
from bot.replies import Request
from bot.settings import Settings
from handlers.cli import main
from storage import directory
from storage.engine import unit_of_work
from storage.models import (
    Absence,
    Attendance,
    AuditEvent,
    Comment,
    Decision,
    Follow,
    Meeting,
    Membership,
    OutboxMessage,
    OutboxState,
    Person,
    SubstituteCall,
)
from tests.conftest import EXAMPLES

JOHANNA, MARCUS, DANIEL = "U0JOHANNA", "U0MARCUSB", "U0DANIELB"
EMAIL = "johanna.viberg@orebro.example.se"
MESSAGE = "Marcus, punkt 3 om SAMS är viktigast för Örebro – fråga efter underlaget."
SYNPUNKT = "Örebro kommun stöder förslaget men vill se en tydligare tidsplan för länet."
MINUTES = EXAMPLES / "protokoll" / "samverkansgrupp-barn-och-unga-2026-05-12.txt"


def ask(engine, clock, user, command=None, text="", action=None, value="", channel=None):
    request = Request("slack", user, text, command, channel_id=channel or f"D{user}",
                      is_dm=channel is None, now=clock.now())
    with unit_of_work(engine) as session:
        ctx = Context(session, clock, Settings())
        if action:
            return commands.handle_action(ctx, request, action, value)
        return commands.handle(ctx, request)


@pytest.fixture
def populated(loaded, clock):
    """Johanna has a förhinder with a message to Marcus, a synpunkt and a follow; the May
    minutes that list her are published."""
    with unit_of_work(loaded) as session:
        ingest_file(session, MINUTES, clock, publish=True)
        johanna = directory.person_by_platform_id(session, "slack", JOHANNA)
        group = directory.group_by_slug(session, "sbu")
        meeting = session.exec(select(Meeting).where(
            Meeting.date == datetime(2026, 8, 31).date())).one()
        reply = absences.register(Context(session, clock, Settings()), johanna,
                                  absences.AbsenceInput(meeting, group,
                                                        SubstituteSpec("default"),
                                                        message=MESSAGE))
        assert "Marcus Boljang" in reply.text
    ask(loaded, clock, JOHANNA, "bevaka", "SAMS")
    reply = ask(loaded, clock, JOHANNA, "synpunkt", f"barnhälsoteam: {SYNPUNKT}")
    assert "Riktlinjer för barnhälsoteam" in reply.text and not reply.refused, reply.text
    return loaded


def test_mina_uppgifter_shows_what_is_stored_and_exports_it_all(populated, clock):
    reply = ask(populated, clock, JOHANNA, "mina-uppgifter")
    shown = reply.plain_text()
    assert reply.text == "Det här har jag sparat om dig, Johanna Viberg."
    assert f"e-post {EMAIL}" in shown and "Samverkansgrupp Barn och unga (ledamot, Örebro " \
        "kommun)" in shown
    assert "Förhinder: 1." in shown and "Synpunkter: 1 (i 1 remisser)." in shown
    assert "Bevakningar: SAMS." in shown and "närvarolistan för 1 möten" in shown
    assert "tas bort 24 månader efter mötet" in shown
    (button,) = reply.buttons
    exported = ask(populated, clock, JOHANNA, action=button.action, value=button.value)
    assert exported.text == "Här är allt jag har sparat om dig, som en fil (JSON)."
    assert exported.attachment.name == "mina-uppgifter-2026-08-24.json"
    data = json.loads(exported.attachment.content)
    assert data["person"]["e-post"] == EMAIL
    assert [a["möte"] for a in data["förhinder"]] == ["2026-08-31"]
    assert data["förhinder"][0]["ersättare"] == "Marcus Boljang"
    assert [c["text"] for c in data["synpunkter"]] == [SYNPUNKT]
    assert data["bevakningar"] == ["SAMS"]
    assert data["närvaro_i_protokoll"][0]["möte"] == "2026-05-12"
    with unit_of_work(populated) as session:
        (event,) = session.exec(select(AuditEvent).where(
            AuditEvent.action == "privacy.export")).all()
        johanna = directory.person_by_platform_id(session, "slack", JOHANNA)
    assert (event.platform, event.actor_id, event.subject) == ("slack", johanna.id,
                                                                f"person:{johanna.id}")


def test_marcus_sees_his_call_and_a_stranger_learns_nothing(populated, clock):
    data = json.loads(ask(populated, clock, MARCUS, action="privacy.export").attachment.content)
    assert [(c["möte"], c["i_stället_för"]) for c in data["kallelser_som_ersättare"]] == [
        ("2026-08-31", "Johanna Viberg")]
    assert {"ledamot": "Johanna Viberg", "grupp": "Samverkansgrupp Barn och unga"} in data[
        "ordinarie_ersättare_för"]
    for reply in (ask(populated, clock, "U0STRANGER", "mina-uppgifter"),
                  ask(populated, clock, "U0STRANGER", action="privacy.export")):
        assert reply.text.startswith("Jag har inga uppgifter om dig")
        assert reply.attachment is None and not reply.buttons


def test_the_export_goes_to_the_dm_as_a_file_in_slack(served, fake_slack, loaded):
    from tests.support import signing

    payload = {"type": "block_actions", "user": {"id": JOHANNA}, "trigger_id": "1.2.3",
               "channel": {"id": "C0SBU0001"}, "container": {"type": "message"},
               "response_url": f"{fake_slack.url}response",
               "actions": [{"action_id": "privacy.export", "value": "", "type": "button",
                            "text": {"type": "plain_text", "text": "Skicka allt som fil"}}]}
    assert signing.interaction(f"{served}/slack/events", payload).status_code == 200
    (done,) = fake_slack.wait_for("files.completeUploadExternal")
    assert done["channel_id"] == "D0JOHANNA"
    assert done["initial_comment"].startswith("Här är allt jag har sparat om dig")
    (uploaded,) = fake_slack.uploads.values()
    assert json.loads(uploaded)["person"]["e-post"] == EMAIL
    (said,) = fake_slack.wait_for("response")  # in the channel: only where the file is
    assert said["text"] == "Filen med dina uppgifter finns i vårt privata samtal."


@pytest.fixture
def cli(populated, monkeypatch, tmp_path, capsys):
    """The samverkansbot command against the test's database (SQLite or PostgreSQL)."""
    monkeypatch.setenv("DATABASE_URL", populated.url.render_as_string(hide_password=False))
    monkeypatch.setenv("SAMVERKANSBOT_DATA_DIR", str(tmp_path))

    def run(*args):
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_forget_removes_or_anonymises_everything_but_public_records(populated, cli):
    with unit_of_work(populated) as session:
        decisions_before = len(session.exec(select(Decision)).all())
        johanna = directory.person_by_platform_id(session, "slack", JOHANNA)
        johanna_id = johanna.id
        assert session.exec(select(OutboxMessage).where(
            OutboxMessage.recipient == MARCUS)).all()  # the call, with her message
    code, out, err = cli("person", "forget", EMAIL.upper())
    assert code == 0, err
    assert out.startswith(f"Klart. Johanna Viberg ({EMAIL}) är glömd:")
    for line in ("förhinder borttagna: 1", "gruppmedlemskap borttagna: 2",
                 "bevakningar borttagna: 1", "synpunkter kvar som organisationens svar, utan "
                 "namn: 1", "rader i närvarolistor till publicerade protokoll (namnet står "
                 "kvar): 1", "kallelser som ersättare borttagna: 0"):
        assert line in out or line.endswith(": 0"), line
    assert "Personen finns kvar som ”Borttagen person”" in out
    assert "roster load" in out
    with unit_of_work(populated) as session:
        person = session.get(Person, johanna_id)
        assert (person.name, person.email, person.slack_id, person.teams_id) == (
            "Borttagen person", None, None, None)
        for model in (Absence, Follow, Membership):
            assert session.exec(select(model).where(model.person_id == johanna_id)).all() == []
        assert session.exec(select(SubstituteCall)).all() == []  # the call her förhinder made
        (comment,) = session.exec(select(Comment)).all()
        assert comment.text == SYNPUNKT and comment.person_id == johanna_id
        (row,) = session.exec(select(Attendance).where(
            Attendance.name == "Johanna Viberg")).all()
        assert row.person_id is None  # the published minutes still say who was there
        assert len(session.exec(select(Decision)).all()) == decisions_before
        assert not [m for m in session.exec(select(OutboxMessage)).all()
                    if MESSAGE in json.dumps(m.payload, ensure_ascii=False)]
        (event,) = session.exec(select(AuditEvent).where(
            AuditEvent.action == "person.forget")).all()
        assert event.subject == f"person:{johanna_id}" and EMAIL not in json.dumps(
            event.details) and event.actor.startswith("cli")
    code, _, err = cli("person", "export", EMAIL)
    assert code == 2 and f"Det finns ingen person med e-postadressen {EMAIL}." in err


def test_forget_deletes_a_person_nothing_refers_to(populated, cli):
    code, out, _ = cli("person", "forget", "marcus.boljang@orebro.example.se")
    assert code == 0 and "Personen är borttagen." in out
    assert "kallelser som ersättare borttagna: 1" in out
    with unit_of_work(populated) as session:
        assert directory.person_by_platform_id(session, "slack", MARCUS) is None
        johanna = session.exec(select(Membership).join(
            Person, Person.id == Membership.person_id).where(Person.slack_id == JOHANNA)).first()
        assert johanna.substitute_id is None


def test_person_export_on_the_command_line_is_the_same_data(populated, cli):
    code, out, _ = cli("person", "export", EMAIL)
    assert code == 0 and json.loads(out)["synpunkter"][0]["text"] == SYNPUNKT


def test_the_audit_log_is_append_only_and_readable(populated, cli, clock):
    code, _, _ = cli("roster", "load", str(EXAMPLES / "roster.yaml"))
    assert code == 0
    ask(populated, clock, JOHANNA, action="privacy.export")
    code, out, _ = cli("audit")
    lines = out.strip().split("\n")
    assert any("\tcli\t" in line and "körde kommandot\troster load" in line for line in lines)
    assert any("\tslack\tJohanna Viberg\ttog ut sina uppgifter\tperson:" in line
               for line in lines)
    code, out, _ = cli("audit", "--since", "2999-01-01")
    assert out.strip() == "Loggen har inga händelser sedan 2999-01-01."
    code, _, err = cli("audit", "--since", "igår")
    assert code == 2 and "igår" in err
    for statement in ("UPDATE auditevent SET action = 'x'", "DELETE FROM auditevent"):
        with pytest.raises(DBAPIError, match="append-only"), populated.begin() as connection:
            connection.execute(text(statement))
    with unit_of_work(populated) as session:
        assert session.exec(select(AuditEvent)).all()


def test_role_changes_from_the_roster_are_in_the_audit_log(populated, cli, tmp_path):
    roster = (EXAMPLES / "roster.yaml").read_text(encoding="utf-8")
    # Johanna becomes secretary of sbu; Marcus leaves it.
    changed = roster.replace(
        "      - name: Johanna Viberg\n        email: johanna.viberg@orebro.example.se\n"
        "        slack_id: U0JOHANNA\n        organisation: Örebro kommun\n        role: ledamot",
        "      - name: Johanna Viberg\n        email: johanna.viberg@orebro.example.se\n"
        "        slack_id: U0JOHANNA\n        organisation: Örebro kommun\n"
        "        role: sekreterare", 1)
    assert changed != roster
    path = tmp_path / "roster.yaml"
    path.write_text(changed, encoding="utf-8")
    assert cli("roster", "load", str(path))[0] == 0
    with unit_of_work(populated) as session:
        johanna = directory.person_by_platform_id(session, "slack", JOHANNA)
        (event,) = session.exec(select(AuditEvent).where(
            AuditEvent.action == "roster.role")).all()
    assert event.subject == f"person:{johanna.id}"
    assert event.details == {"group": "sbu", "before": "member", "after": "secretary"}


def test_publishing_and_opening_a_remiss_in_chat_are_logged(populated, clock):
    reply = ask(populated, clock, DANIEL, action="consultation.confirm", value="")
    assert reply.refused or reply.text  # nothing to confirm; it is the form that opens one
    with unit_of_work(populated) as session:
        group = directory.group_by_slug(session, "sbu")
    request = Request("slack", DANIEL, now=clock.now())
    with unit_of_work(populated) as session:
        reply = commands.handle_form(Context(session, clock, Settings()), request,
                                     "consultation.new", "", {
                                         "title": "Regional handlingsplan för barn och unga",
                                         "group": str(group.id), "deadline": "30 november"})
    assert reply.text.startswith("Klart."), reply.text
    with unit_of_work(populated) as session:
        (event,) = session.exec(select(AuditEvent).where(
            AuditEvent.action == "consultation.create")).all()
        daniel = directory.person_by_platform_id(session, "slack", DANIEL)
    assert event.actor_id == daniel.id and event.platform == "slack"
    assert event.details["groups"] == ["sbu"]


# --- retention ----------------------------------------------------------------------------

def test_the_worker_purges_what_is_older_than_the_retention_period(populated, monkeypatch,
                                                                   fake_slack):
    # Two years and a day after the meeting of 31 August 2026 and the remiss's last day.
    later = FixedClock(datetime(2028, 12, 31, 12, 0))
    with unit_of_work(populated) as session:
        (call_message,) = [m for m in session.exec(select(OutboxMessage)).all()
                           if MESSAGE in json.dumps(m.payload, ensure_ascii=False)]
        key = call_message.key
        decisions = len(session.exec(select(Decision)).all())
    # The day after the meeting: only the message to the ersättare goes, at once.
    with unit_of_work(populated) as session:
        removed = retention.purge(session, datetime(2026, 9, 1, 9, 0, tzinfo=STOCKHOLM), 24)
    assert removed["call_messages"] >= 1 and removed["absences"] == 0
    with unit_of_work(populated) as session:
        message = session.exec(select(OutboxMessage).where(OutboxMessage.key == key)).one()
        assert message.payload == retention.EMPTIED
        assert message.state == OutboxState.dead  # never sent: the meeting is over
        assert len(session.exec(select(Absence)).all()) == 1
        assert len(session.exec(select(Comment)).all()) == 1
    monkeypatch.setenv("SAMVERKANSBOT_RETENTION_MONTHS", "24")
    from handlers import worker

    # A worker refuses to start with nowhere to send: it sends to the loopback Slack.
    settings = Settings(slack_bot_token="xoxb-t", slack_api_url=fake_slack.url)
    assert worker.run(settings, populated, once=True, now=later.now().isoformat()) == 0
    with unit_of_work(populated) as session:
        assert session.exec(select(Absence)).all() == []
        assert session.exec(select(SubstituteCall)).all() == []
        assert session.exec(select(Comment)).all() == []  # the remiss closed 31 dec 2026
        assert len(session.exec(select(Decision)).all()) == decisions
        assert session.exec(select(Attendance)).all()  # minutes are public records
        assert session.exec(select(Membership)).all()  # the roster stays


def test_a_shorter_retention_period_from_the_environment(populated):
    monkey_now = datetime(2027, 3, 2, 9, 0, tzinfo=STOCKHOLM)  # six months after 31 August
    with unit_of_work(populated) as session:
        assert retention.purge(session, monkey_now, 24)["absences"] == 0
    with unit_of_work(populated) as session:
        assert retention.purge(session, monkey_now, 6)["absences"] == 1
    assert Settings.from_env({"SAMVERKANSBOT_RETENTION_MONTHS": "6"}).retention_months == 6


@pytest.mark.parametrize(("now", "months", "expected"), [
    (datetime(2026, 8, 31, 12, 0), 24, datetime(2024, 8, 31, 12, 0)),
    (datetime(2026, 3, 31, 12, 0), 1, datetime(2026, 2, 28, 12, 0)),
    (datetime(2026, 1, 15, 12, 0), 13, datetime(2024, 12, 15, 12, 0)),
])
def test_the_cutoff_counts_calendar_months(now, months, expected):
    assert retention.cutoff(now, months) == expected


def test_purging_twice_removes_nothing_more(populated):
    moment = datetime(2029, 1, 1, tzinfo=STOCKHOLM)
    with unit_of_work(populated) as session:
        first = retention.purge(session, moment, 24)
    with unit_of_work(populated) as session:
        second = retention.purge(session, moment, 24)
    assert sum(first.values()) > 0 and sum(second.values()) == 0
    assert moment - timedelta(days=1) < moment
