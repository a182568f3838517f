"""initial: catalogue content, local data and the search index

Revision ID: 0001
Revises: 
Create Date: 2026-11-25
"""

from alembic import op
import sqlalchemy as sa


# Kept in step with kiosk.database (APPLICATION_ID, INDEX_TABLE); literal here so that this
# revision never changes when the application code does.
APPLICATION_ID = 0x4B494F53
SEARCH_INDEX = (
    "CREATE VIRTUAL TABLE search_index USING fts5("
    "title, keywords, body, slug UNINDEXED, lang UNINDEXED, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')"
)
# Ranking: titles first, then keywords, then the body. Stored in the index's own configuration so
# that "ORDER BY rank" takes FTS5's fast path.
SEARCH_RANK = "INSERT INTO search_index (search_index, rank) VALUES ('rank', 'bm25(10.0, 6.0, 1.0)')"

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('announcements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=80), nullable=False),
    sa.Column('text', sa.JSON(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=False),
    sa.Column('sites', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_announcements')),
    sa.UniqueConstraint('slug', name=op.f('uq_announcements_slug'))
    )
    op.create_table('catalogue_info',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('format_version', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('published_at', sa.DateTime(), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.Column('applied_at', sa.DateTime(), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_catalogue_info'))
    )
    op.create_table('categories',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=80), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.JSON(), nullable=False),
    sa.Column('description', sa.JSON(), nullable=True),
    sa.Column('pictogram', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_categories')),
    sa.UniqueConstraint('slug', name=op.f('uq_categories_slug'))
    )
    op.create_table('documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=80), nullable=False),
    sa.Column('title', sa.JSON(), nullable=False),
    sa.Column('what', sa.JSON(), nullable=False),
    sa.Column('looks_like', sa.JSON(), nullable=True),
    sa.Column('where_to_get', sa.JSON(), nullable=True),
    sa.Column('pictogram', sa.String(length=80), nullable=False),
    sa.Column('sources', sa.JSON(), nullable=False),
    sa.Column('to_check', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_documents')),
    sa.UniqueConstraint('slug', name=op.f('uq_documents_slug'))
    )
    op.create_table('languages',
    sa.Column('code', sa.String(length=3), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('direction', sa.String(length=3), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_languages'))
    )
    op.create_table('partners',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=80), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('description', sa.JSON(), nullable=True),
    sa.Column('adresse', sa.String(length=300), nullable=True),
    sa.Column('complement_adresse', sa.String(length=300), nullable=True),
    sa.Column('code_postal', sa.String(length=5), nullable=True),
    sa.Column('commune', sa.String(length=100), nullable=True),
    sa.Column('telephone', sa.String(length=40), nullable=True),
    sa.Column('courriel', sa.String(length=200), nullable=True),
    sa.Column('site_web', sa.Text(), nullable=True),
    sa.Column('horaires_accueil', sa.Text(), nullable=True),
    sa.Column('horaires_texte', sa.Text(), nullable=True),
    sa.Column('thematiques', sa.JSON(), nullable=False),
    sa.Column('sites', sa.JSON(), nullable=False),
    sa.Column('sources', sa.JSON(), nullable=False),
    sa.Column('to_check', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partners')),
    sa.UniqueConstraint('slug', name=op.f('uq_partners_slug'))
    )
    op.create_table('pins',
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('hash', sa.String(length=300), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('role', name=op.f('pk_pins'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('sites',
    sa.Column('slug', sa.String(length=80), nullable=False),
    sa.Column('name', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('slug', name=op.f('pk_sites'))
    )
    op.create_table('stat_counters',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('event', sa.String(length=20), nullable=False),
    sa.Column('procedure_slug', sa.String(length=80), nullable=False),
    sa.Column('category_slug', sa.String(length=80), nullable=False),
    sa.Column('language', sa.String(length=3), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('day', 'event', 'procedure_slug', 'category_slug', 'language', name=op.f('pk_stat_counters'))
    )
    op.create_table('sync_history',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('outcome', sa.String(length=10), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_history'))
    )
    with op.batch_alter_table('sync_history', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_history_at'), ['at'], unique=False)

    op.create_table('procedures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=80), nullable=False),
    sa.Column('category_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('title', sa.JSON(), nullable=False),
    sa.Column('summary', sa.JSON(), nullable=False),
    sa.Column('audience', sa.JSON(), nullable=True),
    sa.Column('mode', sa.String(length=10), nullable=False),
    sa.Column('cost', sa.JSON(), nullable=True),
    sa.Column('duration', sa.JSON(), nullable=True),
    sa.Column('online_service', sa.Text(), nullable=True),
    sa.Column('links', sa.JSON(), nullable=False),
    sa.Column('keywords', sa.JSON(), nullable=False),
    sa.Column('helper_notes', sa.JSON(), nullable=True),
    sa.Column('sources', sa.JSON(), nullable=False),
    sa.Column('to_check', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['category_id'], ['categories.id'], name=op.f('fk_procedures_category_id_categories')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_procedures')),
    sa.UniqueConstraint('slug', name=op.f('uq_procedures_slug'))
    )
    with op.batch_alter_table('procedures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_procedures_category_id'), ['category_id'], unique=False)

    op.create_table('procedure_documents',
    sa.Column('procedure_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('note', sa.JSON(), nullable=True),
    sa.Column('optional', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_procedure_documents_document_id_documents')),
    sa.ForeignKeyConstraint(['procedure_id'], ['procedures.id'], name=op.f('fk_procedure_documents_procedure_id_procedures'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('procedure_id', 'position', name=op.f('pk_procedure_documents'))
    )
    with op.batch_alter_table('procedure_documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_procedure_documents_document_id'), ['document_id'], unique=False)

    op.create_table('procedure_partners',
    sa.Column('procedure_id', sa.Integer(), nullable=False),
    sa.Column('partner_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['partner_id'], ['partners.id'], name=op.f('fk_procedure_partners_partner_id_partners')),
    sa.ForeignKeyConstraint(['procedure_id'], ['procedures.id'], name=op.f('fk_procedure_partners_procedure_id_procedures'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('procedure_id', 'partner_id', name=op.f('pk_procedure_partners'))
    )
    op.create_table('steps',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('procedure_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('text', sa.JSON(), nullable=False),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('partner_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['partner_id'], ['partners.id'], name=op.f('fk_steps_partner_id_partners')),
    sa.ForeignKeyConstraint(['procedure_id'], ['procedures.id'], name=op.f('fk_steps_procedure_id_procedures'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_steps'))
    )
    with op.batch_alter_table('steps', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_steps_procedure_id'), ['procedure_id'], unique=False)
    op.execute(SEARCH_INDEX)
    op.execute(SEARCH_RANK)
    op.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def downgrade() -> None:
    op.execute("PRAGMA application_id = 0")
    op.execute("DROP TABLE search_index")
    with op.batch_alter_table('steps', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_steps_procedure_id'))

    op.drop_table('steps')
    op.drop_table('procedure_partners')
    with op.batch_alter_table('procedure_documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_procedure_documents_document_id'))

    op.drop_table('procedure_documents')
    with op.batch_alter_table('procedures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_procedures_category_id'))

    op.drop_table('procedures')
    with op.batch_alter_table('sync_history', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_history_at'))

    op.drop_table('sync_history')
    op.drop_table('stat_counters')
    op.drop_table('sites')
    op.drop_table('settings')
    op.drop_table('pins')
    op.drop_table('partners')
    op.drop_table('languages')
    op.drop_table('documents')
    op.drop_table('categories')
    op.drop_table('catalogue_info')
    op.drop_table('announcements')
