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

from sqlalchemy import ColumnElement, Connection, Select, Subquery, func, or_, select, union_all

from app.i18n import QT_TRANSLATE_NOOP
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
from app.reports.sql import day_number, day_of, from_day_number

COLUMNS = (
    Column("client_id", QT_TRANSLATE_NOOP("ReportColumns", "Client"), "id"),
    Column("name", QT_TRANSLATE_NOOP("ReportColumns", "Name")),
    Column("phone", QT_TRANSLATE_NOOP("ReportColumns", "Phone")),
    Column("visits", QT_TRANSLATE_NOOP("ReportColumns", "Visits"), "int"),
    Column("first_visit", QT_TRANSLATE_NOOP("ReportColumns", "First visit"), "date"),
    Column("last_visit", QT_TRANSLATE_NOOP("ReportColumns", "Last visit"), "date"),
    Column(
        "avg_interval_days", QT_TRANSLATE_NOOP("ReportColumns", "Average interval, days"), "number"
    ),
    Column("days_since_last", QT_TRANSLATE_NOOP("ReportColumns", "Days since last visit"), "int"),
    Column("lifetime_revenue", QT_TRANSLATE_NOOP("ReportColumns", "Lifetime revenue"), "money"),
)

QUIET_DAYS = 90


def _quiet_last_visits(params: ReportParams) -> Subquery:
    """Each client's last completed visit as of as_of, when it is the 2nd or later and
    dated before as_of - 90 days: (client_id, started_at, visit_no, cum_revenue).

    The last visit as of as_of has no next visit, or a next one after as_of: two
    ranges of the covering index ix_visits_chain_last. The day is compared as
    text so that SQLite's planner stays on that index rather than the
    (status, started_at) one, which would read every past visit.
    """
    visits = Visit.__table__
    quiet_day = (params.as_of - dt.timedelta(days=QUIET_DAYS)).isoformat()

    def branch(next_visit: ColumnElement[bool]) -> Select[tuple[int, dt.datetime, int, int]]:
        return select(
            visits.c.client_id, visits.c.started_at, visits.c.visit_no, visits.c.cum_revenue
        ).where(
            visits.c.status == "completed",
            next_visit,
            visits.c.visit_no >= 2,
            day_of(visits.c.started_at) < quiet_day,  # days_since > 90
        )

    return union_all(
        branch(visits.c.next_started_at.is_(None)),
        branch(visits.c.next_started_at >= params.as_of_end),
    ).subquery("last")


def compute(conn: Connection, params: ReportParams) -> ReportResult:
    clients = Client.__table__
    first = Visit.__table__.alias("first")
    last = _quiet_last_visits(params)
    as_of_day = (params.as_of - dt.date(1970, 1, 1)).days

    first_started = (
        select(func.min(first.c.started_at))
        .where(first.c.client_id == last.c.client_id, first.c.status == "completed")
        .scalar_subquery()
    )
    first_day = day_number(first_started)
    last_day = day_number(last.c.started_at)
    query = (
        select(
            clients.c.id,
            clients.c.name,
            clients.c.phone,
            last.c.visit_no,
            first_day,
            last_day,
            last.c.cum_revenue,
        )
        .select_from(last.join(clients, clients.c.id == last.c.client_id))
        .where(
            or_(clients.c.left_on.is_(None), clients.c.left_on > params.as_of),
            ~clients.c.do_not_contact,
            (as_of_day - last_day) * (last.c.visit_no - 1) > 2 * (last_day - first_day),
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


SPEC = ReportSpec("lost", QT_TRANSLATE_NOOP("Reports", "Lost regular clients"), compute)
