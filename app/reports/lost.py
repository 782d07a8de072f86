"""lost: regular clients who stopped coming, richest first.

A client is lost as of D when it has at least 2 completed visits up to D, is
neither departed nor do-not-contact, and the days since its last visit exceed
max(90, 2 x avg_interval_days), where avg_interval_days = (date(last) -
date(first)) / (visits - 1). The comparison is exact: it is done in whole days
as ``days_since * (visits - 1) > 2 * (date(last) - date(first))``; the rounded
average is only what the row shows.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import ColumnElement, Connection, Table, and_, func, or_, select

from app.models import Client, Visit
from app.reports.base import (
    Column,
    Money,
    ReportParams,
    ReportResult,
    ReportSpec,
    round_half_up,
    table,
)
from app.reports.sql import day_number, from_day_number

COLUMNS = (
    Column("client_id", "Client", "id"),
    Column("name", "Name"),
    Column("phone", "Phone"),
    Column("visits", "Visits", "int"),
    Column("first_visit", "First visit", "date"),
    Column("last_visit", "Last visit", "date"),
    Column("avg_interval_days", "Average interval, days", "number"),
    Column("days_since_last", "Days since last visit", "int"),
    Column("lifetime_revenue", "Lifetime revenue", "money"),
)

QUIET_DAYS = 90


def last_visit_as_of(visits: Table, as_of_end: dt.datetime) -> ColumnElement[bool]:
    """True on each client's last completed visit before ``as_of_end``.

    On that row of the chain ``visit_no`` is the number of completed visits up
    to then and ``cum_revenue`` the lifetime revenue up to then.
    """
    return and_(
        visits.c.status == "completed",
        visits.c.started_at < as_of_end,
        or_(visits.c.next_started_at.is_(None), visits.c.next_started_at >= as_of_end),
    )


def compute(conn: Connection, params: ReportParams) -> ReportResult:
    clients = Client.__table__
    last = Visit.__table__.alias("last")
    first = Visit.__table__.alias("first")
    as_of_day = (params.as_of - dt.date(1970, 1, 1)).days
    quiet_since = dt.datetime.combine(params.as_of - dt.timedelta(days=QUIET_DAYS), dt.time())

    first_started = (
        select(func.min(first.c.started_at))
        .where(
            first.c.client_id == last.c.client_id,
            first.c.status == "completed",
        )
        .scalar_subquery()
    )
    first_day = day_number(first_started)
    last_day = day_number(last.c.started_at)
    days_since = as_of_day - last_day
    query = (
        select(
            clients.c.id,
            clients.c.name,
            clients.c.phone,
            last.c.visit_no,
            first_day.label("first_day"),
            last_day.label("last_day"),
            last.c.cum_revenue,
        )
        .select_from(last.join(clients, clients.c.id == last.c.client_id))
        .where(
            last_visit_as_of(last, params.as_of_end),
            last.c.visit_no >= 2,
            # days_since > 90: the last visit's day is before as_of - 90.
            last.c.started_at < quiet_since,
            days_since * (last.c.visit_no - 1) > 2 * (last_day - first_day),
            or_(clients.c.left_on.is_(None), clients.c.left_on > params.as_of),
            ~clients.c.do_not_contact,
        )
        .order_by(last.c.cum_revenue.desc(), clients.c.id)
    )
    rows = [
        {
            "client_id": client_id,
            "name": name,
            "phone": phone,
            "visits": visits,
            "first_visit": from_day_number(first_no),
            "last_visit": from_day_number(last_no),
            "avg_interval_days": round_half_up(Decimal(last_no - first_no) / (visits - 1), 1),
            "days_since_last": as_of_day - last_no,
            "lifetime_revenue": Money(revenue),
        }
        for client_id, name, phone, visits, first_no, last_no, revenue in conn.execute(query)
    ]
    return ReportResult(SPEC.name, SPEC.title, params, table(COLUMNS, rows))


SPEC = ReportSpec("lost", "Lost regular clients", compute)
