"""A learned second opinion on decisions: a logistic regression over a sentence's words and place.

The rules in decisions.py/verdicts.py find decisions by how Swedish minutes write them. This
model (trained on the development corpus by tests/corpus/tools/train_decisions.py, weights in
decision_weights.json next to this module) scores the sentences of an agenda item: it may veto
a rule's decision it finds very unlikely, and it may add the best sentence of an item where the
rules found none (never one the rules object to: decisions._Finder.second_opinion). Features
travel across bodies: stemmed words and word pairs (hashed), the label above, the item's title,
the place in the item, "att" at the start, a label before a colon, the length, and what the
rules' own sentence tests say. The weights are loaded once, lazily, from the package; nothing
reaches the network. No weights ship today: the model did not beat the rules
(tests/corpus/README.md's log), so model() is None and the reader is the rules alone.
"""

from __future__ import annotations

import json
import math
import re
import threading
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot.retrieval.stemmer import swedish

WEIGHTS = Path(__file__).with_name("decision_weights.json")
BUCKETS = 1 << 12  # hashed features: small enough to ship, wide enough for ~100 documents
_WORD = re.compile(r"[a-zåäöéü]+")
_MAX_WORDS = 40  # a sentence's first words decide; a long one is cut here


@dataclass
class Candidate:
    """A sentence of an item, or a rule's decision, with what the model needs of its place."""

    line: int  # the paragraph it stands in
    text: str
    label: str = ""  # the short line above it in its item ("Beslut", "Förslag till beslut")
    title: str = ""  # its item's title
    place: int = 0  # its paragraph's place in the item: 0 right under the title
    last: bool = False  # the item's last paragraph
    rule: bool = False  # a rule's decision (the model never sees this: it judges the words)
    section: str = ""  # how a rule found it: "section", "row" or "sentence"
    taken: bool = False  # a sentence a rule took as a decision (or a part of one)
    signals: tuple[str, ...] = ()  # what the rules' sentence tests say of it ("decides", …)


@dataclass
class Model:
    weights: list[float]
    bias: float
    veto: float  # a rule's decision below this probability is dropped (0: never)
    add: float  # an item's best sentence at or above this is added (above 1: never)
    per_item: int = 1  # at most this many added per item

    def probability(self, candidate: Candidate) -> float:
        z = self.bias + sum(self.weights[k] for k in features(candidate))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


_local = threading.local()


@lru_cache(maxsize=20000)
def _stem(word: str) -> str:
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = swedish()
    return stemmer.stemWord(word)


@lru_cache(maxsize=50000)  # the same words come back, sentence after sentence
def bucket(name: str) -> int:
    """A feature's place among the model's weights."""
    return zlib.crc32(name.encode()) % BUCKETS


@lru_cache(maxsize=4096)  # an item's title and label, for each of its sentences
def _stems(text: str, limit: int = _MAX_WORDS) -> tuple[str, ...]:
    return tuple(_stem(w) for w in _WORD.findall(text.lower())[:limit])


def _length(n: int) -> str:
    for top in (3, 7, 15, 30):
        if n <= top:
            return f"-{top}"
    return "31-"


def feature_names(c: Candidate) -> list[str]:
    """The features' names (hashed by `features`); kept readable for the training tool."""
    stems = _stems(c.text)
    text = c.text.lstrip(" -–•*")
    names = [f"w:{s}" for s in stems]
    names += [f"b:{a}_{b}" for a, b in zip(stems, stems[1:], strict=False)]
    names += [f"first:{s}" for s in stems[:2]]
    names += [f"h:{s}" for s in _stems(c.label, 6)]
    names += [f"t:{s}" for s in _stems(c.title, 8)]
    prefix = text.split(":", 1)[0] if ":" in text[:40] else ""
    names += [f"pre:{s}" for s in _stems(prefix, 4)]  # "Beslut: …", "Att: …", "Konklusion: …"
    names += [f"sig:{s}" for s in c.signals]
    names.append(f"len:{_length(len(text.split()))}")
    names.append(f"place:{min(c.place, 3)}")
    if c.last:
        names.append("last")
    if text[:4].lower() == "att ":
        names.append("att")
    if text != c.text.strip():
        names.append("bullet")
    if text.rstrip().endswith(":"):
        names.append("colon")
    if not c.label and not c.title:
        names.append("no-item")
    return names


def features(c: Candidate) -> set[int]:
    return {bucket(name) for name in feature_names(c)}


_model: Model | None = None
_loaded = False


def model() -> Model | None:
    """The shipped model, loaded on first use; None when there is none or it is switched off."""
    global _model, _loaded
    if not _loaded:
        _model, _loaded = load(WEIGHTS), True
    return _model


def load(path: Path) -> Model | None:
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    if not data.get("enabled", True):
        return None
    weights = [0.0] * BUCKETS
    for key, value in data["weights"].items():
        weights[int(key)] = value
    return Model(weights, data["bias"], data["veto"], data["add"], data.get("per_item", 1))


def use(found: Model | None) -> None:
    """Put `found` in place of the shipped model (the training tool's cross-validation)."""
    global _model, _loaded
    _model, _loaded = found, True


# The training tool sets this to a list: each document's candidates are recorded there, and the
# model is not applied (it learns from what the rules alone give).
RECORD: list[list[Candidate]] | None = None
