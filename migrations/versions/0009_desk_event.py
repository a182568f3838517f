"""desk event: the statistics may count views at a partner's front desk (`kiosk desk`)

The CHECK constraint on stat_counters.event (revision 0003) lists the events a counter may hold;
this revision adds "desk", so that desk views are counted apart from the terminal's.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

from alembic import op


# Literal here, like every revision, so that it never changes when the application code does;
# tests/kiosk/test_stats.py checks that they match kiosk.models.StatCounter's constraint.
EVENTS_BEFORE = ("viewed", "guide_started", "guide_finished", "taken_away", "printed",
                 "helpful_yes", "helpful_no", "category_viewed", "search_empty")
EVENTS = EVENTS_BEFORE + ("desk",)
NAME = "ck_stat_counters_event"


def _check(events: tuple[str, ...]) -> str:
    return "event IN (" + ", ".join(f"'{e}'" for e in events) + ")"


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('stat_counters', schema=None) as batch_op:
        batch_op.drop_constraint(op.f(NAME), type_='check')
        batch_op.create_check_constraint(op.f(NAME), _check(EVENTS))


def downgrade() -> None:
    # An older kiosk cannot hold desk counters: they go, the rule before this revision comes back.
    op.execute("DELETE FROM stat_counters WHERE event = 'desk'")
    with op.batch_alter_table('stat_counters', schema=None) as batch_op:
        batch_op.drop_constraint(op.f(NAME), type_='check')
        batch_op.create_check_constraint(op.f(NAME), _check(EVENTS_BEFORE))
