"""Fan-out through the outbox: 1,000 messages to 300 channels via a flaky loopback Slack.

Real `samverkansbot worker` processes with production settings (one post a second per channel,
five tries, a 5xx retried at the next second while other posts go through, else backoff from
2 s), Slack answering 429 (Retry-After: 1) to every tenth post and 500 to one in fifty. Checks
that all arrive, none twice, none faster than one a second per channel, and compares the time
taken with the rate-limit bound. Writes its figures to BENCHMARKS.md.

    .venv/bin/python -m bench.bench_fanout [--runs 3] [--no-write]  # PostgreSQL: TEST_POSTGRES_URL

With `--runs N` the runs with faults are repeated N times in a row (the table shows the first;
a line under it every run's span against its bound): the target must hold in each.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from bench.support import fresh_postgres, load_average, machine, write_section
from storage import outbox
from storage.engine import make_engine, unit_of_work
from storage.migrate import upgrade
from tests.support.flaky_slack import Faults, FlakySlack

ROOT = Path(__file__).resolve().parents[1]
WORKER = [str(ROOT / ".venv" / "bin" / "samverkansbot"), "worker"]
MESSAGES, CHANNELS, INTERVAL = 1000, 300, 1.0
TARGET = 1.2  # span within this of the bound that counts refused attempts


def sqlite_url(folder: Path) -> str:
    return f"sqlite:///{folder / 'bench.db'}"


def postgres_url(base: str) -> str:
    """A database of its own, emptied."""
    return fresh_postgres(base, "samverkansbot_bench")


def run(label: str, url: str, workers: int, folder: Path, faults: Faults | None = None,
        tuning: dict[str, str] | None = None) -> dict:
    engine = make_engine(url)
    upgrade(engine)
    now = datetime.now(UTC)
    with unit_of_work(engine) as session:
        for n in range(MESSAGES):
            outbox.enqueue(session, f"fanout:{n:04d}", f"C{n % CHANNELS:03d}",
                           {"text": f"Meddelande {n}"}, now)
    faults = faults or Faults(rate_limit_every=10, retry_after=1, error_every=50)
    slack = FlakySlack(faults).start()
    # Production defaults: no SAMVERKANSBOT_* tuning from the caller's environment.
    env = {k: v for k, v in os.environ.items() if not k.startswith("SAMVERKANSBOT_")}
    env = {**env, "DATABASE_URL": url, "SLACK_API_URL": slack.url,
           "SLACK_BOT_TOKEN": "xoxb-bench", "LOG_LEVEL": "WARNING",
           "SAMVERKANSBOT_DATA_DIR": str(folder), **(tuning or {})}
    started = time.monotonic()
    processes = [subprocess.Popen(WORKER, env=env, cwd=folder) for _ in range(workers)]
    try:
        while time.monotonic() - started < 300:
            with unit_of_work(engine) as session:
                counts = outbox.status_counts(session)
            if counts["sent"] + counts["dead"] == MESSAGES:
                break
            time.sleep(0.05)
        elapsed = time.monotonic() - started
    finally:
        for process in processes:
            process.send_signal(signal.SIGTERM)
        for process in processes:
            process.wait(30)
        slack.stop()
    engine.dispose()
    keys = Counter(slack.keys())
    gaps = [
        b.at - a.at
        for messages in slack.by_channel().values()
        for a, b in zip(messages, messages[1:], strict=False)
    ]
    per_channel = max(Counter(m.channel for m in slack.accepted).values())
    # Every attempt Slack saw takes a channel's slot, refused or not (a 429 asks for the same
    # second again): the busiest channel by attempts sets the bound that counts them.
    attempts = Counter(m.channel for m in slack.accepted)
    attempts.update(slack.conversation(channel) for channel, _ in slack.refused)
    accepted = sorted(m.at for m in slack.accepted)
    return {
        "label": label,
        "workers": workers,
        "delivered": len(keys),
        "twice": sum(1 for count in keys.values() if count > 1),
        "dead": counts["dead"],
        "posts": slack.post_calls,
        "refused": slack.post_calls - len(slack.accepted),
        "history": slack.calls.get("conversations.history", 0),
        "min_gap": min(gaps),
        "bound": (per_channel - 1) * INTERVAL,
        "bound_refused": (max(attempts.values()) - 1) * INTERVAL,
        "send_span": accepted[-1] - accepted[0],
        "elapsed": elapsed,
    }


def report(results: list[dict]) -> str:
    lines = [
        "## Outbox fan-out",
        "",
        f"`python -m bench.bench_fanout`, {machine()}.",
        f"{MESSAGES} messages to {CHANNELS} channels through real `samverkansbot worker` "
        "processes with production settings (1 post/s per channel, 5 tries, 8 send threads; "
        "a retry after a 5xx at the channel's next second, 1–1.1 s later, while other posts go "
        "through, else backoff from 2 s with jitter). The loopback "
        "Slack answers 429 (Retry-After: 1) to every 10th "
        "chat.postMessage and 500 to every 50th (first row: no faults). *Bound*: the ideal "
        "time at one post a second per channel (busiest channel's messages − 1, in seconds). "
        "*Span*: first to last accepted post. *Total*: worker start to all rows sent, start-up "
        "included. Retries (Retry-After, backoff, a history look-up after each 500) make up "
        "most of the distance to the bound. *Bound with refused*: the same, counting every "
        "attempt Slack refused as one of the channel's seconds (busiest channel by attempts "
        "− 1); the target is a span within 1.2× of it, with one worker or two.",
        "",
        "| database | workers | delivered | twice | dead | posts (refused) | history look-ups "
        "| min gap/channel | bound | bound with refused | span | span / bound with refused "
        "| total |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in results:
        lines.append(
            f"| {r['label']} | {r['workers']} | {r['delivered']} | {r['twice']} | {r['dead']} "
            f"| {r['posts']} ({r['refused']}) | {r['history']} | {r['min_gap']:.2f} s "
            f"| {r['bound']:.0f} s | {r['bound_refused']:.0f} s | {r['send_span']:.1f} s "
            f"| {r['send_span'] / max(r['bound_refused'], INTERVAL):.2f}× | {r['elapsed']:.1f} s |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_fanout")
    parser.add_argument("--runs", type=int, default=1, help="runs with faults, in a row")
    parser.add_argument("--no-write", action="store_true", help="print, leave BENCHMARKS.md")
    args = parser.parse_args(argv)
    results, repeats = [], []
    base = os.environ.get("TEST_POSTGRES_URL", "")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # Without faults first: how close the worker itself gets to the bound.
        results.append(run("SQLite, no faults", sqlite_url(folder / "calm"), 1, folder, Faults()))
        for n in range(args.runs):
            this = [run("SQLite", sqlite_url(folder / f"one-{n}"), 1, folder),
                    run("SQLite", sqlite_url(folder / f"two-{n}"), 2, folder)]
            if base:
                this += [run("PostgreSQL", postgres_url(base), 1, folder),
                         run("PostgreSQL", postgres_url(base), 2, folder)]
            repeats.append(this)
            print(repeat_line(repeats), flush=True)
    results += repeats[0]
    section = report(results)
    if args.runs > 1:
        section += "\n\n" + repeat_line(repeats)
    print(section)
    if not args.no_write:
        write_section("fanout", section)
    everything = results + [r for this in repeats for r in this]
    ok = all(r["delivered"] == MESSAGES and r["twice"] == 0 and r["min_gap"] >= INTERVAL - 0.01
             for r in everything)
    return 0 if ok else 1


def repeat_line(repeats: list[list[dict]]) -> str:
    """Every run's span / bound with refused, per database and number of workers."""
    cells = []
    for n, first in enumerate(repeats[0]):
        ratios = [this[n]["send_span"] / max(this[n]["bound_refused"], INTERVAL)
                  for this in repeats if len(this) > n]
        met = sum(ratio <= TARGET for ratio in ratios)
        cells.append(f"{first['label']}, {first['workers']} worker{'s' * (first['workers'] > 1)}: "
                     + ", ".join(f"{ratio:.2f}×" for ratio in ratios) + f" ({met} of {len(ratios)} "
                     f"within {TARGET:g}×)")
    return (f"{len(repeats)} runs in a row, span / bound with refused: " + "; ".join(cells)
            + f"; load average {load_average():.1f} at the end.")


if __name__ == "__main__":
    sys.exit(main())
