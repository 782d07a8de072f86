"""cohorts: clients grouped by the month of their first visit, and who kept coming.

A cohort is a month of the period (clipped to the period, like every month of
reports.md) in which at least one client had its first completed visit.
``retained[k]`` counts the cohort's clients with a completed visit in month
cohort + k, for k = 0 .. 11 but not past the month of as_of; k = 0 is the size.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import Connection, and_, func, select

from app.i18n import QT_TRANSLATE_NOOP
from app.models import Visit
from app.reports.base import Column, ReportParams, ReportResult, ReportSpec, table
from app.reports.periods import add_months, months_of
from app.reports.sql import month_of

COLUMNS = (
    Column("cohort", QT_TRANSLATE_NOOP("ReportColumns", "Cohort")),
    Column("size", QT_TRANSLATE_NOOP("ReportColumns", "Clients"), "int"),
    Column("retained", QT_TRANSLATE_NOOP("ReportColumns", "Retained by month"), "list"),
)
MONTHS_FOLLOWED = 12


def _month_start(key: str) -> dt.datetime:
    return dt.datetime(int(key[:4]), int(key[5:7]), 1)


def compute(conn: Connection, params: ReportParams) -> ReportResult:
    first = Visit.__table__.alias("first")
    later = Visit.__table__.alias("later")
    as_of_month = params.as_of.isoformat()[:7]
    last_cohort = months_of(params.date_from, params.date_to)[-1].key
    followed_until = min(params.as_of_end, _month_start(add_months(last_cohort, MONTHS_FOLLOWED)))

    cohort = month_of(first.c.started_at)
    month = month_of(later.c.started_at)
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for cohort_key, month_key, n in conn.execute(
        select(cohort, month, func.count(later.c.client_id.distinct()))
        .select_from(
            first.join(
                later,
                and_(
                    later.c.client_id == first.c.client_id,
                    later.c.status == "completed",
                    later.c.started_at >= first.c.started_at,
                    later.c.started_at < followed_until,
                ),
            )
        )
        .where(
            # visit_no is set on completed visits only; 1 is the first.
            first.c.visit_no == 1,
            first.c.started_at >= params.start,
            first.c.started_at < params.end,
        )
        .group_by(cohort, month)
    ):
        counts[cohort_key][month_key] = n

    rows = []
    for cohort_key in sorted(counts):
        months = []
        for k in range(MONTHS_FOLLOWED):
            month_key = add_months(cohort_key, k)
            if month_key > as_of_month:
                break
            months.append(counts[cohort_key].get(month_key, 0))
        rows.append({"cohort": cohort_key, "size": months[0], "retained": months})
    return ReportResult(SPEC.name, SPEC.title, params, table(COLUMNS, rows))


SPEC = ReportSpec("cohorts", QT_TRANSLATE_NOOP("Reports", "Cohorts by first visit"), compute)
