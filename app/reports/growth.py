"""growth: per month of the period, clients who came, who left, and how many there are.

For a month (clipped to the period) ``new_clients`` are registrations in it,
``departed`` are clients whose left_on is in it, ``total_clients`` are clients
registered on or before the month's last day and not departed by then, and
``first_visits`` are clients whose first completed visit falls in it.

Registrations and departures are read per day (index order, no sort) and summed
into months in Python; a departure only lowers a month's total once the client
is also registered by then, so ``total_clients`` stays exact even for a client
whose left_on is earlier than its registration.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections import Counter
from itertools import accumulate

from sqlalchemy import Connection, case, func, select

from app.i18n import QT_TRANSLATE_NOOP
from app.models import Client, Visit
from app.reports.base import Column, ReportParams, ReportResult, ReportSpec, table
from app.reports.periods import months_of
from app.reports.sql import month_of

COLUMNS = (
    Column("month", QT_TRANSLATE_NOOP("ReportColumns", "Month")),
    Column("new_clients", QT_TRANSLATE_NOOP("ReportColumns", "New clients"), "int"),
    Column("departed", QT_TRANSLATE_NOOP("ReportColumns", "Departed"), "int"),
    Column("net", QT_TRANSLATE_NOOP("ReportColumns", "Net"), "int"),
    Column("total_clients", QT_TRANSLATE_NOOP("ReportColumns", "Total clients"), "int"),
    Column("first_visits", QT_TRANSLATE_NOOP("ReportColumns", "First visits"), "int"),
)


def compute(conn: Connection, params: ReportParams) -> ReportResult:
    clients = Client.__table__
    visits = Visit.__table__
    months = months_of(params.date_from, params.date_to)

    registered_before = conn.scalar(
        select(func.count()).where(clients.c.registered_on < params.date_from)
    )
    registered = dict(
        conn.execute(
            select(clients.c.registered_on, func.count())
            .where(clients.c.registered_on.between(params.date_from, params.date_to))
            .group_by(clients.c.registered_on)
        ).all()
    )

    # A client counts as gone from the total from the later of its two dates.
    gone_from = case(
        (clients.c.registered_on > clients.c.left_on, clients.c.registered_on),
        else_=clients.c.left_on,
    )
    departed: Counter[str] = Counter()
    gone_days: Counter[dt.date] = Counter()
    for left_on, gone_on, n in conn.execute(
        select(clients.c.left_on, gone_from, func.count())
        .where(clients.c.left_on <= params.date_to)
        .group_by(clients.c.left_on, gone_from)
    ):
        if left_on >= params.date_from:
            departed[left_on.isoformat()[:7]] += n
        gone_days[gone_on] += n

    month = month_of(visits.c.started_at)
    first_visits = dict(
        conn.execute(
            select(month, func.count())
            .where(
                # visit_no is set on completed visits only; 1 is the first.
                visits.c.visit_no == 1,
                visits.c.started_at >= params.start,
                visits.c.started_at < params.end,
            )
            .group_by(month)
        ).all()
    )

    gone_sorted = sorted(gone_days)
    gone_running = list(accumulate(gone_days[d] for d in gone_sorted))
    rows = []
    registered_total = registered_before or 0
    for span in months:
        new = sum(n for d, n in registered.items() if span.first <= d <= span.last)
        registered_total += new
        index = bisect_right(gone_sorted, span.last)
        gone = gone_running[index - 1] if index else 0
        rows.append(
            {
                "month": span.key,
                "new_clients": new,
                "departed": departed[span.key],
                "net": new - departed[span.key],
                "total_clients": registered_total - gone,
                "first_visits": first_visits.get(span.key, 0),
            }
        )
    return ReportResult(SPEC.name, SPEC.title, params, table(COLUMNS, rows))


SPEC = ReportSpec("growth", QT_TRANSLATE_NOOP("Reports", "Client base growth"), compute)
