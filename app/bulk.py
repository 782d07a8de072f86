"""Helpers for writing or reading millions of rows at once (demo data, import, reports)."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine


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
    """Drop the tables' secondary indexes and build them once at the end.

    Growing an index row by row, then updating it for every derived column, costs
    several times building it once over the finished rows (on PostgreSQL each
    UPDATE also writes a new entry into every index of the table). The indexes
    are made again from their own stored definitions, so those added by any
    migration come back; indexes behind a constraint (primary keys, unique
    columns) stay. DDL is transactional in SQLite and PostgreSQL: run this
    inside the caller's transaction, and a rollback brings the indexes back with
    everything else. ``keep`` names indexes the work inside needs.
    """
    kept = set(keep)
    indexes = [index for index in _secondary_indexes(conn, tuple(tables)) if index[0] not in kept]
    for name, _sql in indexes:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    if on_build is not None:
        on_build()
    for _name, sql in indexes:
        conn.exec_driver_sql(sql)


@contextmanager
def foreign_keys_deferred(conn: Connection, tables: Iterable[str]) -> Iterator[None]:
    """PostgreSQL: drop the tables' foreign keys and add them back at the end.

    PostgreSQL checks a foreign key with one lookup per written row (a trigger),
    and again for every row whose key an UPDATE sets: over millions of rows
    most of a bulk write's time. Adding the constraint back checks all rows in
    one join, and refuses (rolling everything back) if any row is wrong. Inside
    the caller's transaction, like ``indexes_deferred``. SQLite's checks cost
    little: nothing changes there.
    """
    if conn.dialect.name != "postgresql":
        yield
        return
    names = ", ".join(f"'{table}'" for table in tables)
    keys = conn.exec_driver_sql(
        "SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid) "
        "FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid "
        "WHERE c.contype = 'f' AND t.relnamespace = current_schema()::regnamespace "
        f"AND t.relname IN ({names}) ORDER BY 1, 2"
    ).all()
    for table, name, _definition in keys:
        conn.exec_driver_sql(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
    yield
    for table, name, definition in keys:
        conn.exec_driver_sql(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')


def _secondary_indexes(conn: Connection, tables: tuple[str, ...]) -> list[tuple[str, str]]:
    """(name, CREATE INDEX statement) of the tables' indexes that no constraint owns."""
    names = ", ".join(f"'{table}'" for table in tables)
    if conn.dialect.name == "sqlite":
        sql = (
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({names}) ORDER BY name"
        )
    elif conn.dialect.name == "postgresql":
        sql = (
            "SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x "
            "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
            "WHERE t.relnamespace = current_schema()::regnamespace "
            f"AND t.relname IN ({names}) "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid) "
            "ORDER BY i.relname"
        )
    else:
        return []
    return [(name, definition) for name, definition in conn.exec_driver_sql(sql).all()]


def vacuum_analyze(engine: Engine, tables: Iterable[str]) -> None:
    """PostgreSQL, once a bulk write has committed: VACUUM (ANALYZE) the tables.

    Freshly written rows carry no hint bits and the visibility map is empty:
    until autovacuum comes round, every scan checks each row's transaction and
    index-only scans read the table too (at the chain scale the reports and the
    search took twice as long). ANALYZE gives the planner the new sizes. VACUUM
    cannot run inside a transaction, hence after the commit. Nothing on SQLite.
    """
    if engine.dialect.name != "postgresql":
        return
    with engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT")
        for table in tables:
            conn.exec_driver_sql(f'VACUUM (ANALYZE) "{table}"')


def insert_rows(
    conn: Connection, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> int:
    """Write the rows (tuples in ``columns`` order) into ``table``; returns their number.

    SQLite: the DBAPI's executemany. PostgreSQL: COPY through the same connection
    (inside the caller's transaction), several times faster than any INSERT.
    """
    written = 0
    names = ", ".join(columns)
    if conn.dialect.name == "postgresql":
        cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        with cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
                written += 1
        cursor.close()
        return written
    marker = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    sql = f"INSERT INTO {table} ({names}) VALUES ({', '.join(marker for _ in columns)})"
    batch = list(rows)
    if batch:
        conn.exec_driver_sql(sql, batch)
    return len(batch)


def advance_sequences(conn: Connection, tables: Iterable[str]) -> None:
    """PostgreSQL: move each table's id sequence past the ids written explicitly."""
    if conn.dialect.name != "postgresql":
        return
    for table in tables:
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
        )
