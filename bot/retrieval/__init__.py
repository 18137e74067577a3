"""Finding decisions by subject in Swedish: analysis, question parsing, ranking, indexing.

Ingest and publish call `index_decisions` (and `learn_acronyms` with the whole minutes text);
storage.search holds the index but knows no Swedish, so the analysis is handed to it here.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlmodel import Session

from bot.retrieval import analysis
from storage import search
from storage.models import Decision


def glossary(session: Session) -> dict[str, str]:
    """Acronym → expansion: the seed list, then what the minutes taught (seed wins)."""
    known = search.acronyms(session)
    known.update(analysis.SEED_ACRONYMS)
    return known


def analyser(acronyms: dict[str, str]):
    """The function that turns a decision into its indexed text, item and context terms."""

    def analyse(decision: Decision) -> tuple[str, str, str]:
        # Acronyms written out in the decision itself count for it, even if seen nowhere else.
        local = dict(acronyms)
        for field in (decision.text, decision.item, decision.context):
            for acronym, expansion in analysis.learn_acronyms(field or "").items():
                local.setdefault(acronym, expansion)
        # The proposal it approves and the text of its item count as its context, so that a
        # question in the item's words ("skolgång för placerade barn") finds it.
        context = " ".join(
            v for v in (decision.context, decision.approves, decision.item_text) if v
        )
        return tuple(
            " ".join(analysis.index_terms(value or "", local))
            for value in (decision.text, decision.item, context)
        )

    return analyse


def learn_acronyms(session: Session, text: str) -> dict[str, str]:
    """Remember the acronyms a document explains ('tidiga samordnade insatser (TSI)')."""
    found = analysis.learn_acronyms(text)
    search.remember_acronyms(session, found)
    return found


def index_decisions(session: Session, decision_ids: Iterable[int]) -> int:
    return search.index_decisions(session, decision_ids, analyser(glossary(session)))


def reindex_all(session: Session) -> int:
    return search.reindex_all(session, analyser(glossary(session)))
