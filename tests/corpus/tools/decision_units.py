"""The units and features of the learned decision finder tried in decision_classifier.py.

A unit is one sentence of the minutes' running text as the reader segments it (the paragraphs
decisions._Finder walks, after the header, without the lines it skips). A linear model scores
how much a unit reads like a decision from its words and word pairs, its first words, the short
heading it stands under ("Beslut", "Förslag till beslut", "Reservation") and its distance from
its item's title. Nothing here is part of the reader: it was not shipped (see the corpus README,
the entry of 2026-12-03 by reader-17).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from bot.minutes.reading import decisions, verdicts

_TOKEN = re.compile(r"[a-zåäöéü]+|\d+")
_MAX_TOKENS = 80  # a page run into one sentence: its head says what kind of text it is
_BULLET = re.compile(r"^[-–•*·▪]\s+")


@dataclass
class Unit:
    """One sentence of running text, where it stands, and what the model sees of it."""

    line: int  # its paragraph's index
    text: str
    features: list[str]


def tokens(text: str) -> list[str]:
    return ["0" if t.isdigit() else t for t in _TOKEN.findall(text.lower())[:_MAX_TOKENS]]


def _length(n: int) -> str:
    return "len:1" if n < 3 else "len:2" if n < 6 else "len:3" if n < 15 else (
        "len:4" if n < 40 else "len:5"
    )


def features(text: str, heading: str, section: str, offset: int, first: bool) -> list[str]:
    """The unit's words, word pairs, first words, the short heading above it and its kind,
    and its distance from its item's title."""
    words = tokens(text)
    found = {f"w:{w}" for w in words}
    found |= {f"b:{a}_{b}" for a, b in zip(words, words[1:], strict=False)}
    if words:
        found.add(f"f:{words[0]}")
        found.add(f"f2:{'_'.join(words[:2])}")
    head = tokens(heading)[:6]
    if head:
        found.add(f"h:{'_'.join(head)}")
        found |= {f"hw:{w}" for w in head}
    found.add(f"sec:{section}")
    found.add(f"pos:{min(offset, 4)}")
    found.add("sent:first" if first else "sent:later")
    found.add(_length(len(words)))
    return sorted(found)


@dataclass
class Model:
    bias: float
    weights: dict[str, float]

    def probability(self, feats: list[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> dict:
        return {
            "bias": round(self.bias, 5),
            "weights": {f: round(w, 4) for f, w in sorted(self.weights.items()) if abs(w) >= 1e-4},
        }


def section_kind(text: str) -> str:
    """What a short heading opens: 'beslut' (the decision), 'proposal' (what was proposed,
    motions included), 'after' (reservations, where the decision goes); '' for no heading.
    Read with the reader's own heading patterns."""
    text = text.strip()
    if decisions._BESLUT_HEADING.match(text):
        return "beslut"
    proposal = decisions._PROPOSAL_HEADING.match(text)
    if proposal and not proposal["rest"]:
        return "proposal"
    return "after" if decisions._AFTER_DECISION.match(text) else ""


def signals(finder, i: int, sentence: str) -> list[str]:
    """The second feature set ('v2'): what the rules think of the sentence (a word that may
    decide, a decision of this body) and the words of its item's title."""
    found = []
    if verdicts.might_decide(sentence):
        found.append("rule:might")
        if verdicts.is_decision(sentence, finder.ours):
            found.append("rule:decides")
    item = finder.agenda_item_at(i)
    if item is not None:
        found.extend(sorted({f"t:{w}" for w in tokens(item.title)[:8]}))
    return found


def units(finder, extra: bool = False) -> list[Unit]:
    """Every sentence of running text after the header, with its features (with `extra`, the
    second set too). `finder` is decisions._Finder (its paragraphs, skip set, items, start)."""
    found: list[Unit] = []
    section, heading, item_line = "none", "", finder.start
    paragraphs = finder.paragraphs
    for i in range(finder.start, len(paragraphs)):
        if i in finder.item_starts:
            section, heading, item_line = "none", "", i
        if i in finder.skip:
            continue
        text = _BULLET.sub("", paragraphs[i].replace("\t", " ").strip())
        if not text:
            continue
        if len(text.split()) <= 6:
            kind = section_kind(text)
            if kind:
                section, heading = kind, text
                continue
        for k, sentence in enumerate(decisions.sentences(text)):
            feats = features(sentence, heading, section, i - item_line, k == 0)
            if extra:
                feats = feats + signals(finder, i, sentence)
            found.append(Unit(i, sentence, feats))
        heading = ""
    return found


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


def covered(unit_text: str, decision_text: str) -> bool:
    """The rules' decision is (part of) this unit, or this unit part of it."""
    a, b = _plain(unit_text), _plain(decision_text)
    return bool(a and b) and (b in a or a in b)
