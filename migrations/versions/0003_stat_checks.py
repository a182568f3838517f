"""stat checks: CHECK constraints so that no statistics column can hold text a resident typed

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from alembic import op


# Literal here, like every revision, so that it never changes when the application code does;
# tests/kiosk/test_stats.py checks that they match kiosk.models.StatCounter's constraints.
EVENTS = ("viewed", "guide_started", "guide_finished", "taken_away", "printed",
          "helpful_yes", "helpful_no", "category_viewed", "search_empty")


def _slug(column: str) -> str:
    return (f"typeof({column}) = 'text' AND length({column}) <= 80 "
            f"AND {column} NOT GLOB '*[^a-z0-9-]*'")


CHECKS = {
    "ck_stat_counters_day": "day IS date(day)",
    "ck_stat_counters_event": "event IN (" + ", ".join(f"'{e}'" for e in EVENTS) + ")",
    "ck_stat_counters_procedure_slug": _slug("procedure_slug"),
    "ck_stat_counters_category_slug": _slug("category_slug"),
    "ck_stat_counters_language": ("typeof(language) = 'text' AND length(language) <= 3 "
                                  "AND language NOT GLOB '*[^a-z]*'"),
    "ck_stat_counters_count": "typeof(count) = 'integer' AND count >= 0",
}

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # No release wrote counters before this revision; a row that would break a rule all the
    # same is dropped rather than kept (it could only hold what must not be stored) or allowed
    # to stop the kiosk from starting.
    op.execute("DELETE FROM stat_counters WHERE NOT ("
               + " AND ".join(f"coalesce({check}, 1)" for check in CHECKS.values()) + ")")
    with op.batch_alter_table('stat_counters', schema=None) as batch_op:
        for name, condition in CHECKS.items():
            batch_op.create_check_constraint(op.f(name), condition)


def downgrade() -> None:
    with op.batch_alter_table('stat_counters', schema=None) as batch_op:
        for name in reversed(CHECKS):
            batch_op.drop_constraint(op.f(name), type_='check')
