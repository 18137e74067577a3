"""full-text search over decisions: FTS5 on SQLite, tsvector + GIN on PostgreSQL; acronyms

Revision ID: 0003
Revises: 0002

The search structures are raw SQL, not models: each dialect has its own, and
storage/migrations/env.py keeps them out of autogenerate (storage.search.is_search_table).
Both index the same pre-analysed Swedish terms (bot.retrieval.analysis), so both backends
find the same decisions.
"""

from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE TABLE search_acronym ("
        " acronym VARCHAR(16) PRIMARY KEY,"
        " expansion VARCHAR(300) NOT NULL)"
    )
    if op.get_bind().dialect.name == "sqlite":
        # remove_diacritics 0: the default tokenizer would make "år" and "ar" the same word.
        op.execute(
            "CREATE VIRTUAL TABLE decision_fts USING fts5("
            " text_terms, item_terms, context_terms,"
            " tokenize = 'unicode61 remove_diacritics 0')"
        )
        # Document frequencies of terms without scanning: how rare a word is sets its weight.
        op.execute("CREATE VIRTUAL TABLE decision_fts_vocab USING fts5vocab(decision_fts, 'row')")
        return
    # The 'simple' configuration only lower-cases: the Swedish analysis is already done, and
    # 'swedish' would stem the acronym "sams" to "sam".
    op.execute(
        "CREATE TABLE decision_search ("
        " decision_id INTEGER PRIMARY KEY REFERENCES decision (id) ON DELETE CASCADE,"
        " text_terms TEXT NOT NULL,"
        " item_terms TEXT NOT NULL,"
        " context_terms TEXT NOT NULL,"
        " terms TSVECTOR GENERATED ALWAYS AS ("
        "  setweight(to_tsvector('simple', text_terms), 'A')"
        "  || setweight(to_tsvector('simple', item_terms), 'B')"
        "  || setweight(to_tsvector('simple', context_terms), 'C')) STORED)"
    )
    op.execute("CREATE INDEX ix_decision_search_terms ON decision_search USING GIN (terms)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS decision_fts_vocab")
        op.execute("DROP TABLE IF EXISTS decision_fts")
    else:
        op.execute("DROP TABLE IF EXISTS decision_search")
    op.execute("DROP TABLE IF EXISTS search_acronym")
