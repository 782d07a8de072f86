"""retention: did clients come back within a year of their first visit?

The clients whose first completed visit is in the period are counted under
every department of a bought (not declined) item of that first visit. A client
returned when its next completed visit (the chain's ``next_started_at`` of the
first visit) is dated at most 365 days after the first visit's date and on or
before as_of. "total" counts the distinct clients whose first visit is in the
period, including those whose first visit bought nothing.
"""

from __future__ import annotations

from sqlalchemy import Connection, and_, case, func, select

from app.i18n import QT_TRANSLATE_NOOP
from app.models import Department, Visit, VisitItem
from app.reports.base import Column, ReportParams, ReportResult, ReportSpec, share, table
from app.reports.sql import day_number

COLUMNS = (
    Column("department_id", QT_TRANSLATE_NOOP("ReportColumns", "Department"), "id"),
    Column("department", QT_TRANSLATE_NOOP("ReportColumns", "Department name")),
    Column("new_clients", QT_TRANSLATE_NOOP("ReportColumns", "New clients"), "int"),
    Column("returned", QT_TRANSLATE_NOOP("ReportColumns", "Returned"), "int"),
    Column("return_rate", QT_TRANSLATE_NOOP("ReportColumns", "Return rate"), "share"),
)
RETURN_DAYS = 365


def compute(conn: Connection, params: ReportParams) -> ReportResult:
    first = Visit.__table__.alias("first")
    items = VisitItem.__table__
    departments = Department.__table__

    in_period = and_(
        # visit_no is set on completed visits only; 1 is the first.
        first.c.visit_no == 1,
        first.c.started_at >= params.start,
        first.c.started_at < params.end,
    )
    returned = and_(
        first.c.next_started_at < params.as_of_end,
        day_number(first.c.next_started_at) - day_number(first.c.started_at) <= RETURN_DAYS,
    )
    returned_client = case((returned, first.c.client_id))

    by_department = conn.execute(
        select(
            departments.c.id,
            departments.c.name,
            func.count(first.c.client_id.distinct()),
            func.count(returned_client.distinct()),
        )
        .select_from(
            # On a completed visit an item is bought when it is not declined; reading
            # the items by visit (not by the ``bought`` index) keeps this to the first visits.
            first.join(items, and_(items.c.visit_id == first.c.id, ~items.c.declined)).join(
                departments, departments.c.id == items.c.department_id
            )
        )
        .where(in_period)
        .group_by(departments.c.id, departments.c.name)
        .order_by(departments.c.id)
    )
    rows = [
        {
            "department_id": department_id,
            "department": name,
            "new_clients": new,
            "returned": back,
            "return_rate": share(back, new),
        }
        for department_id, name, new, back in by_department
    ]

    new, back = conn.execute(
        select(func.count(), func.count(returned_client)).select_from(first).where(in_period)
    ).one()
    total = {"new_clients": new, "returned": back, "return_rate": share(back, new)}
    return ReportResult(SPEC.name, SPEC.title, params, table(COLUMNS, rows), {"total": total})


SPEC = ReportSpec(
    "retention", QT_TRANSLATE_NOOP("Reports", "Return after the first visit"), compute
)
