"""Which candidates answer the question, in what order, and when to say "hittade inget".

The database returns candidates that match any subject word. Here each candidate is judged
by the share of the question's subject it covers, each word weighted by how rare it is in the
decisions (a match on "SAMS" means more than one on "barn"), and by where it matched: the
decision itself counts more than the agenda item's title, which counts more than the context.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from bot.retrieval.query import Concept

FIELD_WEIGHTS = (1.0, 0.9, 0.6)  # decision text, agenda item title, context
# The share of the subject (weighted by rarity) a decision must cover to be an answer. A
# question with one rare and one common word needs the rare one.
THRESHOLD = 0.7
# Candidates covering at least this much, but not enough, are offered as close subjects.
SUGGEST_FROM = 0.2


@dataclass
class Scored:
    decision_id: int
    coverage: float  # weighted share of the subject found anywhere in the decision
    quality: float  # the same, discounted by the field each word was found in
    day: date
    backend_score: float = 0.0

    @property
    def is_answer(self) -> bool:
        return self.coverage >= THRESHOLD


def concept_terms(concepts: list[Concept]) -> list[str]:
    return [t for c in concepts for alt in c.alternatives for t in alt]


def idf(df: int, total: int) -> float:
    """BM25's inverse document frequency; never below a small positive floor."""
    return max(math.log(1 + (total - df + 0.5) / (df + 0.5)), 0.05)


def concept_weight(concept: Concept, dfs: dict[str, int], total: int) -> float:
    # An alternative is as common as its rarest term; the concept as its commonest alternative.
    df = max(min(dfs.get(t, 0) for t in alt) for alt in concept.alternatives)
    return idf(df, total)


def judge(
    concepts: list[Concept], fields: tuple[str, str, str], weights: list[float]
) -> tuple[float, float]:
    """(coverage, quality) of one decision's indexed fields."""
    term_sets = [set(f.split()) for f in fields]
    total = sum(weights) or 1.0
    covered = quality = 0.0
    for concept, weight in zip(concepts, weights, strict=True):
        best = 0.0
        for alt in concept.alternatives:
            factor = min(
                max(
                    (w for terms, w in zip(term_sets, FIELD_WEIGHTS, strict=True) if t in terms),
                    default=0.0,
                )
                for t in alt
            )
            best = max(best, factor)
        if best > 0:
            covered += weight
            quality += weight * best
    return covered / total, quality / total


def rank(
    concepts: list[Concept],
    candidates: list[tuple[int, float]],
    fields: dict[int, tuple[str, str, str]],
    days: dict[int, date],
    dfs: dict[str, int],
    total: int,
) -> list[Scored]:
    """Candidates best first; equal quality goes to the newer decision."""
    weights = [concept_weight(c, dfs, total) for c in concepts]
    scored = []
    for decision_id, backend_score in candidates:
        if decision_id not in fields:
            continue
        coverage, quality = judge(concepts, fields[decision_id], weights)
        scored.append(Scored(decision_id, coverage, quality, days[decision_id], backend_score))
    scored.sort(key=lambda s: (-round(s.quality, 2), -s.day.toordinal(), -s.backend_score))
    return scored


def answers(scored: list[Scored]) -> list[Scored]:
    return [s for s in scored if s.is_answer]


def near_misses(scored: list[Scored]) -> list[Scored]:
    """Decisions that share part of the subject: offered when nothing answers."""
    return [s for s in scored if SUGGEST_FROM <= s.coverage < THRESHOLD]
