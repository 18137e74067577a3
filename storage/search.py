"""Full-text search over decisions: SQLite FTS5 or PostgreSQL tsvector, behind one interface.

Storage knows no Swedish: the caller hands in the analysed terms (bot.retrieval does the
stemming, compounds and acronyms), and both backends index and match those terms exactly.
A query is a list of concepts; a concept is a list of alternatives; an alternative is a tuple
of terms that must all be there. A term ending in "*" is a prefix. Nothing here commits.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import bindparam, text
from sqlmodel import Session, select

from storage import plain
from storage.collation import swedish_key
from storage.models import Decision, Document, Group, Meeting, MeetingGroup
from storage.plain import Read, adopt, columns_of

SEARCH_TABLES = ("decision_fts", "decision_search", "search_acronym")
Query = Sequence[Sequence[tuple[str, ...]]]
Analyse = Callable[[Decision], tuple[str, str, str]]  # → text, item and context terms
_SAFE_TERM = re.compile(r"^[0-9a-zåäöéüæø]+\*?$")
_BATCH = 500


def is_search_table(name: str | None) -> bool:
    """The raw-SQL search tables (and FTS5's shadow tables), which no model describes."""
    return bool(name) and name.startswith(SEARCH_TABLES)


def _sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


# --- writing the index --------------------------------------------------------------------
def index_decisions(session: Session, decision_ids: Iterable[int], analyse: Analyse) -> int:
    """(Re)index the decisions; returns how many. Call after adding or changing decisions."""
    ids = list(dict.fromkeys(decision_ids))
    count = 0
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start : start + _BATCH]
        decisions = session.exec(select(Decision).where(Decision.id.in_(chunk))).all()
        rows = []
        for decision in decisions:
            text_terms, item_terms, context_terms = analyse(decision)
            rows.append({"id": decision.id, "t": text_terms, "i": item_terms, "c": context_terms})
        forget_decisions(session, chunk)
        if rows:
            session.execute(_insert_statement(session), rows)
        count += len(rows)
    return count


def _insert_statement(session: Session):
    if _sqlite(session):
        return text(
            "INSERT INTO decision_fts (rowid, text_terms, item_terms, context_terms)"
            " VALUES (:id, :t, :i, :c)"
        )
    return text(
        "INSERT INTO decision_search (decision_id, text_terms, item_terms, context_terms)"
        " VALUES (:id, :t, :i, :c)"
    )


def forget_decisions(session: Session, decision_ids: Sequence[int]) -> None:
    if not decision_ids:
        return
    table, key = (
        ("decision_fts", "rowid") if _sqlite(session) else ("decision_search", "decision_id")
    )
    statement = text(f"DELETE FROM {table} WHERE {key} IN :ids").bindparams(
        bindparam("ids", expanding=True)
    )
    session.execute(statement, {"ids": list(decision_ids)})


def reindex_all(session: Session, analyse: Analyse) -> int:
    session.execute(
        text("DELETE FROM decision_fts" if _sqlite(session) else "DELETE FROM decision_search")
    )
    ids = list(session.exec(select(Decision.id).order_by(Decision.id)).all())
    return index_decisions(session, ids, analyse)


# --- acronyms learned from the minutes ----------------------------------------------------
def acronyms(session: Session) -> dict[str, str]:
    return {acronym: expansion for acronym, expansion in _read(session, _ACRONYMS, {})}


_ACRONYMS = text("SELECT acronym, expansion FROM search_acronym")


def remember_acronyms(session: Session, found: dict[str, str]) -> None:
    """Keeps the first expansion seen of each acronym."""
    known = acronyms(session)
    rows = [{"a": a[:16], "e": e[:300]} for a, e in found.items() if a not in known and a and e]
    if rows:
        session.execute(
            text("INSERT INTO search_acronym (acronym, expansion) VALUES (:a, :e)"), rows
        )


# --- reading the index --------------------------------------------------------------------
def search(
    session: Session,
    query_terms: Query,
    *,
    group_ids: Sequence[int] | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    limit: int = 20,
) -> list[tuple[int, float]]:
    """Published decisions matching any concept, best first: [(decision_id, score)]."""
    return [(decision_id, score) for decision_id, score, _ in search_dated(
        session, query_terms, group_ids=group_ids, date_from=date_from, date_to=date_to,
        limit=limit)]


