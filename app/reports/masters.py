"""masters: each master's completed visits in the period.

Per employee who is the master of a completed visit in the period (visits
without a master give no row): visits, revenue, average check, distinct
clients, the mean rating of the rated visits (null when none, 2 places) and
the visits rated 1 or 2. Ordered by revenue desc, then employee id.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Connection, case, func, select

from app.i18n import QT_TRANSLATE_NOOP
from app.models import Employee, Visit
from app.reports.base import (
    Column,
    Money,
    ReportParams,
    ReportResult,
    ReportSpec,
    round_half_up,
    table,
)
from app.reports.sql import cross_join

COLUMNS = (
    Column("employee_id", QT_TRANSLATE_NOOP("ReportColumns", "Employee ID"), "id"),
    Column("name", QT_TRANSLATE_NOOP("ReportColumns", "Master"), "text"),
    Column("visits", QT_TRANSLATE_NOOP("ReportColumns", "Visits"), "int"),
    Column("revenue", QT_TRANSLATE_NOOP("ReportColumns", "Revenue"), "money"),
    Column("avg_check", QT_TRANSLATE_NOOP("ReportColumns", "Average check"), "money"),
    Column("clients", QT_TRANSLATE_NOOP("ReportColumns", "Clients"), "int"),
    Column("avg_rating", QT_TRANSLATE_NOOP("ReportColumns", "Average rating"), "number"),
    Column("low_ratings", QT_TRANSLATE_NOOP("ReportColumns", "Ratings 1-2"), "int"),
)


def compute(conn: Connection, params: ReportParams) -> ReportResult:
    visits, employees = Visit.__table__, Employee.__table__
    # Employees in id order, each with its range of ix_visits_master_period: the
    # GROUP BY streams, no sort and no table reads.
    per_master = (
        select(
            employees.c.id.label("employee_id"),
            employees.c.name,
            func.count().label("visits"),
            func.sum(visits.c.revenue).label("revenue"),
            func.count(func.distinct(visits.c.client_id)).label("clients"),
            func.count(visits.c.rating).label("rated"),
            func.coalesce(func.sum(visits.c.rating), 0).label("rating_sum"),
            func.count(case((visits.c.rating <= 2, 1))).label("low_ratings"),
        )
        .select_from(cross_join(employees, visits))
        .where(
            visits.c.employee_id == employees.c.id,
            visits.c.status == "completed",
            visits.c.started_at >= params.start,
            visits.c.started_at < params.end,
        )
        .group_by(employees.c.id, employees.c.name)
    )
    found = sorted(conn.execute(per_master), key=lambda r: (-r.revenue, r.employee_id))
    rows = [
        {
            "employee_id": r.employee_id,
            "name": r.name,
            "visits": r.visits,
            "revenue": Money(r.revenue),
            "avg_check": Money((2 * r.revenue + r.visits) // (2 * r.visits)),
            "clients": r.clients,
            "avg_rating": round_half_up(Decimal(r.rating_sum) / r.rated, 2) if r.rated else None,
            "low_ratings": r.low_ratings,
        }
        for r in found
    ]
    return ReportResult(SPEC.name, SPEC.title, params, table(COLUMNS, rows))


SPEC = ReportSpec("masters", QT_TRANSLATE_NOOP("Reports", "Masters"), compute, money=True)
