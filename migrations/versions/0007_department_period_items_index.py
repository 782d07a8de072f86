"""Index for a department's bought items of a period, per visit (trends)

``visit_items (bought, department_id, started_at, visit_id, amount)``: one
month of one department is one index range whose items come grouped by visit,
so revenue and visits per month and department stream without a sort.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("visit_items", schema=None) as batch_op:
        batch_op.create_index(
            "ix_visit_items_department_period",
            ["bought", "department_id", "started_at", "visit_id", "amount"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("visit_items", schema=None) as batch_op:
        batch_op.drop_index("ix_visit_items_department_period")
