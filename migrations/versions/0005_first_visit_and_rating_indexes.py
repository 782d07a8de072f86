"""Indexes for first visits by date and for ratings per client (growth, cohorts, retention, segments)

``(visit_no, started_at)``: the first visits of a period are one short range
(visit_no = 1) instead of every completed visit of the period. ``(status,
rating, client_id, started_at)``: a rating's visits come in client order from
the index alone, so counting them per client needs no sort and no table reads.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_visits_visit_no_started_at"), ["visit_no", "started_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_visits_status_rating_client_id_started_at"),
            ["status", "rating", "client_id", "started_at"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visits_status_rating_client_id_started_at"))
        batch_op.drop_index(batch_op.f("ix_visits_visit_no_started_at"))
