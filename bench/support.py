"""Shared by the benchmarks: the machine's description, percentiles, a marked BENCHMARKS.md section.

    from bench.support import machine, percentile, write_section
    write_section("ack", text)   # replaces what is between <!-- ack:start --> and <!-- ack:end -->
"""

from __future__ import annotations

import os
import platform
import re
import sqlite3
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS = ROOT / "BENCHMARKS.md"


def cpu_model() -> str:
    try:
        found = re.search(r"^model name\s*:\s*(.+)$", Path("/proc/cpuinfo").read_text(),
                          re.MULTILINE)
    except OSError:
        found = None
    return found.group(1).strip() if found else (platform.processor() or "unknown CPU")


def machine() -> str:
    """One line: date, CPUs and model, kernel, Python and SQLite versions."""
    return (
        f"{date.today().isoformat()}, {os.cpu_count()} CPUs ({cpu_model()}), "
        f"{platform.system()} {platform.release()}, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}"
    )


def load_average() -> float:
    """The 1-minute load average: the machine may be shared with other work while we measure."""
    try:
        return os.getloadavg()[0]
    except OSError:
        return float("nan")


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile (share 0.99 for p99); 0.0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def markers(name: str) -> tuple[str, str]:
    return f"<!-- {name}:start -->", f"<!-- {name}:end -->"


def write_section(name: str, body: str, path: Path = BENCHMARKS) -> None:
    """Replace only the `name` section of BENCHMARKS.md (appended when missing); keep the rest."""
    start, end = markers(name)
    block = f"{start}\n{body.strip()}\n{end}"
    current = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    if start in current and end in current:
        head, rest = current.split(start, 1)
        current = head + block + rest.split(end, 1)[1]
    else:
        current = current.rstrip("\n") + "\n\n" + block + "\n"
    path.write_text(current, encoding="utf-8")


def fresh_postgres(base: str, name: str) -> str:
    """The URL of database `name` on the server of `base`, created if missing and emptied."""
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    from storage.engine import make_engine

    admin = make_engine(base).execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        if not connection.execute(
            text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}
        ).scalar():
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    url = make_url(base).set(database=name).render_as_string(hide_password=False)
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return url
