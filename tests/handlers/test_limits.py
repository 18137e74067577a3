"""What Slack and Teams receive with a large county: within their limits, nothing cut off.

Slack refuses more than 50 blocks, a section over 3,000 characters and (undocumented, as
`msg_blocks_too_long`) a message of more than about 12,000 characters of block text; Teams
refuses a message over 40 KB counted in UTF-16. Long replies continue in further messages or
cards, and the buttons are always there, at the end.
"""

from __future__ import annotations

import pytest

from bot import commands, markup
from bot.context import Context
from bot.replies import Button, Reply, Request, Section
from handlers.slack.render import block_text_length, reply_messages, split_text
from handlers.teams.render import MAX_MESSAGE_BYTES, card_text, reply_activities, utf16_size
from storage.engine import unit_of_work
from tests.support import signing
from tests.support.large_county import CHANNEL, comment_text, write_minutes

SLACK_TEXT_LIMIT = 12_000


def ask(county, clock, user: str, command: str | None, text: str = "", channel=None) -> Reply:
    request = Request("slack", user, text, command, channel_id=channel or f"D{user}",
                      is_dm=channel is None, now=clock.now())
    with unit_of_work(county.engine) as session:
        return commands.handle(Context(session, clock), request)


def assert_slack_limits(reply: Reply) -> list[dict]:
    messages = reply_messages(reply)
    for message in messages:
        blocks = message["blocks"]
        assert 0 < len(blocks) <= 50
        assert sum(block_text_length(b) for b in blocks) < SLACK_TEXT_LIMIT
        for block in blocks:
            assert len((block.get("text") or {}).get("text", "")) <= 3000
            assert all(len(f["text"]) <= 2000 for f in block.get("fields", []))
            assert len(block.get("elements", [])) <= 25
        assert len(message["text"]) <= 3000
    if reply.buttons:  # every button, in the last message
        last = messages[-1]["blocks"]
        shown = [e["text"]["text"] for b in last if b["type"] == "actions" for e in b["elements"]]
        assert shown == [markup.plain(b.label) for b in reply.buttons]
    return messages


def slack_all_text(messages: list[dict]) -> str:
    return "\n".join((b.get("text") or {}).get("text", "") for m in messages for b in m["blocks"])


def assert_teams_limits(reply: Reply) -> str:
    activities = reply_activities(reply, "sv-SE")
    for activity in activities:
        assert utf16_size(activity) < MAX_MESSAGE_BYTES - 2048  # room for the envelope
        assert activity["locale"] == "sv-SE"
    return "\n".join(card_text(a["attachments"][0]["content"]) for a in activities)


@pytest.fixture
def secretary(large_county):
    return large_county.secretary.slack_id


def test_thirty_open_remisser_continue_in_a_second_message(large_county, clock):
    reply = ask(large_county, clock, large_county.member.slack_id, "remisser", channel=CHANNEL)
    messages = assert_slack_limits(reply)
    assert len(messages) >= 2
    text = slack_all_text(messages)
    assert text.count("Remiss: ") == 30
    assert "Lämna synpunkter med" in slack_all_text(messages[-1:])
    assert text.count("Remiss: ") == assert_teams_limits(reply).count("Remiss: ")


def test_fifty_synpunkter_are_all_shown_in_slack_and_in_teams(large_county, clock, secretary):
    reply = ask(large_county, clock, secretary, "synpunkter", "tidiga samordnade insatser")
    messages = assert_slack_limits(reply)
    slack = slack_all_text(messages)
    teams = assert_teams_limits(reply)
    for number in range(1, 51):
        needle = f"Synpunkt {number}:"
        assert needle in slack and needle in teams, needle
    assert len(messages) >= 2


def test_attendance_of_a_hundred_and_sixty_people_keeps_every_name(large_county, clock,
                                                                    secretary):
    reply = ask(large_county, clock, secretary, "närvaro", channel=CHANNEL)
    slack = slack_all_text(assert_slack_limits(reply))
    teams = assert_teams_limits(reply)
    for person in large_county.members:
        assert person.name in slack and person.name in teams


def test_a_long_section_never_leaves_a_code_block_open():
    table = "\n".join(f"| Org {n} | {comment_text(n)} |" for n in range(40))
    chunks = split_text(markup.preformatted(table))
    assert len(chunks) > 1
    for chunk in chunks:
        assert len(chunk) <= 3000
        assert chunk.startswith("```") and chunk.endswith("```") and chunk.count("```") == 2


