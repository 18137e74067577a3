"""An experiment: does a learned line classifier find decisions the rules miss, on minutes
from organisations it has not seen? Trained and tested on the development part only.

    .venv/bin/python tests/corpus/tools/decision_classifier.py evaluate     # grouped CV
    .venv/bin/python tests/corpus/tools/decision_classifier.py prospective  # fresh collections
    .venv/bin/python tests/corpus/tools/decision_classifier.py train --out model.json

Every dev document is read once by the reader as it is (parse_file), and from the finder of
decisions each sentence of running text is taken as a unit (decision_units.py): its features,
whether it holds a truth decision's phrase, whether a rule decision covers it, and the decision
the reader would make of it (finder.add, with its item and number).

`evaluate`: organisations in five folds; per fold a logistic regression is trained on the
other four and scored on it, per unit (precision, recall) and through the corpus scorer
(decisions right, wrong, missed, invented) for the rules, the classifier alone, and both (the
classifier adds units the rules missed from one threshold up, and drops rule decisions whose
units all score below another). Thresholds come from the training folds only, by an inner split
of their organisations. The rules saw every dev document while they were written, so on these
folds they are in sample and the classifier is not.

`prospective`: the fairer test of transfer. For each collection of fresh dev minutes whose
truth was written before the reader ran on them, the reader of the collection's parent commit
(which never saw them) against the same reader with a classifier trained on the dev documents
that existed then.

`train` fits all of dev and writes the weights to a file of your choosing; the reader does not
read it (the classifier was not shipped). The measured part is never read. Deterministic: a
fixed seed, sorted inputs.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import pickle
import random
import re
import subprocess
import sys
import tarfile
import tempfile
from collections import defaultdict
from io import BytesIO
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))  # run as a script from the repo

from bench.bench_corpus import CORPUS, read_one, truth_of  # noqa: E402
from bench.corpus_score import Count, decision_words, plain, score  # noqa: E402
from bot.minutes.reading import decisions  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import decision_units as learned  # noqa: E402

SEED = 17
FOLDS = 5
EPOCHS = 12
L2 = 1e-4
EXTRA = False  # the second feature set (--features v2): the rules' verdicts, the item's title
CACHE = os.environ.get("DECISION_UNITS_CACHE")  # a pickle of the read units, to try variants
# First words of file names that name a kind or a region rather than one organisation: the
# organisation is the first two words ("region-skane", "landstinget-i-varmland")
_GENERIC = {
    "region", "landstinget", "svenska", "stora", "ostra", "socialnamnden", "vard", "pro", "spf",
    "kommunforbundet", "regionforbundet", "allmanna", "brf", "var", "norra", "sodra", "vastra",
}  # fmt: skip


def organisation(file: str) -> str:
    """The organisation a dev document comes from, by its file name's first word (two for
    generic first words); Region Jämtland Härjedalen and its landsting predecessor are one."""
    words = [w for w in re.split(r"[-.]", file) if w not in {"i", "och", "for"}]
    key = words[0] if words[0] not in _GENERIC else "-".join(words[:2])
    return {"regionjh": "jamtland", "region-jamtland": "jamtland"}.get(key, key)


# --- collecting units -------------------------------------------------------------------------

_RECORD: list = []


def _recorder(finder) -> None:
    """After the finder's run: the units, and the decision the reader would make of each."""
    found, rules = [], finder.decisions
    for unit in learned.units(finder, EXTRA):
        finder.decisions = []  # as if the rules had not read it (add() skips what they have)
        finder.add(unit.line, unit.text)
        added = [
            {"number": d.number or None, "item": d.item, "text": d.text,
             "approves": d.approves or None}
            for d in finder.decisions
        ]  # fmt: skip
        found.append((unit.text, unit.features, added))
    finder.decisions = rules
    _RECORD.append(found)


def collect() -> list[dict]:
    if CACHE and Path(CACHE).exists():
        return pickle.loads(Path(CACHE).read_bytes())
    run = decisions._Finder.run

    def run_and_record(finder) -> None:
        run(finder)
        _recorder(finder)

    decisions._Finder.run = run_and_record  # type: ignore[method-assign]
    docs = []
    for truth in truth_of("dev"):
        _RECORD.clear()
        found, crash, _ = read_one(CORPUS / "dev" / truth["file"])
        units = _RECORD[-1] if _RECORD else []
        phrases = [decision_words(d) for d in truth["decisions"]] if truth["minutes"] else []
        rules = (found or {}).get("decisions") or []
        rows = []
        for text, feats, added in units:
            p = plain(text)
            label = any(ph and (ph in p or (len(p.split()) >= 4 and p in ph)) for ph in phrases)
            ruled = [k for k, d in enumerate(rules) if learned.covered(text, d["text"])]
            rows.append({"text": text, "features": feats, "label": label, "rules": ruled,
                         "added": added})
        docs.append({"file": truth["file"], "truth": truth, "found": found, "units": rows,
                     "org": organisation(truth["file"])})
    decisions._Finder.run = run  # type: ignore[method-assign]
    if CACHE:
        Path(CACHE).write_bytes(pickle.dumps(docs))
    return docs


