"""kpi: the shop's key numbers for the period, the period just before it and a year earlier.

Every number of a period comes from one pass over the period's completed
visits, using the client's chain of completed visits stored on each visit
(``prev_started_at`` / ``next_started_at``: the client's previous and next
completed visits, whenever they were). A client's visits in the period are a
run of its chain, from its first visit in the period (the previous one is
before the period, or there is none) to its last (the next one is after the
period, or there is none):

- the period's clients are counted at their first visit in the period;
- the day gaps along a run add up to the last visit's day minus the day of
  the visit before the run (or of the run's first visit when the client came
  for the first time), so the sum of the gaps needs two day numbers per
  client instead of two per visit;
- a visit is "returning" when its client had a completed visit before the
  period, so only the clients whose very first visit is in the period are not
  returning: their visits in the period are counted and subtracted (one
  index lookup per such client, unless its next visit is not in the period:
  then it came once).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, case, func, select

from app.i18n import QT_TRANSLATE_NOOP
from app.models import Client, Visit
from app.reports.base import (
    Column,
    Money,
    ReportParams,
    ReportResult,
    ReportSpec,
    round_half_up,
    share,
    table,
)
from app.reports.periods import year_earlier
from app.reports.sql import day_number

COLUMNS = (
    Column("metric", QT_TRANSLATE_NOOP("ReportColumns", "Metric"), "text"),
    Column("value", QT_TRANSLATE_NOOP("ReportColumns", "Value"), "number"),
    Column("previous", QT_TRANSLATE_NOOP("ReportColumns", "Previous period"), "number"),
    Column("year_ago", QT_TRANSLATE_NOOP("ReportColumns", "A year ago"), "number"),
)
PERIOD_COLUMNS = (
    Column("period", QT_TRANSLATE_NOOP("ReportColumns", "Period"), "text"),
    Column("from", QT_TRANSLATE_NOOP("ReportColumns", "From"), "date"),
    Column("to", QT_TRANSLATE_NOOP("ReportColumns", "To"), "date"),
)
METRICS = (
    "revenue",
    "visits",
    "clients",
    "new_clients",
    "avg_check",
    "avg_interval_days",
    "returning_share",
)


@dataclasses.dataclass(frozen=True)
class Period:
    name: str
    first: dt.date
    last: dt.date

    @property
    def start(self) -> dt.datetime:
        return dt.datetime.combine(self.first, dt.time())

    @property
    def end(self) -> dt.datetime:
        return dt.datetime.combine(self.last + dt.timedelta(days=1), dt.time())


def periods_of(params: ReportParams) -> tuple[Period, Period, Period]:
    """The period, the period of equal length just before it, and both ends a year earlier."""
    length = params.date_to - params.date_from + dt.timedelta(days=1)
    return (
        Period("current", params.date_from, params.date_to),
        Period("previous", params.date_from - length, params.date_from - dt.timedelta(days=1)),
        Period("year_ago", year_earlier(params.date_from), year_earlier(params.date_to)),
    )


def metrics_of(conn: Connection, period: Period) -> dict[str, Any]:
    visits = Visit.__table__
    clients = Client.__table__
    in_period = (
        visits.c.status == "completed",
        visits.c.started_at >= period.start,
        visits.c.started_at < period.end,
    )
    others = visits.alias("others")
    period_visits_of_client = (
        select(func.count())
        .where(
            others.c.client_id == visits.c.client_id,
            others.c.status == "completed",
            others.c.started_at >= period.start,
            others.c.started_at < period.end,
        )
        .scalar_subquery()
    )
    prev = visits.c.prev_started_at
    following = visits.c.next_started_at
    day = day_number(visits.c.started_at)
    # One comparison per test where possible (a NULL neighbour fails "<" and ">="):
    # SQLite evaluates every expression for each of the period's visits.
    count, revenue, within_run, last_days, before_days, gaps, first_timers_visits = conn.execute(
        select(
            func.count(),
            func.coalesce(func.sum(visits.c.revenue), 0),
            # Visits after the first of their client's run in the period.
            func.count(case((prev >= period.start, 1))),
            # The day of each client's last visit in the period.
            func.sum(case((following < period.end, None), else_=day)),
            # The day before each run: of the previous visit, or of the first ever.
            func.sum(
                case(
                    (prev >= period.start, None),
                    (prev.is_(None), day),
                    else_=day_number(prev),
                )
            ),
            func.count(prev),
            # A first-timer whose next visit is not in the period came once (no lookup).
            func.sum(
                case(
                    (
                        prev.is_(None),
                        case((following < period.end, period_visits_of_client), else_=1),
                    )
                )
            ),
        ).where(*in_period)
    ).one()
    first_in_period = count - within_run
    new_clients = conn.execute(
        select(func.count()).where(
            clients.c.registered_on >= period.first, clients.c.registered_on <= period.last
        )
    ).scalar_one()
    return {
        "revenue": Money(revenue),
        "visits": count,
        "clients": first_in_period,
        "new_clients": new_clients,
        # revenue / visits rounded half up to the minor unit.
        "avg_check": Money((2 * revenue + count) // (2 * count)) if count else None,
        "avg_interval_days": (
            round_half_up(Decimal(last_days - before_days) / gaps, 1) if gaps else None
        ),
        "returning_share": share(count - (first_timers_visits or 0), count),
    }


def compute(conn: Connection, params: ReportParams) -> ReportResult:
    periods = periods_of(params)
    # With a 365-day period and no 29 February in the way, the previous period and
    # the one a year ago are the same days: compute them once.
    computed: dict[tuple[dt.date, dt.date], dict[str, Any]] = {}
    for period in periods:
        if (period.first, period.last) not in computed:
            computed[period.first, period.last] = metrics_of(conn, period)
    current, previous, year_ago = (computed[p.first, p.last] for p in periods)
    rows = [
        {
            "metric": metric,
            "value": current[metric],
            "previous": previous[metric],
            "year_ago": year_ago[metric],
        }
        for metric in METRICS
    ]
    spans = [{"period": p.name, "from": p.first, "to": p.last} for p in periods]
    extras = {"periods": table(PERIOD_COLUMNS, spans)}
    return ReportResult(SPEC.name, SPEC.title, params, table(COLUMNS, rows), extras)


SPEC = ReportSpec("kpi", QT_TRANSLATE_NOOP("Reports", "Key numbers"), compute, money=True)
