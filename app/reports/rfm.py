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

The tens of thousands of rows are read as columns (``columns_of``), scored and
sorted with numpy (the m score is a search in the sorted monetary values:
"clients with a smaller monetary"); a row's dict is made only when it is read
(``RowList``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from sqlalchemy import ColumnElement, CompoundSelect, Connection, Select, select, union_all

from app.i18n import QT_TRANSLATE_NOOP
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
    Column("client_id", QT_TRANSLATE_NOOP("ReportColumns", "Client ID"), "id"),
    Column("name", QT_TRANSLATE_NOOP("ReportColumns", "Client"), "text"),
    Column("recency_days", QT_TRANSLATE_NOOP("ReportColumns", "Days since last visit"), "int"),
    Column("frequency", QT_TRANSLATE_NOOP("ReportColumns", "Visits"), "int"),
    Column("monetary", QT_TRANSLATE_NOOP("ReportColumns", "Lifetime revenue"), "money"),
    Column("r", QT_TRANSLATE_NOOP("ReportColumns", "R"), "int"),
    Column("f", QT_TRANSLATE_NOOP("ReportColumns", "F"), "int"),
    Column("m", QT_TRANSLATE_NOOP("ReportColumns", "M"), "int"),
    Column("segment", QT_TRANSLATE_NOOP("ReportColumns", "Segment"), "text"),
)
SEGMENT_COLUMNS = (
    Column("segment", QT_TRANSLATE_NOOP("ReportColumns", "Segment"), "text"),
    Column("clients", QT_TRANSLATE_NOOP("ReportColumns", "Clients"), "int"),
    Column("monetary", QT_TRANSLATE_NOOP("ReportColumns", "Lifetime revenue"), "money"),
)
GRID_COLUMNS = (
    Column("r", QT_TRANSLATE_NOOP("ReportColumns", "R"), "int"),
    Column("f", QT_TRANSLATE_NOOP("ReportColumns", "F"), "int"),
    Column("clients", QT_TRANSLATE_NOOP("ReportColumns", "Clients"), "int"),
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


# Recency in days up to 60 scores r = 5, up to 120 4, up to 240 3, up to 480 2, else 1.
R_LIMITS = (60, 120, 240, 480)


def r_score(recency: int) -> int:
    return 5 - sum(recency > limit for limit in R_LIMITS)


def f_score(frequency: int) -> int:
    if frequency >= 10:
        return 5
    if frequency >= 6:
        return 4
    return 3 if frequency >= 3 else frequency


# Lookups for every client: SEGMENT_GRID[r][f], F_BY_VISITS[min(visits, 10)].
SEGMENT_GRID = tuple(tuple(segment_of(r, f) if r and f else "" for f in range(6)) for r in range(6))
F_BY_VISITS = np.array([f_score(n) for n in range(11)])


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
    ids, names, days, visits, revenues = columns_of(
        conn, *last_visits_queries(params), integers=(0, 2, 3, 4)
    )
    total = len(ids)
    # Every client's scores at once (numpy); a row is made when it is read.
    order = np.lexsort((ids, -revenues)).tolist()  # monetary desc, then client id
    recency = (params.as_of - EPOCH).days - days
    r = 5 - np.searchsorted(R_LIMITS, recency)  # as r_score: limits below the recency
    f = F_BY_VISITS[np.minimum(visits, 10)]
    # Clients with a smaller monetary: at most total - 1, so m never passes 5.
    m = 1 + 5 * np.searchsorted(np.sort(revenues), revenues) // max(total, 1)
    cells = r * 6 + f
    clients = np.bincount(cells, minlength=36).tolist()
    monetary = np.zeros(36, dtype=np.int64)
    np.add.at(monetary, cells, revenues)

    segments = {s: {"segment": s, "clients": 0, "monetary": 0} for s in SEGMENTS}
    for cell_r in range(1, 6):
        for cell_f in range(1, 6):
            record = segments[SEGMENT_GRID[cell_r][cell_f]]
            record["clients"] += clients[cell_r * 6 + cell_f]
            record["monetary"] += int(monetary[cell_r * 6 + cell_f])
    for record in segments.values():
        record["monetary"] = Money(record["monetary"])
    grid = [
        {"r": cell_r, "f": cell_f, "clients": clients[cell_r * 6 + cell_f]}
        for cell_r in range(5, 0, -1)
        for cell_f in range(1, 6)
    ]
    extras = {
        "segments": table(SEGMENT_COLUMNS, list(segments.values())),
        "grid": table(GRID_COLUMNS, grid),
    }
    columns = [a.tolist() for a in (ids, recency, visits, revenues, r, f, m)]
    id_of, recency_of, visits_of, revenue_of, r_of, f_of, m_of = columns

    def values(n: int) -> tuple[Any, ...]:
        return (
            id_of[n],
            names[n],
            recency_of[n],
            visits_of[n],
            Money(revenue_of[n]),
            r_of[n],
            f_of[n],
            m_of[n],
            SEGMENT_GRID[r_of[n]][f_of[n]],
        )

    rows = RowList([c.key for c in COLUMNS], order, values)
    return ReportResult(SPEC.name, SPEC.title, params, table(COLUMNS, rows), extras)


SPEC = ReportSpec("rfm", QT_TRANSLATE_NOOP("Reports", "RFM segments"), compute, money=True)
