"""sources: what each marketing source brought in the period.

Per source (source_id null is "no source"): clients registered in the period,
the period revenue of those clients, inquiries received in the period and how
many of them are linked to a completed visit (started on or before as_of).
Rows are the sources with something in them, by source id, "no source" last.
"""

from __future__ import annotations

from sqlalchemy import Connection, and_, func, select

from app.i18n import QT_TRANSLATE_NOOP
from app.models import Client, Inquiry, Source, Visit, VisitItem
from app.reports.base import Column, Money, ReportParams, ReportResult, ReportSpec, share, table

NO_SOURCE = "no source"

COLUMNS = (
    Column("source_id", QT_TRANSLATE_NOOP("ReportColumns", "Source ID"), "id"),
    Column("source", QT_TRANSLATE_NOOP("ReportColumns", "Source"), "text"),
    Column("new_clients", QT_TRANSLATE_NOOP("ReportColumns", "New clients"), "int"),
    Column("revenue", QT_TRANSLATE_NOOP("ReportColumns", "Revenue of new clients"), "money"),
    Column("inquiries", QT_TRANSLATE_NOOP("ReportColumns", "Inquiries"), "int"),
    Column("converted", QT_TRANSLATE_NOOP("ReportColumns", "Converted"), "int"),
    Column("conversion", QT_TRANSLATE_NOOP("ReportColumns", "Conversion"), "share"),
)


def compute(conn: Connection, params: ReportParams) -> ReportResult:
    clients, visits, inquiries = Client.__table__, Visit.__table__, Inquiry.__table__
    items = VisitItem.__table__
    # A client's period revenue is the sum of its bought items of the period: one
    # range of ix_visit_items_client_window per new client.
    client_revenue = (
        select(func.coalesce(func.sum(items.c.amount), 0))
        .where(
            items.c.client_id == clients.c.id,
            items.c.bought,
            items.c.started_at >= params.start,
            items.c.started_at < params.end,
        )
        .scalar_subquery()
    )
    new_clients = {
        source_id: (count, revenue)
        for source_id, count, revenue in conn.execute(
            select(clients.c.source_id, func.count(), func.sum(client_revenue))
            .where(clients.c.registered_on.between(params.date_from, params.date_to))
            .group_by(clients.c.source_id)
        )
    }
    # A linked visit converts the inquiry once it is completed on or before as_of.
    linked = visits.alias("linked")
    inquiry_counts = {
        source_id: (received, converted)
        for source_id, received, converted in conn.execute(
            select(inquiries.c.source_id, func.count(), func.count(linked.c.id))
            .select_from(inquiries)
            .outerjoin(
                linked,
                and_(
                    linked.c.id == inquiries.c.visit_id,
                    linked.c.status == "completed",
                    linked.c.started_at < params.as_of_end,
                ),
            )
            .where(
                inquiries.c.received_at >= params.start,
                inquiries.c.received_at < params.end,
            )
            .group_by(inquiries.c.source_id)
        )
    }

    source_ids = set(new_clients) | set(inquiry_counts)
    names = _source_names(conn, [s for s in source_ids if s is not None])
    rows = []
    for source_id in sorted(source_ids, key=lambda s: (s is None, s or 0)):
        received, converted = inquiry_counts.get(source_id, (0, 0))
        rows.append(
            {
                "source_id": source_id,
                "source": NO_SOURCE if source_id is None else names[source_id],
                "new_clients": new_clients.get(source_id, (0, 0))[0],
                "revenue": Money(new_clients.get(source_id, (0, 0))[1]),
                "inquiries": received,
                "converted": converted,
                "conversion": share(converted, received),
            }
        )
    return ReportResult(SPEC.name, SPEC.title, params, table(COLUMNS, rows))


def _source_names(conn: Connection, ids: list[int]) -> dict[int, str]:
    sources = Source.__table__
    if not ids:
        return {}
    query = select(sources.c.id, sources.c.name).where(sources.c.id.in_(ids))
    return dict(conn.execute(query).all())


SPEC = ReportSpec("sources", QT_TRANSLATE_NOOP("Reports", "Marketing sources"), compute, money=True)