def search_dated(
    session: Session,
    query_terms: Query,
    *,
    group_ids: Sequence[int] | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    limit: int = 20,
) -> list[tuple[int, float, date]]:
    """As `search`, with each decision's meeting day: [(decision_id, score, day)]. The query
    joins the meeting anyway; a second query for the days cost a /beslut as much again."""
    concepts = [_clean(concept) for concept in query_terms]
    concepts = [c for c in concepts if c]
    if not concepts:
        return []
    filters, params = _filters(group_ids, date_from, date_to)
    params["limit"] = limit
    if _sqlite(session):
        params["q"] = " OR ".join(_fts5_concept(c) for c in concepts)
        if group_ids is None and date_from is None and date_to is None:
            rows = _read(session, _RANKED_FIRST, {"q": params["q"], "limit": limit})
            if len(rows) == limit:  # the index's best `limit` all published: the answer
                return [(row[0], float(row[1]), _day(row[2])) for row in rows]
            # Fewer: some of the best are not published, or there are fewer matches at all.
        sql = (
            "SELECT f.rowid, -bm25(decision_fts, 1.0, 0.8, 0.4) AS score, m.date"
            " FROM decision_fts f"
            " JOIN decision d ON d.id = f.rowid JOIN meeting m ON m.id = d.meeting_id"
            f" WHERE decision_fts MATCH :q {filters} ORDER BY bm25(decision_fts, 1.0, 0.8, 0.4)"
            " LIMIT :limit"
        )
    else:
        sql, params = _ranked_postgres(concepts, filters, params)
    rows = _read(session, _text(sql, group_ids is not None), params)
    return [(row[0], float(row[1]), _day(row[2])) for row in rows]


def _ranked_postgres(concepts, filters: str, params: dict) -> tuple[str, dict]:
    params["q"] = " | ".join(_tsquery_concept(c) for c in concepts)
    return (
        "SELECT s.decision_id, ts_rank(s.terms, to_tsquery('simple', :q)) AS score, m.date"
        " FROM decision_search s"
        " JOIN decision d ON d.id = s.decision_id JOIN meeting m ON m.id = d.meeting_id"
        f" WHERE s.terms @@ to_tsquery('simple', :q) {filters}"
        " ORDER BY score DESC, m.date DESC LIMIT :limit"
    ), params


def _text(sql: str, groups: bool = False):
    """A text() statement of one of a handful of shapes (filters or not): each parsed once."""
    statement = _TEXTS.get(sql)
    if statement is None:
        statement = text(sql)
        if groups:
            statement = statement.bindparams(bindparam("groups", expanding=True))
        _TEXTS[sql] = statement
    return statement


def candidates(
    session: Session,
    query_terms: Query,
    counted: Sequence[str],
    *,
    group_ids: Sequence[int] | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    limit: int = 20,
) -> tuple[list[tuple[int, float, date]], dict[int, tuple[str, str, str]], int, dict[str, int]]:
    """What a question's ranking reads: `search_dated`, the `terms_of` the decisions it finds,
    and the `document_frequencies` of the terms `counted`. On PostgreSQL in one message, one
    round trip for three (the terms by the same query as a subquery, the counts beside it);
    elsewhere one after the other, as each alone. Nothing found: no terms, no counts."""
    concepts = [c for c in (_clean(concept) for concept in query_terms) if c]
    if not concepts or _sqlite(session) or not plain.pairs(session):
        found = search_dated(session, query_terms, group_ids=group_ids, date_from=date_from,
                             date_to=date_to, limit=limit)
        if not found:
            return [], {}, 0, {}
        total, dfs = document_frequencies(session, counted)
        return found, terms_of(session, [row[0] for row in found]), total, dfs
    filters, params = _filters(group_ids, date_from, date_to)
    params["limit"] = limit
    sql, params = _ranked_postgres(concepts, filters, params)
    terms = [t for t in dict.fromkeys(counted) if _SAFE_TERM.match(t) and not t.endswith("*")]
    counts_sql, counts_params = _counts_postgres(terms)
    rows, term_rows, count_rows = _read_many(
        session, (_text(sql, group_ids is not None), params),
        (_text(_TERMS_OF_RANKED.format(ranked=sql), group_ids is not None), params),
        (_text(counts_sql), counts_params))
    found = [(row[0], float(row[1]), _day(row[2])) for row in rows]
    if not found:
        return [], {}, 0, {}
    fields = {row[0]: (row[1], row[2], row[3]) for row in term_rows}
    total, dfs = _counted(terms, count_rows[0])
    return found, fields, total, dfs


