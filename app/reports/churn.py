"""churn: why clients left in the period, and who they were.

Rows group the clients whose left_on is in the period by churn reason, busiest
reason first (ties by reason id). The "clients" list shows each of them with
its completed visits and lifetime revenue up to as_of, read from the row of
its visit chain that is its last visit as of then.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, Connection, Table, and_, func, or_, select

from app.i18n import QT_TRANSLATE_NOOP
from app.models import ChurnReason, Client, Visit
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
    Column("reason_id", QT_TRANSLATE_NOOP("ReportColumns", "Reason"), "id"),
    Column("reason", QT_TRANSLATE_NOOP("ReportColumns", "Churn reason")),
    Column("clients", QT_TRANSLATE_NOOP("ReportColumns", "Clients"), "int"),
    Column("share", QT_TRANSLATE_NOOP("ReportColumns", "Share"), "share"),
)
CLIENT_COLUMNS = (
    Column("client_id", QT_TRANSLATE_NOOP("ReportColumns", "Client"), "id"),
    Column("name", QT_TRANSLATE_NOOP("ReportColumns", "Name")),
    Column("left_on", QT_TRANSLATE_NOOP("ReportColumns", "Left on"), "date"),
    Column("reason", QT_TRANSLATE_NOOP("ReportColumns", "Churn reason")),
    Column("visits", QT_TRANSLATE_NOOP("ReportColumns", "Visits"), "int"),
    Column("lifetime_revenue", QT_TRANSLATE_NOOP("ReportColumns", "Lifetime revenue"), "money"),
    Column("last_visit", QT_TRANSLATE_NOOP("ReportColumns", "Last visit"), "date"),
)


def last_visit_as_of(visits: Table, as_of_end: dt.datetime) -> ColumnElement[bool]:
    """True on a client's last completed visit before ``as_of_end`` (for one client's lookup).

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
    reasons = ChurnReason.__table__
    last = Visit.__table__.alias("last")
    left_in_period = clients.c.left_on.between(params.date_from, params.date_to)

    counts = conn.execute(
        select(reasons.c.id, reasons.c.name, func.count())
        .select_from(clients.join(reasons, reasons.c.id == clients.c.churn_reason_id))
        .where(left_in_period)
        .group_by(reasons.c.id, reasons.c.name)
        .order_by(func.count().desc(), reasons.c.id)
    ).all()
    total = sum(n for _, _, n in counts)
    rows = [
        {"reason_id": reason_id, "reason": name, "clients": n, "share": share(n, total)}
        for reason_id, name, n in counts
    ]

    departed = conn.execute(
        select(
            clients.c.id,
            clients.c.name,
            clients.c.left_on,
            reasons.c.name,
            last.c.visit_no,
            last.c.cum_revenue,
            last.c.started_at,
        )
        .select_from(
            clients.join(reasons, reasons.c.id == clients.c.churn_reason_id).outerjoin(
                last,
                and_(
                    last.c.client_id == clients.c.id,
                    last_visit_as_of(last, params.as_of_end),
                ),
            )
        )
        .where(left_in_period)
        .order_by(clients.c.left_on, clients.c.id)
    )
    client_rows = [
        {
            "client_id": client_id,
            "name": name,
            "left_on": left_on,
            "reason": reason,
            "visits": visits or 0,
            "lifetime_revenue": Money(revenue or 0),
            "last_visit": to_date(started_at),
        }
        for client_id, name, left_on, reason, visits, revenue, started_at in departed
    ]
    return ReportResult(
        SPEC.name,
        SPEC.title,
        params,
        table(COLUMNS, rows),
        {"clients": table(CLIENT_COLUMNS, client_rows)},
    )


SPEC = ReportSpec("churn", QT_TRANSLATE_NOOP("Reports", "Churn by reason"), compute)
