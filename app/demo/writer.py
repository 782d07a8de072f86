"""Writing the demo history into an empty database in one transaction.

Rows go in with ``app.bulk.insert_rows`` in chunks (the DBAPI's executemany, COPY
on PostgreSQL: no ORM unit of work, no per-row SQL construction), with ids
precomputed, then every derived column
is computed once by ``app.services.derived.rebuild_all``. A database that
already holds data is refused, so real records are never mixed with demo ones.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from itertools import islice

from sqlalchemy import Connection, Engine

from app.bulk import (
    advance_sequences,
    collector_paused,
    foreign_keys_deferred,
    indexes_deferred,
    insert_rows,
    vacuum_analyze,
)
from app.demo.generator import COLUMNS, Progress, plan_history
from app.i18n import QT_TRANSLATE_NOOP
from app.services.derived import rebuild_all
from app.services.errors import ValidationError

DEFAULT_CLIENTS = 5_000  # the shop scale of performance.md
DEFAULT_YEARS = 5
MAX_YEARS = 30
CHUNK_ROWS = 50_000
_DEFERRED_INDEX_TABLES = ("clients", "visits", "visit_items", "inquiries", "reminders")
# rebuild_all sums each visit's items: that lookup needs this index.
_KEPT_INDEXES = frozenset({"ix_visit_items_visit_id"})


def generate(
    engine: Engine,
    *,
    clients: int,
    years: int,
    seed: int,
    today: dt.date,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Fill an empty database with ``clients`` clients and ``years`` years of history.

    Returns the number of rows written per table. Raises ValidationError when
    the numbers are off or the database already holds data; then nothing is
    written.
    """
    if clients < 1:
        raise ValidationError("clients", QT_TRANSLATE_NOOP("Refusals", "must be at least 1"))
    if not 1 <= years <= MAX_YEARS:
        raise ValidationError(
            "years", QT_TRANSLATE_NOOP("Refusals", "must be between 1 and {max}"), max=MAX_YEARS
        )
    report = progress or _silent
    with collector_paused(), engine.connect() as conn:
        conn.execution_options(sqlite_immediate=True)
        with conn.begin():
            _refuse_filled(conn)
            history = plan_history(clients, years, seed, today, report)
            counts = history.counts()
            with (
                foreign_keys_deferred(conn, COLUMNS),
                indexes_deferred(
                    conn,
                    _DEFERRED_INDEX_TABLES,
                    keep=_KEPT_INDEXES,
                    on_build=lambda: report("Building indexes"),
                ),
            ):
                for table, columns in COLUMNS.items():
                    _insert(conn, table, columns, history.rows(table), counts[table], report)
                report("Computing derived columns")
                rebuild_all(conn)
            advance_sequences(conn, COLUMNS)
            report("Saving")
    vacuum_analyze(engine, COLUMNS)
    return counts


def _silent(_message: str) -> None:
    """The progress report nobody asked for."""


def _refuse_filled(conn: Connection) -> None:
    clients = conn.exec_driver_sql("SELECT count(*) FROM clients").scalar_one()
    if clients:
        raise ValidationError(
            "database",
            QT_TRANSLATE_NOOP(
                "Refusals",
                "already has {count} clients: demo data goes only into an empty database",
            ),
            count=clients,
        )
    for table in COLUMNS:
        if conn.exec_driver_sql(f"SELECT 1 FROM {table} LIMIT 1").first() is not None:
            raise ValidationError(
                "database",
                QT_TRANSLATE_NOOP(
                    "Refusals", "already has {table}: demo data goes only into an empty database"
                ),
                table=table,
            )


def _insert(
    conn: Connection,
    table: str,
    columns: tuple[str, ...],
    rows: Iterator[tuple],
    total: int,
    report: Progress,
) -> None:
    written = 0
    while chunk := list(islice(rows, CHUNK_ROWS)):
        insert_rows(conn, table, columns, chunk)
        written += len(chunk)
        if total > CHUNK_ROWS:
            report(f"Writing {table}: {written:,} of {total:,}")
    if total <= CHUNK_ROWS:
        report(f"Writing {table}: {total:,}")
