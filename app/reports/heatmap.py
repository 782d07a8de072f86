"""heatmap: completed visits of the period by weekday (1 = Monday) and hour, all 168 cells."""

from __future__ import annotations

from sqlalchemy import Connection, func, select

from app.i18n import QT_TRANSLATE_NOOP
from app.models import Visit
from app.reports.base import Column, ReportParams, ReportResult, ReportSpec, table
from app.reports.sql import hour_of, iso_weekday_of

COLUMNS = (
    Column("weekday", QT_TRANSLATE_NOOP("ReportColumns", "Weekday"), "int"),
    Column("hour", QT_TRANSLATE_NOOP("ReportColumns", "Hour"), "int"),
    Column("visits", QT_TRANSLATE_NOOP("ReportColumns", "Visits"), "int"),
)


def compute(conn: Connection, params: ReportParams) -> ReportResult:
    visits = Visit.__table__
    weekday = iso_weekday_of(visits.c.started_at)
    hour = hour_of(visits.c.started_at)
    counts = {
        (wd, hr): n
        for wd, hr, n in conn.execute(
            select(weekday, hour, func.count())
            .where(
                visits.c.status == "completed",
                visits.c.started_at >= params.start,
                visits.c.started_at < params.end,
            )
            .group_by(weekday, hour)
        )
    }
    rows = [
        {"weekday": wd, "hour": hr, "visits": counts.get((wd, hr), 0)}
        for wd in range(1, 8)
        for hr in range(24)
    ]
    return ReportResult(SPEC.name, SPEC.title, params, table(COLUMNS, rows))


SPEC = ReportSpec("heatmap", QT_TRANSLATE_NOOP("Reports", "Busy hours"), compute)
