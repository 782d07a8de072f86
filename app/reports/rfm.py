"""rfm: recency, frequency and monetary scores of every client, and their segments.

Each client's numbers as of as_of come from one row, the client's last
completed visit as of as_of in the chain of completed visits (started on or
before as_of, the next one not yet or after it): ``visit_no`` there is the
number of completed visits so far and ``cum_revenue`` the lifetime revenue.

Speed at chain scale (100k clients): those rows are read from the covering
index ix_visits_chain_last (status, next_started_at, client_id, ...). The
usual case, a client with no later visit at all (next_started_at IS NULL),
comes out of that index in client id order, so the join to ``clients`` walks
the clients' primary key forward instead of jumping around. The date test of
that branch compares the day as text on purpose: a plain started_at range
would lure SQLite's planner onto the (status, started_at) index, which reads
every past visit. The rows come sorted by monetary, so the m score is one
pass ("clients with a smaller monetary" is the position of the first client
with the same monetary), and recency and r are looked up per distinct day.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, Select, select, union_all

from app.models import Client, Visit
from app.reports.base import Column, Money, ReportParams, ReportResult, ReportSpec, table
from app.reports.sql import day_of

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


# Lookups for the loop over every client: SEGMENT_GRID[r][f], F_BELOW_10[visits].
SEGMENT_GRID = tuple(tuple(segment_of(r, f) if r and f else "" for f in range(6)) for r in range(6))
F_BELOW_10 = tuple(f_score(n) for n in range(10))


def last_visits_query(params: ReportParams) -> Select[tuple[int, str, str, int, int]]:
    """Per client registered and not departed by as_of: (id, name, day of last visit, visits,
    lifetime revenue).

    Sorted by lifetime revenue, ties by client id descending (the reverse of the rows' order).
    """
    visits = Visit.__table__
    clients = Client.__table__
    up_to_as_of = day_of(visits.c.started_at) <= params.as_of.isoformat()
    chain = (visits.c.client_id, visits.c.started_at, visits.c.visit_no, visits.c.cum_revenue)
    lasts = union_all(
        select(*chain).where(
            visits.c.status == "completed", visits.c.next_started_at.is_(None), up_to_as_of
        ),
        select(*chain).where(
            visits.c.status == "completed",
            visits.c.next_started_at >= params.as_of_end,
            up_to_as_of,
        ),
    ).subquery("lasts")
    return (
        select(
            clients.c.id,
            clients.c.name,
            day_of(lasts.c.started_at),
            lasts.c.visit_no,
            lasts.c.cum_revenue,
        )
        .select_from(lasts.join(clients, clients.c.id == lasts.c.client_id))
        .where(
            (clients.c.left_on.is_(None)) | (clients.c.left_on > params.as_of),
            clients.c.registered_on <= params.as_of,
        )
        .order_by(lasts.c.cum_revenue, clients.c.id.desc())
    )


def compute(conn: Connection, params: ReportParams) -> ReportResult:
    found = conn.execute(last_visits_query(params)).all()
    total = len(found)
    by_day: dict[str, tuple[int, int]] = {}  # day of the last visit -> (recency, r)
    clients = [[0] * 6 for _ in range(6)]  # [r][f] -> clients
    monetary = [[0] * 6 for _ in range(6)]  # [r][f] -> their lifetime revenue
    rows = []
    smaller = 0
    previous: int | None = None
    for position, (client_id, name, day, visit_no, revenue) in enumerate(found):
        if revenue != previous:
            smaller, previous = position, revenue
        known = by_day.get(day)
        if known is None:
            recency = (params.as_of - dt.date.fromisoformat(day)).days
            known = by_day[day] = (recency, r_score(recency))
        recency, r = known
        f = F_BELOW_10[visit_no] if visit_no < 10 else 5
        clients[r][f] += 1
        monetary[r][f] += revenue
        rows.append(
            {
                "client_id": client_id,
                "name": name,
                "recency_days": recency,
                "frequency": visit_no,
                "monetary": Money(revenue),
                "r": r,
                "f": f,
                # smaller <= total - 1, so m never passes 5.
                "m": 1 + 5 * smaller // total,
                "segment": SEGMENT_GRID[r][f],
            }
        )
    rows.reverse()  # monetary descending, ties by ascending client id
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
    return ReportResult(SPEC.name, SPEC.title, params, table(COLUMNS, rows), extras)


SPEC = ReportSpec("rfm", "RFM segments", compute)
