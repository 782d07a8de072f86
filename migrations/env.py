"""Alembic environment: always run with the connection the program hands over."""

from __future__ import annotations

from alembic import context

from app.models import Base

target_metadata = Base.metadata
connection = context.config.attributes.get("connection")
if connection is None:
    from app.db import create_db_engine, resolve_url

    connection = create_db_engine(resolve_url()).connect()

context.configure(
    connection=connection,
    target_metadata=target_metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
