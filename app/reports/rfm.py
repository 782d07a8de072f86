"""rfm: recency, frequency and monetary scores of every client, and their segments.

Each client's numbers as of as_of come from one row, the client's last
completed visit as of as_of in the chain of completed visits (started before
the end of as_of, the next one not yet or after it): ``visit_no`` there is the
number of completed visits so far and ``cum_revenue`` the lifetime revenue.
The m score ranks monetary among the clients of the report with a window
function (``RANK() - 1`` is the number of clients with a smaller monetary).
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import Connection, case, func, literal, or_, select

from app.models import Client, Visit
from app.reports.base import Column, Money, ReportParams, ReportResult, ReportSpec, table
from app.reports.sql import EPOCH, day_number

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


SEGMENT_OF = {(r, f): segment_of(r, f) for r in range(1, 6) for f in range(1, 6)}


def compute(conn: Connection, params: ReportParams) -> ReportResult:
    visits = Visit.__table__
    clients = Client.__table__
    recency = literal((params.as_of - EPOCH).days) - day_number(visits.c.started_at)
    frequency = visits.c.visit_no
    monetary = visits.c.cum_revenue
    r = case(
        (recency <= 60, 5), (recency <= 120, 4), (recency <= 240, 3), (recency <= 480, 2), else_=1
    )
    f = case((frequency >= 10, 5), (frequency >= 6, 4), (frequency >= 3, 3), else_=frequency)
    # 1 + floor(5 x smaller / clients): smaller <= clients - 1, so m never passes 5.
    smaller = func.rank().over(order_by=monetary) - 1
    m = 1 + 5 * smaller // func.count().over()
    query = (
        select(clients.c.id, clients.c.name, recency, frequency, monetary, r, f, m)
        .select_from(visits.join(clients, clients.c.id == visits.c.client_id))
        .where(
            visits.c.status == "completed",
            visits.c.started_at < params.as_of_end,
            or_(visits.c.next_started_at.is_(None), visits.c.next_started_at >= params.as_of_end),
            or_(clients.c.left_on.is_(None), clients.c.left_on > params.as_of),
            clients.c.registered_on <= params.as_of,
        )
        .order_by(monetary.desc(), clients.c.id)
    )
    rows = []
    counts: Counter[str] = Counter()
    sums: Counter[str] = Counter()
    grid: Counter[tuple[int, int]] = Counter()
    for client_id, name, days, visit_no, revenue, r_, f_, m_ in conn.execute(query):
        segment = SEGMENT_OF[r_, f_]
        counts[segment] += 1
        sums[segment] += revenue
        grid[r_, f_] += 1
        rows.append(
            {
                "client_id": client_id,
                "name": name,
                "recency_days": days,
                "frequency": visit_no,
                "monetary": Money(revenue),
                "r": r_,
                "f": f_,
                "m": m_,
                "segment": segment,
            }
        )
    segments = [{"segment": s, "clients": counts[s], "monetary": Money(sums[s])} for s in SEGMENTS]
    cells = [
        {"r": r_, "f": f_, "clients": grid[r_, f_]} for r_ in range(5, 0, -1) for f_ in range(1, 6)
    ]
    extras = {
        "segments": table(SEGMENT_COLUMNS, segments),
        "grid": table(GRID_COLUMNS, cells),
    }
    return ReportResult(SPEC.name, SPEC.title, params, table(COLUMNS, rows), extras)


SPEC = ReportSpec("rfm", "RFM segments", compute)
