"""The reader's mistakes, counted from what secretaries corrected before publishing.

Every field a person changes on the review page is kept (storage.models.MinutesCorrection: the
value before, the value after). A field saved twice is two rows, the second starting from the
first one's result; a field changed and then changed back is no mistake. So the corrections of
a draft are followed as chains, per field name: a row whose value before is the value an
earlier row of the same field left continues that chain; any other row starts one, from what
the reader found. A chain counts when its last value differs from its first.

Decisions and deadlines are numbered on the page (`decision.2.text`); their numbers are put
together into one field each (`decision.text`), since the counting is of kinds of mistakes.
For the fields that are lists, one line a name or item (present, absent, ersättare, agenda),
the lines the secretary added (the reader missed them) and removed (the reader invented or
misread them) are counted too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from sqlmodel import Session, select

from storage.models import DocumentStatus, MinutesCorrection, MinutesDraft

LIST_FIELDS = ("present", "absent", "substitutes", "agenda")
# In the order a review page shows them.
ORDER = ("group", "date", "start", "end", "place", "present", "absent", "substitutes", "agenda",
         "decision.item", "decision.text", "decision.keep", "deadline.date", "deadline.what",
         "deadline.keep", "next.date", "next.start", "next.end", "next.place")


@dataclass
class FieldCount:
    field: str  # "date", "decision.text", …
    drafts: list[MinutesDraft] = field(default_factory=list)  # where the field was corrected
    changes: int = 0  # chains that ended elsewhere than they began (a decision each, …)
    added: int = 0  # list fields: lines the secretary added (missed by the reader)
    removed: int = 0  # list fields: lines the secretary removed (wrong or invented)


@dataclass
class Report:
    drafts: list[MinutesDraft]  # read since the day, not discarded
    published: int
    corrected: list[MinutesDraft]  # with at least one counted correction
    fields: list[FieldCount]


def kind(field_name: str) -> str:
    """'decision.2.text' → 'decision.text'; other names as they are."""
    return re.sub(r"^(decision|deadline)\.\d+\.", r"\1.", field_name)


def count(session: Session, since: datetime | None = None) -> Report:
    """Drafts read since `since` (all, without it) that were not discarded: a discarded file
    was not the minutes, and nothing of it is kept to compare with."""
    statement = select(MinutesDraft).where(MinutesDraft.status != DocumentStatus.discarded)
    if since is not None:
        statement = statement.where(MinutesDraft.created_at >= since)
    drafts = list(session.exec(statement.order_by(MinutesDraft.created_at,
                                                  MinutesDraft.id)).all())
    rows: dict[int, list[MinutesCorrection]] = {d.id: [] for d in drafts}
    if drafts:
        for row in session.exec(select(MinutesCorrection).where(
                MinutesCorrection.draft_id.in_(sorted(rows))).order_by(MinutesCorrection.id)):
            rows[row.draft_id].append(row)
    counts: dict[str, FieldCount] = {}
    corrected = []
    for draft in drafts:
        found = False
        for name, first, last in _chains(rows[draft.id]):
            if first == last:
                continue
            found = True
            entry = counts.setdefault(kind(name), FieldCount(kind(name)))
            if draft not in entry.drafts:
                entry.drafts.append(draft)
            entry.changes += 1
            if name in LIST_FIELDS:
                before, after = _lines(first), _lines(last)
                entry.added += len(after - before)
                entry.removed += len(before - after)
        if found:
            corrected.append(draft)
    rank = {name: n for n, name in enumerate(ORDER)}
    fields = sorted(counts.values(), key=lambda c: (rank.get(c.field, len(ORDER)), c.field))
    published = sum(1 for d in drafts if d.status == DocumentStatus.published)
    return Report(drafts, published, corrected, fields)


def _chains(rows: list[MinutesCorrection]) -> list[tuple[str, str, str]]:
    """(field name, value the reader found, value at the end) per chain, in order."""
    chains: list[list] = []
    open_ends: dict[tuple[str, str], list] = {}  # (field, value left) → its chain
    for row in rows:
        chain = open_ends.pop((row.field_name, row.read_value), None)
        if chain is None:
            chain = [row.field_name, row.read_value, row.corrected_value]
            chains.append(chain)
        else:
            chain[2] = row.corrected_value
        open_ends[(row.field_name, row.corrected_value)] = chain
    return [(name, first, last) for name, first, last in chains]


def _lines(value: str) -> set[str]:
    return {" ".join(line.split()).casefold() for line in value.splitlines() if line.strip()}
