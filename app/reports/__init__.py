"""Every report of reports.md: SQL through SQLAlchemy Core -> ``ReportResult``.

``REPORTS`` maps a report's name to its ``ReportSpec``; each report module
exposes ``SPEC``.
"""

from __future__ import annotations

import gc

from sqlalchemy import Connection

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
    """Compute a report with CPython's cyclic garbage collector held.

    A chain-scale report builds tens of thousands of result rows and row dicts;
    the collector would stop for full passes over them on the way (about a third
    of such a report's time, measured). Reports make no reference cycles, so
    nothing is lost by collecting afterwards.
    """
    spec = REPORTS[name]
    if spec.uses_limit and params.limit is None and spec.default_limit is not None:
        from dataclasses import replace

        params = replace(params, limit=spec.default_limit)
    enabled = gc.isenabled()
    gc.disable()
    try:
        return spec.compute(conn, params)
    finally:
        if enabled:
            gc.enable()
