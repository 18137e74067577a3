"""The large county over Teams: signed activities in, every posted message within the smallest
size Teams is documented to take (about 28 KB, UTF-16), and nothing of the answer left out.

Teams' documentation has said 28 KB, 40 KB and 100 KB for a bot's message at different times
and for different routes; a card the connector refuses is a reply the person never sees, so
each post, envelope included, must fit the smallest.
"""

from __future__ import annotations

import json

import httpx
import pytest

from handlers.teams.app import TeamsSettings, build_teams_handler
from handlers.teams.render import card_text, utf16_size
from storage.engine import unit_of_work
from storage.models import Person
from tests.handlers.test_teams import BOT
from tests.support.bot_framework import APP_ID, SERVICE_URL, FakeBotFramework, token
from tests.support.large_county import TEAMS_CHANNEL, agenda_title, comment_text

SMALLEST_LIMIT = 28 * 1024  # bytes of a message in UTF-16, as Teams counts them
SECRETARY, MEMBER = "29:stor-sekreterare", "29:stor-ledamot"


@pytest.fixture
def teams(large_county, clock):
    """send(text, who, where) → the text of every card posted back, in order."""
    with unit_of_work(large_county.engine) as session:
        session.get(Person, large_county.secretary.id).teams_id = SECRETARY
        session.get(Person, large_county.member.id).teams_id = MEMBER
    bot_framework = FakeBotFramework()
    http = httpx.Client(transport=bot_framework.transport)
    handler = build_teams_handler(
        TeamsSettings(microsoft_app_id=APP_ID, microsoft_app_password="secret"),
        large_county.engine, clock, http)
    ids = iter(range(5000, 6000))

    def send(text: str, who: str = SECRETARY, where: str = "personal") -> list[str]:
        conversation = ({"id": f"a:1personal-{who}", "conversationType": "personal"}
                        if where == "personal" else
                        {"id": f"{TEAMS_CHANNEL};messageid=1", "conversationType": "channel"})
        body = {"type": "message", "id": str(next(ids)), "channelId": "msteams",
                "serviceUrl": SERVICE_URL, "from": {"id": who, "name": "Sekreteraren"},
                "recipient": BOT, "conversation": {**conversation, "tenantId": "tenant-1"},
                "text": text, "textFormat": "plain", "locale": "sv-SE"}
        if where == "channel":
            body["channelData"] = {"channel": {"id": TEAMS_CHANNEL},
                                   "team": {"id": TEAMS_CHANNEL}}
            body["text"] = f"<at>Samverkansbot</at> {text}"
            body["entities"] = [{"type": "mention", "text": "<at>Samverkansbot</at>",
                                 "mentioned": BOT}]
        before = len(bot_framework.calls)
        status, _ = handler({"Authorization": f"Bearer {token()}"}, json.dumps(body).encode())
        handler.flush()
        assert status == 200
        posted = [r for r in bot_framework.calls[before:] if "/activities" in str(r.url)]
        texts = []
        for request in posted:
            activity = json.loads(request.content)
            assert utf16_size(activity) <= SMALLEST_LIMIT, (text, utf16_size(activity))
            texts.append(card_text(activity["attachments"][0]["content"]))
        assert texts, text
        return texts

    yield send
    http.close()


def test_an_agenda_of_forty_items_comes_in_cards_teams_takes(teams):
    shown = "\n".join(teams("dagordning"))
    for number in range(1, 41):
        assert agenda_title(number) in shown, number


def test_thirty_open_remisser_come_in_cards_teams_takes(teams):
    shown = "\n".join(teams("remisser", MEMBER))
    assert shown.count("Remiss: ") >= 30


def test_fifty_synpunkter_come_in_cards_teams_takes(teams):
    shown = "\n".join(teams("/synpunkter tidiga samordnade insatser"))
    for number in range(1, 51):
        assert comment_text(number) in shown, number


def test_the_attendance_of_eighty_ledamoter_in_the_channel_fits(teams, large_county):
    shown = "\n".join(teams("närvaro", where="channel"))
    for person in large_county.members:
        assert person.name in shown


