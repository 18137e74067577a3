"""document versions: the published minutes a newer version replaced, and the draft of a
correction started on the published page

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04 07:10:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # batch: SQLite adds a foreign key only by copying the table
    with op.batch_alter_table('document') as batch:
        batch.add_column(sa.Column('replaces_id', sa.Integer(), nullable=True))
        batch.create_index('ix_document_replaces_id', ['replaces_id'], unique=False)
        batch.create_foreign_key('fk_document_replaces_id_document', 'document',
                                 ['replaces_id'], ['id'])
    with op.batch_alter_table('minutesdraft') as batch:
        batch.add_column(sa.Column('replaces_id', sa.Integer(), nullable=True))
        batch.create_foreign_key('fk_minutesdraft_replaces_id_document', 'document',
                                 ['replaces_id'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('minutesdraft') as batch:
        batch.drop_constraint('fk_minutesdraft_replaces_id_document', type_='foreignkey')
        batch.drop_column('replaces_id')
    with op.batch_alter_table('document') as batch:
        batch.drop_constraint('fk_document_replaces_id_document', type_='foreignkey')
        batch.drop_index('ix_document_replaces_id')
        batch.drop_column('replaces_id')
