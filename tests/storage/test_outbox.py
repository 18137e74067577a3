"""The outbox table as a queue: once per key, heads of queues only, leases, fencing, counts."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest

from storage import outbox
from storage.engine import make_engine, unit_of_work

T0 = datetime(2026, 8, 24, 7, 0, tzinfo=UTC)


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def add(engine, key, recipient="C1", due=0.0, text="hej"):
    with unit_of_work(engine) as session:
        return outbox.enqueue(session, key, recipient, {"text": text}, at(due), created_at=T0)


def claim(engine, now=0.0, **options):
    with unit_of_work(engine) as session:
        return outbox.claim(session, at(now), **options)


def keys(rows):
    return [row.key for row in rows]


def test_enqueue_with_an_existing_key_does_nothing(engine):
    assert add(engine, "påminnelse:1", text="först") is True
    assert add(engine, "påminnelse:1", recipient="C2", text="sedan") is False
    with unit_of_work(engine) as session:
        row = outbox.by_key(session, "påminnelse:1")
        assert (row.recipient, row.payload, row.state) == ("C1", {"text": "först"}, "pending")
        assert outbox.status_counts(session)["pending"] == 1


def test_concurrent_enqueues_of_one_key_never_fail(engine):
    url = engine.url.render_as_string(hide_password=False)
    results, errors = [], []

    def enqueue_once():
        eng = make_engine(url)
        try:
            results.append(add(eng, "samma"))
        except Exception as error:  # pragma: no cover - the failure this test is about
            errors.append(error)
        finally:
            eng.dispose()

    threads = [threading.Thread(target=enqueue_once) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and sorted(results) == [False] * 7 + [True]


@pytest.mark.parametrize(
    "rows, now, expected",
    [
        # (key, recipient, due in s) … claimed at `now`: due ones only, oldest first
        ([("a", "C1", 0), ("b", "C2", 5), ("c", "C3", 50)], 10, ["a", "b"]),
        # one per recipient: the head of each queue
        ([("a", "C1", 0), ("b", "C1", 1), ("c", "C2", 2)], 10, ["a", "c"]),
        # equal due times: the first enqueued is the head
        ([("a", "C1", 0), ("b", "C1", 0)], 10, ["a"]),
        ([], 10, []),
    ],
)
def test_claim_takes_due_heads_of_queues_in_order(engine, rows, now, expected):
    for key, recipient, due in rows:
        add(engine, key, recipient, due)
    claimed = claim(engine, now)
    assert keys(claimed) == expected
    assert all(row.state == "sending" and row.attempts == 1 for row in claimed)
    assert all(row.lease_until == at(now + 60) for row in claimed)


def test_a_sender_claims_only_its_own_platform(engine):
    with unit_of_work(engine) as session:
        outbox.enqueue(session, "t", "19:abc@thread.tacv2", {"text": "hej"}, T0, platform="teams")
    add(engine, "s")
    assert keys(claim(engine, 10)) == ["s"]
    assert keys(claim(engine, 10, platform="teams")) == ["t"]


def test_an_earlier_message_waiting_for_a_retry_holds_back_later_ones(engine):
    add(engine, "a", "C1", 0)
    add(engine, "b", "C1", 1)
    [first] = claim(engine, 10)
    with unit_of_work(engine) as session:
        assert outbox.mark_retry(session, first, at(30), "HTTP 500")
    assert claim(engine, 20) == []  # "b" must not overtake "a"
    assert keys(claim(engine, 30)) == ["a"]


def test_a_dead_letter_does_not_block_its_channel(engine):
    add(engine, "a", "C1", 0)
    add(engine, "b", "C1", 1)
    [first] = claim(engine, 10)
    with unit_of_work(engine) as session:
        assert outbox.mark_dead(session, first, "slack: channel_not_found")
    assert keys(claim(engine, 10)) == ["b"]


def test_a_lease_keeps_others_off_until_it_expires_then_the_row_is_in_doubt(engine):
    add(engine, "a")
    [first] = claim(engine, 0, lease_seconds=30)
    assert claim(engine, 29) == []
    [again] = claim(engine, 30, lease_seconds=30)
    assert again.key == "a" and again.attempts == 2 and again.last_error == outbox.IN_DOUBT
    with unit_of_work(engine) as session:
        # the first worker's lease is gone: its outcome may not overwrite the new owner's
        assert outbox.mark_retry(session, first, at(99), "HTTP 500") is False
        assert outbox.mark_dead(session, first, "x") is False
        assert outbox.mark_retry(session, again, at(99), "HTTP 500") is True


def test_a_recipient_sent_to_within_the_interval_is_skipped(engine):
    add(engine, "a", "C1", 0)
    add(engine, "b", "C1", 0)
    [first] = claim(engine, 0, min_interval=1.0)
    with unit_of_work(engine) as session:
        outbox.mark_sent(session, first, at(0))
    assert claim(engine, 0.5, min_interval=1.0) == []
    assert keys(claim(engine, 1.0, min_interval=1.0)) == ["b"]


def test_a_recipient_free_again_within_ahead_is_claimed_with_the_moment_it_is_free(engine):
    add(engine, "a", "C1", 0)
    add(engine, "b", "C1", 0)
    add(engine, "c", "C2", 0)
    [first, _] = claim(engine, 0, min_interval=1.0)
    with unit_of_work(engine) as session:
        outbox.mark_sent(session, first, at(0.2))
    assert claim(engine, 1.1, min_interval=1.0, ahead=0.05) == []  # free at 1.2, not by 1.15
    [second] = claim(engine, 1.16, min_interval=1.0, ahead=0.05)
    assert second.key == "b"
    with unit_of_work(engine) as session:
        assert outbox.free_again(session, [second], at(1.16), 1.0) == {"C1": at(1.2)}
        assert outbox.free_again(session, [second], at(1.2), 1.0) == {}  # free now


def test_next_due_counts_a_row_held_by_the_interval_from_the_moment_it_is_free(engine):
    add(engine, "a", "C1", 0)
    add(engine, "b", "C1", 0)
    [first] = claim(engine, 0, min_interval=1.0)
    with unit_of_work(engine) as session:
        outbox.mark_sent(session, first, at(0.3))
    with unit_of_work(engine) as session:
        assert outbox.next_due(session, now=at(0.5), min_interval=1.0) == at(1.3)
        assert outbox.next_due(session) == at(0)  # without the interval: due, so now
    add(engine, "c", "C2", 0)  # a channel free now: the moment is now
    with unit_of_work(engine) as session:
        assert outbox.next_due(session, now=at(0.5), min_interval=1.0) == at(0.5)


def test_a_rate_limited_attempt_is_given_back(engine):
    add(engine, "a")
    [row] = claim(engine)
    with unit_of_work(engine) as session:
        outbox.mark_retry(session, row, at(1), "ratelimited: Retry-After 1 s", count_attempt=False)
    [row] = claim(engine, 1)
    assert row.attempts == 1


def test_two_claimers_at_once_never_share_a_row(engine):
    for n in range(40):
        add(engine, f"m{n}", f"C{n % 20}", n / 100)
    url = engine.url.render_as_string(hide_password=False)
    seen: list[str] = []
    lock = threading.Lock()

    def worker():
        eng = make_engine(url)
        for _ in range(30):
            rows = claim(eng, 10, batch=3)
            with unit_of_work(eng) as session:
                for row in rows:
                    outbox.mark_sent(session, row, at(10))
            with lock:
                seen.extend(keys(rows))
        eng.dispose()

    threads = [threading.Thread(target=worker) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(seen) == sorted(f"m{n}" for n in range(40))


def test_next_due_is_the_earliest_due_retry_or_lease_end(engine):
    with unit_of_work(engine) as session:
        assert outbox.next_due(session) is None
    add(engine, "a", "C1", due=100)
    add(engine, "b", "C2", due=50)
    with unit_of_work(engine) as session:
        assert outbox.next_due(session) == at(50)
    [b] = claim(engine, 60, lease_seconds=30)
    with unit_of_work(engine) as session:
        assert outbox.next_due(session) == at(90)  # b's lease ends before a is due
        outbox.mark_retry(session, b, at(120), "HTTP 500")
    with unit_of_work(engine) as session:
        assert outbox.next_due(session) == at(100)


def test_status_counts_dead_letters_and_requeue(engine):
    for key in ("a", "b", "c"):
        add(engine, key, f"C-{key}")
    a, b, _ = claim(engine)
    with unit_of_work(engine) as session:
        outbox.mark_sent(session, a, at(1))
        outbox.mark_dead(session, b, "slack: not_in_channel")
    with unit_of_work(engine) as session:
        assert outbox.status_counts(session) == {"pending": 0, "sending": 1, "sent": 1, "dead": 1}
        [dead] = outbox.dead_letters(session)
        assert (dead.key, dead.last_error) == ("b", "slack: not_in_channel")
        assert outbox.requeue(session, "b", at(2)) is True
        assert outbox.requeue(session, "a", at(2)) is False
    with unit_of_work(engine) as session:
        assert outbox.oldest_pending(session).key == "b"
        assert outbox.by_key(session, "b").attempts == 0
