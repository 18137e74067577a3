"""The role matrix: every command, question, button, form and file, for every kind of person.

Each column of the README's matrix is a real person of the example roster (and one stranger
and one administrator), seen from Samverkansgrupp Barn och unga (G). Every entry is run the way
its platform runs it, and the test checks that it was allowed exactly where the matrix says,
that a refusal changed nothing, and that the stranger learned nothing about any group.
"""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from sqlmodel import select

from bot import commands
from bot.clock import STOCKHOLM
from bot.context import Context
from bot.meetings.home import home
from bot.minutes import flow
from bot.replies import Reply, Request
from bot.roster import matrix, permissions
from bot.roster.matrix import COLUMNS, ENTRIES, NO
from bot.settings import Settings
from storage import directory
from storage.engine import unit_of_work
from storage.models import (
    Absence,
    AgendaItem,
    Comment,
    Consultation,
    ConsultationGroup,
    ConsultationStatus,
    Document,
    Follow,
    Meeting,
    MinutesDraft,
    OutboxMessage,
    Person,
    SubstituteCall,
)
from tests.conftest import EXAMPLES, ROOT

SBU_CHANNEL = "C0SBU0001"
ADMIN_EMAIL = "alma.admin@regionorebrolan.example.se"
SETTINGS = Settings(admins=frozenset({ADMIN_EMAIL}))
PERSONAS = {
    "utomstående": "U0NOBODY1",
    "ledamot i annan grupp": "U0JESSICA",  # Jessica Ekerbring, svoo only
    "ledamot": "U0JOHANNA",
    "ersättare": "U0MARCUSB",
    "tjänsteperson": "U0PETERBE",
    "sekreterare": "U0DANIELB",
    "ordförande": "U0INGMARA",
    "remissägare": "U0JANSUND",  # Jan Sundelius, official in svoo, owns a remiss of G
    "administratör": "U0ADMIN01",  # configured by e-mail, in no group
}
MINUTES = EXAMPLES / "protokoll" / "samverkansgrupp-barn-och-unga-2026-05-12.txt"
STORED = (Absence, SubstituteCall, Comment, Consultation, Meeting, AgendaItem, Document, Follow,
          MinutesDraft,
          OutboxMessage)
NOW = datetime(2026, 8, 24, 9, 0, tzinfo=STOCKHOLM)


