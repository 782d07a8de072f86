"""top: the clients who brought the period's revenue, with ABC classes.

Clients with revenue > 0 in the period, by revenue desc then client id: their
completed visits in the period (free ones too), revenue, average check, last
visit up to as_of, share of the total and running share. The class is A while
the running share before the client is below ``abc_a``, B below ``abc_b``,
else C (compared exactly, before any rounding). The ranking and the running
sums cover every client; ``limit`` only cuts the rows returned.
"""

from __future__ import annotations

from sqlalchemy import Connection, and_, func, or_, select

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
    per_client = (
        select(
            visits.c.client_id,
            func.count().label("visits"),
            func.sum(visits.c.revenue).label("revenue"),
        )
        .where(
            visits.c.status == "completed",
            visits.c.started_at >= params.start,
            visits.c.started_at < params.end,
        )
        .group_by(visits.c.client_id)
        .having(func.sum(visits.c.revenue) > 0)
        .subquery()
    )
    order = (per_client.c.revenue.desc(), per_client.c.client_id)
    ranked = (
        select(
            func.row_number().over(order_by=order).label("rank"),
            per_client.c.client_id,
            per_client.c.visits,
            per_client.c.revenue,
            func.sum(per_client.c.revenue).over(order_by=order, rows=(None, 0)).label("running"),
            func.sum(per_client.c.revenue).over().label("total"),
        )
        .order_by(*order)
        .limit(params.limit)
        .subquery()
    )
    # The last completed visit up to as_of is the chain row spanning as_of.
    last = visits.alias("last")
    top = conn.execute(
        select(ranked, clients.c.name, last.c.started_at.label("last_visit"))
        .join(clients, clients.c.id == ranked.c.client_id)
        .join(
            last,
            and_(
                last.c.client_id == ranked.c.client_id,
                last.c.status == "completed",
                last.c.started_at < params.as_of_end,
                or_(last.c.next_started_at.is_(None), last.c.next_started_at >= params.as_of_end),
            ),
        )
        .order_by(ranked.c.rank)
    ).all()
    rows = [
        {
            "rank": r.rank,
            "client_id": r.client_id,
            "name": r.name,
            "visits": r.visits,
            "revenue": Money(r.revenue),
            "avg_check": Money((2 * r.revenue + r.visits) // (2 * r.visits)),
            "last_visit": to_date(r.last_visit),
            "share": share(r.revenue, r.total),
            "cumulative_share": share(r.running, r.total),
            "abc": abc_class(r.running - r.revenue, r.total, params),
        }
        for r in top
    ]
    return ReportResult(SPEC.name, SPEC.title, params, table(COLUMNS, rows))


def abc_class(before: int, total: int, params: ReportParams) -> str:
    """A while the running revenue before the client is under abc_a of the total, B under abc_b."""
    if before < params.abc_a * total:
        return "A"
    if before < params.abc_b * total:
        return "B"
    return "C"


SPEC = ReportSpec("top", "Top clients", compute, uses_limit=True, default_limit=50)
