"""The large county (80 ledamöter from 15 organisations, 40 agenda items, 60 decisions, 30 open
remisser) used over signed Slack HTTP as its secretary and members would: what they read."""

from __future__ import annotations

from tests.handlers.test_limits import slack_all_text
from tests.support import signing
from tests.support.large_county import CHANNEL


def slash(served, fake_slack, command, text, user, channel=CHANNEL):
    response = signing.slash_command(f"{served}/slack/events", command, text, user, channel,
                                     response_url=f"{fake_slack.url}response-url")
    assert response.status_code == 200
    return response.json()


def test_synpunkter_without_a_subject_asks_which_remiss(served, fake_slack, large_county):
    shown = slash(served, fake_slack, "/synpunkter", "", large_county.secretary.slack_id)
    text = slack_all_text([shown])
    assert text.startswith("Vilken remiss vill du se synpunkterna på? Skriv en del av rubriken, "
                           "till exempel `/synpunkter ")
    assert "matchar ””" not in text
    assert text.count("”Remiss: ") == 30
