"""Drop two visit indexes that are prefixes of wider ones (chain_last, master_period)

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.drop_index("ix_visits_status_next_started_at")
        batch_op.drop_index("ix_visits_employee_id")


def downgrade() -> None:
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.create_index("ix_visits_employee_id", ["employee_id"], unique=False)
        batch_op.create_index(
            "ix_visits_status_next_started_at", ["status", "next_started_at"], unique=False
        )
