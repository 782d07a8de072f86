"""conversion: inquiries received per day of the period and how many became completed visits.

An inquiry is converted when it is linked to a visit that is completed as of
as_of (status completed and started on or before as_of): an inquiry whose
visit happens after as_of was not converted yet that evening.
"""

from __future__ import annotations

from sqlalchemy import Connection, and_, func, select

from app.i18n import QT_TRANSLATE_NOOP
from app.models import Inquiry, Visit
from app.reports.base import Column, ReportParams, ReportResult, ReportSpec, share, table
from app.reports.periods import days_of
from app.reports.sql import day_of, to_date

COLUMNS = (
    Column("date", QT_TRANSLATE_NOOP("ReportColumns", "Date"), "date"),
    Column("inquiries", QT_TRANSLATE_NOOP("ReportColumns", "Inquiries"), "int"),
    Column("converted", QT_TRANSLATE_NOOP("ReportColumns", "Converted"), "int"),
    Column("rate", QT_TRANSLATE_NOOP("ReportColumns", "Conversion"), "share"),
)


def compute(conn: Connection, params: ReportParams) -> ReportResult:
    inquiries = Inquiry.__table__
    visits = Visit.__table__
    day = day_of(inquiries.c.received_at)
    counts = {
        to_date(received): (total, converted)
        for received, total, converted in conn.execute(
            select(day, func.count(), func.count(visits.c.id))
            .select_from(
                inquiries.outerjoin(
                    visits,
                    and_(
                        visits.c.id == inquiries.c.visit_id,
                        visits.c.status == "completed",
                        visits.c.started_at < params.as_of_end,
                    ),
                )
            )
            .where(
                inquiries.c.received_at >= params.start,
                inquiries.c.received_at < params.end,
            )
            .group_by(day)
        )
    }
    rows = []
    for date in days_of(params.date_from, params.date_to):
        total, converted = counts.get(date, (0, 0))
        rows.append(
            {
                "date": date,
                "inquiries": total,
                "converted": converted,
                "rate": share(converted, total),
            }
        )
    total = sum(r["inquiries"] for r in rows)
    converted = sum(r["converted"] for r in rows)
    extras = {
        "total": {"inquiries": total, "converted": converted, "rate": share(converted, total)}
    }
    return ReportResult(SPEC.name, SPEC.title, params, table(COLUMNS, rows), extras)


SPEC = ReportSpec("conversion", QT_TRANSLATE_NOOP("Reports", "Inquiry conversion"), compute)
