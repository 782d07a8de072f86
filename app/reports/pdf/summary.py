"""The owner's summary: key numbers, growth, churn, department gaps, top spenders and the
call list of lost regular clients, in one PDF."""

from __future__ import annotations

import dataclasses
import datetime as dt

from reportlab.platypus import Flowable
from sqlalchemy import Connection

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.reports import run_report
from app.reports.base import Column, ReportParams, ReportResult
from app.reports.pdf import clients, shop
from app.reports.pdf.document import Destination, build_pdf
from app.reports.pdf.layout import Context, heading, lead
from app.reports.pdf.tables import data_table

TITLE = QT_TRANSLATE_NOOP("Reports", "Owner's summary")
TOP_CLIENTS = 20  # the top spenders listed unless the parameters set a limit
REPORTS = ("kpi", "growth", "churn", "gaps", "top", "lost")
CALL_COLUMNS = (
    Column("client_id", QT_TRANSLATE_NOOP("ReportColumns", "Client"), "id"),
    Column("name", QT_TRANSLATE_NOOP("ReportColumns", "Name")),
    Column("phone", QT_TRANSLATE_NOOP("ReportColumns", "Phone")),
    Column("visits", QT_TRANSLATE_NOOP("ReportColumns", "Visits"), "int"),
    Column("last_visit", QT_TRANSLATE_NOOP("ReportColumns", "Last visit"), "date"),
    Column(
        "avg_interval_days", QT_TRANSLATE_NOOP("ReportColumns", "Usually every, days"), "number"
    ),
    Column("days_since_last", QT_TRANSLATE_NOOP("ReportColumns", "Days since"), "int"),
    Column("lifetime_revenue", QT_TRANSLATE_NOOP("ReportColumns", "Lifetime revenue"), "money"),
)


def summary_results(conn: Connection, params: ReportParams) -> dict[str, ReportResult]:
    top = dataclasses.replace(params, limit=params.limit or TOP_CLIENTS)
    return {name: run_report(conn, name, top if name == "top" else params) for name in REPORTS}


def summary_story(results: dict[str, ReportResult], ctx: Context) -> list[Flowable]:
    kpi, growth, churn = results["kpi"], results["growth"], results["churn"]
    gaps, top, lost = results["gaps"], results["top"], results["lost"]
    return [
        heading(translate("ReportPdf", "Key numbers")),
        *shop.kpi_cards(kpi, ctx),
        heading(translate("ReportPdf", "Client base growth")),
        *clients.growth_charts(growth, ctx),
        data_table(growth.table, ctx.currency),
        heading(translate("ReportPdf", "Why clients left")),
        *clients.churn_charts(churn, ctx),
        data_table(
            churn.table,
            ctx.currency,
            empty=translate("ReportPdf", "No client left in this period."),
        ),
        heading(translate("ReportPdf", "Department gaps")),
        *shop.gaps_charts(gaps, ctx),
        data_table(gaps.table, ctx.currency),
        heading(
            translate("ReportPdf", "Top {n} clients by revenue").format(n=len(top.rows))
            if top.rows
            else translate("ReportPdf", "Top clients")
        ),
        *clients.top_charts(top, ctx),
        data_table(top.table, ctx.currency),
        heading(
            translate("ReportPdf", "Call list: lost regular clients ({n})").format(n=len(lost.rows))
        ),
        lead(
            translate(
                "ReportPdf",
                "Clients with 2 or more visits whose last visit is longer ago than both 90 days "
                "and twice their usual interval; neither departed nor do-not-contact. "
                "Most valuable first.",
            )
        ),
        *clients.lost_chart(lost, ctx),
        data_table(
            lost.table,
            ctx.currency,
            columns=CALL_COLUMNS,
            empty=translate("ReportPdf", "Nobody to call."),
        ),
    ]


def write_summary_pdf(
    conn: Connection,
    params: ReportParams,
    path: Destination,
    *,
    shop_name: str,
    currency: str,
    generated_at: dt.datetime | None = None,
) -> None:
    """Compute the summary's reports on ``conn`` and write them as one A4 PDF to ``path``."""
    results = summary_results(conn, params)
    build_pdf(
        path,
        shop_name=shop_name,
        title=translate("Reports", TITLE),
        params=params,
        generated_at=generated_at or dt.datetime.now().replace(microsecond=0),
        story=summary_story(results, Context(currency)),
    )
