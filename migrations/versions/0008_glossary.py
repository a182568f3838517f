"""glossary and term base: words residents can tap, and each key term's one translation

glossary_entries: acronyms and administrative words explained in plain words (or pointing to the
document that explains them); terms: the term base the content checks compare texts with.
Both are catalogue content, replaced by every catalogue swap.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""

from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('glossary_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=80), nullable=False),
    sa.Column('term', sa.JSON(), nullable=False),
    sa.Column('also', sa.JSON(), nullable=False),
    sa.Column('explanation', sa.JSON(), nullable=True),
    sa.Column('document_id', sa.Integer(), nullable=True),
    sa.Column('sources', sa.JSON(), nullable=False),
    sa.Column('to_check', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_glossary_entries_document_id_documents')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_glossary_entries')),
    sa.UniqueConstraint('slug', name=op.f('uq_glossary_entries_slug'))
    )
    op.create_table('terms',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=80), nullable=False),
    sa.Column('term', sa.JSON(), nullable=False),
    sa.Column('also', sa.JSON(), nullable=False),
    sa.Column('wrong', sa.JSON(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_terms')),
    sa.UniqueConstraint('slug', name=op.f('uq_terms_slug'))
    )


def downgrade() -> None:
    op.drop_table('terms')
    op.drop_table('glossary_entries')