# --- the model --------------------------------------------------------------------------------


def train(rows: list[tuple[list[str], bool]]) -> learned.Model:
    """Logistic regression by stochastic gradient descent with L2, in a fixed order."""
    order = list(range(len(rows)))
    rng = random.Random(SEED)
    weights: dict[str, float] = defaultdict(float)
    bias = 0.0
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        rate = 0.2 / (1 + epoch)
        for k in order:
            feats, label = rows[k]
            z = bias + sum(weights[f] for f in feats)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = p - label
            bias -= rate * g
            for f in feats:
                weights[f] -= rate * (g + L2 * weights[f])
    return learned.Model(bias, {f: w for f, w in weights.items() if abs(w) >= 1e-3})


def _training_rows(docs: list[dict]) -> list[tuple[list[str], bool]]:
    return [(u["features"], u["label"]) for d in docs for u in d["units"]]


def folds_of(docs: list[dict], n: int = FOLDS) -> list[list[dict]]:
    """Organisations into n folds, balanced by truth decisions (largest first, into the fold
    with fewest so far; ties by name): deterministic."""
    weight: dict[str, int] = defaultdict(int)
    for d in docs:
        weight[d["org"]] += len(d["truth"]["decisions"]) + 1
    loads = [0] * n
    fold_of: dict[str, int] = {}
    for org in sorted(weight, key=lambda o: (-weight[o], o)):
        k = loads.index(min(loads))
        fold_of[org] = k
        loads[k] += weight[org]
    return [[d for d in docs if fold_of[d["org"]] == k] for k in range(n)]


# --- variants ---------------------------------------------------------------------------------


def decisions_of(doc: dict, probs: list[float], variant: str, add: float, veto: float) -> list:
    """The document's decisions under a variant: 'rules', 'model' (units from `add` up),
    'both' (rules, with units from `add` up the rules missed, and rule decisions whose units
    all score below `veto` dropped)."""
    rules = (doc["found"] or {}).get("decisions") or []
    if variant == "rules":
        return list(rules)
    units = doc["units"]
    if variant == "model":
        out = []
        for u, p in zip(units, probs, strict=True):
            if p >= add:
                out.extend(u["added"] or [{"number": None, "item": "", "text": u["text"],
                                          "approves": None}])
        return out
    if variant == "fill":  # only in items where the rules found nothing
        placed = {(d.get("number") or "", d.get("item") or "") for d in rules}
        out = list(rules)
        for u, p in zip(units, probs, strict=True):
            if p >= add and not u["rules"] and not any(
                (d["number"] or "", d["item"] or "") in placed for d in u["added"]
            ) and not any(learned.covered(u["text"], d["text"]) for d in out):
                out.extend(u["added"])
        return out
    dropped = set()
    if veto > 0:
        for k in range(len(rules)):
            mine = [p for u, p in zip(units, probs, strict=True) if k in u["rules"]]
            if mine and max(mine) < veto:
                dropped.add(k)
    out = [d for k, d in enumerate(rules) if k not in dropped]
    for u, p in zip(units, probs, strict=True):
        if p >= add and not u["rules"] and not any(
            learned.covered(u["text"], d["text"]) for d in out
        ):
            out.extend(u["added"])
    return out


def scorer_counts(docs: list[dict], probs: dict[str, list[float]], variant: str, add: float,
                  veto: float) -> tuple[Count, dict[str, tuple]]:
    total, per_doc = Count(), {}
    for doc in docs:
        found = doc["found"]
        if found is not None:
            found = dict(found, decisions=decisions_of(doc, probs[doc["file"]], variant, add,
                                                       veto))
        c = score(doc["truth"], found).counts["decisions"]
        total.add(c)
        per_doc[doc["file"]] = (c.right, c.wrong, c.missed, c.invented)
    return total, per_doc


