"""Instructions per slash command under callgrind, and PostgreSQL round trips per command.

A load-independent measure of what `bench_ack` times: the same web app `serve` runs (the real
Flask app, Bolt, the bot's handlers), driven in process by Flask's test client with
bench_ack's signed requests in its mix (half /dagordning in a DM and in the group channel, a
quarter /anmäl-förhinder each for a new member–meeting pair, /remisser, /beslut SAMS), on
bench_ack's data. Each figure is the difference of two runs under `valgrind --tool=callgrind`,
`--rounds` and one round of the mix (after the same warm-up), so start-up, imports and the
warm-up cancel out: instructions per request = (I(rounds) − I(1)) / ((rounds − 1) × 8).
Each run starts from the same copy of the data (SQLite: a file copied; PostgreSQL: a database
made from a template). The bare Bolt app (bench/bare_bolt.py) is measured the same way.

Round trips (PostgreSQL): every message libpq sends that waits for an answer (a Query, or a
Sync ending an extended-protocol exchange), read from libpq's own trace of each connection,
per kind of command, outside valgrind.

    .venv/bin/python -m bench.callgrind_ack [--rounds 11] [--databases sqlite,postgres,bare]
                                            [--answers FILE] [--trips]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from bench.support import ROOT

PYTHON = sys.executable
TEMPLATE = "speed_callgrind_tpl"
RUN = f"speed_callgrind_run_{os.getpid()}"  # two measurements at once each have their own
WARM_ROUNDS = 2


def _admin(base: str):
    from storage.engine import make_engine

    return make_engine(base).execution_options(isolation_level="AUTOCOMMIT")


def _pg_url(base: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(base).set(database=name).render_as_string(hide_password=False)


def _pg_copy(base: str, drop_only: bool = False) -> str:
    """A fresh database from the template (left behind by `prepare`)."""
    from sqlalchemy import text

    admin = _admin(base)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{RUN}" WITH (FORCE)'))
        if not drop_only:
            connection.execute(text(f'CREATE DATABASE "{RUN}" TEMPLATE "{TEMPLATE}"'))
    admin.dispose()
    return _pg_url(base, RUN)


def prepare(folder: Path, databases: list[str]) -> None:
    """bench_ack's data, once per database; its plan in folder/plan.json."""
    from sqlalchemy import text

    from bench import bench_ack
    from bench.support import fresh_postgres

    plan = None
    if "sqlite" in databases or "bare" in databases:
        plan = bench_ack.prepare(f"sqlite:///{folder / 'bot.db'}", folder / "bot.db")
    if "postgres" in databases:
        base = bench_ack.postgres_base()
        url = fresh_postgres(base, TEMPLATE)
        plan = bench_ack.prepare(url, None)
        admin = _admin(base)
        with admin.connect() as connection:  # a template takes no connections
            connection.execute(text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"),
                {"n": TEMPLATE})
        admin.dispose()
    (folder / "plan.json").write_text(json.dumps(plan.__dict__), encoding="utf-8")


def run(args) -> None:
    """One run in this process (under valgrind or not): warm-up, then `rounds` of the mix."""
    from bench.bench_ack import MIX, Plan, form, headers, request_for
    from bench.profile_ack import build
    from tests.support.fake_slack import FakeSlack

    plan = Plan(**json.loads(Path(args.plan).read_text(encoding="utf-8")))
    slack = FakeSlack().start()
    if args.bare:
        os.environ.update(SLACK_SIGNING_SECRET="bench-signing-secret",
                          SLACK_BOT_TOKEN="xoxb-bench", SLACK_API_URL=slack.url)
        from bench.bare_bolt import build as build_bare

        web = build_bare()
    else:
        web = build(args.url, slack.url)
    client = web.test_client()
    answers, trips = [], Counter()
    traced = _trace() if args.trips else None
    total = (WARM_ROUNDS + args.rounds) * len(MIX)
    for index in range(total):
        request = request_for(index, plan)
        body = form(request.command, request.text, request.user, request.channel)
        before = traced.count() if traced else 0
        response = client.post("/slack/events", data=body, headers=headers(body))
        assert response.status_code == 200, response.data[:200]
        if traced and index >= WARM_ROUNDS * len(MIX):
            trips[request.kind] += traced.count() - before
        if args.answers:
            answers.append([request.kind, request.command, request.text, request.user,
                            request.channel, response.data.decode()])
    if args.answers:
        Path(args.answers).write_text(json.dumps(answers, ensure_ascii=False, indent=0),
                                      encoding="utf-8")
    if traced:
        per_kind = {kind: trips[kind] / (args.rounds * MIX.count(kind)) for kind in trips}
        print("TRIPS " + json.dumps({**per_kind,
                                     "mix": sum(trips.values()) / (args.rounds * len(MIX))}))
    slack.stop()


