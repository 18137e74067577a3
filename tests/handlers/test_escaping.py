"""Text from people never becomes markup: not in Slack, not in Teams, not in the terminal.

A synpunkt, a name in the roster, a decision in the minutes, a message to an ersättare and a
question all come back as the characters people typed: `<!channel>` notifies nobody, a
disguised link is no link, and Slack's own escaping is undone before anything is stored.
"""

from __future__ import annotations

import json
from datetime import datetime, time

import pytest
from sqlmodel import select

from bot import commands
from bot.clock import STOCKHOLM
from bot.consultations import service
from bot.context import Context
from bot.meetings import service as meetings
from bot.replies import Request, reply_from_payload
from handlers.teams.render import card_text, reply_cards
from storage import directory
from storage.engine import unit_of_work
from storage.models import Comment, OutboxMessage, Person
from tests.support import signing
from tests.support.slack_messages import announced_with_first_decision, slack_text

JOHANNA, DANIEL = "U0JOHANNA", "U0DANIELB"
TYPED = "Vi & Laxå <!channel> <https://evil.example/|Läs protokollet> *OBS* <@U0DANIELB>"
# What Slack sends for that text when the command escapes (`should_escape: true`): its own
# characters escaped, the @-mention of Daniel as a user mention.
SENT_BY_SLACK = ("Vi &amp; Laxå &lt;!channel&gt; &lt;https://evil.example/|Läs protokollet&gt; "
                 "*OBS* <@U0DANIELB|daniel.berglund>")
STORED = "Vi & Laxå <!channel> <https://evil.example/|Läs protokollet> *OBS* <@U0DANIELB>"


def assert_inert_in_slack(text: str) -> None:
    assert "<!channel>" not in text and "<!here>" not in text and "<!everyone>" not in text
    assert "<https://evil" not in text
    assert "&lt;!" in text


def teams_runs(reply) -> list[dict]:
    runs = []

    def walk(items):
        for item in items:
            runs.extend(item.get("inlines", []))
            walk(item.get("items", []))

    for card in reply_cards(reply):
        walk(card["body"])
    return runs


@pytest.fixture
def remiss(loaded, clock):
    with unit_of_work(loaded) as session:
        sbu = directory.group_by_slug(session, "sbu")
        owner = session.exec(select(Person).where(Person.slack_id == DANIEL)).one()
        return service.create(session, "Överenskommelse om familjecentraler", [sbu], owner,
                              datetime(2026, 9, 4, 23, 59, tzinfo=STOCKHOLM), clock.now()).id


def test_a_hostile_synpunkt_over_signed_http_is_stored_as_typed_and_echoed_inert(
        served, loaded, remiss):
    response = signing.slash_command(f"{served}/slack/events", "/synpunkt",
                                     f"familjecentraler: {SENT_BY_SLACK}", JOHANNA, "D0JOHANNA")
    assert response.status_code == 200
    shown = json.dumps(response.json(), ensure_ascii=False)
    assert "<!channel>" not in shown and "<https://evil" not in shown
    assert "&lt;!channel&gt;" in shown and "Vi &amp; Laxå" in shown
    with unit_of_work(loaded) as session:
        (comment,) = session.exec(select(Comment)).all()
        # Stored as the person typed it: Teams and exports show "&", not "&amp;".
        assert comment.text == STORED
        (owner_dm,) = [m for m in session.exec(select(OutboxMessage)).all()
                       if m.key.startswith("comment:")]
        reply = reply_from_payload(owner_dm.payload)
    assert_inert_in_slack(slack_text(reply))
    runs = teams_runs(reply)
    assert any(STORED in run["text"] for run in runs)
    assert not any("evil" in json.dumps(run.get("selectAction", {})) for run in runs)
    assert "    " + STORED in reply.plain_text()  # the terminal: quoted, as typed


def test_names_in_the_roster_are_never_markup(loaded, clock, tmp_path):
    from bot.roster.service import load_roster

    roster = tmp_path / "roster.yaml"
    roster.write_text(
        "groups:\n  - name: Grupp <!here>\n    slug: hostile\n    channel: C0HOSTILE\n"
        "    members:\n"
        "      - {name: 'Sekreteraren', slack_id: U0HSEK, role: sekreterare,"
        " organisation: '*Fet* kommun'}\n"
        "      - {name: 'Per <!everyone> `Lind`', slack_id: U0HPER, role: ledamot,"
        " organisation: '*Fet* kommun'}\n", encoding="utf-8")
    with unit_of_work(loaded) as session:
        load_roster(session, roster)
        group = directory.group_by_slug(session, "hostile")
        meetings.add_meeting(session, meetings.MeetingInput(
            group, datetime(2026, 9, 10).date(), time(13), time(15), "Rum <b>1</b>"))
    request = Request("slack", "U0HSEK", "", "närvaro", channel_id="C0HOSTILE", is_dm=False,
                      now=clock.now())
    with unit_of_work(loaded) as session:
        reply = commands.handle(Context(session, clock), request)
    text = slack_text(reply)
    assert "Per &lt;!everyone&gt; \u02cbLind\u02cb" in text and "<!everyone>" not in text
    assert "Grupp &lt;!here&gt;" in text
    assert "Per <!everyone> `Lind`" in card_text(reply_cards(reply)[0])
    assert "Per <!everyone> `Lind` (ledamot): kommer" in reply.plain_text()


