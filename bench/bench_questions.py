"""Questions about decisions at scale: a million decisions, 30 groups, 15 years, on SQLite.

Measures the latency of `bot.decisions.ask` (p50/p95) beside a naive FTS5 query for the same
question (its subject's terms, ranked by FTS5's own bm25, 60 rows, nothing joined) in turns,
and a plain LIKE scan; the database's size and what of it is the full-text index; the question
set's top-1 accuracy and no-answer share on the five sample minutes. Writes its figures into
BENCHMARKS.md between the questions markers.

    .venv/bin/python -m bench.bench_questions [--decisions 1000000] [--questions 400]
                                              [--database PATH (built once, then reused)]
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import text

from bench.support import machine, percentile, write_section
from bot import retrieval
from bot.decisions.questions import CANDIDATES, ask
from bot.retrieval import query as parsing
from storage import directory, search
from storage.engine import make_engine, unit_of_work
from storage.migrate import upgrade

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 12, 31)
YEARS = range(2012, 2027)

TOPICS = """SAMS;TSI-modellen;SIP-överenskommelsen;familjecentralerna;VFU-avtalet;
ADHD-riktlinjen;barnhälsoteamen;föräldraskapsstödet;psykisk hälsa hos unga;hemsjukvården;
primärvårdsrehabiliteringen;medicintekniska produkter;ungdomskriminalitet;Backa barnet;
elevhälsan;socialtjänstlagen;stimulansmedlen;nära vård;missbruksvården;LSS-boenden;
skolnärvaron;hemmasittare;våld i nära relationer;suicidprevention;ANDTS-strategin;
äldreomsorgen;demensvården;hjälpmedelsförsörjningen;läkemedelsgenomgångar;
samordnad utskrivning;kompetensförsörjningen;digital vårdplanering;tolkförsörjningen;
barnkonventionen;placerade barn;familjehemsvården;Samkraft;Kraftsamling barn och unga;
Generation pep;preventionsstjärnan;folkhälsopolitiken;trygghetsmätningen;BUP-köerna;
NPF-utredningarna;traumamedveten omsorg;krisberedskapen;matsvinnet;idrottsskolan;
sommarlovsaktiviteter;fritidsgårdarna""".replace("\n", "").split(";")
ITEMS = ["Överenskommelse om {t}", "Uppföljning av {t}", "Revidering av {t}", "{t} – lägesbild",
         "Handlingsplan för {t}", "Remissvar om {t}", "Information om {t}", "{t}"]  # fmt: skip
TEXTS = [
    "Gruppen beslutar att ge Välfärd och folkhälsa i uppdrag att se över {t}.",
    "Uppdrag ges att revidera {t}. Deltagare till referensgrupp utses via chefsgrupperna.",
    "Gruppen bifaller förslaget om {t}.", "Informationen om {t} läggs till handlingarna.",
    "Chefsgruppen ställer sig bakom att arbetet med {t} går vidare.",
    "Ärendet om {t} bordläggs till nästa möte.",
]  # fmt: skip
CONTEXTS = ["Förslag: att ta fram en gemensam plan för {t} i länet.",
            "Frågan om {t} har beretts i arbetsgruppen.", ""]  # fmt: skip
KINDS = ["Chefsgrupp", "Samverkansgrupp", "Samverkansråd"]


def build(path: Path, count: int, seed: int = 5) -> None:
    """The corpus, written with plain SQL for speed, then indexed the way ingest does."""
    rng = random.Random(seed)
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    now = datetime(2026, 12, 31, tzinfo=UTC)
    meetings_per_year = max(1, count // (30 * len(YEARS) * 20))
    with unit_of_work(engine) as session:
        groups = [
            {"id": i, "slug": f"g{i:02d}", "aliases": "[]",
             "name": f"{KINDS[i % 3]} {i:02d} {rng.choice(TOPICS)}"}
            for i in range(1, 31)
        ]  # fmt: skip
        session.execute(text("INSERT INTO \"group\" (id, slug, name, aliases) "
                             "VALUES (:id, :slug, :name, :aliases)"), groups)  # fmt: skip
        meetings, links, decisions = [], [], []
        meeting_id = decision_id = 0
        for group in groups:
            for year in YEARS:
                for n in range(meetings_per_year):
                    meeting_id += 1
                    day = date(year, 1, 15) + timedelta(days=n * 365 // meetings_per_year)
                    meetings.append({"id": meeting_id, "date": day})
                    links.append({"m": meeting_id, "g": group["id"]})
        per_meeting = count / len(meetings)
        for meeting in meetings:
            for position in range(1, int(per_meeting + rng.random()) + 1):
                decision_id += 1
                topic = rng.choice(TOPICS)
                decisions.append({
                    "id": decision_id, "m": meeting["id"], "p": position,
                    "i": rng.choice(ITEMS).format(t=topic), "t": rng.choice(TEXTS).format(t=topic),
                    "c": rng.choice(CONTEXTS).format(t=topic), "at": now,
                })  # fmt: skip
                if decision_id >= count:
                    break
        session.execute(text("INSERT INTO meeting (id, date, place, online_link, status) "
                             "VALUES (:id, :date, '', '', 'held')"), meetings)  # fmt: skip
        session.execute(text("INSERT INTO meetinggroup (meeting_id, group_id) VALUES (:m, :g)"),
                        links)  # fmt: skip
        session.execute(text("INSERT INTO decision (id, meeting_id, position, item, text, context,"
                             " published_at) VALUES (:id, :m, :p, :i, :t, :c, :at)"),
                        decisions)  # fmt: skip
        retrieval.index_decisions(session, [d["id"] for d in decisions])
    engine.dispose()


def questions(rng: random.Random, number: int) -> list[str]:
    forms = [
        "vad beslutades om {t}?", "beslut om {t}", "vad beslutade g{g:02d} om {t} {y}?",
        "finns det något beslut om {t} förra året?", "vad sa chefsgruppen om {t} i mars?",
        "vad beslutades om {t} i g{g:02d}?", "vad beslutades om kollektivtrafiken?",
        "vad beslutades förra mötet?",
    ]  # fmt: skip
    return [
        rng.choice(forms).format(t=rng.choice(TOPICS), g=rng.randint(1, 30), y=rng.choice(YEARS))
        for _ in range(number)
    ]


def timed(call) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def accuracy() -> tuple[float, float, int]:
    """The question set (tests/bot/questions.yaml) on the sample minutes."""
    from tests.bot.decision_samples import load_samples
    from tests.bot.test_questions import measure

    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(f"sqlite:///{folder}/samples.db")
        upgrade(engine)
        load_samples(engine)
        top1, no_answer, misses = measure(engine)
        engine.dispose()
    return top1, no_answer, len(misses)


NAIVE = text("SELECT rowid FROM decision_fts WHERE decision_fts MATCH :q ORDER BY rank LIMIT :n")


def naive_query(session, question: str) -> str | None:
    """The question's subject as an FTS5 query, the way the bot writes it; None without one."""
    asked = parsing.parse(question, TODAY, directory.all_groups(session),
                          retrieval.glossary(session))
    concepts = [search._clean(c.alternatives) for c in asked.concepts]
    concepts = [c for c in concepts if c]
    return " OR ".join(search._fts5_concept(c) for c in concepts) if concepts else None


