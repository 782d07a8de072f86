"""Indexes for gaps and segments at chain scale

``visit_items (bought, department_id, started_at, visit_id, amount, client_id)``
replaces the same index without ``client_id``: one department's bought items
of a window now give their clients from the index alone (gaps reads each
department's users as one index range; trends reads the same range as
before).
``clients (referred_by_id, registered_on)`` replaces ``(referred_by_id)``: the
clients each client referred by a day, counted from the index alone
(segments).
``clients (do_not_contact)``: the few do-not-contact clients without reading
every client (segments, gaps candidates).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

DEPARTMENT_PERIOD = ["bought", "department_id", "started_at", "visit_id", "amount"]


def upgrade() -> None:
    with op.batch_alter_table("visit_items", schema=None) as batch_op:
        batch_op.drop_index("ix_visit_items_department_period")
        batch_op.create_index(
            "ix_visit_items_department_period", [*DEPARTMENT_PERIOD, "client_id"], unique=False
        )
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_index("ix_clients_referred_by_id")
        batch_op.create_index(
            "ix_clients_referred_by_id_registered_on",
            ["referred_by_id", "registered_on"],
            unique=False,
        )
        batch_op.create_index("ix_clients_do_not_contact", ["do_not_contact"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_index("ix_clients_do_not_contact")
        batch_op.drop_index("ix_clients_referred_by_id_registered_on")
        batch_op.create_index("ix_clients_referred_by_id", ["referred_by_id"], unique=False)
    with op.batch_alter_table("visit_items", schema=None) as batch_op:
        batch_op.drop_index("ix_visit_items_department_period")
        batch_op.create_index("ix_visit_items_department_period", DEPARTMENT_PERIOD, unique=False)
