"""Start-up: how long `samverkansbot ask "…"`, `worker --once` and `serve` take to start, against
`python -c "import sqlmodel"` on the same machine, in the same run.

Every command runs as a fresh process, the kinds in turns (so that all see the same moments of
a shared machine), `--runs` times each; the figures are medians of wall time and of CPU time
(user + system of the child, from wait4: less disturbed by other work than wall time). `serve`
is timed from its start to the first 200 from /healthz, its CPU at that moment. The database is
the demo's (a SQLite file, migrated before the first run). With `--before DIR` (a checkout of
another commit, e.g. `git worktree add /tmp/before main`), each command runs from there too, in
the same turns, for a before → after column.

    .venv/bin/python -m bench.bench_startup [--runs 15] [--before DIR] [--no-write]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from bench.support import ROOT, load_average, machine, write_section

PYTHON = str(ROOT / ".venv" / "bin" / "python")
QUESTION = "vad beslutades om SAMS?"
TARGET_RATIO = 1.3


def run_once(argv: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run to its end."""
    started = time.perf_counter()
    process = subprocess.Popen(argv, env=env, cwd=cwd, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{argv[2:]} ended with {process.returncode}: "
                           f"{process.stderr.read().decode()[-400:]}")
    return wall, usage.ru_utime + usage.ru_stime


def serve_once(env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds) from `serve` starting to its first healthy answer."""
    with tempfile.TemporaryFile() as log, httpx.Client(timeout=1) as client:
        port = _free_port()
        started = time.perf_counter()
        process = subprocess.Popen(
            [PYTHON, "-m", "handlers.cli", "serve", "--no-worker", "--host", "127.0.0.1",
             "--port", str(port)], env=env, cwd=cwd, stdout=log, stderr=subprocess.STDOUT)
        try:
            while True:
                if process.poll() is not None:
                    log.seek(0)
                    raise RuntimeError(f"serve ended: {log.read().decode()[-400:]}")
                try:
                    if client.get(f"http://127.0.0.1:{port}/healthz").status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                time.sleep(0.005)
            wall = time.perf_counter() - started
            fields = Path(f"/proc/{process.pid}/stat").read_text().rsplit(")", 1)[1].split()
            cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        finally:
            process.terminate()
            process.wait(10)
    return wall, cpu


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def environment(folder: Path, code: Path | None) -> dict[str, str]:
    # Without PYTHONDONTWRITEBYTECODE: the warm-up writes each checkout's bytecode, as an
    # installed app has it, and every run reads it. Left set (some shells set it), every run of
    # our code compiled its modules from source while sqlmodel's came compiled: the ratio to
    # `import sqlmodel` and a before → after comparison both measured the compiler.
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("SAMVERKANSBOT_", "DATABASE_URL", "SLACK_", "TEAMS_"))
           and k != "PYTHONDONTWRITEBYTECODE"}
    env.update(SAMVERKANSBOT_DATA_DIR=str(folder), SLACK_SIGNING_SECRET="bench",
               SLACK_BOT_TOKEN="xoxb-bench", SLACK_API_URL="http://127.0.0.1:9/api/",
               )
    if code is not None:  # that checkout's packages before this worktree's editable install
        env["PYTHONPATH"] = str(code)
    return env


# The second baseline does what `samverkansbot` does before its command (handlers/cli.py, run()):
# it freezes what the imports loaded, so that Python's full collection at exit skips it. Beside
# the plain one it shows how much of a ratio is that exit, and how much our own imports and work.
FROZEN = "import sqlmodel + gc.freeze()"
KINDS = {
    "import sqlmodel": lambda: [PYTHON, "-c", "import sqlmodel"],
    FROZEN: lambda: [PYTHON, "-c", "import gc, sqlmodel; gc.freeze()"],
    "ask": lambda: [PYTHON, "-m", "handlers.cli", "ask", QUESTION],
    "worker --once": lambda: [PYTHON, "-m", "handlers.cli", "worker", "--once"],
    "serve (to /healthz)": None,
}


def measure(runs: int, folder: Path, before: Path | None) -> dict:
    codes = {"after": None} if before is None else {"before": before, "after": None}
    results: dict = {(kind, which): [] for kind in KINDS for which in codes}
    for code in codes.values():  # the database, and each checkout's bytecode, warm
        env = environment(folder, code)
        run_once(KINDS["ask"](), env, ROOT)
        run_once(KINDS["worker --once"](), env, ROOT)
    for _ in range(runs):
        for kind, argv in KINDS.items():
            for which, code in codes.items():
                if kind in ("import sqlmodel", FROZEN) and which == "before":
                    continue
                env = environment(folder, code)
                cwd = code or ROOT
                results[(kind, which)].append(
                    serve_once(env, cwd) if argv is None else run_once(argv(), env, cwd))
    return {key: (statistics.median(w for w, _ in values), statistics.median(c for _, c in values))
            for key, values in results.items() if values}


def report(figures: dict, runs: int, before: Path | None, loads) -> str:
    base_wall, base_cpu = figures[("import sqlmodel", "after")]
    frozen_cpu = figures[(FROZEN, "after")][1]
    lines = [
        "## Start-up (`bench/bench_startup.py`)",
        "",
        f"`python -m bench.bench_startup --runs {runs}`, {machine()}; 1-minute load average "
        f"{loads[0]:.1f} at the start, {loads[1]:.1f} at the end (2 CPUs shared with other "
        "work: CPU time is the steadier figure).",
        "",
        "Each command a fresh process on the demo database (SQLite, already migrated), the "
        f"kinds in turns, {runs} runs each; medians of wall time and of the process's CPU time "
        "(user + system). `serve --no-worker` is timed to its first 200 from /healthz. "
        f"Baseline: `python -c \"import sqlmodel\"` in the same turns; target for `ask`: "
        f"within {TARGET_RATIO:g}× of it. `samverkansbot` freezes what its imports loaded "
        "before it runs a command (`gc.freeze()`), so Python's last garbage collection at exit "
        "skips those objects, and a plain `import sqlmodel` pays that walk at its exit: the "
        "last column is each command's CPU against `import sqlmodel` that freezes too, like "
        "for like." + (
            f" *Before*: the same commands from a checkout of the code before this change "
            f"(`{before.name}`), in the same turns." if before else ""),
        "",
        "| command | wall | CPU | wall / import sqlmodel | CPU / import sqlmodel "
        "| CPU / import sqlmodel + freeze |" + (" before: wall | before: CPU |" if before else ""),
        "| --- | ---: | ---: | ---: | ---: | ---: |" + (" ---: | ---: |" if before else ""),
    ]
    for kind in KINDS:
        wall, cpu = figures[(kind, "after")]
        row = (f"| `{kind}` | {wall * 1000:.0f} ms | {cpu * 1000:.0f} ms "
               f"| {wall / base_wall:.2f}× | {cpu / base_cpu:.2f}× | {cpu / frozen_cpu:.2f}× |")
        if before:
            old = figures.get((kind, "before"))
            row += (f" {old[0] * 1000:.0f} ms | {old[1] * 1000:.0f} ms |" if old else " – | – |")
        lines.append(row)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_startup")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--before", type=Path, help="a checkout of the code to compare with")
    parser.add_argument("--no-write", action="store_true", help="print, leave BENCHMARKS.md")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        from handlers import demo

        demo.build(folder / "samverkansbot.db").dispose()
        loads = [load_average()]
        figures = measure(args.runs, folder, args.before)
        loads.append(load_average())
    section = report(figures, args.runs, args.before, loads)
    print(section)
    if not args.no_write:
        write_section("startup", section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