def sizes(session) -> tuple[int, dict[str, int]]:
    """The database's bytes, and those of the full-text index's tables (dbstat)."""
    total = session.execute(text("SELECT page_count * page_size FROM pragma_page_count(), "
                                 "pragma_page_size()")).scalar()
    rows = session.execute(text("SELECT name, sum(pgsize) FROM dbstat WHERE name LIKE "
                                "'decision%' GROUP BY name")).all()
    return total, dict(rows)


def _row(values: list[float]) -> str:
    return f"{percentile(values, 0.5):.1f} ms | {percentile(values, 0.95):.1f} ms | {len(values)}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--decisions", type=int, default=1_000_000)
    parser.add_argument("--questions", type=int, default=400)
    parser.add_argument("--database", type=Path, help="build here once, reuse afterwards")
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        path = args.database or Path(folder) / "bench.db"
        started = time.perf_counter()
        if not path.exists():
            build(path, args.decisions)
        build_seconds = time.perf_counter() - started
        engine = make_engine(f"sqlite:///{path}")
        asked = questions(rng, args.questions)
        with sqlite3.connect(path) as raw:  # the size of the database file alone
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        with unit_of_work(engine) as session:
            total = session.execute(text("SELECT count(*) FROM decision")).scalar()
            size, tables = sizes(session)
            for question in asked[:20]:  # warm the caches as a running bot would have them
                ask(session, question, TODAY)
            ask_ms, naive_ms = [], []
            for q in asked:  # in turns, so that both see the same moments of a shared machine
                ask_ms.append(timed(lambda q=q: ask(session, q, TODAY)))
                fts = naive_query(session, q)
                if fts:
                    naive_ms.append(timed(lambda fts=fts: session.execute(
                        NAIVE, {"q": fts, "n": CANDIDATES}).all()))
            # The same subjects, as one substring each; a word no decision has scans it all.
            words = [rng.choice(TOPICS).split()[0] for _ in range(min(100, args.questions))]
            words[::8] = ["kollektivtrafiken"] * len(words[::8])
            like_ms = [timed(lambda w=w: search.like_search(session, [w])) for w in words]
        engine.dispose()
    top1, no_answer, misses = accuracy()
    total_text = f"{total:,}".replace(",", " ")
    index = sum(v for k, v in tables.items() if k.startswith("decision_fts"))
    ratio = percentile(ask_ms, 0.95) / percentile(naive_ms, 0.95)
    load = os.getloadavg()[0]
    built = (f"built and indexed in {build_seconds:.0f} s" if build_seconds > 1
             else f"built earlier by this script ({args.database.name}) and reused")
    section = f"""
## Questions about decisions (`bench/bench_questions.py`)

{machine()}; 1-minute load average {load:.1f} at the end (2 CPUs shared with other work).

Corpus: {total_text} published decisions from templates (50 subjects with acronyms,
compounds and hyphens), 30 groups, 15 years ({YEARS.start}–{YEARS.stop - 1}); {built}.
Database {size / 2**20:.0f} MiB, of which the
full-text index {index / 2**20:.0f} MiB (its copy of the analysed text, `decision_fts_content`,
{tables.get("decision_fts_content", 0) / 2**20:.0f} MiB) and the decision table
{tables.get("decision", 0) / 2**20:.0f} MiB.

| what | p50 | p95 | n |
| --- | --- | --- | --- |
| `ask()`: parse, FTS5 search, ranking, answer text | {_row(ask_ms)} |
| naive FTS5: the subject's terms, `ORDER BY rank LIMIT {CANDIDATES}`, no join | {_row(naive_ms)} |
| plain `LIKE '%ord%'` on text, item, context; newest first; no ranking | {_row(like_ms)} |

`ask()` p95 / naive FTS5 p95 = **{ratio:.2f}×** (target ≤ 2×), measured in turns.

Question set (`tests/bot/questions.yaml`, the five sample minutes): top-1 accuracy
{top1:.2f}, no-answer questions answered "hittade inget" {no_answer:.2f} ({misses} misses).
"""  # fmt: skip
    write_section("questions", section)
    print(section)


if __name__ == "__main__":
    main()