class World:
    """G's meeting, remisser, and each persona's own förhinder and calls."""

    def __init__(self, engine, clock, persona: str):
        self.engine, self.clock, self.user = engine, clock, PERSONAS[persona]
        with unit_of_work(engine) as session:
            session.add(Person(name="Alma Admin", email=ADMIN_EMAIL, slack_id="U0ADMIN01"))
            session.flush()
            self.group = directory.group_by_slug(session, "sbu").id
            self.meeting = session.exec(select(Meeting).where(
                Meeting.date == datetime(2026, 8, 31).date())).one().id
            people = {p.slack_id: p for p in session.exec(select(Person)).all()}
            owner = people["U0JANSUND"]
            self.remiss = self._remiss(session, "Överenskommelse om familjecentraler", owner,
                                       ConsultationStatus.open)
            self.proposed = self._remiss(session, "Riktlinjer för barnhälsoteam", owner,
                                         ConsultationStatus.proposed)
            johanna = people["U0JOHANNA"]
            others = self._absence(session, johanna)
            me = people.get(self.user)
            cell = matrix.cell(permissions.Right.own_absence, _column(persona))
            mine = others if me is None or cell == NO or me.id == johanna.id else \
                self._absence(session, me)
            self.absence = mine.id
            caller = me if me is not None and matrix.cell(
                permissions.Right.own_call, _column(persona)) != NO else people["U0MARCUSB"]
            self.calls = [self._call(session, others, caller), self._call(session, others, caller)]
            # Minutes shared in Teams wait as drafts of G (one to publish, one to discard).
            self.drafts = [self._draft(session, salt) for salt in ("a", "b")]

    def _draft(self, session, salt: str) -> int:
        from bot.minutes import review
        from bot.minutes.reading import parse_file

        draft = MinutesDraft(sha256=salt * 64, filename=MINUTES.name, text="…",
                             parsed=review.to_data(parse_file(MINUTES)), group_id=self.group,
                             created_at=NOW)
        session.add(draft)
        session.flush()
        return draft.id

    def _remiss(self, session, title, owner, status) -> int:
        row = Consultation(title=title, owner_id=owner.id, owner_name=owner.name,
                           deadline=datetime(2026, 12, 31, 23, 59, tzinfo=STOCKHOLM),
                           status=status, created_at=NOW)
        session.add(row)
        session.flush()
        session.add(ConsultationGroup(consultation_id=row.id, group_id=self.group))
        return row.id

    def _absence(self, session, person):
        absence = Absence(meeting_id=self.meeting, person_id=person.id, group_id=self.group,
                          created_at=NOW)
        session.add(absence)
        session.flush()
        return absence

    def _call(self, session, absence, person) -> int:
        call = SubstituteCall(absence_id=absence.id, person_id=person.id, created_at=NOW)
        session.add(call)
        session.flush()
        return call.id

    # --- running the bot as the platforms do -------------------------------------------------
    def request(self, text="", command=None, channel=None) -> Request:
        return Request("slack", self.user, text, command, channel_id=channel or f"D{self.user}",
                       is_dm=channel is None, now=self.clock.now())

    def run(self, call) -> Reply:
        with unit_of_work(self.engine) as session:
            return call(Context(session, self.clock, SETTINGS))

    def command(self, name, text="", channel=SBU_CHANNEL) -> Reply:
        request = self.request(text, name, channel)
        return self.run(lambda ctx: commands.handle(ctx, request))

    def text(self, text) -> Reply:
        request = self.request(text)
        return self.run(lambda ctx: commands.handle(ctx, request))

    def press(self, action, value, channel=None) -> Reply:
        request = self.request(channel=channel)
        return self.run(lambda ctx: commands.handle_action(ctx, request, action, value))

    def form(self, callback, values, metadata="") -> Reply:
        request = self.request()
        return self.run(lambda ctx: commands.handle_form(ctx, request, callback, metadata,
                                                         values))

    def minutes(self, step) -> Reply:
        request = self.request(channel=SBU_CHANNEL)
        if step == "received":
            return self.run(lambda ctx: flow.received(ctx, request, MINUTES, MINUTES.name, "F1"))
        if step == "publish":
            return self.run(lambda ctx: flow.publish(ctx, request, MINUTES, MINUTES.name))
        return self.run(lambda ctx: flow.discard(ctx, request, "F1"))

    def counts(self) -> dict:
        with unit_of_work(self.engine) as session:
            return {model.__name__: len(session.exec(select(model)).all()) for model in STORED}


def _column(title: str) -> matrix.Column:
    return next(c for c in COLUMNS if c.title == title)


SEEN_IN_G = "Samverkansgrupp Barn och unga"


def run_entry(world: World, key: str) -> tuple[Reply, bool]:
    """(the reply, whether the person got what the entry gives) for one entry of the matrix."""
    w = world
    runs = {
        "hjälp": lambda: w.command("hjälp", channel=None),
        "dagordning": lambda: w.command("dagordning"),
        "home": lambda: w.run(lambda ctx: home(ctx, w.request())),
        "remisser": lambda: w.command("remisser"),
        "related": lambda: w.text("när ska synpunkter på familjecentraler vara inne?"),
        "beslut": lambda: w.command("beslut", "SAMS", channel=None),
        "bevaka": lambda: w.command("bevaka", "SAMS", channel=None),
        "anmäl-förhinder": lambda: w.command("anmäl-förhinder", "31 augusti ingen ersättare"),
        "absence.new": lambda: w.form("absence.new", {"meeting": str(w.meeting),
                                                      "substitute": "none"}),
        "absence.form": lambda: w.press("absence.form", str(w.meeting), SBU_CHANNEL),
        "absence.choose": lambda: w.press("absence.choose", json.dumps({"m": w.meeting,
                                                                        "k": "none"})),
        "absence.withdraw": lambda: w.press("absence.withdraw", str(w.absence)),
        "absence.accept": lambda: w.press("absence.accept", str(w.calls[0])),
        "absence.decline": lambda: w.press("absence.decline", str(w.calls[1])),
        "synpunkt": lambda: w.command("synpunkt", "familjecentraler: Vi stöder förslaget."),
        "consultation.comment": lambda: w.form("consultation.comment", {
            "consultation": str(w.remiss), "text": "Vi stöder förslaget."}),
        "consultation.comment_on": lambda: w.press("consultation.comment_on",
                                                   f"{w.remiss}:Vi stöder förslaget."),
        "consultation.edit": lambda: w.press("consultation.edit", str(w.remiss)),
        "consultation.withdraw": lambda: w.press("consultation.withdraw", str(w.remiss)),
        "närvaro": lambda: w.command("närvaro"),
        "attendance.export": lambda: w.press("attendance.export", f"{w.meeting}:{w.group}"),
        "nytt-möte": lambda: w.command("nytt-möte"),
        "meeting.new": lambda: w.form("meeting.new", {"group": str(w.group),
                                                      "date": "2026-10-01", "start": "13:00"}),
        "meeting.add_item": lambda: w.press("meeting.add_item", str(w.meeting)),
        "meeting.item": lambda: w.form("meeting.item", {"title": "Läget i SAMS"},
                                       str(w.meeting)),
        "synpunkter": lambda: w.command("synpunkter", "familjecentraler"),
        "ny-remiss": lambda: w.command("ny-remiss"),
        "consultation.new": lambda: w.form("consultation.new", {
            "title": "Regional handlingsplan", "group": str(w.group),
            "deadline": "2026-11-30"}),
        "consultation.confirm": lambda: w.press("consultation.confirm", str(w.proposed)),
        "minutes.shared": lambda: w.minutes("received"),
        "minutes.publish": lambda: w.minutes("publish"),
        "minutes.discard": lambda: w.minutes("discard"),
        "minutes.publish_draft": lambda: w.press("minutes.publish_draft", str(w.drafts[0])),
        "minutes.discard_draft": lambda: w.press("minutes.discard_draft", str(w.drafts[1])),
        "webb": lambda: w.command("webb", channel=None),
        "mina-uppgifter": lambda: w.command("mina-uppgifter", channel=None),
        "privacy.export": lambda: w.press("privacy.export", ""),
    }
    reply = runs[key]()
    got = not reply.refused
    if key == "home":  # scoped to one's own groups: G's meeting is there or not
        got = got and SEEN_IN_G in reply.plain_text()
    if key == "related":
        got = got and "Överenskommelse om familjecentraler" in reply.plain_text()
    if key == "minutes.shared":
        got = got and bool(reply.buttons)
    return reply, got


