"""Report columns: items carry their visit's client, time and status, and their department

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("visit_items", schema=None) as batch_op:
        batch_op.add_column(sa.Column("department_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("client_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("started_at", sa.DateTime(), nullable=True))
        batch_op.add_column(
            sa.Column("bought", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_visit_items_department_id_departments"),
            "departments",
            ["department_id"],
            ["id"],
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_visit_items_client_id_clients"), "clients", ["client_id"], ["id"]
        )
    op.execute(
        "UPDATE visit_items SET "
        "department_id = (SELECT s.department_id FROM services s WHERE s.id = visit_items.service_id), "
        "client_id = (SELECT v.client_id FROM visits v WHERE v.id = visit_items.visit_id), "
        "started_at = (SELECT v.started_at FROM visits v WHERE v.id = visit_items.visit_id), "
        "bought = (NOT declined AND (SELECT v.status FROM visits v WHERE v.id = visit_items.visit_id) = 'completed')"
    )
    with op.batch_alter_table("visit_items", schema=None) as batch_op:
        batch_op.create_index(
            "ix_visit_items_bought_started_at",
            ["bought", "started_at", "department_id", "client_id", "visit_id", "amount"],
            unique=False,
        )
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_visits_status_next_started_at"),
            ["status", "next_started_at"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visits_status_next_started_at"))
    with op.batch_alter_table("visit_items", schema=None) as batch_op:
        batch_op.drop_index("ix_visit_items_bought_started_at")
        batch_op.drop_constraint(
            batch_op.f("fk_visit_items_client_id_clients"), type_="foreignkey"
        )
        batch_op.drop_constraint(
            batch_op.f("fk_visit_items_department_id_departments"), type_="foreignkey"
        )
        batch_op.drop_column("bought")
        batch_op.drop_column("started_at")
        batch_op.drop_column("client_id")
        batch_op.drop_column("department_id")
