"""Reminder call outcomes, and indexes for the due list

``reminder_events``: each call outcome recorded about a reminder (done,
snoozed until a day, dismissed with a reason), with who and when.
``visits (vehicle_id, status, started_at, mileage)`` replaces ``(vehicle_id)``:
a car's first and last mileage readings up to a day are two index seeks
(the due list's mileage prediction).
``reminders (status, vehicle_id, due_on, due_mileage, created_on,
snoozed_until)``: the due list's candidates and their cars from the index
alone.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

CANDIDATES = ["status", "vehicle_id", "due_on", "due_mileage", "created_on", "snoozed_until"]


def upgrade() -> None:
    op.create_table(
        "reminder_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reminder_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.Column("outcome", sa.String(length=10), nullable=False),
        sa.Column("snoozed_until", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "outcome IN ('done', 'snoozed', 'dismissed')",
            name=op.f("ck_reminder_events_outcome_known"),
        ),
        sa.CheckConstraint(
            "(outcome = 'snoozed') = (snoozed_until IS NOT NULL)",
            name=op.f("ck_reminder_events_snoozed_until_given"),
        ),
        sa.ForeignKeyConstraint(
            ["reminder_id"],
            ["reminders.id"],
            name=op.f("fk_reminder_events_reminder_id_reminders"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder_events")),
    )
    with op.batch_alter_table("reminder_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_reminder_events_reminder_id_at"), ["reminder_id", "at"], unique=False
        )
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.drop_index("ix_visits_vehicle_id")
        batch_op.create_index(
            "ix_visits_vehicle_id_status_started_at_mileage",
            ["vehicle_id", "status", "started_at", "mileage"],
            unique=False,
        )
    with op.batch_alter_table("reminders", schema=None) as batch_op:
        batch_op.create_index("ix_reminders_due_candidates", CANDIDATES, unique=False)


def downgrade() -> None:
    with op.batch_alter_table("reminders", schema=None) as batch_op:
        batch_op.drop_index("ix_reminders_due_candidates")
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.drop_index("ix_visits_vehicle_id_status_started_at_mileage")
        batch_op.create_index("ix_visits_vehicle_id", ["vehicle_id"], unique=False)
    with op.batch_alter_table("reminder_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reminder_events_reminder_id_at"))
    op.drop_table("reminder_events")
