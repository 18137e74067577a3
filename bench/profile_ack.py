"""Where a slash command's CPU goes: cProfile over the web app `serve` runs, handling signed
requests, in one thread (waitress's threads are not profiled; the WSGI app is called directly).

The data is bench_ack's (the demo database, weekly sbu meetings, an open remiss) on SQLite; the
requests are bench_ack's mix, each signed. The Slack Web API is a loopback fake.

    .venv/bin/python -m bench.profile_ack [--requests 800] [--top 40] [--sort tottime]
                                          [--output profile.pstats] [--kind beslut] [--bare]
                                          [--postgres]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import tempfile
import time
from pathlib import Path

from bench.bench_ack import MIX, SECRET, form, headers, postgres_url, prepare, request_for
from tests.support.fake_slack import FakeSlack


def build(url: str, slack_url: str):
    os.environ.update(SLACK_SIGNING_SECRET=SECRET, SLACK_BOT_TOKEN="xoxb-bench",
                      SLACK_API_URL=slack_url, DATABASE_URL=url)
    from bot.clock import SystemClock
    from bot.settings import Settings
    from handlers.runtime import configure_logging, open_database
    from handlers.server import build_web_app
    from handlers.slack.app import build_app

    settings = Settings.from_env()
    configure_logging(settings)
    engine = open_database(settings)
    clock = SystemClock()
    return build_web_app(build_app(settings, engine, clock), engine, clock=clock,
                         settings=settings)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.profile_ack")
    parser.add_argument("--requests", type=int, default=800)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--sort", default="tottime")
    parser.add_argument("--output", type=Path)
    parser.add_argument("--kind", help="only this kind of request (bench_ack's MIX)")
    parser.add_argument("--bare", action="store_true", help="the baseline: bench/bare_bolt.py")
    parser.add_argument("--postgres", action="store_true",
                        help="on PostgreSQL (bench_ack's database), not SQLite")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="profile-ack-"))
    if args.postgres:
        url = postgres_url()
        plan = prepare(url, None)
    else:
        url = f"sqlite:///{folder / 'bot.db'}"
        plan = prepare(url, folder / "bot.db")
    slack = FakeSlack().start()
    web = build(url, slack.url)
    if args.bare:
        from bench.bare_bolt import build as build_bare

        web = build_bare()
    client = web.test_client()

    def one(index: int) -> None:
        if args.kind:  # the index-th request of that kind
            cycle, slot = divmod(index, MIX.count(args.kind))
            index = cycle * len(MIX) + [i for i, k in enumerate(MIX) if k == args.kind][slot]
        request = request_for(index, plan)
        body = form(request.command, request.text, request.user, request.channel)
        response = client.post("/slack/events", data=body, headers=headers(body))
        assert response.status_code == 200 and (args.bare or response.data), response.data[:200]

    for index in range(16):  # warm-up: first requests, caches
        one(index)
    started, cpu = time.perf_counter(), time.process_time()
    for index in range(16, 16 + args.requests):
        one(index + args.requests)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(f"{args.requests} requests: {wall * 1000 / args.requests:.2f} ms wall, "
          f"{cpu * 1000 / args.requests:.2f} ms CPU per request (not profiled)")
    profile = cProfile.Profile()
    started, cpu = time.perf_counter(), time.process_time()
    profile.enable()
    for index in range(16, 16 + args.requests):
        one(index + 2 * args.requests)
    profile.disable()
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(f"{args.requests} requests: {wall * 1000 / args.requests:.2f} ms wall, "
          f"{cpu * 1000 / args.requests:.2f} ms CPU per request (profiled)")
    if args.output:
        profile.dump_stats(args.output)
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out)
    # Calls are steadier than CPU time on a shared machine: the figure to compare changes by.
    print(f"{stats.total_calls / args.requests:.0f} Python function calls per request")
    if args.top:
        stats.sort_stats(args.sort).print_stats(args.top)
        print(out.getvalue())
    slack.stop()


if __name__ == "__main__":
    main()
