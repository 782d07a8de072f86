"""gaps: which departments the active clients do not use yet.

Everything is over the 365-day window ending as_of ([as_of - 364, as_of]), not
the period. Active clients: a completed visit in the window. A department's
users: active clients who bought (not declined, visit completed) an item of it
in the window; every buyer is active by definition. Rows for every department
by id; the "matrix" counts, for each ordered pair of different departments,
users of the first who did not use the second. With ``--department ID`` the
"candidates" are the active clients missing that department who may be called
(neither do-not-contact nor departed), by window revenue desc, then client id.

Speed at chain scale (~70k active clients, ~330k bought items in a window):

- the active clients are read from the visit chain: a client is active when
  its last completed visit as of as_of (next_started_at null or after as_of)
  lies in the window, which gives each active client exactly once;
- each department's buyers are one range of the index
  ix_visit_items_department_period (bought, department_id, started_at, ...,
  client_id), read as one JSON array per department and parsed by numpy into
  a mask over client ids; the pair counts are counts of the masks' ANDs (a
  per-client lookup of items costs a B-tree descent per client, several
  times more);
- a candidate's window revenue is the revenue of its completed visits in the
  window: its lifetime revenue at its last visit (``cum_revenue``) minus that
  at its last visit before the window, the visit whose next one is the first
  in the window (one chain index range).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import ColumnElement, Connection, Select, func, or_, select

from app.i18n import QT_TRANSLATE_NOOP
from app.models import Client, Department, Visit, VisitItem
from app.reports.base import (
    Column,
    Money,
    ReportParams,
    ReportResult,
    ReportSpec,
    RowList,
    share,
    table,
)
from app.reports.sql import (
    columns_of,
    cross_join,
    integers_of,
    integers_table,
    json_integers,
    unindexed,
)
from app.services.errors import NotFoundError

COLUMNS = (
    Column("department_id", QT_TRANSLATE_NOOP("ReportColumns", "Department ID"), "id"),
    Column("department", QT_TRANSLATE_NOOP("ReportColumns", "Department"), "text"),
    Column("users", QT_TRANSLATE_NOOP("ReportColumns", "Users"), "int"),
    Column("missing", QT_TRANSLATE_NOOP("ReportColumns", "Missing"), "int"),
    Column("penetration", QT_TRANSLATE_NOOP("ReportColumns", "Penetration"), "share"),
)
MATRIX_COLUMNS = (
    Column("from_id", QT_TRANSLATE_NOOP("ReportColumns", "Used department"), "id"),
    Column("to_id", QT_TRANSLATE_NOOP("ReportColumns", "Not used department"), "id"),
    Column("clients", QT_TRANSLATE_NOOP("ReportColumns", "Clients"), "int"),
)
CANDIDATE_COLUMNS = (
    Column("client_id", QT_TRANSLATE_NOOP("ReportColumns", "Client ID"), "id"),
    Column("name", QT_TRANSLATE_NOOP("ReportColumns", "Name"), "text"),
    Column("phone", QT_TRANSLATE_NOOP("ReportColumns", "Phone"), "text"),
    Column("window_revenue", QT_TRANSLATE_NOOP("ReportColumns", "Revenue in 365 days"), "money"),
)


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
        those whose next visit comes after as_of (true). The date range is kept
        from SQLite's planner (``unindexed``): it would pick the (status,
        started_at) index and a table lookup per visit."""
        next_visit = visits.c.next_started_at
        return [
            visits.c.status == "completed",
            next_visit >= self.end if later_visit else next_visit.is_(None),
            self.holds(unindexed(visits.c.started_at)),
        ]


def compute(conn: Connection, params: ReportParams) -> ReportResult:
    departments = Department.__table__
    window = Window(params.as_of)
    names = dict(conn.execute(select(departments.c.id, departments.c.name)).all())
    if params.department_id is not None and params.department_id not in names:
        raise NotFoundError(
            "department",
            QT_TRANSLATE_NOOP("Refusals", "no department {id}"),
            id=params.department_id,
        )

    department_ids = sorted(names)
    buyers = _buyers(conn, department_ids, window)
    if params.department_id is None:
        active = _active_clients(conn, window)
        active_ids = np.zeros(0, dtype=np.int64)
    else:
        active_ids, lifetime = columns_of(conn, *_active_last_visits(window), integers=(0, 1))
        active = len(active_ids)
    # Client ids index the masks.
    size = 1 + max(int(ids.max(initial=0)) for ids in (active_ids, *buyers.values()))
    used = {dep: _mask(ids, size) for dep, ids in buyers.items()}
    users = {dep: int(np.count_nonzero(used[dep])) for dep in department_ids}
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
    both: dict[tuple[int, int], int] = {}
    for n, a in enumerate(department_ids):
        for b in department_ids[n + 1 :]:
            both[a, b] = both[b, a] = int(np.count_nonzero(used[a] & used[b]))
    # Users of a who did not use b: users(a) - users of both.
    matrix = [
        {"from_id": a, "to_id": b, "clients": users[a] - both[a, b]}
        for a in department_ids
        for b in department_ids
        if a != b
    ]
    extras = {"matrix": table(MATRIX_COLUMNS, matrix)}
    if params.department_id is not None:
        missing = active_ids[~used[params.department_id][active_ids]]
        candidates = _candidates(conn, window, missing, active_ids, lifetime)
        extras["candidates"] = table(CANDIDATE_COLUMNS, candidates)
    return ReportResult(SPEC.name, SPEC.title, params, table(COLUMNS, rows), extras)