# The terms of the decisions a ranking finds: the ranking itself as a subquery, its parameters
# the same.
_TERMS_OF_RANKED = (
    "SELECT t.decision_id, t.text_terms, t.item_terms, t.context_terms FROM decision_search t"
    " WHERE t.decision_id IN (SELECT r.decision_id FROM ({ranked}) AS r)"
)


_TEXTS: dict[str, object] = {}


def _read(session: Session, statement, params: dict) -> list:
    """A read on the session's connection: the same transaction, on the driver's cursor
    (storage/plain.py), neither the ORM's execution path nor Core's (their set-up cost more
    than these queries take to answer). `statement` is one built once (a module's, or one of
    _TEXTS' handful of shapes): each is compiled once per dialect."""
    read = _READS.get(statement)
    if read is None:
        read = _READS.setdefault(statement, Read(statement))
    return read.rows(session, **params)


_READS: dict = {}


def _read_many(session: Session, *reads: tuple) -> tuple[list, ...]:
    """`_read` of each (statement, params), in one message where the driver sends several."""
    (first, params), *then = reads
    return _reader(first).rows_and(session, *((_reader(s), p) for s, p in then), **params)


def _reader(statement) -> Read:
    read = _READS.get(statement)
    if read is None:
        read = _READS.setdefault(statement, Read(statement))
    return read


def _day(value) -> date:
    """A meeting's date as the raw query gives it: a date, or SQLite's ISO text."""
    return value if isinstance(value, date) else date.fromisoformat(value)


# Ranked inside the index first, then joined: at a million decisions a common subject matches
# tens of thousands, and joining each to its decision and meeting before ranking cost twice the
# ranking itself. Only without a group or date filter (a filter may reject most of the best);
# the join keeps the published ones, and when it keeps them all they are the full query's
# answer too (same order, same scores).
_RANKED_FIRST = text(
    "WITH ranked AS MATERIALIZED (SELECT rowid AS id, bm25(decision_fts, 1.0, 0.8, 0.4) AS r"
    " FROM decision_fts WHERE decision_fts MATCH :q ORDER BY r LIMIT :limit)"
    " SELECT ranked.id, -ranked.r, m.date FROM ranked JOIN decision d ON d.id = ranked.id"
    " JOIN meeting m ON m.id = d.meeting_id WHERE d.published_at IS NOT NULL ORDER BY ranked.r"
)


def _filters(group_ids, date_from, date_to) -> tuple[str, dict]:
    clauses, params = ["AND d.published_at IS NOT NULL"], {}
    if date_from is not None:
        clauses.append("AND m.date >= :date_from")
        params["date_from"] = date_from
    if date_to is not None:
        clauses.append("AND m.date <= :date_to")
        params["date_to"] = date_to
    if group_ids is not None:
        clauses.append(
            "AND EXISTS (SELECT 1 FROM meetinggroup g"
            " WHERE g.meeting_id = m.id AND g.group_id IN :groups)"
        )
        params["groups"] = list(group_ids) or [-1]
    return " ".join(clauses), params


def _clean(concept) -> list[tuple[str, ...]]:
    """Only safe terms reach the query syntax; an alternative with a bad term is dropped."""
    return [alt for alt in concept if alt and all(_SAFE_TERM.match(t) for t in alt)]


def _fts5_concept(concept) -> str:
    def term(t: str) -> str:
        return f'"{t[:-1]}"*' if t.endswith("*") else f'"{t}"'

    return (
        "(" + " OR ".join("(" + " AND ".join(term(t) for t in alt) + ")" for alt in concept) + ")"
    )


def _tsquery_concept(concept) -> str:
    def term(t: str) -> str:
        return f"{t[:-1]}:*" if t.endswith("*") else t

    return "(" + " | ".join("(" + " & ".join(term(t) for t in alt) + ")" for alt in concept) + ")"


