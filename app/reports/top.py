"""top: the clients who brought the period's revenue, with ABC classes.

Clients with revenue > 0 in the period, by revenue desc then client id: their
completed visits in the period (free ones too), revenue, average check, last
visit up to as_of, share of the total and running share. The class is A while
the running share before the client is below ``abc_a``, B below ``abc_b``,
else C (compared exactly, before any rounding). The ranking and the running
sums cover every client; ``limit`` only cuts the rows returned.
"""

from __future__ import annotations

from sqlalchemy import Connection, func, select

from app.models import Client, Visit
from app.reports.base import (
    Column,
    Money,
    ReportParams,
    ReportResult,
    ReportSpec,
    share,
    table,
)
from app.reports.sql import to_date

COLUMNS = (
    Column("rank", "Rank", "int"),
    Column("client_id", "Client ID", "id"),
    Column("name", "Name", "text"),
    Column("visits", "Visits", "int"),
    Column("revenue", "Revenue", "money"),
    Column("avg_check", "Average check", "money"),
    Column("last_visit", "Last visit", "date"),
    Column("share", "Share", "share"),
    Column("cumulative_share", "Cumulative share", "share"),
    Column("abc", "Class", "text"),
)


def compute(conn: Connection, params: ReportParams) -> ReportResult:
    visits, clients = Visit.__table__, Client.__table__
    in_period = (
        visits.c.status == "completed",
        visits.c.started_at >= params.start,
        visits.c.started_at < params.end,
    )
    # Only the listed clients are sorted in full (ORDER BY .. LIMIT keeps the best
    # N); the running sums before them are the sums of the rows above.
    ranked = (
        select(
            visits.c.client_id,
            func.count().label("visits"),
            func.sum(visits.c.revenue).label("revenue"),
        )
        .where(*in_period)
        .group_by(visits.c.client_id)
        .having(func.sum(visits.c.revenue) > 0)
        .order_by(func.sum(visits.c.revenue).desc(), visits.c.client_id)
        .limit(params.limit)
        .subquery()
    )
    total = conn.execute(
        select(func.coalesce(func.sum(visits.c.revenue), 0)).where(*in_period)
    ).scalar_one()
    last = visits.alias("last")
    last_visit = (
        select(func.max(last.c.started_at))
        .where(
            last.c.client_id == ranked.c.client_id,
            last.c.status == "completed",
            last.c.started_at < params.as_of_end,
        )
        .scalar_subquery()
    )
    top = conn.execute(
        select(ranked, clients.c.name, last_visit.label("last_visit"))
        .join(clients, clients.c.id == ranked.c.client_id)
        .order_by(ranked.c.revenue.desc(), ranked.c.client_id)
    ).all()
    rows = []
    running = 0
    for rank, r in enumerate(top, start=1):
        before, running = running, running + r.revenue
        rows.append(
            {
                "rank": rank,
                "client_id": r.client_id,
                "name": r.name,
                "visits": r.visits,
                "revenue": Money(r.revenue),
                "avg_check": Money((2 * r.revenue + r.visits) // (2 * r.visits)),
                "last_visit": to_date(r.last_visit),
                "share": share(r.revenue, total),
                "cumulative_share": share(running, total),
                "abc": abc_class(before, total, params),
            }
        )
    return ReportResult(SPEC.name, SPEC.title, params, table(COLUMNS, rows))


def abc_class(before: int, total: int, params: ReportParams) -> str:
    """A while the running revenue before the client is under abc_a of the total, B under abc_b."""
    if before < params.abc_a * total:
        return "A"
    if before < params.abc_b * total:
        return "B"
    return "C"


SPEC = ReportSpec("top", "Top clients", compute, uses_limit=True, default_limit=50)
