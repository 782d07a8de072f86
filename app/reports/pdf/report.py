"""Any report of reports.md as a PDF: its charts, then its tables."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable

from app.i18n import translate
from app.reports.base import ReportResult
from app.reports.pdf import clients, shop
from app.reports.pdf.document import Destination, build_pdf
from app.reports.pdf.layout import Context, Section, result_tables

LAYOUTS: dict[str, Section] = {
    "growth": clients.growth,
    "sources": clients.sources,
    "referrals": clients.referrals,
    "churn": clients.churn,
    "lost": clients.lost,
    "top": clients.top,
    "rfm": clients.rfm,
    "cohorts": clients.cohorts,
    "segments": clients.segments,
    "kpi": shop.kpi,
    "gaps": shop.gaps,
    "trends": shop.trends,
    "heatmap": shop.heatmap,
    "conversion": shop.conversion,
    "masters": shop.masters,
    "retention": shop.retention,
}


def report_story(result: ReportResult, ctx: Context) -> list[Flowable]:
    """The report's charts and tables (a report without a layout gets its tables)."""
    return LAYOUTS.get(result.name, result_tables)(result, ctx)


def write_report_pdf(
    result: ReportResult,
    path: Destination,
    shop_name: str,
    currency: str,
    *,
    generated_at: dt.datetime | None = None,
) -> None:
    """Write ``result`` as an A4 PDF to ``path`` (a file name or a binary file object)."""
    build_pdf(
        path,
        shop_name=shop_name,
        title=translate("Reports", result.title),
        params=result.params,
        generated_at=generated_at or dt.datetime.now().replace(microsecond=0),
        story=report_story(result, Context(currency)),
    )