def terms_of(session: Session, decision_ids: Sequence[int]) -> dict[int, tuple[str, str, str]]:
    """The indexed text, item and context terms of the decisions."""
    if not decision_ids:
        return {}
    statement = _TERMS_SQLITE if _sqlite(session) else _TERMS_POSTGRES
    rows = _read(session, statement, {"ids": list(decision_ids)})
    return {row[0]: (row[1], row[2], row[3]) for row in rows}


_TERMS_SQLITE = text(
    "SELECT rowid, text_terms, item_terms, context_terms FROM decision_fts WHERE rowid IN :ids"
).bindparams(bindparam("ids", expanding=True))
_TERMS_POSTGRES = text(
    "SELECT decision_id, text_terms, item_terms, context_terms FROM decision_search"
    " WHERE decision_id IN :ids"
).bindparams(bindparam("ids", expanding=True))
_VOCAB = text("SELECT term, doc FROM decision_fts_vocab WHERE term IN :terms").bindparams(
    bindparam("terms", expanding=True))
_INDEX_STATS = text("SELECT block FROM decision_fts_data WHERE id = 1")


def document_frequencies(session: Session, terms: Sequence[str]) -> tuple[int, dict[str, int]]:
    """How many decisions are indexed, and in how many each term occurs."""
    terms = [t for t in dict.fromkeys(terms) if _SAFE_TERM.match(t) and not t.endswith("*")]
    if _sqlite(session):
        total = indexed_count(session)
        if not terms:
            return total, {}
        found = dict(_read(session, _VOCAB, {"terms": terms}))
    else:  # one round trip however many terms, not one query a term
        sql, params = _counts_postgres(terms)
        row = session.connection().execute(text(sql), params).one()
        return _counted(terms, row)
    return total, {t: int(found.get(t, 0)) for t in terms}


def _counts_postgres(terms: list[str]) -> tuple[str, dict]:
    """How many decisions, and how many hold each term: one row (a shape per number of
    terms)."""
    counts = "".join(
        f", (SELECT count(*) FROM decision_search WHERE terms @@ to_tsquery('simple', :t{n}))"
        for n in range(len(terms)))
    return (f"SELECT (SELECT count(*) FROM decision){counts}",
            {f"t{n}": term for n, term in enumerate(terms)})


def _counted(terms: list[str], row) -> tuple[int, dict[str, int]]:
    found = dict(zip(terms, row[1:], strict=True))
    return row[0] or 0, {t: int(found.get(t, 0)) for t in terms}


def indexed_count(session: Session) -> int:
    """How many decisions the SQLite index holds, read where bm25 reads it: FTS5's averages
    record (row 1 of its data table) starts with the row count as a varint. count(*) on the
    decision table reads the whole table, 15 ms a question at a million decisions."""
    rows = _read(session, _INDEX_STATS, {})  # on the cursor: every question asks it
    block = rows[0][0] if rows else None
    if not block:  # nothing indexed yet
        return session.execute(text("SELECT count(*) FROM decision")).scalar() or 0
    return _varint(bytes(block))


def _varint(data: bytes) -> int:
    """SQLite's varint: 7 bits a byte, high bit set on all but the last; a ninth byte is whole."""
    value = 0
    for position, byte in enumerate(data[:9]):
        if position == 8:
            return (value << 8) | byte
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            break
    return value


def last_meeting_date(
    session: Session, group_ids: Sequence[int] | None, before: date
) -> date | None:
    """The latest meeting before `before` that has published decisions."""
    statement = (
        select(Meeting.date)
        .join(Decision, Decision.meeting_id == Meeting.id)
        .where(Meeting.date < before, Decision.published_at.is_not(None))
    )
    if group_ids is not None:
        statement = statement.join(MeetingGroup, MeetingGroup.meeting_id == Meeting.id).where(
            MeetingGroup.group_id.in_(list(group_ids) or [-1])
        )
    return session.exec(statement.order_by(Meeting.date.desc()).limit(1)).first()


def like_search(session: Session, words: Sequence[str], limit: int = 20) -> list[int]:
    """The naive baseline for the benchmark: every word as a substring, newest first, no index."""
    statement = (
        select(Decision.id)
        .join(Meeting, Meeting.id == Decision.meeting_id)
        .where(Decision.published_at.is_not(None))
    )
    for word in words:
        pattern = f"%{word.lower()}%"
        statement = statement.where(
            Decision.text.ilike(pattern)
            | Decision.item.ilike(pattern)
            | Decision.context.ilike(pattern)
        )
    return list(session.exec(statement.order_by(Meeting.date.desc()).limit(limit)).all())


