"""Row versions for concurrent edits at several desks

``clients`` and ``visits`` get ``version`` (1 for a new row, one more on every
update: SQLAlchemy's ``version_id_col``), ``updated_at`` and ``updated_by``
(the login of the actor who last changed the row). A desk saving a record it
opened at an older version is refused instead of silently overwriting.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

TABLES = ("clients", "visits")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("version", sa.Integer(), nullable=False, server_default="1")
            )
            batch_op.add_column(sa.Column("updated_at", sa.DateTime(), nullable=True))
            batch_op.add_column(sa.Column("updated_by", sa.String(length=100), nullable=True))


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("updated_by")
            batch_op.drop_column("updated_at")
            batch_op.drop_column("version")
