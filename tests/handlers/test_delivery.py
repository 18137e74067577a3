"""The sender against a flaky loopback Slack: once, in order, patient, honest when it gives up."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest

from bot.replies import Reply, Section, reply_to_payload
from bot.settings import Settings
from handlers import cli_outbox
from handlers.delivery import ChannelLimiter, Deliverer, DeliveryConfig, make_client
from storage import outbox
from storage.engine import unit_of_work
from storage.models import Group, Membership, Person
from tests.support.flaky_slack import Faults, FlakySlack

T0 = datetime(2026, 12, 3, 7, 0, tzinfo=UTC)  # torsdag 3 december 2026 kl. 08.00 in Stockholm


class StepClock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.at = T0

    def now(self) -> datetime:
        return self.at

    def advance(self, seconds: float) -> None:
        self.at += timedelta(seconds=seconds)


@pytest.fixture
def slack():
    fake = FlakySlack().start()
    yield fake
    fake.stop()


@pytest.fixture
def clock():
    return StepClock()


def deliverer(engine, slack, clock, **config) -> Deliverer:
    options = {"channel_interval": 0.0, "backoff_base": 2.0, **config}
    settings = Settings(slack_bot_token="xoxb-test", slack_api_url=slack.url)
    cfg = DeliveryConfig(slack_timeout=5, **options)
    # No sleeping: the test's clock is the one that matters; jitter pinned to its top.
    return Deliverer(engine, make_client(settings, cfg), clock, cfg,
                     limiter=ChannelLimiter(), sleep=lambda _: None, rng=lambda: 1.0)


def add(engine, key, recipient="C1", text="Påminnelse", group_id=None, due=T0):
    with unit_of_work(engine) as session:
        outbox.enqueue(session, key, recipient, {"text": text}, due, group_id=group_id)


def row(engine, key):
    with unit_of_work(engine) as session:
        return outbox.by_key(session, key)


def test_messages_go_out_with_their_key_as_metadata_once_per_channel_per_interval(
    engine, slack, clock
):
    for n in range(3):
        add(engine, f"p{n}", "C1")
    add(engine, "q0", "C2")
    sender = deliverer(engine, slack, clock, channel_interval=1.0)
    assert sender.deliver_due().sent == 2  # the heads of C1 and C2; C1 must wait a second
    clock.advance(1.0)
    sender.deliver_due()
    clock.advance(1.0)
    sender.deliver_due()
    assert [m.key for m in slack.by_channel()["C1"]] == ["p0", "p1", "p2"]
    assert slack.by_channel()["C1"][0].metadata == {  # the first (and only) part of p0
        "event_type": "samverkansbot_outbox", "event_payload": {"key": "p0", "part": 0}
    }
    assert {row(engine, k).state for k in ("p0", "p1", "p2", "q0")} == {"sent"}


def test_a_neutral_reply_from_bot_is_rendered_as_block_kit(engine, slack, clock):
    reply = Reply("Klart. Per Lind är kallad som ersättare.", sections=[Section("*Dagordning*")])
    with unit_of_work(engine) as session:
        outbox.enqueue(session, "r", "U0PER", reply_to_payload(reply), T0)
    deliverer(engine, slack, clock).deliver_due()
    [post] = [p for p in slack.posts if p["channel"] == "U0PER"]
    assert post["text"] == "Klart. Per Lind är kallad som ersättare."
    assert "*Dagordning*" in str(post["blocks"])


def test_a_429_waits_for_retry_after_without_counting_an_attempt(engine, slack, clock):
    slack.faults = Faults(rate_limit_every=1, retry_after=7)
    add(engine, "a")
    stats = deliverer(engine, slack, clock).deliver_due()
    assert stats.retried == 1 and slack.accepted == []
    waiting = row(engine, "a")
    assert waiting.next_attempt_at == T0 + timedelta(seconds=7)
    assert waiting.attempts == 0 and waiting.last_error.startswith("ratelimited")
    slack.faults = Faults()
    clock.advance(6.9)
    assert deliverer(engine, slack, clock).deliver_due().sent == 0
    clock.advance(0.1)
    assert deliverer(engine, slack, clock).deliver_due().sent == 1
    assert slack.calls.get("conversations.history") is None  # a 429 posted nothing


def test_a_500_retries_with_growing_backoff_and_checks_history_first(engine, slack, clock):
    slack.faults = Faults(fail_channels={"C1": "500"})
    add(engine, "a")
    sender = deliverer(engine, slack, clock)
    sender.deliver_due()
    # The first retry at the channel's next slot (half the base), then base × 2 (top jitter).
    assert row(engine, "a").next_attempt_at == T0 + timedelta(seconds=1)
    clock.advance(0.9)
    assert sender.deliver_due().retried == 0  # not before its second
    clock.advance(0.1)
    sender.deliver_due()
    assert row(engine, "a").next_attempt_at == clock.at + timedelta(seconds=4)
    clock.advance(4)
    sender.deliver_due()
    assert row(engine, "a").next_attempt_at == clock.at + timedelta(seconds=8)
    slack.faults = Faults()
    clock.advance(8)
    sender.deliver_due()
    assert row(engine, "a").state == "sent" and slack.keys() == ["a"]
    assert slack.calls["conversations.history"] == 3  # a 5xx may have posted: look first


def test_a_second_500_while_other_posts_go_through_is_retried_at_the_next_slot(
    engine, slack, clock
):
    """A blip, not an outage: the row's channel keeps its pace of one post a second."""
    add(engine, "a", "C1")
    add(engine, "b", "C2")
    sender = deliverer(engine, slack, clock, channel_interval=1.0, send_threads=1)
    add(engine, "z", "C0", due=T0 - timedelta(seconds=1))  # first in line
    slack.faults = Faults(error_every=2)  # posts: z (1st) goes, a (2nd) fails, b (3rd) goes
    sender.deliver_due()
    assert row(engine, "a").next_attempt_at == T0 + timedelta(seconds=1)
    assert {row(engine, k).state for k in "zb"} == {"sent"}
    clock.advance(1)
    slack.faults = Faults(error_every=4)  # a's retry, the 4th post, fails again
    sender.deliver_due()
    assert (row(engine, "a").attempts, row(engine, "a").state) == (2, "pending")
    # The next slot, a tenth later at most (jitter pinned to its top): not after 2–4 s.
    assert row(engine, "a").next_attempt_at == clock.at + timedelta(seconds=1.1)
    clock.advance(1.1)
    slack.faults = Faults()
    sender.deliver_due()
    assert row(engine, "a").state == "sent" and slack.keys().count("a") == 1