def unit_pr(docs: list[dict], probs: dict[str, list[float]], variant: str, add: float,
            veto: float) -> tuple[int, int, int]:
    """True positives, predicted, actual over units."""
    tp = pred = actual = 0
    for doc in docs:
        for u, p in zip(doc["units"], probs[doc["file"]], strict=True):
            ruled = bool(u["rules"])
            if variant == "rules":
                yes = ruled
            elif variant == "model":
                yes = p >= add
            else:
                yes = (ruled and not (veto > 0 and p < veto)) or p >= add
            tp += yes and u["label"]
            pred += yes
            actual += u["label"]
    return tp, pred, actual


def _share(c: Count) -> float:
    return c.right / max(1, c.right + c.wrong + c.missed + c.invented)


ADD_GRID = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 1.01)
VETO_GRID = (0.0, 0.01, 0.02, 0.05, 0.1)


def predict(model: learned.Model, docs: list[dict]) -> dict[str, list[float]]:
    return {d["file"]: [model.probability(u["features"]) for u in d["units"]] for d in docs}


def choose(train_docs: list[dict]) -> tuple[float, float, float]:
    """Thresholds from the training folds only: an inner split of their organisations in
    four, each scored by a model trained on the other three. Returns (alone, add, veto)."""
    inner = folds_of(train_docs, 4)
    probs: dict[str, list[float]] = {}
    for k, held in enumerate(inner):
        rest = [d for j, f in enumerate(inner) if j != k for d in f]
        probs |= predict(train(_training_rows(rest)), held)
    alone = max(ADD_GRID[:-1], key=lambda t: _share(scorer_counts(train_docs, probs, "model", t,
                                                                   0)[0]))
    both = max(((a, v) for a in ADD_GRID for v in VETO_GRID),
               key=lambda av: (_share(scorer_counts(train_docs, probs, "both", *av)[0]),
                               av[0], -av[1]))
    return alone, both[0], both[1]


def evaluate(docs: list[dict]) -> dict:
    folds = folds_of(docs)
    probs: dict[str, list[float]] = {}
    chosen = []
    for k, held in enumerate(folds):
        rest = [d for j, f in enumerate(folds) if j != k for d in f]
        model = train(_training_rows(rest))
        probs |= predict(model, held)
        thresholds = choose(rest)
        chosen.append(thresholds)
        orgs = sorted({d["org"] for d in held})
        print(f"fold {k}: {len(held)} documents, {len(orgs)} organisations, "
              f"thresholds alone/add/veto {thresholds}", file=sys.stderr)
    report: dict = {"folds": [sorted({d["org"] for d in f}) for f in folds],
                    "thresholds": chosen, "variants": {}}
    # each fold's documents under its own thresholds
    for variant in ("rules", "model", "both"):
        total, per_doc, units = Count(), {}, [0, 0, 0]
        for held, (alone, add, veto) in zip(folds, chosen, strict=True):
            a, v = (alone, 0.0) if variant == "model" else (add, veto)
            c, pd = scorer_counts(held, probs, variant, a, v)
            total.add(c)
            per_doc |= pd
            units = [x + y for x, y in zip(units, unit_pr(held, probs, variant, a, v),
                                           strict=True)]
        tp, pred, actual = units
        report["variants"][variant] = {
            "decisions": vars(total), "share": round(_share(total), 3),
            "unit_precision": round(tp / max(1, pred), 3), "unit_recall": round(tp / max(1,
                                                                                        actual), 3),
            "per_doc": per_doc,
        }
    # the grid on the held-out folds, for the record (not used to choose)
    grid = {}
    for a in ADD_GRID:
        for v in VETO_GRID:
            c, _ = scorer_counts(docs, probs, "both", a, v)
            grid[f"add {a} veto {v}"] = (c.right, c.wrong, c.missed, c.invented)
    for a in ADD_GRID[:-1]:
        c, _ = scorer_counts(docs, probs, "fill", a, 0.0)
        grid[f"fill add {a}"] = (c.right, c.wrong, c.missed, c.invented)
    report["grid_both_heldout"] = grid
    return report


# --- prospective: fresh collections against the reader as it was before them -----------------

# Commits that added fresh dev minutes with decisions in their truth, written before the reader
# ran on them (tests/corpus/README.md). The reader at each one's parent never saw them; neither
# does a model trained on the dev documents that existed then.
COLLECTIONS = (
    "88d3da5", "d17974c", "c9c3cf2", "b09fbbc", "af3d871", "081e199", "c03e5a5", "f523441",
    "6de25a1", "f1e3590", "6c48fd8", "ce6a4b8", "7a9895c",
)  # fmt: skip
_OLD_READ = """
import json, sys
from bot.minutes.reading import NotMinutesError, parse_file
out = {}
for path in sys.argv[1:]:
    try:
        out[path] = parse_file(path).to_json()
    except NotMinutesError:
        out[path] = None
    except Exception as error:
        out[path] = {"crash": str(error)}
print(json.dumps(out, default=str))
"""


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, check=True,
                          text=True).stdout