def test_the_forhinder_form_with_three_long_agendas_ahead_fits(teams, large_county):
    """Three meetings ahead: 100 agenda items to choose parts of, each still there (the
    titles shortened as Slack's are when the whole would not fit)."""
    from datetime import time, timedelta

    from bot.meetings import service as meetings
    from storage.models import Group

    with unit_of_work(large_county.engine) as session:
        group = session.get(Group, large_county.group_id)
        for weeks, items in ((2, 40), (4, 20)):
            later, _ = meetings.add_meeting(session, meetings.MeetingInput(
                group, large_county.meeting_day + timedelta(weeks=weeks), time(9), time(16),
                "Stora salen"))
            for number in range(1, items + 1):
                meetings.add_item(session, later, agenda_title(number + weeks), "Anna Andersson",
                                  "information", None)
    (form,) = teams("/anmäl-förhinder", MEMBER)
    assert "torsdag 3 september 2026 kl. 09.00–16.00" in form
    assert "torsdag 17 september 2026 kl. 09.00–16.00" in form
    assert form.count("- 3 september: ") == 40 and form.count("- 17 september: ") == 40
    assert form.count("- 1 oktober: ") == 20


def test_one_paragraph_longer_than_a_card_is_folded_over_cards_not_refused():
    """A decision copied from minutes as one paragraph of 40,000 characters, quoted, with
    bold words: every word arrives, in cards Teams takes."""
    from bot import markup
    from bot.replies import Reply, Section
    from handlers.teams.render import reply_activities

    words = [f"åtgärd{n} & <punkt> 😊" for n in range(2500)]
    paragraph = markup.Markup(" ").join(markup.escape(word) for word in words)
    reply = Reply("Beslut om SIP", [Section(markup.bold("Beslut:") + " " + paragraph),
                                    Section(markup.quote_lines(" ".join(words)))])
    activities = reply_activities(reply, "sv-SE")
    assert len(activities) > 2
    assert all(utf16_size(a) <= SMALLEST_LIMIT - 4096 for a in activities)
    shown = "".join(card_text(a["attachments"][0]["content"]).replace("\n", "")
                    for a in activities)
    assert shown.count("åtgärd2499 & <punkt> 😊") == 2
    assert shown.replace(" ", "").count("".join(words).replace(" ", "")) == 2


@pytest.mark.parametrize("typed", [
    "kostnaden < 5 mkr & tidplanen > 1 år",  # as a plain-text message carries it
    "kostnaden &lt; 5 mkr &amp; tidplanen &gt; 1 år",  # as Teams' HTML carries it
    "<p>kostnaden &lt; 5 mkr &amp; tidplanen &gt; 1 år</p>",
])
def test_a_synpunkt_with_less_than_and_greater_than_is_kept_as_written(
        teams, large_county, typed):
    from sqlmodel import select

    from storage.models import Comment

    (receipt,) = teams(f"synpunkt på tidiga samordnade insatser: {typed}", MEMBER)
    assert "kostnaden < 5 mkr & tidplanen > 1 år" in receipt
    with unit_of_work(large_county.engine) as session:
        latest = session.exec(select(Comment).where(
            Comment.person_id == large_county.member.id).order_by(Comment.id.desc())).first()
        assert latest.text == "kostnaden < 5 mkr & tidplanen > 1 år"


def test_each_card_of_the_agenda_says_in_its_notification_what_it_is(large_county, clock):
    """The agenda's reply is all sections, no lead sentence: its cards went out with an empty
    summary, which Teams' notification and a screen reader show as nothing."""
    from bot import commands
    from bot.context import Context
    from bot.replies import Request
    from handlers.teams.render import reply_activities

    request = Request("teams", SECRETARY, "", "dagordning", channel_id="a:1", is_dm=True,
                      now=clock.now())
    with unit_of_work(large_county.engine) as session:
        session.get(Person, large_county.secretary.id).teams_id = SECRETARY
    with unit_of_work(large_county.engine) as session:
        reply = commands.handle(Context(session, clock), request)
    activities = reply_activities(reply, "sv-SE")
    assert len(activities) > 1
    for activity in activities:
        assert activity["summary"].startswith(
            "Chefsgrupp för social välfärd samt vård och omsorg: torsdag 3 september 2026")
        assert len(activity["summary"]) <= 200


