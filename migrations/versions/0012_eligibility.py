"""eligibility: "is this for me?" questions of procedures, and their two statistics events

eligibility_questions: up to 6 yes/no questions per procedure, each with the answer that keeps
the procedure relevant, the advice otherwise and a partner (catalogue content, replaced by every
catalogue swap). stat_counters: the events probably_for_me and probably_not_for_me, counted per
day only (no procedure, no language: see kiosk/stats.py).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03
"""

from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

# Literal, like 0003's and 0009's: the events before and after this revision.
EVENTS_BEFORE = ("viewed", "guide_started", "guide_finished", "taken_away", "printed",
                 "helpful_yes", "helpful_no", "category_viewed", "search_empty", "desk")
EVENTS = EVENTS_BEFORE + ("probably_for_me", "probably_not_for_me")


def _events(events: tuple[str, ...]) -> str:
    return "event IN (" + ", ".join(f"'{e}'" for e in events) + ")"


def upgrade() -> None:
    op.create_table('eligibility_questions',
    sa.Column('procedure_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('question', sa.JSON(), nullable=False),
    sa.Column('relevant_if', sa.String(length=3), nullable=False),
    sa.Column('otherwise', sa.JSON(), nullable=False),
    sa.Column('partner_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("relevant_if IN ('yes', 'no')", name=op.f('ck_eligibility_questions_relevant_if')),
    sa.ForeignKeyConstraint(['partner_id'], ['partners.id'], name=op.f('fk_eligibility_questions_partner_id_partners')),
    sa.ForeignKeyConstraint(['procedure_id'], ['procedures.id'], name=op.f('fk_eligibility_questions_procedure_id_procedures'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('procedure_id', 'position', name=op.f('pk_eligibility_questions'))
    )
    with op.batch_alter_table('stat_counters', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_stat_counters_event'), type_='check')
        batch_op.create_check_constraint(op.f('ck_stat_counters_event'), _events(EVENTS))


def downgrade() -> None:
    op.execute("DELETE FROM stat_counters WHERE event IN ('probably_for_me', 'probably_not_for_me')")
    with op.batch_alter_table('stat_counters', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_stat_counters_event'), type_='check')
        batch_op.create_check_constraint(op.f('ck_stat_counters_event'), _events(EVENTS_BEFORE))
    op.drop_table('eligibility_questions')
