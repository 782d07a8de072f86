"""``reports``: every report of reports.md computed (not drawn) with default parameters.

Each is compared with the floor of the same run: performance.md asks for a
median of at most 250 ms and at most 3 x the floor at the chain scale.
"""

from __future__ import annotations

import dataclasses

from sqlalchemy import text

from app.reports import REPORTS, run_report
from app.reports.base import make_params
from benchmarks.harness import BenchContext, Operation, register_group


@register_group("reports")
def reports_group(ctx: BenchContext) -> list[Operation]:
    conn = ctx.engine.connect()
    params = make_params(ctx.today)
    operations = [
        Operation(f"report {name}", _runner(conn, name, params), vs_floor=True)
        for name in sorted(REPORTS)
    ]
    department = conn.execute(text("SELECT min(id) FROM departments")).scalar()
    if department is not None:
        with_department = dataclasses.replace(params, department_id=department)
        operations.append(
            Operation(
                "report gaps --department (candidates)",
                _runner(conn, "gaps", with_department),
                vs_floor=True,
            )
        )
    return operations


def _runner(conn, name, params):  # type: ignore[no-untyped-def]
    def run(_prepared: object) -> None:
        run_report(conn, name, params)
        conn.rollback()  # end the read transaction: the next run sees a fresh snapshot

    return run
