"""edit history: every save in the assistant's editor, with the item before and after

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('edit_history',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('slug', sa.String(length=80), nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('changes', sa.JSON(), nullable=False),
    sa.Column('before', sa.JSON(), nullable=True),
    sa.Column('after', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_edit_history'))
    )
    with op.batch_alter_table('edit_history', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_edit_history_slug'), ['slug'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('edit_history', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_edit_history_slug'))
    op.drop_table('edit_history')
