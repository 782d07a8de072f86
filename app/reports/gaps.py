"""gaps: which departments the active clients do not use yet.

Everything is over the 365-day window ending as_of ([as_of - 364, as_of]), not
the period. Active clients: a completed visit in the window. A department's
users: active clients who bought (not declined, visit completed) an item of it
in the window; every buyer is active by definition. Rows for every department
by id; the "matrix" counts, for each ordered pair of different departments,
users of the first who did not use the second. With ``--department ID`` the
"candidates" are the active clients missing that department who may be called
(neither do-not-contact nor departed), by window revenue desc, then client id.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, and_, func, or_, select

from app.models import Client, Department, Visit, VisitItem
from app.reports.base import Column, Money, ReportParams, ReportResult, ReportSpec, share, table
from app.services.errors import NotFoundError

COLUMNS = (
    Column("department_id", "Department ID", "id"),
    Column("department", "Department", "text"),
    Column("users", "Users", "int"),
    Column("missing", "Missing", "int"),
    Column("penetration", "Penetration", "share"),
)
MATRIX_COLUMNS = (
    Column("from_id", "Used department", "id"),
    Column("to_id", "Not used department", "id"),
    Column("clients", "Clients", "int"),
)
CANDIDATE_COLUMNS = (
    Column("client_id", "Client ID", "id"),
    Column("name", "Name", "text"),
    Column("phone", "Phone", "text"),
    Column("window_revenue", "Revenue in 365 days", "money"),
)


def window_start(params: ReportParams) -> dt.datetime:
    return dt.datetime.combine(params.as_of - dt.timedelta(days=364), dt.time())


def compute(conn: Connection, params: ReportParams) -> ReportResult:
    visits, items = Visit.__table__, VisitItem.__table__
    departments = Department.__table__
    start, end = window_start(params), params.as_of_end
    names = dict(conn.execute(select(departments.c.id, departments.c.name)).all())
    if params.department_id is not None and params.department_id not in names:
        raise NotFoundError("department", "no department {id}", id=params.department_id)

    active = conn.execute(
        select(func.count(func.distinct(visits.c.client_id))).where(
            visits.c.status == "completed", visits.c.started_at >= start, visits.c.started_at < end
        )
    ).scalar_one()
    # Distinct (client, department) pairs bought in the window, then pairs of
    # departments sharing a client: users(a) - both(a, b) used a but not b.
    used = (
        select(items.c.client_id, items.c.department_id)
        .where(items.c.bought, items.c.started_at >= start, items.c.started_at < end)
        .distinct()
        .cte("used")
    )
    users = dict(
        conn.execute(
            select(used.c.department_id, func.count()).group_by(used.c.department_id)
        ).all()
    )
    other = used.alias("other")
    both = {
        (a, b): n
        for a, b, n in conn.execute(
            select(used.c.department_id, other.c.department_id, func.count())
            .select_from(used)
            .join(
                other,
                and_(
                    other.c.client_id == used.c.client_id,
                    other.c.department_id != used.c.department_id,
                ),
            )
            .group_by(used.c.department_id, other.c.department_id)
        )
    }

    rows = [
        {
            "department_id": dep,
            "department": name,
            "users": users.get(dep, 0),
            "missing": active - users.get(dep, 0),
            "penetration": share(users.get(dep, 0), active),
        }
        for dep, name in sorted(names.items())
    ]
    matrix = [
        {"from_id": a, "to_id": b, "clients": users.get(a, 0) - both.get((a, b), 0)}
        for a in sorted(names)
        for b in sorted(names)
        if a != b
    ]
    extras = {"matrix": table(MATRIX_COLUMNS, matrix)}
    if params.department_id is not None:
        extras["candidates"] = table(
            CANDIDATE_COLUMNS, _candidates(conn, params.department_id, start, end, params.as_of)
        )
    return ReportResult(SPEC.name, SPEC.title, params, table(COLUMNS, rows), extras)


def _candidates(
    conn: Connection, department_id: int, start: dt.datetime, end: dt.datetime, as_of: dt.date
) -> list[dict[str, object]]:
    visits, items, clients = Visit.__table__, VisitItem.__table__, Client.__table__
    users = select(items.c.client_id).where(
        items.c.bought,
        items.c.started_at >= start,
        items.c.started_at < end,
        items.c.department_id == department_id,
    )
    window_revenue = (
        select(visits.c.client_id, func.sum(visits.c.revenue).label("revenue"))
        .where(
            visits.c.status == "completed",
            visits.c.started_at >= start,
            visits.c.started_at < end,
            visits.c.client_id.not_in(users),
        )
        .group_by(visits.c.client_id)
        .subquery()
    )
    query = (
        select(clients.c.id, clients.c.name, clients.c.phone, window_revenue.c.revenue)
        .join(window_revenue, window_revenue.c.client_id == clients.c.id)
        .where(
            clients.c.do_not_contact.is_(False),
            or_(clients.c.left_on.is_(None), clients.c.left_on > as_of),
        )
        .order_by(window_revenue.c.revenue.desc(), clients.c.id)
    )
    return [
        {"client_id": cid, "name": name, "phone": phone, "window_revenue": Money(revenue)}
        for cid, name, phone, revenue in conn.execute(query)
    ]


SPEC = ReportSpec("gaps", "Department gaps", compute, uses_department=True)