def test_buttons_are_never_the_part_that_is_dropped():
    reply = Reply("Hundra beslut", [Section(f"Beslut {n}: " + "text " * 100) for n in range(100)],
                  [Button(f"Öppna remissen {n}", "consultation.confirm", str(n))
                   for n in range(30)])
    messages = assert_slack_limits(reply)
    assert len(messages) > 2
    assert all(f"Beslut {n}:" in slack_all_text(messages) for n in range(100))
    teams = assert_teams_limits(reply)
    assert all(f"[Öppna remissen {n}]" in teams or f"Öppna remissen {n}]" in teams
               for n in range(30))


def test_a_long_answer_to_a_slash_command_continues_through_the_response_url(
        served, fake_slack, large_county):
    """The acknowledgement holds one message; the rest go to the response_url, in order."""
    response = signing.slash_command(
        f"{served}/slack/events", "/remisser", "", large_county.member.slack_id, CHANNEL,
        response_url=f"{fake_slack.url}response-url")
    assert response.status_code == 200
    first = response.json()
    rest = fake_slack.wait_for("response-url")
    assert rest and all(not m["replace_original"] for m in rest)
    assert first["response_type"] == "ephemeral" and rest[0]["response_type"] == "ephemeral"
    shown = slack_all_text([first, *rest])
    assert shown.count("Remiss: ") == 30
    assert len(first["blocks"]) <= 50 and all(len(m["blocks"]) <= 50 for m in rest)


def test_a_publish_preview_of_sixty_decisions_shows_them_all_and_the_buttons_last(
        large_county, clock, tmp_path):
    from bot.minutes import flow

    path = write_minutes(tmp_path / "minnesanteckningar-2026-06-11.txt")
    secretary = large_county.secretary.slack_id
    request = Request("slack", secretary, channel_id=f"D{secretary}", is_dm=True,
                      now=clock.now())
    with unit_of_work(large_county.engine) as session:
        reply = flow.received(Context(session, clock), request, path, path.name, "F0SIXTY")
    messages = assert_slack_limits(reply)
    assert len(messages) >= 2
    text = slack_all_text(messages)
    for number in range(1, 61):
        assert f"(punkt {number})" in text, number
    assert [markup.plain(b.label) for b in reply.buttons][-1] == "Kasta"
    teams = assert_teams_limits(reply)
    assert all(f"(punkt {number})" in teams for number in range(1, 61))


def test_a_split_section_reads_as_the_whole_rendered_at_once():
    """Each line is rendered once and the chunks are joined from those: a text that fits is
    exactly its mrkdwn, and a long one's chunks are its lines' mrkdwn, fences and all."""
    from handlers.slack.mrkdwn import mrkdwn

    text = markup.Markup("\n").join([
        markup.Markup("*Dagordning* för torsdag 3 december 2026 kl. 13.00–15.00"),
        "1. SAMS – lägesbild <inför> vintern & \u00e5ret",
        markup.preformatted("| Org | Synpunkt |\n| Örebro | `ja` |"),
        markup.Markup("> citat från *Per Lind*"),
        "Övriga frågor",
    ])
    assert split_text(text) == [mrkdwn(text)]
    chunks = split_text(text, limit=60)
    assert len(chunks) > 2 and all(len(chunk) <= 60 for chunk in chunks)
    assert "\n".join(chunks) == mrkdwn(text)


LONG_LABELS = [
    "Publicera i Specifika samverkansrådet för social välfärd samt vård och omsorg",
    "fredag 25 september 2026 kl. 13.00–16.00 – Chefsgrupp för folkhälsa, Chefsgrupp för "
    "samverkan social välfärd samt vård och omsorg",
    "Jag kommer – för Anna Bürger Sjödin, Region Örebro län & Länsstyrelsen, 31 augusti 2026",
]


@pytest.mark.parametrize("label", LONG_LABELS)
def test_a_label_over_slacks_limit_ends_after_a_whole_word(label):
    """Slack refuses a button's or an option's text over 75 characters: shortened with "…"
    after a whole word, never cut inside one (nor inside '&amp;')."""
    from bot.replies import Form, FormField
    from handlers.slack.render import form_view

    (message,) = reply_messages(Reply("Välj", buttons=[Button(label, "absence.choose", "1")]))
    (button,) = message["blocks"][-1]["elements"]
    view = form_view(Form("absence.new", "Anmäl förhinder", "Anmäl", (
        FormField("meeting", "Möte", "select", options=(("1", label),)),)))
    option = view["blocks"][0]["element"]["options"][0]["text"]["text"]
    for shown in (button["text"]["text"], option):
        assert len(shown) <= 75 and shown.endswith("…")
        kept = shown.removesuffix("…")
        assert label.startswith(kept) and label[len(kept)] in " ,–", shown
