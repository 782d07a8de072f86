"""rfm: recency, frequency and monetary scores of every client, and their segments.

Each client's numbers as of as_of come from one row, the client's last
completed visit as of as_of in the chain of completed visits (started on or
before as_of, the next one not yet or after it): ``visit_no`` there is the
number of completed visits so far and ``cum_revenue`` the lifetime revenue.

Speed at chain scale (100k clients): those rows are read from the covering
index ix_visits_chain_last (status, next_started_at, client_id, ...). The
usual case, a client with no later visit at all (next_started_at IS NULL),
comes out of that index in client id order, so the join to ``clients`` walks
the clients' primary key forward instead of jumping around. The date test is
kept from SQLite's planner (``unindexed``): a plain started_at range would lure
it onto the (status, started_at) index, which reads every past visit.

The tens of thousands of rows are read as columns (``columns_of``) and sorted
in Python; a row's Mapping is made only when it is read (``RowList``). The m
score is a bisection in the sorted monetary values ("clients with a smaller
monetary"), and recency and r are worked out per distinct day.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from typing import Any

from sqlalchemy import ColumnElement, CompoundSelect, Connection, Select, select, union_all

from app.models import Client, Visit
from app.reports.base import (
    Column,
    Money,
    ReportParams,
    ReportResult,
    ReportSpec,
    RowList,
    table,
)
from app.reports.sql import EPOCH, columns_of, cross_join, day_number, day_of, unindexed

COLUMNS = (
    Column("client_id", "Client ID", "id"),
    Column("name", "Client", "text"),
    Column("recency_days", "Days since last visit", "int"),
    Column("frequency", "Visits", "int"),
    Column("monetary", "Lifetime revenue", "money"),
    Column("r", "R", "int"),
    Column("f", "F", "int"),
    Column("m", "M", "int"),
    Column("segment", "Segment", "text"),
)
SEGMENT_COLUMNS = (
    Column("segment", "Segment", "text"),
    Column("clients", "Clients", "int"),
    Column("monetary", "Lifetime revenue", "money"),
)
GRID_COLUMNS = (
    Column("r", "R", "int"),
    Column("f", "F", "int"),
    Column("clients", "Clients", "int"),
)
SEGMENTS = (
    "champions",
    "promising",
    "new",
    "loyal",
    "needs_attention",
    "at_risk",
    "hibernating",
)


def segment_of(r: int, f: int) -> str:
    if r >= 4:
        return "champions" if f >= 4 else "new" if f == 1 else "promising"
    if r == 3:
        return "loyal" if f >= 4 else "needs_attention"
    return "at_risk" if f >= 3 else "hibernating"


def r_score(recency: int) -> int:
    if recency <= 60:
        return 5
    if recency <= 120:
        return 4
    if recency <= 240:
        return 3
    return 2 if recency <= 480 else 1


def f_score(frequency: int) -> int:
    if frequency >= 10:
        return 5
    if frequency >= 6:
        return 4
    return 3 if frequency >= 3 else frequency


# Lookups for every client: SEGMENT_GRID[r][f], F_OF_VISITS[min(visits, 10)].
SEGMENT_GRID = tuple(tuple(segment_of(r, f) if r and f else "" for f in range(6)) for r in range(6))
F_OF_VISITS = tuple(f_score(n) for n in range(11))


def last_visits_queries(
    params: ReportParams, day: Callable[[Any], ColumnElement[Any]] = day_number
) -> list[Select[tuple[int, str, Any, int, int]]]:
    """Per client registered and not departed by as_of: (id, name, ``day`` of the last visit
    (its day number), visits, lifetime revenue), in two queries (the two ranges of the chain
    index), unordered."""
    visits = Visit.__table__
    clients = Client.__table__
    return [
        select(
            clients.c.id,
            clients.c.name,
            day(visits.c.started_at),
            visits.c.visit_no,
            visits.c.cum_revenue,
        )
        .select_from(cross_join(visits, clients))
        .where(
            visits.c.status == "completed",
            next_visit,
            unindexed(visits.c.started_at) < params.as_of_end,
            clients.c.id == visits.c.client_id,
            (clients.c.left_on.is_(None)) | (clients.c.left_on > params.as_of),
            clients.c.registered_on <= params.as_of,
        )
        for next_visit in (
            visits.c.next_started_at.is_(None),
            visits.c.next_started_at >= params.as_of_end,
        )
    ]


def last_visits_query(params: ReportParams) -> CompoundSelect:
    """The rows of ``last_visits_queries`` in one query, with the day as text "YYYY-MM-DD"
    (the drill-down reads them)."""
    return union_all(*last_visits_queries(params, day_of))


def compute(conn: Connection, params: ReportParams) -> ReportResult:
    ids, names, days, visits, revenues = columns_of(conn, *last_visits_queries(params))
    total = len(ids)
    # Positions by monetary descending, ties by ascending client id (two stable sorts).
    order = sorted(range(total), key=ids.__getitem__)
    order.sort(key=revenues.__getitem__, reverse=True)
    ascending = [revenues[position] for position in reversed(order)]
    # The day of a last visit -> (recency, r); a few thousand distinct days.
    as_of = (params.as_of - EPOCH).days
    by_day = {day: (as_of - day, r_score(as_of - day)) for day in set(days)}
    clients, monetary = _grid(by_day, days, visits, revenues)

    def values(position: int) -> tuple[Any, ...]:
        visit_no, revenue = visits[position], revenues[position]
        recency, r = by_day[days[position]]
        f = F_OF_VISITS[visit_no if visit_no < 10 else 10]
        # Clients with a smaller monetary: at most total - 1, so m never passes 5.
        m = 1 + 5 * bisect_left(ascending, revenue) // total
        segment = SEGMENT_GRID[r][f]
        return (ids[position], names[position], recency, visit_no, Money(revenue), r, f, m, segment)

    segments = {s: {"segment": s, "clients": 0, "monetary": 0} for s in SEGMENTS}
    for r in range(1, 6):
        for f in range(1, 6):
            segments[SEGMENT_GRID[r][f]]["clients"] += clients[r][f]
            segments[SEGMENT_GRID[r][f]]["monetary"] += monetary[r][f]
    for record in segments.values():
        record["monetary"] = Money(record["monetary"])
    cells = [
        {"r": r, "f": f, "clients": clients[r][f]} for r in range(5, 0, -1) for f in range(1, 6)
    ]
    extras = {
        "segments": table(SEGMENT_COLUMNS, list(segments.values())),
        "grid": table(GRID_COLUMNS, cells),
    }
    rows = RowList([c.key for c in COLUMNS], order, values)
    return ReportResult(SPEC.name, SPEC.title, params, table(COLUMNS, rows), extras)


def _grid(
    by_day: dict[int, tuple[int, int]], days: list[int], visits: list[int], revenues: list[int]
) -> tuple[list[list[int]], list[list[int]]]:
    """Clients and their lifetime revenue per [r][f]."""
    # One pass over every client, per cell r * 11 + min(visits, 10).
    cell_of_day = {day: r * 11 for day, (_, r) in by_day.items()}
    counts = [0] * 66
    sums = [0] * 66
    for day, visit_no, revenue in zip(days, visits, revenues, strict=True):
        cell = cell_of_day[day] + (visit_no if visit_no < 10 else 10)
        counts[cell] += 1
        sums[cell] += revenue
    clients = [[0] * 6 for _ in range(6)]
    monetary = [[0] * 6 for _ in range(6)]
    for r in range(1, 6):
        for visit_no in range(1, 11):
            f = F_OF_VISITS[visit_no]
            clients[r][f] += counts[r * 11 + visit_no]
            monetary[r][f] += sums[r * 11 + visit_no]
    return clients, monetary


SPEC = ReportSpec("rfm", "RFM segments", compute)
