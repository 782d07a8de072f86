"""referrals: who brought new clients in the period, and what those clients spent.

Per client who referred at least one client registered in the period: how many,
their names (code point order) and their period revenue (completed visits in
the period). Ordered by referred desc, referred_revenue desc, referrer_id.
"""

from __future__ import annotations

from sqlalchemy import Connection, and_, func, select

from app.i18n import QT_TRANSLATE_NOOP
from app.models import Client, Visit
from app.reports.base import Column, Money, ReportParams, ReportResult, ReportSpec, table

COLUMNS = (
    Column("referrer_id", QT_TRANSLATE_NOOP("ReportColumns", "Referrer ID"), "id"),
    Column("referrer", QT_TRANSLATE_NOOP("ReportColumns", "Referrer"), "text"),
    Column("referred", QT_TRANSLATE_NOOP("ReportColumns", "Referred"), "int"),
    Column("referred_names", QT_TRANSLATE_NOOP("ReportColumns", "Referred clients"), "list"),
    Column("referred_revenue", QT_TRANSLATE_NOOP("ReportColumns", "Revenue of referred"), "money"),
)


def compute(conn: Connection, params: ReportParams) -> ReportResult:
    clients, visits = Client.__table__, Visit.__table__
    referrer = clients.alias("referrer")
    # One line per referred client: whom it was referred by and its period revenue.
    referred = conn.execute(
        select(
            clients.c.referred_by_id,
            referrer.c.name,
            clients.c.name,
            func.coalesce(func.sum(visits.c.revenue), 0),
        )
        .select_from(clients)
        .join(referrer, referrer.c.id == clients.c.referred_by_id)
        .outerjoin(
            visits,
            and_(
                visits.c.client_id == clients.c.id,
                visits.c.status == "completed",
                visits.c.started_at >= params.start,
                visits.c.started_at < params.end,
            ),
        )
        .where(clients.c.registered_on.between(params.date_from, params.date_to))
        .group_by(clients.c.id, clients.c.referred_by_id, referrer.c.name, clients.c.name)
    ).all()

    names: dict[int, list[str]] = {}
    revenue: dict[int, int] = {}
    referrers: dict[int, str] = {}
    for referrer_id, referrer_name, name, client_revenue in referred:
        referrers[referrer_id] = referrer_name
        names.setdefault(referrer_id, []).append(name)
        revenue[referrer_id] = revenue.get(referrer_id, 0) + client_revenue
    rows = [
        {
            "referrer_id": referrer_id,
            "referrer": referrer_name,
            "referred": len(names[referrer_id]),
            "referred_names": sorted(names[referrer_id]),
            "referred_revenue": Money(revenue[referrer_id]),
        }
        for referrer_id, referrer_name in referrers.items()
    ]
    rows.sort(key=lambda r: (-r["referred"], -r["referred_revenue"], r["referrer_id"]))
    return ReportResult(SPEC.name, SPEC.title, params, table(COLUMNS, rows))


SPEC = ReportSpec("referrals", QT_TRANSLATE_NOOP("Reports", "Referrals"), compute, money=True)