def _files_at(commit: str) -> set[str]:
    text = _git("show", f"{commit}:tests/corpus/dev/truth.yaml")
    return {d["file"] for d in yaml.safe_load(text)["documents"] or []}


def old_reading(commit: str, files: list[str]) -> dict[str, dict | None]:
    """What the reader at `commit` (its bot package, in a temporary folder) found in `files`."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "bot"],
                             capture_output=True, check=True).stdout
    with tempfile.TemporaryDirectory() as folder:
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(folder, filter="data")
        env = dict(os.environ, PYTHONPATH=os.pathsep.join([folder, str(ROOT)]))
        paths = [str(CORPUS / "dev" / f) for f in files]
        out = subprocess.run([sys.executable, "-c", _OLD_READ, *paths], capture_output=True,
                             check=True, env=env, cwd=folder, text=True).stdout
    found = json.loads(out)
    return {f: found[str(CORPUS / "dev" / f)] for f in files}


def prospective(docs: list[dict]) -> dict:
    by_file = {d["file"]: d for d in docs}
    totals: dict[str, Count] = defaultdict(Count)
    units: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    rows = []
    for commit in COLLECTIONS:
        before = _files_at(f"{commit}^")
        fresh = sorted((_files_at(commit) - before) & set(by_file))
        earlier = [by_file[f] for f in sorted(before & set(by_file))]
        if not fresh:
            continue
        model = train(_training_rows(earlier))
        then = old_reading(f"{commit}^", fresh)
        held = [dict(by_file[f], found=then[f]) for f in fresh]
        for d in held:  # which of the units the reader then covered
            rules = (d["found"] or {}).get("decisions") or []
            d["units"] = [dict(u, rules=[k for k, r in enumerate(rules)
                                         if learned.covered(u["text"], r["text"])])
                          for u in d["units"]]
        probs = predict(model, held)
        line = {"commit": commit, "documents": len(held), "trained on": len(earlier)}
        for name, variant, a, v in (
            ("rules then", "rules", 1.01, 0.0), ("model alone 0.5", "model", 0.5, 0.0),
            *((f"both add {a} veto {v}", "both", a, v) for a in ADD_GRID for v in (0.0, 0.02)),
            *((f"fill add {a}", "fill", a, 0.0) for a in ADD_GRID[:-1]),
        ):
            c, _ = scorer_counts(held, probs, variant, a, v)
            totals[name].add(c)
            if variant != "fill":  # unit_pr does not know items
                units[name] = [x + y for x, y in zip(units[name],
                                                     unit_pr(held, probs, variant, a, v),
                                                     strict=True)]
            line[name] = (c.right, c.wrong, c.missed, c.invented)
        rows.append(line)
        print(line, file=sys.stderr)
    return {"collections": rows, "totals": {k: vars(c) for k, c in totals.items()},
            "unit_precision_recall": {k: (round(tp / max(1, p), 3), round(tp / max(1, a), 3))
                                      for k, (tp, p, a) in units.items()}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("evaluate", "prospective", "train"))
    parser.add_argument("--out", help="train: where to write the weights (JSON)")
    parser.add_argument("--features", choices=("v1", "v2"), default="v1",
                        help="v2 adds the rules' verdicts on the sentence and its item's title")
    args = parser.parse_args(argv)
    global EXTRA
    EXTRA = args.features == "v2"
    if args.command == "train" and not args.out:
        parser.error("train needs --out")
    docs = collect()
    if args.command == "prospective":
        report = prospective(docs)
        for name, c in report["totals"].items():
            print(name, c, round(c["right"] / max(1, sum(c.values())), 3), "units P/R",
                  report["unit_precision_recall"].get(name))
        out = Path("/tmp/decision_classifier_prospective.json")
        out.write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
        return 0
    if args.command == "evaluate":
        report = evaluate(docs)
        for name, v in report["variants"].items():
            print(name, v["decisions"], v["share"], "units P/R", v["unit_precision"],
                  v["unit_recall"])
        out = Path("/tmp/decision_classifier_report.json")
        out.write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
        print(f"report in {out}")
        return 0
    model = train(_training_rows(docs))
    Path(args.out).write_text(json.dumps(model.to_json(), ensure_ascii=False) + "\n",
                              encoding="utf-8")
    print(f"wrote {args.out} ({len(model.weights)} weights)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