class _trace:
    """libpq's trace of every connection the engine makes, counted: each message sent that
    waits for the server's answer (Query, Sync) is one round trip."""

    def __init__(self) -> None:
        import psycopg

        self.path = Path(tempfile.mkstemp(prefix="pgtrace-")[1])
        self.file = open(self.path, "wb")  # noqa: SIM115 (kept open for libpq)
        original = psycopg.Connection.connect.__func__

        def connect(cls, *a, **k):
            connection = original(cls, *a, **k)
            connection.pgconn.trace(self.file.fileno())
            connection.pgconn.set_trace_flags(psycopg.pq.Trace.SUPPRESS_TIMESTAMPS)
            return connection

        psycopg.Connection.connect = classmethod(connect)

    def count(self) -> int:
        self.file.flush()
        text = self.path.read_text(errors="replace")
        return len(re.findall(r"^F\s+\d+\s+(?:Query|Sync)\b", text, re.M))


def instructions(out: Path) -> int:
    for line in out.read_text().splitlines():
        if line.startswith(("summary:", "totals:")):
            return int(line.split()[1])
    raise ValueError(f"no totals in {out}")


def measure(folder: Path, database: str, rounds: int, answers: Path | None) -> float:
    """Instructions per request: the difference of a run of `rounds` and one of 1."""
    counts = {}
    for n in (1, rounds):
        extra = []
        if database == "sqlite" or database == "bare":
            shutil.copy(folder / "bot.db", folder / "run.db")
            url = f"sqlite:///{folder / 'run.db'}"
        else:
            from bench import bench_ack

            url = _pg_copy(bench_ack.postgres_base())
        if database == "bare":
            extra.append("--bare")
        if answers is not None and n == rounds:
            extra += ["--answers", str(answers)]
        out = folder / f"callgrind.{database}.{n}"
        env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(ROOT)}
        subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
                        "--dump-instr=no", PYTHON, "-m", "bench.callgrind_ack", "run",
                        "--plan", str(folder / "plan.json"), "--url", url, "--rounds", str(n),
                        *extra], env=env, check=True, cwd=folder,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        counts[n] = instructions(out)
    return (counts[rounds] - counts[1]) / ((rounds - 1) * 8)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.callgrind_ack")
    parser.add_argument("mode", nargs="?", default="measure", choices=["measure", "run"])
    parser.add_argument("--rounds", type=int, default=11)
    parser.add_argument("--databases", default="sqlite,postgres,bare")
    parser.add_argument("--folder", type=Path, help="keep the data and outputs here")
    parser.add_argument("--answers", help="write every answer of the mix here (a prefix when "
                                          "measuring: PREFIX.sqlite.json, PREFIX.postgres.json)")
    parser.add_argument("--trips", action="store_true",
                        help="count PostgreSQL round trips per command (no valgrind)")
    parser.add_argument("--plan")
    parser.add_argument("--url")
    parser.add_argument("--bare", action="store_true")
    args = parser.parse_args()
    if args.mode == "run":
        run(args)
        return
    folder = args.folder or Path(tempfile.mkdtemp(prefix="callgrind-ack-"))
    folder.mkdir(parents=True, exist_ok=True)
    databases = args.databases.split(",")
    if not (folder / "plan.json").exists():
        prepare(folder, databases)
    if args.trips:
        from bench import bench_ack

        url = _pg_copy(bench_ack.postgres_base())
        subprocess.run([PYTHON, "-m", "bench.callgrind_ack", "run", "--plan",
                        str(folder / "plan.json"), "--url", url, "--rounds", str(args.rounds),
                        "--trips"], check=True, cwd=folder,
                       env={**os.environ, "PYTHONPATH": str(ROOT)})
        _pg_copy(bench_ack.postgres_base(), drop_only=True)
        return
    for database in databases:
        answers = (Path(f"{args.answers}.{database}.json")
                   if args.answers and database != "bare" else None)
        per_request = measure(folder, database, args.rounds, answers)
        print(f"{database}: {per_request / 1e6:.3f} M instructions per request", flush=True)
    if "postgres" in databases:
        from bench import bench_ack

        _pg_copy(bench_ack.postgres_base(), drop_only=True)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
