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

from sqlalchemy import Connection, case, func, literal, or_, select, union_all

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
# Departments per bit mask: the masks stay within a signed 64-bit integer.
MASK_BITS = 60

CANDIDATE_COLUMNS = (
    Column("client_id", "Client ID", "id"),
    Column("name", "Name", "text"),
    Column("phone", "Phone", "text"),
    Column("window_revenue", "Revenue in 365 days", "money"),
)


def window_start(params: ReportParams) -> dt.datetime:
    return dt.datetime.combine(params.as_of - dt.timedelta(days=364), dt.time())


def compute(conn: Connection, params: ReportParams) -> ReportResult:
    departments = Department.__table__
    start, end = window_start(params), params.as_of_end
    names = dict(conn.execute(select(departments.c.id, departments.c.name)).all())
    if params.department_id is not None and params.department_id not in names:
        raise NotFoundError("department", "no department {id}", id=params.department_id)

    department_ids = sorted(names)
    combos = _department_sets(conn, department_ids, start, end)
    active = sum(combos.values())
    users = dict.fromkeys(department_ids, 0)
    both: dict[tuple[int, int], int] = {}
    for used, clients in combos.items():
        for a in used:
            users[a] += clients
            for b in used:
                both[a, b] = both.get((a, b), 0) + clients

    rows = [
        {
            "department_id": dep,
            "department": name,
            "users": users[dep],
            "missing": active - users[dep],
            "penetration": share(users[dep], active),
        }
        for dep, name in sorted(names.items())
    ]
    # Users of a who did not use b: users(a) - users of both.
    matrix = [
        {"from_id": a, "to_id": b, "clients": users[a] - both.get((a, b), 0)}
        for a in department_ids
        for b in department_ids
        if a != b
    ]
    extras = {"matrix": table(MATRIX_COLUMNS, matrix)}
    if params.department_id is not None:
        extras["candidates"] = table(
            CANDIDATE_COLUMNS, _candidates(conn, params.department_id, start, end, params.as_of)
        )
    return ReportResult(SPEC.name, SPEC.title, params, table(COLUMNS, rows), extras)


def _department_sets(
    conn: Connection, department_ids: list[int], start: dt.datetime, end: dt.datetime
) -> dict[frozenset[int], int]:
    """How many active clients bought in exactly each set of departments in the window.

    Each client's set is a bit mask per chunk of ``MASK_BITS`` departments (the sum
    of the distinct bits of its bought items); active clients who bought nothing
    come in through their visits with empty masks. Grouping by the masks leaves a
    handful of rows, however many clients there are.
    """
    if not department_ids:
        return {}
    visits, items = Visit.__table__, VisitItem.__table__
    chunks = [department_ids[i : i + MASK_BITS] for i in range(0, len(department_ids), MASK_BITS)]
    bits = [
        case({dep: 1 << n for n, dep in enumerate(chunk)}, value=items.c.department_id, else_=0)
        for chunk in chunks
    ]
    bought = select(items.c.client_id, *(b.label(f"m{k}") for k, b in enumerate(bits))).where(
        items.c.bought, items.c.started_at >= start, items.c.started_at < end
    )
    visited = select(
        visits.c.client_id, *(literal(0).label(f"m{k}") for k in range(len(chunks)))
    ).where(visits.c.status == "completed", visits.c.started_at >= start, visits.c.started_at < end)
    rows = union_all(bought, visited).subquery()
    per_client = (
        select(
            *(func.sum(func.distinct(rows.c[f"m{k}"])).label(f"m{k}") for k in range(len(chunks)))
        )
        .group_by(rows.c.client_id)
        .subquery()
    )
    masks = [per_client.c[f"m{k}"] for k in range(len(chunks))]
    combos = {}
    for *values, clients in conn.execute(select(*masks, func.count()).group_by(*masks)):
        combos[
            frozenset(
                dep
                for chunk, mask in zip(chunks, values, strict=True)
                for n, dep in enumerate(chunk)
                if int(mask) >> n & 1
            )
        ] = clients
    return combos


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
