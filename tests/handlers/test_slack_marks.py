"""Stars, underscores and tildes from people are shown in Slack as they were written.

Slack reads `*bold*`, `_italic_` and `~strike~` in every mrkdwn text and has no escape for
them, so a mark that Slack could read as one is sent as its look-alike (∗ ˍ ∼); a mark inside a
word or between spaces, which Slack never reads as one, is sent as typed. The bot's own bold
still works beside them, and a look-alike copied back into a command is the mark again.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import select

from bot.markup import mark
from handlers.slack.mrkdwn import escape, from_slack, mrkdwn
from storage.engine import unit_of_work
from storage.models import AgendaItem, Meeting
from tests.support import signing
from tests.support.slack_messages import announced_with_first_decision, slack_text

STAR, LOW, TILDE = "\u2217", "\u02cd", "\u223c"

# What people and minutes write → what Slack is sent.
AS_WRITTEN = [
    ("Beslut om *tillfälliga* regler", f"Beslut om {STAR}tillfälliga{STAR} regler"),
    ("budget_2027_v2.pdf", "budget_2027_v2.pdf"),  # mid-word: never italic in Slack
    ("~30 deltagare", f"{TILDE}30 deltagare"),
    ("ca ~30 deltagare, ~10 ersättare", f"ca {TILDE}30 deltagare, {TILDE}10 ersättare"),
    ("Region*Örebro", f"Region{STAR}Örebro"),  # Ö is no word character to Slack
    ("_Utkast_ till handlingsplan", f"{LOW}Utkast{LOW} till handlingsplan"),
    ("Kostnad 2 * 3 tkr", "Kostnad 2 * 3 tkr"),  # spaces on both sides: no mark
    ("5*3 platser", "5*3 platser"),
    ("anna_lind@orebro.se", "anna_lind@orebro.se"),
    ("Läs https://example.se/~anna/budget_2027.pdf *nu*",
     f"Läs https://example.se/~anna/budget_2027.pdf {STAR}nu{STAR}"),  # the address stays
    ("Vi & Laxå tycker *inte* <så>", f"Vi &amp; Laxå tycker {STAR}inte{STAR} &lt;så&gt;"),
    ("**Viktigt**", f"{STAR}{STAR}Viktigt{STAR}{STAR}"),
    ("Punkt 4_", f"Punkt 4{LOW}"),  # at the end of a piece: what follows is not known
]


@pytest.mark.parametrize(("written", "sent"), AS_WRITTEN)
def test_text_from_people_is_sent_so_that_slack_formats_none_of_it(written, sent):
    assert escape(written) == sent


@pytest.mark.parametrize(("written", "sent"), AS_WRITTEN)
def test_slacks_text_of_the_message_reads_back_as_written(written, sent):
    # A person who copies the bot's line into /beslut searches for what was written.
    assert from_slack(sent.replace("<", "&lt;").replace(">", "&gt;")) == written


def test_the_bots_own_bold_still_works_beside_a_persons_stars():
    text = "Ny remiss: *{title}* – synpunkter senast *31 december 2026*."
    rendered = mrkdwn(mark(text).format(title="*Fet* rubrik_"))
    assert rendered == (f"Ny remiss: *{STAR}Fet{STAR} rubrik{LOW}* – synpunkter senast "
                        "*31 december 2026*.")


def test_code_and_preformatted_text_keep_their_marks():
    # Slack formats nothing inside code, so the file name and the export stay copyable.
    text = "Skriv `/synpunkt barn_och_unga: *text*`\n```\nnamn;*fet*;~30\n```"
    assert mrkdwn(text) == ("Skriv `/synpunkt barn_och_unga: *text*`\n```\nnamn;*fet*;~30\n"
                            "```")


def test_a_decision_with_stars_is_announced_in_slack_as_written(large_county):
    reply = announced_with_first_decision(
        large_county, "Beslut om *tillfälliga* regler för ~30 deltagare i Region*Örebro.")
    text = slack_text(reply)
    assert (f"Beslut om {STAR}tillfälliga{STAR} regler för {TILDE}30 deltagare i "
            f"Region{STAR}Örebro.") in text
    assert "*tillfälliga*" not in text and "~30" not in text


def test_dagordning_over_signed_http_shows_an_agenda_title_with_marks_as_written(
        served, loaded):
    with unit_of_work(loaded) as session:
        meeting = session.exec(select(Meeting).where(Meeting.date == date(2026, 8, 31))).first()
        session.add(AgendaItem(
            meeting_id=meeting.id, title="Budget *2027* – ~30 deltagare", presenter="Region*Örebro",
            documents=[{"title": "budget_2027_v2.pdf",
                        "url": "https://example.se/underlag/budget_2027_v2.pdf"}]))
    response = signing.slash_command(f"{served}/slack/events", "/dagordning", "",
                                     "U0JOHANNA", "D0JOHANNA")
    assert response.status_code == 200
    shown = slack_text([response.json()])
    assert f"Budget {STAR}2027{STAR} – {TILDE}30 deltagare (Region{STAR}Örebro)" in shown
    assert "|budget_2027_v2.pdf>" in shown  # the file name as written, still a link
    assert "*2027*" not in shown
