"""Accounts: wrong-password counting, and the actor's name in the audit log

``users.failed_logins`` and ``users.last_failed_at``: repeated wrong passwords
make the next attempt wait longer, also across restarts.
``audit_entries.actor``: the login (or "system") as it was at the time, so the
log reads the same after a user is renamed or for the command line;
``audit_entries.client_id``: the client a change concerns (the client itself, or
the owner of the car, visit, item or reminder), so a client's history, and the
privacy export, is one index seek. No foreign key: the history outlives a
deleted or merged client.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("failed_logins", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(sa.Column("last_failed_at", sa.DateTime(), nullable=True))
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("actor", sa.String(length=100), nullable=False, server_default="system")
        )
        batch_op.add_column(sa.Column("client_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_audit_entries_client_id"), ["client_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entries_client_id"))
        batch_op.drop_column("client_id")
        batch_op.drop_column("actor")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("last_failed_at")
        batch_op.drop_column("failed_logins")
