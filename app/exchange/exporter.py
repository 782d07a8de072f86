"""``export_database``: every table of the exchange format to a folder of CSV files.

Rows are streamed from one read transaction (a consistent snapshot) in id
order and written as they come; derived columns are not exported.
"""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import Connection, Engine, select

from app.exchange.cells import make_writer
from app.exchange.layout import FILES, FileSpec

YIELD_ROWS = 10_000


def export_database(engine: Engine, directory: Path) -> dict[str, int]:
    """Write every file of the format into ``directory`` (created); rows written per file."""
    directory.mkdir(parents=True, exist_ok=True)
    with engine.connect() as conn:
        return {spec.name: _export_file(conn, spec, directory / spec.name) for spec in FILES}


def _export_file(conn: Connection, spec: FileSpec, path: Path) -> int:
    table = spec.table
    statement = select(*(table.c[c.field] for c in spec.columns)).order_by(table.c.id)
    writers = [make_writer(c) for c in spec.columns]
    result = conn.execute(statement.execution_options(yield_per=YIELD_ROWS))
    count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        output = csv.writer(handle)
        output.writerow([c.name for c in spec.columns])
        for rows in result.partitions():
            output.writerows(
                ["" if v is None else write(v) for write, v in zip(writers, row, strict=True)]
                for row in rows
            )
            count += len(rows)
    return count