@pytest.mark.parametrize("threads", [1, 8])
def test_a_row_that_breaks_the_sender_leaves_the_others_recorded(engine, slack, clock, threads):
    """A bug (here a payload nothing can render) is raised, and the rows sent beside it in the
    same claim are marked sent all the same, not left in doubt until their lease runs out."""
    add(engine, "a", "C1")
    with unit_of_work(engine) as session:
        outbox.enqueue(session, "trasig", "C2", {"reply": 5}, T0)
    add(engine, "c", "C3")
    with pytest.raises(AttributeError):
        deliverer(engine, slack, clock, send_threads=threads).deliver_due()
    assert sorted(slack.keys()) == ["a", "c"]
    assert [row(engine, k).state for k in ("a", "trasig", "c")] == ["sent", "sending", "sent"]


def test_order_per_channel_is_kept_across_retries(engine, slack, clock):
    slack.faults = Faults(error_every=2)  # the 2nd, 4th, … post fails
    for n in range(4):
        add(engine, f"c1-{n}", "C1", due=T0 + timedelta(seconds=n))
        add(engine, f"c2-{n}", "C2", due=T0 + timedelta(seconds=n))
    sender = deliverer(engine, slack, clock, backoff_base=1.0)
    for _ in range(40):
        clock.advance(1)
        sender.deliver_due()
    channels = slack.by_channel()
    assert [m.key for m in channels["C1"]] == [f"c1-{n}" for n in range(4)]
    assert [m.key for m in channels["C2"]] == [f"c2-{n}" for n in range(4)]


@pytest.fixture
def group_with_secretary(engine):
    with unit_of_work(engine) as session:
        group = Group(slug="sbu", name="Samverkansgrupp Barn och unga", channel_id="C1")
        eva = Person(name="Eva Ek", slack_id="U0EVA")
        session.add_all([group, eva])
        session.flush()
        session.add(Membership(group_id=group.id, person_id=eva.id, role="secretary"))
        return group.id


