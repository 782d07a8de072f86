"""trends: revenue per month of the period and department.

Per month and department with at least one bought item (not declined, visit
completed) in the period: the revenue of those items, the visits with at least
one of them (a free item counts), and the revenue's share of all revenue that
month (null when the month earned nothing). Ordered by month, department id.
"""

from __future__ import annotations

from sqlalchemy import Connection, func, select

from app.models import Department, VisitItem
from app.reports.base import Column, Money, ReportParams, ReportResult, ReportSpec, share, table
from app.reports.sql import month_of

COLUMNS = (
    Column("month", "Month", "text"),
    Column("department_id", "Department ID", "id"),
    Column("department", "Department", "text"),
    Column("revenue", "Revenue", "money"),
    Column("visits", "Visits", "int"),
    Column("share", "Share of month", "share"),
)


def compute(conn: Connection, params: ReportParams) -> ReportResult:
    items, departments = VisitItem.__table__, Department.__table__
    month = month_of(items.c.started_at)
    groups = conn.execute(
        select(
            month,
            items.c.department_id,
            func.sum(items.c.amount),
            func.count(func.distinct(items.c.visit_id)),
        )
        .where(
            items.c.bought,
            items.c.started_at >= params.start,
            items.c.started_at < params.end,
        )
        .group_by(month, items.c.department_id)
    ).all()
    names = dict(conn.execute(select(departments.c.id, departments.c.name)).all())
    month_totals: dict[str, int] = {}
    for key, _, revenue, _ in groups:
        month_totals[key] = month_totals.get(key, 0) + revenue
    rows = [
        {
            "month": key,
            "department_id": department_id,
            "department": names[department_id],
            "revenue": Money(revenue),
            "visits": visit_count,
            "share": share(revenue, month_totals[key]),
        }
        for key, department_id, revenue, visit_count in sorted(groups, key=lambda g: g[:2])
    ]
    return ReportResult(SPEC.name, SPEC.title, params, table(COLUMNS, rows))


SPEC = ReportSpec("trends", "Department trends", compute)
