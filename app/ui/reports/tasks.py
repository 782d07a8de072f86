"""The work the report screens hand to the database worker (functions of a Session)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
from typing import Any

from app.reports.base import ReportResult, make_params
from app.services.access import actor_of
from app.services.reporting import may_read, read_report
from app.services.settings import load_settings

DASHBOARD_TOP = 10  # top spenders on the dashboard


@dataclasses.dataclass(frozen=True)
class Period:
    """The days a report covers (inclusive) and the evening it is seen from."""

    as_of: dt.date
    date_from: dt.date
    date_to: dt.date


@dataclasses.dataclass(frozen=True)
class Computed:
    result: ReportResult
    currency: str
    shop_name: str


@dataclasses.dataclass(frozen=True)
class DashboardData:
    results: dict[str, ReportResult]
    currency: str
    shop_name: str


def compute_report(
    session: Any,
    name: str,
    period: Period,
    limit: int | None = None,
    department_id: int | None = None,
) -> Computed:
    """One report with the shop's settings (currency, ABC thresholds)."""
    settings = load_settings(session)
    params = make_params(
        period.as_of,
        as_of=period.as_of,
        date_from=period.date_from,
        date_to=period.date_to,
        limit=limit,
        department_id=department_id,
        abc_a=settings.abc_a,
        abc_b=settings.abc_b,
    )
    result = read_report(session, name, params)
    settle_heap()  # before the rows reach the GUI thread
    return Computed(result, settings.currency, settings.shop_name)


def compute_dashboard(session: Any, period: Period) -> DashboardData:
    """The dashboard's reports in one task: key numbers, growth, churn, gaps, top spenders."""
    actor = actor_of(session)
    computed = {
        name: compute_report(session, name, period, DASHBOARD_TOP if name == "top" else None)
        for name in ("kpi", "growth", "churn", "gaps", "top")
        if may_read(actor, name)
    }
    any_one = computed["growth"]
    return DashboardData(
        {name: c.result for name, c in computed.items()}, any_one.currency, any_one.shop_name
    )


def settle_heap() -> None:
    """Move everything alive now out of the cyclic collector's sight (``gc.freeze``).

    A chain-scale report leaves tens of thousands of row dicts on the heap; each
    full collection then walks them on the GUI thread (measured: 50-120 ms
    pauses while switching screens). The worker freezes a report's rows as soon
    as they are made, the screens what they built to show them. The rows form
    no cycles: refcounting frees them when a screen's result is replaced,
    frozen or not.
    """
    gc.freeze()