def _buyers(
    conn: Connection, department_ids: list[int], window: Window
) -> dict[int, NDArray[np.int64]]:
    """The clients who bought an item of each department in the window (once per item)."""
    buyers = {dep: np.zeros(0, dtype=np.int64) for dep in department_ids}
    if not department_ids:
        return buyers
    items = VisitItem.__table__
    # One index range per department, grouped as it comes (no sort).
    for dep, clients in conn.execute(
        select(items.c.department_id, json_integers(items.c.client_id))
        .where(
            items.c.bought,
            items.c.department_id.in_(department_ids),
            window.holds(items.c.started_at),
            items.c.client_id.is_not(None),
        )
        .group_by(items.c.department_id)
    ):
        buyers[dep] = integers_of(clients)
    return buyers


def _mask(client_ids: NDArray[np.int64], size: int) -> NDArray[np.bool_]:
    """True at the given client ids: a set whose intersections numpy counts in C."""
    mask = np.zeros(size, dtype=bool)
    mask[client_ids] = True
    return mask


def _active_clients(conn: Connection, window: Window) -> int:
    visits = Visit.__table__
    return sum(
        conn.execute(
            select(func.count()).where(*window.last_visit(visits, later_visit))
        ).scalar_one()
        for later_visit in (False, True)
    )


def _active_last_visits(window: Window) -> list[Select[tuple[int, int]]]:
    """The active clients and their lifetime revenue, from the chain index alone."""
    visits = Visit.__table__
    return [
        select(visits.c.client_id, visits.c.cum_revenue).where(
            *window.last_visit(visits, later_visit)
        )
        for later_visit in (False, True)
    ]


def _candidates(
    conn: Connection,
    window: Window,
    missing: NDArray[np.int64],
    active: NDArray[np.int64],
    lifetime: NDArray[np.int64],
) -> RowList:
    """The active clients ``missing`` the department who may be called, by window revenue.

    Their names and phones (and whether they may be called) are read by id, in
    id order. The window revenue is the lifetime revenue at the last visit
    minus that at the visit whose next one is the client's first in the window.
    """
    visits, clients = Visit.__table__, Client.__table__
    given = integers_table(np.sort(missing).tolist())
    ids, names, phones = columns_of(
        conn,
        select(clients.c.id, clients.c.name, clients.c.phone)
        .select_from(cross_join(given, clients))
        .where(
            clients.c.id == given.c.value,
            clients.c.do_not_contact.is_(False),
            or_(clients.c.left_on.is_(None), clients.c.left_on > window.as_of),
        ),
    )
    before_ids, before_revenue = columns_of(
        conn,
        select(visits.c.client_id, visits.c.cum_revenue).where(
            visits.c.status == "completed",
            window.holds(visits.c.next_started_at),
            visits.c.started_at < window.start,
        ),
        integers=(0, 1),
    )
    size = 1 + max(int(active.max(initial=0)), int(before_ids.max(initial=0)))
    by_client = np.zeros(size, dtype=np.int64)
    by_client[active] = lifetime
    by_client[before_ids] -= before_revenue
    chosen = np.asarray(ids, dtype=np.int64)
    revenue = by_client[chosen]
    order = np.lexsort((chosen, -revenue)).tolist()  # revenue desc, then id
    revenues = revenue.tolist()
    return RowList(
        [c.key for c in CANDIDATE_COLUMNS],
        order,
        lambda n: (ids[n], names[n], phones[n], Money(revenues[n])),
    )


SPEC = ReportSpec(
    "gaps", QT_TRANSLATE_NOOP("Reports", "Department gaps"), compute, uses_department=True
)
