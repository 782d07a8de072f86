"""Indexes for department use per client (gaps) and visits per master (masters)

``visit_items (client_id, bought, started_at, department_id, amount)``: a
client's bought items of a window, with their departments and amounts, from
one short index range; walked in client order it lets gaps build each active
client's set of departments without sorting the window's items.
``visits (employee_id, status, started_at, client_id, revenue, rating)``: a
master's completed visits of a period from the index alone, one range per
master, so masters needs no sort and no table reads.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("visit_items", schema=None) as batch_op:
        batch_op.create_index(
            "ix_visit_items_client_window",
            ["client_id", "bought", "started_at", "department_id", "amount"],
            unique=False,
        )
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.create_index(
            "ix_visits_master_period",
            ["employee_id", "status", "started_at", "client_id", "revenue", "rating"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.drop_index("ix_visits_master_period")
    with op.batch_alter_table("visit_items", schema=None) as batch_op:
        batch_op.drop_index("ix_visit_items_client_window")
