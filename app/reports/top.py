"""top: the clients who brought the period's revenue, with ABC classes.

Clients with revenue > 0 in the period, by revenue desc then client id: their
completed visits in the period (free ones too), revenue, average check, last
visit up to as_of, share of the total and running share. The class is A while
the running share before the client is below ``abc_a``, B below ``abc_b``,
else C (compared exactly, before any rounding). The ranking and the running
sums cover every client; ``limit`` only cuts the rows returned.
"""

from __future__ import annotations

import numpy as np
from sqlalchemy import Connection, func, select

from app.i18n import QT_TRANSLATE_NOOP
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
from app.reports.sql import columns_of, cross_join, integers_table, to_date

COLUMNS = (
    Column("rank", QT_TRANSLATE_NOOP("ReportColumns", "Rank"), "int"),
    Column("client_id", QT_TRANSLATE_NOOP("ReportColumns", "Client ID"), "id"),
    Column("name", QT_TRANSLATE_NOOP("ReportColumns", "Name"), "text"),
    Column("visits", QT_TRANSLATE_NOOP("ReportColumns", "Visits"), "int"),
    Column("revenue", QT_TRANSLATE_NOOP("ReportColumns", "Revenue"), "money"),
    Column("avg_check", QT_TRANSLATE_NOOP("ReportColumns", "Average check"), "money"),
    Column("last_visit", QT_TRANSLATE_NOOP("ReportColumns", "Last visit"), "date"),
    Column("share", QT_TRANSLATE_NOOP("ReportColumns", "Share"), "share"),
    Column("cumulative_share", QT_TRANSLATE_NOOP("ReportColumns", "Cumulative share"), "share"),
    Column("abc", QT_TRANSLATE_NOOP("ReportColumns", "Class"), "text"),
)


def compute(conn: Connection, params: ReportParams) -> ReportResult:
    visits, clients = Visit.__table__, Client.__table__
    # Every completed visit of the period as (client, revenue), read as two columns
    # and summed per client with numpy: cheaper than SQL's GROUP BY, which sorts them.
    client_ids, revenues = columns_of(
        conn,
        select(visits.c.client_id, visits.c.revenue).where(
            visits.c.status == "completed",
            visits.c.started_at >= params.start,
            visits.c.started_at < params.end,
        ),
        integers=(0, 1),
    )
    total = int(revenues.sum())
    size = 1 + int(client_ids.max(initial=0))
    revenue_of = np.zeros(size, dtype=np.int64)
    np.add.at(revenue_of, client_ids, revenues)
    visits_of = np.bincount(client_ids, minlength=size)
    # The listed clients by revenue desc, then id; the running sums before them
    # are the sums of the rows above.
    earning = np.flatnonzero(revenue_of > 0)
    ranked_ids = earning[np.lexsort((earning, -revenue_of[earning]))][: params.limit]
    ranked = list(
        zip(
            ranked_ids.tolist(),
            revenue_of[ranked_ids].tolist(),
            visits_of[ranked_ids].tolist(),
            strict=True,
        )
    )
    given = integers_table(ranked_ids.tolist())
    last = visits.alias("last")
    last_visit = (
        select(func.max(last.c.started_at))
        .where(
            last.c.client_id == clients.c.id,
            last.c.status == "completed",
            last.c.started_at < params.as_of_end,
        )
        .scalar_subquery()
    )
    details = {
        client_id: (name, last_day)
        for client_id, name, last_day in conn.execute(
            select(clients.c.id, clients.c.name, last_visit)
            .select_from(cross_join(given, clients))
            .where(clients.c.id == given.c.value)
        )
    }
    rows = []
    running = 0
    for rank, (client_id, revenue, count) in enumerate(ranked, start=1):
        before, running = running, running + revenue
        name, last_day = details[client_id]
        rows.append(
            {
                "rank": rank,
                "client_id": client_id,
                "name": name,
                "visits": count,
                "revenue": Money(revenue),
                "avg_check": Money((2 * revenue + count) // (2 * count)),
                "last_visit": to_date(last_day),
                "share": share(revenue, total),
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


SPEC = ReportSpec(
    "top",
    QT_TRANSLATE_NOOP("Reports", "Top clients"),
    compute,
    uses_limit=True,
    default_limit=50,
    money=True,
)
