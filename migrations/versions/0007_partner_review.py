"""partner review: a partner the assistant wrote is never overwritten by a data·inclusion import

partner_origins.imported: the partner as the import left it (None: not created by an import, or
not known, as for every partner imported before this revision: they are flagged, never overwritten).
partner_reviews: the values a record offers for a partner the assistant wrote or edited, to accept
or keep in the editor.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('partner_reviews',
    sa.Column('partner_slug', sa.String(length=80), nullable=False),
    sa.Column('source', sa.String(length=100), nullable=False),
    sa.Column('flagged_on', sa.Date(), nullable=True),
    sa.Column('offered', sa.JSON(), nullable=False),
    sa.Column('kept', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('partner_slug', name=op.f('pk_partner_reviews'))
    )
    with op.batch_alter_table('partner_origins', schema=None) as batch_op:
        batch_op.add_column(sa.Column('imported', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('partner_origins', schema=None) as batch_op:
        batch_op.drop_column('imported')
    op.drop_table('partner_reviews')
