"""gaps: which departments the active clients do not use yet.

Everything is over the 365-day window ending as_of ([as_of - 364, as_of]), not
the period. Active clients: a completed visit in the window. A department's
users: active clients who bought (not declined, visit completed) an item of it
in the window; every buyer is active by definition. Rows for every department
by id; the "matrix" counts, for each ordered pair of different departments,
users of the first who did not use the second. With ``--department ID`` the
"candidates" are the active clients missing that department who may be called
(neither do-not-contact nor departed), by window revenue desc, then client id.

The active clients are read from the visit chain: a client is active when its
last completed visit as of as_of (next_started_at null or after as_of) lies in
the window, which gives each active client exactly once.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    case,
    func,
    literal,
    or_,
    select,
    union_all,
)

from app.models import Client, Department, Visit, VisitItem
from app.reports.base import Column, Money, ReportParams, ReportResult, ReportSpec, share, table
from app.reports.sql import cross_join
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
# Departments per bit mask: the masks stay within a signed 64-bit integer.
MASK_BITS = 60


class Window:
    """The 365 days ending as_of, as [start, end) of date-times."""

    def __init__(self, as_of: dt.date) -> None:
        self.as_of = as_of
        self.start = dt.datetime.combine(as_of - dt.timedelta(days=364), dt.time())
        self.end = dt.datetime.combine(as_of + dt.timedelta(days=1), dt.time())

    def holds(self, column: Any) -> ColumnElement[bool]:
        return (column >= self.start) & (column < self.end)

    def last_visit(self, visits: Any, later_visit: bool) -> list[ColumnElement[bool]]:
        """Active clients' last completed visits as of as_of, in one of two index ranges
        of the chain: those with no next visit at all (``later_visit`` false) and
        those whose next visit comes after as_of (true). An OR of the two would
        lose the chain index's client order."""
        next_visit = visits.c.next_started_at
        return [
            visits.c.status == "completed",
            self.holds(visits.c.started_at),
            next_visit >= self.end if later_visit else next_visit.is_(None),
        ]


def compute(conn: Connection, params: ReportParams) -> ReportResult:
    departments = Department.__table__
    window = Window(params.as_of)
    names = dict(conn.execute(select(departments.c.id, departments.c.name)).all())
    if params.department_id is not None and params.department_id not in names:
        raise NotFoundError("department", "no department {id}", id=params.department_id)

    department_ids = sorted(names)
    sets = _department_sets(conn, department_ids, window)
    active = sum(sets.values())
    users = dict.fromkeys(department_ids, 0)
    both: dict[tuple[int, int], int] = {}
    for used, clients in sets.items():
        for a in used:
            users[a] += clients
            for b in used:
                both[a, b] = both.get((a, b), 0) + clients

    rows = [
        {
            "department_id": dep,
            "department": names[dep],
            "users": users[dep],
            "missing": active - users[dep],
            "penetration": share(users[dep], active),
        }
        for dep in department_ids
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
            CANDIDATE_COLUMNS, _candidates(conn, params.department_id, window)
        )
    return ReportResult(SPEC.name, SPEC.title, params, table(COLUMNS, rows), extras)


def _department_sets(
    conn: Connection, department_ids: list[int], window: Window
) -> dict[frozenset[int], int]:
    """How many active clients bought in exactly each set of departments (maybe empty).

    Each client's set is a bit mask per chunk of ``MASK_BITS`` departments (the sum
    of the distinct bits of its bought items). The active clients come from the
    chain index in (next_started_at, client_id) order, each joined to its window
    items in ix_visit_items_client_window, so the per-client GROUP BY streams
    instead of sorting the window's items; the two halves of "no next visit by
    as_of" (none at all, or a later one) are two index ranges. Grouping by the
    masks leaves a handful of rows.
    """
    chunks = [department_ids[i : i + MASK_BITS] for i in range(0, len(department_ids), MASK_BITS)]
    per_client = union_all(
        *(_masks_per_client(chunks, window, later_visit) for later_visit in (False, True))
    ).subquery()
    masks = [per_client.c[f"m{k}"] for k in range(len(chunks))]
    sets = {}
    for *values, clients in conn.execute(
        select(*masks, func.count()).select_from(per_client).group_by(*masks)
    ):
        used = frozenset(
            dep
            for chunk, mask in zip(chunks, values, strict=True)
            for n, dep in enumerate(chunk)
            if int(mask) >> n & 1
        )
        sets[used] = sets.get(used, 0) + clients
    return sets


def _masks_per_client(chunks: list[list[int]], window: Window, later_visit: bool) -> Select[Any]:
    """The department masks of the active clients whose last visit as of as_of is
    their last ever (``later_visit`` false) or has a next one after as_of (true).

    A LEFT JOIN: clients without a bought item in the window keep a row (mask 0),
    and SQLite keeps the visits as the outer loop."""
    visits, items = Visit.__table__.alias("v"), VisitItem.__table__.alias("i")
    masks = [
        func.coalesce(
            func.sum(
                func.distinct(
                    case(
                        {dep: 1 << n for n, dep in enumerate(chunk)},
                        value=items.c.department_id,
                        else_=0,
                    )
                )
            ),
            0,
        ).label(f"m{k}")
        for k, chunk in enumerate(chunks)
    ] or [literal(0).label("m0")]
    return (
        select(*masks)
        .select_from(visits)
        .outerjoin(
            items,
            and_(
                items.c.client_id == visits.c.client_id,
                items.c.bought,
                window.holds(items.c.started_at),
            ),
        )
        .where(*window.last_visit(visits, later_visit))
        .group_by(visits.c.next_started_at, visits.c.client_id)
    )


def _candidates(conn: Connection, department_id: int, window: Window) -> list[dict[str, Any]]:
    """Active clients who may be called and did not use the department, by window revenue.

    The active clients come from the two chain index ranges; a client's window
    revenue is the sum of its bought items of the window (one index range each).
    """
    visits, clients, items = Visit.__table__, Client.__table__, VisitItem.__table__
    active = union_all(
        *(
            # One row per client anyway; the GROUP BY makes SQLite read the chain index.
            select(visits.c.client_id)
            .where(*window.last_visit(visits, later_visit))
            .group_by(visits.c.next_started_at, visits.c.client_id)
            for later_visit in (False, True)
        )
    ).subquery("active")
    users = select(items.c.client_id).where(
        items.c.bought,
        window.holds(items.c.started_at),
        items.c.department_id == department_id,
        items.c.client_id.is_not(None),
    )
    mine = VisitItem.__table__.alias("mine")
    window_revenue = (
        select(func.coalesce(func.sum(mine.c.amount), 0))
        .where(
            mine.c.client_id == active.c.client_id, mine.c.bought, window.holds(mine.c.started_at)
        )
        .scalar_subquery()
        .label("window_revenue")
    )
    query = (
        select(clients.c.id, clients.c.name, clients.c.phone, window_revenue)
        .select_from(cross_join(active, clients))
        .where(
            clients.c.id == active.c.client_id,
            active.c.client_id.not_in(users),
            clients.c.do_not_contact.is_(False),
            or_(clients.c.left_on.is_(None), clients.c.left_on > window.as_of),
        )
        .order_by(window_revenue.desc(), clients.c.id)
    )
    return [
        {"client_id": cid, "name": name, "phone": phone, "window_revenue": Money(revenue)}
        for cid, name, phone, revenue in conn.execute(query).all()
    ]


SPEC = ReportSpec("gaps", "Department gaps", compute, uses_department=True)