def test_every_command_button_and_form_is_in_the_matrix():
    keys = {entry.key for entry in ENTRIES}
    assert set(commands.COMMANDS) - {"sluta-bevaka"} <= keys  # /sluta-bevaka shares a row
    assert set(commands.ACTIONS) <= keys
    assert set(commands.FORMS) <= keys
    assert {"minutes.publish", "minutes.discard", "minutes.shared", "home"} <= keys


def test_the_readme_shows_the_matrix_the_code_enforces():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert matrix.markdown() in readme


@pytest.mark.parametrize("persona", list(PERSONAS))
def test_the_role_matrix(loaded, clock, persona):
    world = World(loaded, clock, persona)
    column = _column(persona)
    wrong = []
    for entry in ENTRIES:
        if entry.kind == "sida":  # the web page's pages: tests/web/test_web_matrix.py
            continue
        expected = matrix.cell(entry.right, column) != NO
        before = world.counts()
        reply, got = run_entry(world, entry.key)
        if got != expected:
            wrong.append(f"{entry.key}: {'tillåtet' if got else 'nekat'}: {reply.text[:120]}")
            continue
        if not got and reply.refused:
            assert world.counts() == before, f"{entry.key} stored something when refused"
            _says_why(reply, column)
    assert wrong == [], f"{persona}:\n" + "\n".join(wrong)


def _says_why(reply: Reply, column: matrix.Column) -> None:
    """A refusal is Swedish and says who can help; a stranger learns no group and no name."""
    text = reply.plain_text()
    assert any(word in text for word in ("sekreterare", "Kontakta", "kontakta")), text
    if not column.in_roster:
        for leak in ("Barn och unga", "Daniel Berglund", "familjecentraler", "Sothönan",
                     "svoo", "välfärd"):
            assert leak not in text


def test_an_administrator_can_be_named_by_slack_id_too(loaded, clock):
    settings = Settings(admins=Settings.from_env({"SAMVERKANSBOT_ADMINS":
                                                  " U0NOBODY1 , x@y.se"}).admins)
    request = Request("slack", "U0NOBODY1", "", "närvaro", channel_id=SBU_CHANNEL,
                      is_dm=False, now=clock.now())
    with unit_of_work(loaded) as session:
        reply = commands.handle(Context(session, clock, settings), request)
        assert not reply.refused and reply.text.startswith("Närvaro måndag 31 augusti 2026")
        reply = commands.handle(Context(session, clock, Settings()), request)
        assert reply.refused and "känner inte igen dig" in reply.text


def test_the_command_line_is_an_administrator():
    actor = permissions.command_line()
    assert actor.admin and permissions.may(actor, permissions.Right.publish_minutes, 1)
    assert not permissions.may(actor, permissions.Right.report_absence, 1)
