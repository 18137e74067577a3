"""Answers to @-mentions in a group's channel are the asker's alone.

Everyone in a channel reads its threads, whether or not they are in the group (or the roster):
an agenda, a meeting link, who has reported förhinder or who stood in for whom goes to the
asker only, as an ephemeral message in the thread. Tested through signed HTTP against the
loopback Slack, which knows who is in the channel and tells what each of them can read.
"""

from __future__ import annotations

from datetime import date

import pytest

from storage import directory
from storage.engine import unit_of_work
from storage.models import Attendance, Meeting, MeetingGroup, MeetingStatus
from tests.support import signing

JOHANNA = "U0JOHANNA"  # ledamot in sbu
DANIEL = "U0DANIELB"  # sekreterare in sbu
JENNY = "U0JENNYST"  # in the roster, in another group (svoo), not in sbu
STRANGER = "U0STRANGE"  # in the workspace and the channel, not in the roster
SBU_CHANNEL = "C0SBU0001"
AGENDA_ITEM = "Riktlinjer för barnhälsoteam"
LINK = "example.se/underlag"


@pytest.fixture
def channel(served, fake_slack, loaded):
    """SBU's channel with two members of the group and two people who are not."""
    fake_slack.members[SBU_CHANNEL] = {JOHANNA, DANIEL, JENNY, STRANGER}
    with unit_of_work(loaded) as session:
        meeting = Meeting(date=date(2026, 6, 11), status=MeetingStatus.held)
        session.add(meeting)
        session.flush()
        session.add(MeetingGroup(meeting_id=meeting.id,
                                 group_id=directory.group_by_slug(session, "sbu").id))
        session.add(Attendance(meeting_id=meeting.id, name="Örjan Åberg", status="present",
                               organisation="Örebro kommun", stands_in_for="Åsa Öhman"))
    url = f"{served}/slack/events"
    counter = iter(range(1000))

    def mention(user: str, text: str, ts: str = "1700.1") -> None:
        event = {"type": "app_mention", "channel": SBU_CHANNEL, "user": user,
                 "text": f"<@UBOT> {text}", "ts": ts}
        assert signing.event(url, event, f"EvMention{next(counter)}").status_code == 200

    return mention


def _answered(fake_slack, count: int = 1) -> list[dict]:
    return fake_slack.wait_for("chat.postEphemeral", count)


def test_an_agenda_asked_for_in_the_channel_is_shown_to_the_asker_alone(channel, fake_slack):
    channel(JOHANNA, "vad står på dagordningen den 31 augusti?")
    (answer,) = _answered(fake_slack)
    assert (answer["user"], answer["channel"], answer["thread_ts"]) == (
        JOHANNA, SBU_CHANNEL, "1700.1")
    assert AGENDA_ITEM in fake_slack.seen_by(JOHANNA)
    assert LINK in fake_slack.seen_by(JOHANNA)
    for other in (DANIEL, JENNY, STRANGER):
        assert fake_slack.seen_by(other) == ""
    assert fake_slack.calls_to("chat.postMessage") == []


def test_absentee_names_reach_only_the_asker(channel, fake_slack, served):
    # The secretary reports förhinder in a DM; then a member asks in the channel.
    signing.slash_command(f"{served}/slack/events", "/anmäl-förhinder", "31 augusti", DANIEL,
                          "D0DANIELB")
    channel(JOHANNA, "när är nästa möte?", ts="1700.2")
    (answer,) = _answered(fake_slack)
    assert answer["thread_ts"] == "1700.2"
    assert "Daniel Berglund" in fake_slack.seen_by(JOHANNA)
    for other in (JENNY, STRANGER):
        assert "Daniel Berglund" not in fake_slack.seen_by(other)
        assert AGENDA_ITEM not in fake_slack.seen_by(other)


def test_who_stood_in_for_whom_is_told_to_the_asker_alone(channel, fake_slack):
    channel(JOHANNA, "vem ersatte Åsa Öhman den 11 juni?")
    (answer,) = _answered(fake_slack)
    assert "Örjan Åberg ersatte Åsa Öhman" in fake_slack.seen_by(JOHANNA)
    for other in (DANIEL, JENNY, STRANGER):
        assert "Örjan" not in fake_slack.seen_by(other)


@pytest.mark.parametrize("asker", [JENNY, STRANGER])
def test_someone_outside_the_group_asking_in_its_channel_learns_nothing_and_shows_nothing(
        channel, fake_slack, asker):
    channel(asker, "vad står på dagordningen den 31 augusti?")
    (answer,) = _answered(fake_slack)
    assert answer["user"] == asker
    assert AGENDA_ITEM not in fake_slack.seen_by(asker)
    assert LINK not in fake_slack.seen_by(asker)
    for other in {JOHANNA, DANIEL, JENNY, STRANGER} - {asker}:
        assert fake_slack.seen_by(other) == ""
