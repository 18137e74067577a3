"""Train the decisions' second opinion (bot/minutes/reading/learned.py) on the development part.

Labels come from tests/corpus/dev/truth.yaml: a sentence (or a rule's decision) is a decision
when a true decision's quoted phrase is in it, matched as the scorer matches
(bench/corpus_score.py); every other sentence of the same documents is not. A logistic
regression over hashed features, trained by plain gradient descent in a fixed order (no
randomness, so training twice gives the same weights).

    .venv/bin/python -m tests.corpus.tools.train_decisions --cv      # grouped k-fold on dev
    .venv/bin/python -m tests.corpus.tools.train_decisions --write   # ship weights from all dev

Cross-validation holds out whole documents: for each fold the model is trained on the other
folds and the held-out documents are parsed and scored with the real scorer, rules alone and
rules with the model. Nothing here opens the measured part.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import zlib

from bench.bench_corpus import CORPUS, read_one, truth_of
from bench.corpus_score import CATEGORIES, Count, decision_words, plain, score
from bot.minutes.reading import learned
from bot.minutes.reading.learned import BUCKETS, Candidate, Model

DEV = CORPUS / "dev"
EPOCHS = 30
RATE = 0.2
L2 = 1e-3
VETO = 0.0
ADD = 0.7
FOLDS = 5


def collect(truths: list[dict]) -> dict[str, list[tuple[Candidate, int]]]:
    """Per document: its candidates as the rules alone leave them, each with its label."""
    learned.RECORD = []
    found: dict[str, list[tuple[Candidate, int]]] = {}
    try:
        for truth in truths:
            learned.RECORD.clear()
            read_one(DEV / truth["file"])
            says = [decision_words(d) for d in truth.get("decisions") or []]
            # every sentence of the body (a rule's decision is a sentence, or a point, of it)
            found[truth["file"]] = [
                (c, int(any(s and s in plain(c.text) for s in says)))
                for record in learned.RECORD for c in record if not c.rule
            ]
    finally:
        learned.RECORD = None
    return found


def train(
    rows: list[tuple[Candidate, int]], veto: float = VETO, add: float = ADD, per_item: int = 1
) -> Model:
    """Logistic regression on binary hashed features: stochastic gradient descent in the rows'
    own order (no shuffling: the same rows give the same weights), L2 on the weights a row
    touches, positives weighted up since decisions are rare among sentences."""
    data = [(sorted(learned.features(c)), y) for c, y in rows]
    positives = sum(y for _, y in data) or 1
    up = max(1.0, (len(data) - positives) / positives / 4)
    weights, bias = [0.0] * BUCKETS, 0.0
    for epoch in range(EPOCHS):
        rate = RATE / (1 + epoch)
        for keys, y in data:
            z = bias + sum(weights[k] for k in keys)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = (p - y) * (up if y else 1.0)
            bias -= rate * g
            for k in keys:
                weights[k] -= rate * (g + L2 * weights[k])
    return Model(weights, bias, veto, add, per_item)


def fold_of(name: str) -> int:
    return zlib.crc32(name.encode()) % FOLDS


def scored(truths: list[dict], model: Model | None) -> dict[str, Count]:
    learned.use(model)
    total = {c: Count() for c in CATEGORIES}
    for truth in truths:
        found, _, _ = read_one(DEV / truth["file"])
        for category, count in score(truth, found).counts.items():
            total[category].add(count)
    return total


def share(count: Count) -> str:
    return f"{count.right}/{count.total} = {100 * (count.share or 0):.1f} %"


def cross_validate(veto: float, add: float, per_item: int) -> None:
    truths = truth_of(DEV)
    rows = collect(truths)
    sums = {"rules": {c: Count() for c in CATEGORIES}, "model": {c: Count() for c in CATEGORIES}}
    for fold in range(FOLDS):
        held = [t for t in truths if fold_of(t["file"]) == fold]
        model = train([r for t in truths if fold_of(t["file"]) != fold for r in rows[t["file"]]],
                      veto, add, per_item)
        alone, helped = scored(held, None), scored(held, model)
        for name, got in (("rules", alone), ("model", helped)):
            for category, count in got.items():
                sums[name][category].add(count)
        print(f"fold {fold} ({len(held)} documents): decisions rules {share(alone['decisions'])}"
              f" {vars(alone['decisions'])}; with model {share(helped['decisions'])} "
              f"{vars(helped['decisions'])}")
    learned.use(None)
    for category in CATEGORIES:
        a, b = sums["rules"][category], sums["model"][category]
        if a.total or b.total:
            print(f"total {category}: rules {share(a)} {vars(a)}; with model {share(b)} {vars(b)}")


def weights_json(model: Model) -> dict:
    return {
        "enabled": True,
        "buckets": BUCKETS,
        "bias": round(model.bias, 4),
        "veto": model.veto,
        "add": model.add,
        "per_item": model.per_item,
        "weights": {str(k): round(w, 4) for k, w in enumerate(model.weights) if round(w, 4)},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.corpus.tools.train_decisions")
    parser.add_argument("--cv", action="store_true", help="grouped k-fold on dev, scored")
    parser.add_argument("--write", action="store_true", help=f"write {learned.WEIGHTS.name}")
    parser.add_argument("--veto", type=float, default=VETO)
    parser.add_argument("--add", type=float, default=ADD)
    parser.add_argument("--per-item", type=int, default=1)
    args = parser.parse_args(argv)
    if args.cv:
        cross_validate(args.veto, args.add, args.per_item)
    if args.write:
        truths = truth_of(DEV)
        rows = [r for found in collect(truths).values() for r in found]
        model = train(rows, args.veto, args.add, args.per_item)
        learned.WEIGHTS.write_text(json.dumps(weights_json(model), indent=0, sort_keys=True)
                                   + "\n", encoding="utf-8")
        print(f"{len(rows)} candidates, {sum(y for _, y in rows)} decisions; wrote "
              f"{learned.WEIGHTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
