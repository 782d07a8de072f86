"""The charts of the shop reports (reports.md "Charts"): gaps, trends, busy hours,
conversion, masters, retention."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from app.reports.base import ReportResult
from app.reports.periods import months_of
from app.ui.format import date_text
from app.ui.reports.chart_build import Chart, bars, table_of
from app.ui.reports.chart_data import (
    GOOD,
    LINE,
    NEUTRAL,
    PALETTE,
    BarChart,
    GridChart,
    Series,
    grid_values,
)
from app.ui.reports.values import plotted, weekday_text

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def gaps(result: ReportResult) -> list[Chart]:
    penetration = bars(
        result,
        "department",
        [
            (
                "penetration",
                translate("ReportCharts", "Active clients using it"),
                NEUTRAL,
            )
        ],
        "share",
        horizontal=True,
        title=translate("ReportCharts", "Share of active clients using each department"),
    )
    names = {r["department_id"]: r["department"] for r in result.rows}
    ids = list(names)
    values = grid_values(len(ids), len(ids))
    cells = {}
    for n, row in enumerate(table_of(result, "matrix").rows):
        x, y = ids.index(row["to_id"]), ids.index(row["from_id"])
        values[y, x] = row["clients"]
        cells[x, y] = n
    matrix = GridChart(
        title=translate("ReportCharts", "Used the row's department but not the column's"),
        table="matrix",
        x_labels=[names[i] for i in ids],
        y_labels=[names[i] for i in ids],
        values=values,
        rows=cells,
        key="clients",
    )
    return [penetration, matrix]


def trends(result: ReportResult) -> list[Chart]:
    months = [m.key for m in months_of(result.params.date_from, result.params.date_to)]
    departments: dict[int, str] = {}
    for row in result.rows:
        departments.setdefault(row["department_id"], row["department"])
    series = []
    for n, (department_id, name) in enumerate(sorted(departments.items())):
        values, rows = [0.0] * len(months), [None] * len(months)
        for index, row in enumerate(result.rows):
            if row["department_id"] == department_id:
                position = months.index(row["month"])
                values[position] = plotted(row["revenue"], "money")
                rows[position] = index
        series.append(Series("revenue", name, PALETTE[n % len(PALETTE)], values, rows))
    chart = BarChart(
        translate("ReportCharts", "Revenue by month and department"),
        "rows",
        months,
        series,
        "money",
    )
    chart.stacked = True
    return [chart]


def heatmap(result: ReportResult) -> list[Chart]:
    values = grid_values(7, 24)
    cells = {}
    for n, row in enumerate(result.rows):
        x, y = row["hour"], row["weekday"] - 1
        values[y, x] = row["visits"]
        cells[x, y] = n
    return [
        GridChart(
            title=translate("ReportCharts", "Completed visits by weekday and hour"),
            table="rows",
            x_labels=[str(h) for h in range(24)],
            y_labels=[weekday_text(d) for d in range(1, 8)],
            values=values,
            rows=cells,
            key="visits",
            x_title=translate("ReportCharts", "Hour"),
        )
    ]


DAILY_UP_TO = 92  # days; a longer period is drawn by week (the table stays by day)


def conversion(result: ReportResult) -> list[Chart]:
    specs = [
        ("inquiries", translate("ReportCharts", "Inquiries"), PALETTE[0]),
        ("converted", translate("ReportCharts", "Converted"), GOOD),
    ]
    rows = result.rows
    if len(rows) <= DAILY_UP_TO:
        return [
            bars(
                result,
                lambda row: date_text(row["date"]),
                specs,
                "int",
                line=("rate", translate("ReportCharts", "Conversion"), LINE),
                line_kind="share",
                overlay=True,
                title=translate("ReportCharts", "Inquiries and the visits they became, by day"),
            )
        ]
    weeks = [range(first, min(first + 7, len(rows))) for first in range(0, len(rows), 7)]
    sums = {key: [sum(rows[i][key] for i in week) for week in weeks] for key, _, _ in specs}
    extras = [{"first": rows[w[0]]["date"], "last": rows[w[-1]]["date"]} for w in weeks]

    def series(key: str, title: str, color: str, values: list[float]) -> Series:
        return Series(
            key, title, color, values, [w[0] for w in weeks], extras=extras, members=weeks
        )

    rates = [
        100 * c / n if n else math.nan
        for c, n in zip(sums["converted"], sums["inquiries"], strict=True)
    ]
    return [
        BarChart(
            title=translate("ReportCharts", "Inquiries and the visits they became, by week"),
            table="rows",
            labels=[date_text(rows[w[0]]["date"]) for w in weeks],
            bars=[series(k, t, c, [float(v) for v in sums[k]]) for k, t, c in specs],
            overlay=True,
            line=series("rate", translate("ReportCharts", "Conversion"), LINE, rates),
            line_kind="share",
        )
    ]


def masters(result: ReportResult) -> list[Chart]:
    return [
        bars(
            result,
            "name",
            [("revenue", translate("ReportCharts", "Revenue"), PALETTE[0])],
            "money",
            horizontal=True,
            title=translate("ReportCharts", "Revenue by master"),
        )
    ]


def retention(result: ReportResult) -> list[Chart]:
    specs = [
        ("new_clients", translate("ReportCharts", "New clients"), PALETTE[0]),
        ("returned", translate("ReportCharts", "Returned"), GOOD),
    ]
    return [
        bars(
            result,
            "department",
            specs,
            "int",
            horizontal=True,
            title=translate(
                "ReportCharts", "First visits by department and how many came back within a year"
            ),
        )
    ]
