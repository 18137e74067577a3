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


def test_sixty_long_synpunkter_are_shortened_with_the_rest_pointed_to(
        served, fake_slack, large_county):
    """Sixty synpunkter of 2,500 characters (a remiss answered per member) made /synpunkter
    some fifteen messages, and Slack takes a response_url five times: the tail was lost
    without a word. The answer now holds what a few messages carry and says where the rest
    are (the remiss's page, every version)."""
    import re
    import time as clock_time
    from datetime import datetime

    from bot.clock import STOCKHOLM
    from bot.consultations import service
    from storage import directory
    from storage.engine import unit_of_work
    from storage.models import Consultation, Person

    with unit_of_work(large_county.engine) as session:
        consultation = session.get(Consultation, large_county.consultation_ids[1])
        for number, person in enumerate(large_county.members[:60], start=1):
            membership = directory.membership(session, large_county.group_id, person.id)
            text = f"Synpunkt {number} från {session.get(Person, person.id).name}: " + (
                "Vi ställer oss bakom förslaget men vill se tydligare ansvar för kommunerna. "
                * 32)
            service.submit(session, consultation, person, membership.organisation, text,
                           datetime(2026, 8, 20, 9, 0, tzinfo=STOCKHOLM))
        title, url = consultation.title, f"/webb/remisser/{consultation.id}"
    first = slash(served, fake_slack, "/synpunkter", "samordnad individuell plan",
                  large_county.secretary.slack_id)
    fake_slack.wait_for("response-url")
    clock_time.sleep(0.5)  # and any that come after the first
    rest = fake_slack.calls_to("response-url")
    assert len(rest) <= 5  # what one response_url takes
    text = slack_all_text([first, *rest])
    assert text.startswith(f"Synpunkter på ”{title}” (60 st.)")
    shown = len(re.findall(r"Synpunkt \d+ från", text))
    assert 5 <= shown < 60
    assert (f"Här visas {shown} av 60 synpunkter. Alla, med varje version, finns på "
            f"webbsidan: ") in text
    assert url in text


def test_an_agenda_longer_than_six_messages_arrives_whole(served, fake_slack, large_county):
    """A 400-item agenda is ten messages: the acknowledgement, and nine to the response_url,
    which Slack takes five times; the last four were refused, and lost without a word. What
    the URL does not take goes by chat.postEphemeral, privately in the channel, in order."""
    import json
    import time as clock_time

    from bot.meetings import service as meetings
    from storage.engine import unit_of_work
    from storage.models import Meeting
    from tests.support.large_county import agenda_title

    with unit_of_work(large_county.engine) as session:
        meeting = session.get(Meeting, large_county.meeting_id)
        for number in range(41, 401):
            meetings.add_item(session, meeting, f"{number}: {agenda_title(number)}",
                              "Anna Andersson, Region Örebro län", "information",
                              f"https://samverkan.example.se/underlag/punkt-{number}.pdf")
    first = slash(served, fake_slack, "/dagordning", "3 september",
                  large_county.secretary.slack_id)
    fake_slack.wait_for("response-url", count=5)
    tail = fake_slack.wait_for("chat.postEphemeral")
    clock_time.sleep(0.5)  # and any that come after the first
    by_url, tail = fake_slack.calls_to("response-url"), fake_slack.calls_to("chat.postEphemeral")
    assert len(by_url) == 5 and tail
    assert all(call["channel"] == CHANNEL and call["user"] == large_county.secretary.slack_id
               for call in tail)
    posted = [{"blocks": json.loads(c["blocks"]) if isinstance(c["blocks"], str)
               else c["blocks"]} for c in tail]
    shown = slack_all_text([first, *by_url, *posted])
    for number in (41, 200, 400):
        assert f"{number}: " in shown, number
