"""fiche review: what the importers know about official sources (local, editor-side data)

fiche_reviews: the service-public.fr fiche a procedure follows, the official values its text is
based on, and the review flag raised when a newer version of the fiche differs.
partner_origins: the data·inclusion record an imported partner comes from.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('fiche_reviews',
    sa.Column('procedure_slug', sa.String(length=80), nullable=False),
    sa.Column('fiche_id', sa.String(length=8), nullable=False),
    sa.Column('modified_on', sa.Date(), nullable=True),
    sa.Column('official', sa.JSON(), nullable=True),
    sa.Column('imported_on', sa.Date(), nullable=False),
    sa.Column('review_since', sa.Date(), nullable=True),
    sa.Column('review_modified_on', sa.Date(), nullable=True),
    sa.Column('review_changes', sa.JSON(), nullable=False),
    sa.Column('review_official', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('procedure_slug', name=op.f('pk_fiche_reviews')),
    sa.UniqueConstraint('fiche_id', name=op.f('uq_fiche_reviews_fiche_id'))
    )
    op.create_table('partner_origins',
    sa.Column('partner_slug', sa.String(length=80), nullable=False),
    sa.Column('source', sa.String(length=100), nullable=False),
    sa.Column('external_id', sa.String(length=300), nullable=False),
    sa.Column('date_maj', sa.Date(), nullable=True),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('partner_slug', name=op.f('pk_partner_origins')),
    sa.UniqueConstraint('source', 'external_id', name=op.f('uq_partner_origins_source'))
    )


def downgrade() -> None:
    op.drop_table('partner_origins')
    op.drop_table('fiche_reviews')