def test_an_ersattare_the_bot_cannot_reach_is_said_without_naming_slack(teams, large_county):
    """In Teams the member was told that the ersättare 'har inget Slack-konto kopplat till
    boten', and so was the secretary: a platform they may never have heard of."""
    from sqlmodel import select

    from storage.models import OutboxMessage

    substitute = large_county.substitutes[large_county.member.name]
    with unit_of_work(large_county.engine) as session:
        session.get(Person, substitute.id).slack_id = None
    (reply,) = teams("/anmäl-förhinder 3 september", MEMBER)
    assert (f"{substitute.name} är kallad som ersättare. Jag når inte {substitute.name} i "
            f"chatten, så sekreteraren kontaktar {substitute.name} direkt.") in reply
    with unit_of_work(large_county.engine) as session:
        told = [json.dumps(m.payload, ensure_ascii=False)
                for m in session.exec(select(OutboxMessage)).all()
                if m.recipient == large_county.secretary.slack_id]
    assert told and all("Slack" not in text for text in told)
    assert any(f"Jag når inte {substitute.name} i chatten: kontakta {substitute.name} direkt."
               in text for text in told)


def test_what_the_worker_posts_to_the_groups_teams_channel_fits(large_county, clock):
    """The announcement of 60 decisions, the kallelse with 40 items and the owner's closing
    summary of 50 synpunkter, delivered by the Teams sender: every post within the limit and
    every synpunkt there."""
    from bot import recipients
    from bot.consultations import notices
    from bot.decisions.announce import announcement
    from bot.scheduler import kallelse
    from handlers.delivery import ChannelLimiter, DeliveryConfig
    from handlers.teams.sender import TeamsDeliverer
    from storage.models import Consultation, Document, Group, Meeting
    from tests.support.large_county import decision_text

    with unit_of_work(large_county.engine) as session:
        session.get(Person, large_county.secretary.id).slack_id = None  # the owner on Teams
        session.get(Person, large_county.secretary.id).teams_id = SECRETARY
    with unit_of_work(large_county.engine) as session:
        group = session.get(Group, large_county.group_id)
        group.channel_id = None  # a county on Teams only
        now = clock.now()
        recipients.to_group(session, "qa:announcement", group, announcement(
            session, session.get(Document, large_county.document_id), now.date()), now)
        recipients.to_group(session, "qa:kallelse", group, kallelse(
            session, session.get(Meeting, large_county.meeting_id), group, False), now)
        assert notices.closing_summary(
            session, session.get(Consultation, large_county.consultation_id), now)
    fake = FakeBotFramework()
    settings = TeamsSettings(microsoft_app_id=APP_ID, microsoft_app_password="secret",
                             microsoft_app_tenant_id="tenant-1")
    deliverer = TeamsDeliverer(large_county.engine, httpx.Client(transport=fake.transport),
                               clock, settings, DeliveryConfig(channel_interval=0.0,
                                                               send_threads=1),
                               limiter=ChannelLimiter(), sleep=lambda _: None)
    deliverer.deliver_due()
    deliverer.close()
    posts = [json.loads(r.content) for r in fake.posts()]
    assert len(posts) > 3
    for post in posts:
        assert utf16_size(post) <= SMALLEST_LIMIT
    shown = "\n".join(card_text(p["attachments"][0]["content"]) for p in posts)
    # The announcement and the kallelse shorten themselves, saying what is left out.
    assert decision_text(1) in shown and agenda_title(1) in shown
    for number in range(1, 51):
        assert f"Synpunkt {number}:" in shown, number
