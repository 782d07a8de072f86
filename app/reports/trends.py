"""trends: revenue per month of the period and department.

Per month and department with at least one bought item (not declined, visit
completed) in the period: the revenue of those items, the visits with at least
one of them (a free item counts), and the revenue's share of all revenue that
month (null when the month earned nothing). Ordered by month, department id.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, Select, func, literal, select, union_all

from app.i18n import QT_TRANSLATE_NOOP
from app.models import Department, VisitItem
from app.reports.base import Column, Money, ReportParams, ReportResult, ReportSpec, share, table
from app.reports.periods import MonthSpan, months_of

# SQLite allows 500 SELECTs in one compound statement.
PARTS_PER_STATEMENT = 400

COLUMNS = (
    Column("month", QT_TRANSLATE_NOOP("ReportColumns", "Month"), "text"),
    Column("department_id", QT_TRANSLATE_NOOP("ReportColumns", "Department ID"), "id"),
    Column("department", QT_TRANSLATE_NOOP("ReportColumns", "Department"), "text"),
    Column("revenue", QT_TRANSLATE_NOOP("ReportColumns", "Revenue"), "money"),
    Column("visits", QT_TRANSLATE_NOOP("ReportColumns", "Visits"), "int"),
    Column("share", QT_TRANSLATE_NOOP("ReportColumns", "Share of month"), "share"),
)


def compute(conn: Connection, params: ReportParams) -> ReportResult:
    departments = Department.__table__
    names = dict(conn.execute(select(departments.c.id, departments.c.name)).all())
    parts = [
        _cell(month, department_id)
        for month in months_of(params.date_from, params.date_to)
        for department_id in sorted(names)
    ]
    cells = []
    for first in range(0, len(parts), PARTS_PER_STATEMENT):
        chunk = parts[first : first + PARTS_PER_STATEMENT]
        cells += conn.execute(union_all(*chunk) if len(chunk) > 1 else chunk[0]).all()
    # A UNION ALL keeps no order on PostgreSQL (its parts may run in parallel).
    cells.sort(key=lambda cell: (cell[0], cell[1]))
    month_totals: dict[str, int] = {}
    for key, _, revenue, _ in cells:
        month_totals[key] = month_totals.get(key, 0) + (revenue or 0)
    rows = [
        {
            "month": key,
            "department_id": department_id,
            "department": names[department_id],
            "revenue": Money(revenue),
            "visits": visit_count,
            "share": share(revenue, month_totals[key]),
        }
        for key, department_id, revenue, visit_count in cells
        if visit_count
    ]
    return ReportResult(SPEC.name, SPEC.title, params, table(COLUMNS, rows))


def _cell(month: MonthSpan, department_id: int) -> Select[Any]:
    """One month and department: revenue and visits of its bought items.

    One range of ix_visit_items_department_period; its GROUP BY (started_at,
    visit_id) follows the index, so one row per visit streams out, unsorted.
    """
    items = VisitItem.__table__
    start = dt.datetime.combine(month.first, dt.time())
    end = dt.datetime.combine(month.last + dt.timedelta(days=1), dt.time())
    per_visit = (
        select(func.sum(items.c.amount).label("amount"))
        .where(
            items.c.bought,
            items.c.department_id == department_id,
            items.c.started_at >= start,
            items.c.started_at < end,
        )
        .group_by(items.c.started_at, items.c.visit_id)
        .subquery()
    )
    return select(
        literal(month.key), literal(department_id), func.sum(per_visit.c.amount), func.count()
    )


SPEC = ReportSpec("trends", QT_TRANSLATE_NOOP("Reports", "Department trends"), compute, money=True)
