"""procedure listing index: a category's procedures in order from the index alone

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""

from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('procedures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_procedures_category_id'))
        batch_op.create_index('ix_procedures_listing', ['category_id', 'status', 'position'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('procedures', schema=None) as batch_op:
        batch_op.drop_index('ix_procedures_listing')
        batch_op.create_index(batch_op.f('ix_procedures_category_id'), ['category_id'], unique=False)