def test_a_decision_from_the_minutes_is_announced_as_text(large_county):
    reply = announced_with_first_decision(
        large_county, "Gruppen beslutar <!channel> att *allt* ska läsas på <http://x.se|här>.")
    text = slack_text(reply)
    # The stars are shown as the look-alike ∗: Slack has no escape for them (test_slack_marks).
    assert "&lt;!channel&gt; att \u2217allt\u2217 ska läsas på &lt;http://x.se|här&gt;." in text
    assert_inert_in_slack(text.replace("<http://x.se|", ""))


def test_a_message_to_the_ersattare_reaches_them_as_text(large_county, clock):
    member = large_county.member
    request = Request("slack", member.slack_id, now=clock.now())
    values = {"meeting": str(large_county.meeting_id), "substitute": "default",
              "message": "Ring mig <!everyone> & läs <https://evil.example/|punkt 3>"}
    with unit_of_work(large_county.engine) as session:
        commands.handle_form(Context(session, clock), request, "absence.new", "", values)
        (call,) = [m for m in session.exec(select(OutboxMessage)).all()
                   if ":call:" in m.key]
        reply = reply_from_payload(call.payload)
    text = slack_text(reply)
    assert "Ring mig &lt;!everyone&gt; &amp; läs &lt;https://evil.example/|punkt 3&gt;" in text
    assert "<!everyone>" not in text and "<https://evil" not in text


def test_a_question_is_echoed_as_text(loaded, clock):
    request = Request("slack", JOHANNA, "<!here> kollektivtrafik", "beslut", now=clock.now())
    with unit_of_work(loaded) as session:
        reply = commands.handle(Context(session, clock), request)
    text = slack_text(reply)
    assert "Jag hittade inget beslut om" in text and "<!here>" not in text


def test_a_teams_synpunkt_with_markdown_is_shown_as_typed(loaded, clock, remiss):
    typed = "**Fet** [klicka här](https://evil.example/) _kursiv_"
    with unit_of_work(loaded) as session:
        johanna = session.exec(select(Person).where(Person.slack_id == JOHANNA)).one()
        johanna.teams_id = "29:johanna"
        session.add(johanna)
    request = Request("teams", "29:johanna", f"familjecentraler: {typed}", "synpunkt",
                      now=clock.now())
    with unit_of_work(loaded) as session:
        reply = commands.handle(Context(session, clock), request)
    runs = teams_runs(reply)
    assert any(run["text"] == typed for run in runs)
    assert not any("selectAction" in run for run in runs)


LINES = ["/hjälp", "/dagordning", "/remisser", "/anmäl-förhinder 31 augusti",
         "/synpunkt barnhälsoteam: Vi tillstyrker.", "/bevaka", "/dagordning 5 september",
         "/beslut", "hej"]


@pytest.mark.parametrize("line", LINES)
def test_no_markup_shows_in_the_terminal_or_in_teams(loaded, clock, line):
    """Backticks, stars and Slack's <url|label> are Slack's; elsewhere they never show."""
    from handlers import console

    request = console.to_request(line, JOHANNA, clock)
    reply = console.answer(loaded, clock, request)
    for shown in (console.plain(reply), *(card_text(card) for card in reply_cards(reply))):
        assert "`" not in shown and "*" not in shown and "<http" not in shown, shown
        assert "\\" not in shown  # no escape is left over


def test_synpunkter_shown_to_the_owner_are_text(loaded, clock, remiss):
    typed = "Första raden\n```\n<!channel> *fet*\n```"
    for user, command, text in ((JOHANNA, "synpunkt", f"familjecentraler: {typed}"),
                                (DANIEL, "synpunkter", "familjecentraler")):
        request = Request("slack", user, text, command, now=clock.now())
        with unit_of_work(loaded) as session:
            reply = commands.handle(Context(session, clock), request)
    shown = slack_text(reply)
    assert_inert_in_slack(shown)
    assert "```" not in shown  # the person's fence opens no code block
    assert "\n    ```\n    <!channel> *fet*\n" in reply.plain_text()
