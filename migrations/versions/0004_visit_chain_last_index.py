"""Covering index for "each client's last completed visit as of a day" (rfm at chain scale)

The rows with no later visit (next_started_at IS NULL) come out of it in client
id order with everything the chain answers (visit count, lifetime revenue), so
a report over every client reads one narrow index range and walks the clients'
primary key forward.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.create_index(
            "ix_visits_chain_last",
            ["status", "next_started_at", "client_id", "started_at", "visit_no", "cum_revenue"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.drop_index("ix_visits_chain_last")
