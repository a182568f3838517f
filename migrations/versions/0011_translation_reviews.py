"""translation reviews: who checked which translation, when, against which French

translation_reviews: per language and text key (kiosk.reviews), who reviewed the translation,
the day, and the hash of the French it was reviewed against. Catalogue content, replaced by
every catalogue swap; a translation without a row is machine-assisted.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""

from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('translation_reviews',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('lang', sa.String(length=3), nullable=False),
    sa.Column('key', sa.String(length=300), nullable=False),
    sa.Column('by', sa.String(length=40), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_translation_reviews')),
    sa.UniqueConstraint('lang', 'key', name=op.f('uq_translation_reviews_lang'))
    )


def downgrade() -> None:
    op.drop_table('translation_reviews')