def test_a_dead_letter_after_n_tries_is_told_to_the_secretary_and_shown_in_status(
    engine, slack, clock, group_with_secretary
):
    slack.faults = Faults(fail_channels={"C1": "500"})
    add(engine, "kallelse:7", "C1", text="Kallelse till mötet", group_id=group_with_secretary)
    sender = deliverer(engine, slack, clock, max_attempts=3)
    for _ in range(3):
        sender.deliver_due()
        clock.advance(60)
    dead = row(engine, "kallelse:7")
    assert (dead.state, dead.attempts) == ("dead", 3)
    sender.deliver_due()  # the notice is itself an outbox message
    [notice] = [m for m in slack.accepted if m.channel == "D0EVA"]
    # Named as the secretary knows it, on whatever platform she reads it.
    assert notice.text.startswith(
        "Jag kunde inte skicka ett meddelande till Slack-kanalen för Samverkansgrupp")
    assert "Samverkansgrupp Barn och unga" in notice.text and "3 försök" in notice.text
    assert "torsdag 3 december 2026 kl. 08.00" in notice.text
    assert "”Kallelse till mötet”" in notice.text
    status = cli_outbox.status_text(engine)
    assert "gav upp        1" in status.splitlines()
    assert "kallelse:7\tC1\t3\t2026-12-03T07:00:00+00:00\tHTTP 500 internal_error" in status


def test_a_permanent_slack_error_is_a_dead_letter_at_once(engine, slack, clock):
    slack.faults = Faults(fail_channels={"C404": "channel_not_found"})
    add(engine, "a", "C404")
    assert deliverer(engine, slack, clock).deliver_due().dead == 1
    assert row(engine, "a").last_error == "slack: channel_not_found"


@pytest.mark.parametrize("recipient, conversation", [("C1", "C1"), ("U0PER", "D0PER")])
def test_an_in_doubt_row_already_in_history_is_not_resent(engine, slack, clock, recipient,
                                                          conversation):
    add(engine, "a", recipient)
    sender = deliverer(engine, slack, clock, lease_seconds=30)
    # A worker claims and posts, then dies before it can mark the row sent.
    with unit_of_work(engine) as session:
        [claimed] = outbox.claim(session, clock.now(), lease_seconds=30)
    sender.client.chat_postMessage(
        channel=recipient, text="Påminnelse",
        metadata={"event_type": "samverkansbot_outbox", "event_payload": {"key": "a"}},
    )
    assert sender.deliver_due().sent == 0  # the lease still holds
    clock.advance(30)
    stats = sender.deliver_due()
    assert (stats.sent, stats.found_in_history) == (1, 1)
    assert [m.channel for m in slack.accepted] == [conversation]
    assert row(engine, "a").state == "sent"


def test_an_in_doubt_row_not_in_history_is_sent(engine, slack, clock):
    add(engine, "a")
    with unit_of_work(engine) as session:
        outbox.claim(session, clock.now(), lease_seconds=30)  # killed before posting
    clock.advance(30)
    assert deliverer(engine, slack, clock).deliver_due().found_in_history == 0
    assert slack.keys() == ["a"]


def test_two_workers_in_parallel_never_send_a_row_twice(engine, slack, clock):
    slack.faults = Faults(rate_limit_every=9, error_every=13)
    for n in range(60):
        add(engine, f"m{n}", f"C{n % 12}", due=T0 + timedelta(milliseconds=n))
    url = engine.url.render_as_string(hide_password=False)
    from storage.engine import make_engine

    engines = [make_engine(url) for _ in range(2)]
    senders = [deliverer(eng, slack, clock, batch=4, backoff_base=1.0) for eng in engines]

    def work(sender):
        for _ in range(10):
            sender.deliver_due()

    for _ in range(20):
        threads = [threading.Thread(target=work, args=(s,)) for s in senders]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        clock.advance(2)
        if len(slack.accepted) >= 60:
            break
    for eng in engines:
        eng.dispose()
    assert sorted(slack.keys()) == sorted(f"m{n}" for n in range(60))
    for channel, messages in slack.by_channel().items():
        assert [m.key for m in messages] == sorted(
            (m.key for m in messages), key=lambda k: int(k[1:])
        ), channel


def test_the_limiter_spaces_posts_to_one_channel_in_wall_clock_time():
    slept = []
    limiter = ChannelLimiter()
    for channel in ("C1", "C1", "C2", "C1"):
        limiter.wait(channel, 1.0, slept.append)
    assert len(slept) == 2 and 0.9 < slept[0] <= 1.0 and 1.9 < slept[1] <= 2.0