# --- what the answer shows ----------------------------------------------------------------
@dataclass
class Hit:
    """A decision with what an answer shows about it."""

    decision: Decision
    day: date
    groups: list[str]
    document: Document | None


def describe(session: Session, decision_ids: Sequence[int]) -> dict[int, Hit]:
    """The decisions with their meeting's date, groups and document: read on the driver's
    cursor and adopted as the session's instances (storage.plain.adopt), as the ORM would
    load them for several times the cost; an answer describes up to a handful."""
    if not decision_ids:
        return {}
    ids = {"ids": list(decision_ids)}
    group_rows = None
    if plain.pairs(session):  # their meetings' groups in the same message: a round trip less
        rows, group_rows = _read_many(session, (_DESCRIBE, ids), (_GROUP_NAMES_OF, ids))
    else:
        rows = _read(session, _DESCRIBE, ids)
    decisions = len(_DECISION_COLUMNS)
    hits: dict[int, Hit] = {}
    names: dict[int, list[str]] = {}
    for row in rows:
        decision = adopt(session, Decision,
                         dict(zip(_DECISION_COLUMNS, row[:decisions], strict=True)))
        document = None
        if row[decisions + 1 + _DOCUMENT_ID] is not None:  # the outer join found one
            document = adopt(session, Document,
                             dict(zip(_DOCUMENT_COLUMNS, row[decisions + 1:], strict=True)))
        groups = names.setdefault(decision.meeting_id, [])
        hits[decision.id] = Hit(decision, _day(row[decisions]), groups, document)
    if names:
        if group_rows is None:
            group_rows = _read(session, _GROUP_NAMES, {"ids": list(names)})
        for meeting_id, name in group_rows:
            if meeting_id in names:
                names[meeting_id].append(name)
        for found in names.values():
            found.sort(key=swedish_key)  # in place: the hits hold these lists
    return hits


# Built once: putting the statements together cost more than running them.
_DECISION_COLUMNS = columns_of(Decision)
_DOCUMENT_COLUMNS = columns_of(Document)
_DOCUMENT_ID = _DOCUMENT_COLUMNS.index("id")
_DESCRIBE = (
    select(*Decision.__table__.columns, Meeting.date, *Document.__table__.columns)
    .join(Meeting, Meeting.id == Decision.meeting_id)
    .join(Document, Document.id == Decision.document_id, isouter=True)
    .where(Decision.id.in_(bindparam("ids", expanding=True)))
)
_GROUP_NAMES = (
    select(MeetingGroup.meeting_id, Group.name)
    .join(Group, Group.id == MeetingGroup.group_id)
    .where(MeetingGroup.meeting_id.in_(bindparam("ids", expanding=True)))
)
# The same, by the decisions rather than their meetings (read along with `_DESCRIBE`).
_GROUP_NAMES_OF = (
    select(MeetingGroup.meeting_id, Group.name)
    .join(Group, Group.id == MeetingGroup.group_id)
    .where(MeetingGroup.meeting_id.in_(
        select(Decision.meeting_id).where(Decision.id.in_(bindparam("ids", expanding=True)))))
)


def recent_decisions(
    session: Session,
    *,
    group_ids: Sequence[int] | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    limit: int = 3,
) -> list[int]:
    """Published decisions by the filters alone, newest meeting first (no subject asked)."""
    statement = (
        select(Decision.id)
        .join(Meeting, Meeting.id == Decision.meeting_id)
        .where(Decision.published_at.is_not(None))
    )
    if date_from is not None:
        statement = statement.where(Meeting.date >= date_from)
    if date_to is not None:
        statement = statement.where(Meeting.date <= date_to)
    if group_ids is not None:
        inner = select(MeetingGroup.meeting_id).where(
            MeetingGroup.group_id.in_(list(group_ids) or [-1])
        )
        statement = statement.where(Meeting.id.in_(inner))
    statement = statement.order_by(Meeting.date.desc(), Decision.position).limit(limit)
    return list(session.exec(statement).all())
