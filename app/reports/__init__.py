"""Every report of reports.md: SQL through SQLAlchemy Core -> ``ReportResult``.

``REPORTS`` maps a report's name to its ``ReportSpec``; each report module
exposes ``SPEC``.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import Connection

from app.bulk import collector_paused
from app.reports import (
    churn,
    cohorts,
    conversion,
    gaps,
    growth,
    heatmap,
    kpi,
    lost,
    masters,
    referrals,
    retention,
    rfm,
    segments,
    sources,
    top,
    trends,
)
from app.reports.base import ReportParams, ReportResult, ReportSpec

REPORTS: dict[str, ReportSpec] = {
    module.SPEC.name: module.SPEC
    for module in (
        heatmap,
        gaps,
        masters,
        referrals,
        sources,
        top,
        trends,
        conversion,
        kpi,
        rfm,
        churn,
        cohorts,
        growth,
        lost,
        retention,
        segments,
    )
}


def run_report(conn: Connection, name: str, params: ReportParams) -> ReportResult:
    """Compute a report, with the cyclic garbage collector held (``collector_paused``)."""
    spec = REPORTS[name]
    if spec.uses_limit and params.limit is None and spec.default_limit is not None:
        params = replace(params, limit=spec.default_limit)
    with collector_paused():
        return spec.compute(conn, params)
