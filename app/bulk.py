"""Helpers for writing or reading millions of rows at once (demo data, import, reports)."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import Connection


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while many small objects are made.

    Rows, tuples and dicts hold no reference cycles, yet every few hundred
    allocations the collector would walk them all again: measured at about a
    third of a chain-scale report's or generation's time.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextmanager
def indexes_deferred(
    conn: Connection,
    tables: Iterable[str],
    keep: Iterable[str] = (),
    on_build: Callable[[], None] | None = None,
) -> Iterator[None]:
    """On SQLite, drop the tables' secondary indexes and build them once at the end.

    Growing an index row by row, then updating it for every derived column, costs
    several times building it once over the finished rows. The indexes are made
    again from their own stored definitions, so those added by any migration come
    back. DDL is transactional in SQLite: run this inside the caller's
    transaction, and a rollback brings the indexes back with everything else.
    ``keep`` names indexes the work inside needs.
    """
    if conn.dialect.name != "sqlite":
        yield
        return
    names = ", ".join(f"'{table}'" for table in tables)
    indexes = [
        (name, sql)
        for name, sql in conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({names}) ORDER BY name"
        ).all()
        if name not in set(keep)
    ]
    for name, _sql in indexes:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    if on_build is not None:
        on_build()
    for _name, sql in indexes:
        conn.exec_driver_sql(sql)


def advance_sequences(conn: Connection, tables: Iterable[str]) -> None:
    """PostgreSQL: move each table's id sequence past the ids written explicitly."""
    if conn.dialect.name != "postgresql":
        return
    for table in tables:
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
        )
