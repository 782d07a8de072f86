"""The chart of each report (reports.md "Charts"), built from its ``ReportResult``.

``CHARTS[name](result)`` gives the report's panels: ``BarChart`` and
``GridChart`` descriptions that the plots draw. Values go through
``values.plotted`` (money in major units, shares in percent).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication

from app.reports.base import ReportResult, Table
from app.reports.periods import months_of
from app.ui.format import date_text
from app.ui.reports.chart_data import (
    BAD,
    GOOD,
    LINE,
    MAX_BARS,
    NEUTRAL,
    PALETTE,
    BarChart,
    GridChart,
    Series,
    grid_values,
)
from app.ui.reports.values import label_text, plotted, weekday_text

Chart = BarChart | GridChart
SeriesSpec = tuple[str, str, str]  # (column key, title, colour)
WINDOW = 20  # rows of a lying ranked chart shown at once
ABC_COLORS = {"A": "#4e79a7", "B": "#f28e2b", "C": "#bab0ac"}
SEGMENT_COLORS = dict(
    zip(
        ("champions", "promising", "new", "loyal", "needs_attention", "at_risk", "hibernating"),
        ("#59a14f", "#8cd17d", "#76b7b2", "#4e79a7", "#edc948", "#e15759", "#9c755f"),
        strict=True,
    )
)


def tr(text: str) -> str:
    return QCoreApplication.translate("ReportCharts", text)


def table_of(result: ReportResult, key: str) -> Table:
    if key == "rows":
        return result.table
    extra = result.extras[key]
    assert isinstance(extra, Table)
    return extra


def bars(
    result: ReportResult,
    label: str | Callable[[Mapping[str, Any]], str],
    specs: Sequence[SeriesSpec],
    kind: str,
    *,
    title: str = "",
    table: str = "rows",
    horizontal: bool = False,
    line: SeriesSpec | None = None,
    line_kind: str = "int",
    limit: int | None = None,
    window: int | None = None,
    overlay: bool = False,
) -> BarChart:
    """One bar per row of a table for each (key, title, colour), in the table's order."""
    rows = table_of(result, table).rows
    shown = rows[:limit] if limit else rows
    index = list(range(len(shown)))

    def text(row: Mapping[str, Any]) -> str:
        return label(row) if callable(label) else label_text(str(row[label]))

    def series(spec: SeriesSpec, kind_of_values: str, gaps: bool = False) -> Series:
        """``gaps``: a missing value (a rate of nothing) is left out (NaN), not drawn as 0."""
        key, name, color = spec
        values = [
            math.nan if gaps and r[key] is None else plotted(r[key], kind_of_values) for r in shown
        ]
        return Series(key, name, color, values, index)

    return BarChart(
        title=title,
        table=table,
        labels=[text(r) for r in shown],
        bars=[series(spec, kind) for spec in specs],
        value_kind=kind,
        horizontal=horizontal,
        line=series(line, line_kind, gaps=True) if line else None,
        line_kind=line_kind,
        window=window if window and len(shown) > window else None,
        total=len(rows),
        overlay=overlay,
    )


# --- the reports ----------------------------------------------------------------------


def growth(result: ReportResult) -> list[Chart]:
    return [
        bars(
            result,
            "month",
            [("new_clients", tr("New clients"), GOOD), ("departed", tr("Departed"), BAD)],
            "int",
            line=("total_clients", tr("Total clients"), LINE),
            title=tr("New and departed clients by month; the line is the client base"),
        )
    ]


def sources(result: ReportResult) -> list[Chart]:
    specs = [
        ("new_clients", tr("New clients"), PALETTE[0]),
        ("inquiries", tr("Inquiries"), PALETTE[1]),
        ("converted", tr("Converted"), PALETTE[4]),
    ]
    return [bars(result, "source", specs, "int", horizontal=True, title=tr("By source"))]


def referrals(result: ReportResult) -> list[Chart]:
    return [
        bars(
            result,
            "referrer",
            [("referred", tr("Clients referred"), PALETTE[4])],
            "int",
            horizontal=True,
            limit=MAX_BARS,
            window=WINDOW,
            title=tr("Who brought new clients"),
        )
    ]


def churn(result: ReportResult) -> list[Chart]:
    by_reason = bars(
        result,
        "reason",
        [("clients", tr("Departed clients"), BAD)],
        "int",
        horizontal=True,
        title=tr("By reason"),
    )
    params = result.params
    months = months_of(params.date_from, params.date_to)
    reasons = [(r["reason_id"], r["reason"]) for r in result.rows]
    counts: dict[tuple[str, str], int] = {}
    for client in table_of(result, "clients").rows:
        key = (client["left_on"].isoformat()[:7], client["reason"])
        counts[key] = counts.get(key, 0) + 1
    series = [
        Series(
            "clients",
            name,
            PALETTE[n % len(PALETTE)],
            [float(counts.get((m.key, name), 0)) for m in months],
            [None] * len(months),
            extras=[
                {"reason_id": reason_id, "first": m.first, "last": m.last, "month": m.key}
                for m in months
            ],
        )
        for n, (reason_id, name) in enumerate(reasons)
    ]
    monthly = BarChart(
        title=tr("By month"),
        table="clients",
        labels=[m.key for m in months],
        bars=series,
        stacked=True,
    )
    return [by_reason, monthly]


def lost(result: ReportResult) -> list[Chart]:
    return [
        bars(
            result,
            "name",
            [("days_since_last", tr("Days since the last visit"), PALETTE[1])],
            "int",
            horizontal=True,
            limit=MAX_BARS,
            window=WINDOW,
            title=tr("Days since the last visit, richest clients first"),
        )
    ]


def gaps(result: ReportResult) -> list[Chart]:
    penetration = bars(
        result,
        "department",
        [("penetration", tr("Active clients using it"), NEUTRAL)],
        "share",
        horizontal=True,
        title=tr("Share of active clients using each department"),
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
        title=tr("Used the row's department but not the column's"),
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
    chart = BarChart(tr("Revenue by month and department"), "rows", months, series, "money")
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
            title=tr("Completed visits by weekday and hour"),
            table="rows",
            x_labels=[str(h) for h in range(24)],
            y_labels=[weekday_text(d) for d in range(1, 8)],
            values=values,
            rows=cells,
            key="visits",
            x_title=tr("Hour"),
        )
    ]


def top(result: ReportResult) -> list[Chart]:
    chart = bars(
        result,
        lambda row: str(row["rank"]),
        [("revenue", tr("Revenue"), ABC_COLORS["A"])],
        "money",
        line=("cumulative_share", tr("Cumulative share"), LINE),
        line_kind="share",
        limit=MAX_BARS,
        window=60,
        title=tr("Pareto: revenue by client (A, B, C) and the running share"),
    )
    chart.bars[0].colors = [ABC_COLORS[r["abc"]] for r in result.rows[: len(chart.labels)]]
    params = result.params
    chart.ref_lines = [
        (float(params.abc_a) * 100, tr("A up to {0} %").format(f"{float(params.abc_a) * 100:g}")),
        (float(params.abc_b) * 100, tr("B up to {0} %").format(f"{float(params.abc_b) * 100:g}")),
    ]
    return [chart]


DAILY_UP_TO = 92  # days; a longer period is drawn by week (the table stays by day)


def conversion(result: ReportResult) -> list[Chart]:
    specs = [("inquiries", tr("Inquiries"), PALETTE[0]), ("converted", tr("Converted"), GOOD)]
    rows = result.rows
    if len(rows) <= DAILY_UP_TO:
        return [
            bars(
                result,
                lambda row: date_text(row["date"]),
                specs,
                "int",
                line=("rate", tr("Conversion"), LINE),
                line_kind="share",
                overlay=True,
                title=tr("Inquiries and the visits they became, by day"),
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
            title=tr("Inquiries and the visits they became, by week"),
            table="rows",
            labels=[date_text(rows[w[0]]["date"]) for w in weeks],
            bars=[series(k, t, c, [float(v) for v in sums[k]]) for k, t, c in specs],
            overlay=True,
            line=series("rate", tr("Conversion"), LINE, rates),
            line_kind="share",
        )
    ]


def masters(result: ReportResult) -> list[Chart]:
    return [
        bars(
            result,
            "name",
            [("revenue", tr("Revenue"), PALETTE[0])],
            "money",
            horizontal=True,
            title=tr("Revenue by master"),
        )
    ]


def rfm(result: ReportResult) -> list[Chart]:
    segments = bars(
        result,
        "segment",
        [("clients", tr("Clients"), NEUTRAL)],
        "int",
        table="segments",
        horizontal=True,
        title=tr("Clients by segment"),
    )
    segments.bars[0].colors = [
        SEGMENT_COLORS[r["segment"]] for r in table_of(result, "segments").rows
    ]
    values = grid_values(5, 5)
    cells = {}
    for n, row in enumerate(table_of(result, "grid").rows):
        x, y = row["f"] - 1, 5 - row["r"]
        values[y, x] = row["clients"]
        cells[x, y] = n
    grid = GridChart(
        title=tr("Clients by recency (R) and frequency (F)"),
        table="grid",
        x_labels=[f"F{f}" for f in range(1, 6)],
        y_labels=[f"R{r}" for r in range(5, 0, -1)],
        values=values,
        rows=cells,
        key="clients",
    )
    return [segments, grid]


def cohorts(result: ReportResult) -> list[Chart]:
    rows = result.rows
    width = max((len(r["retained"]) for r in rows), default=1)
    values = grid_values(max(len(rows), 1), width)
    cells, texts, extras = {}, {}, {}
    for y, row in enumerate(rows):
        for k, count in enumerate(row["retained"]):
            values[y, k] = 100 * count / row["size"]
            cells[k, y] = y
            extras[k, y] = {"k": k}
            texts[k, y] = f"{values[y, k]:.0f}%"
    return [
        GridChart(
            title=tr("Share of each cohort coming back, by month after the first visit"),
            table="rows",
            x_labels=[f"+{k}" for k in range(width)],
            y_labels=[r["cohort"] for r in rows],
            values=values,
            rows=cells,
            key="retained",
            value_kind="share",
            cell_texts=texts,
            extras=extras,
            x_title=tr("Months after the first visit"),
            # Month +0 is always 100 %: the colours spread over the later months.
            top=float(np.nanmax(values[:, 1:]))
            if width > 1 and np.isfinite(values[:, 1:]).any()
            else None,
        )
    ]


def retention(result: ReportResult) -> list[Chart]:
    specs = [("new_clients", tr("New clients"), PALETTE[0]), ("returned", tr("Returned"), GOOD)]
    return [
        bars(
            result,
            "department",
            specs,
            "int",
            horizontal=True,
            title=tr("First visits by department and how many came back within a year"),
        )
    ]


def segments(result: ReportResult) -> list[Chart]:
    kinds = ("advocates", "complainers", "do_not_contact")
    counts = [sum(1 for r in result.rows if r["kind"] == kind) for kind in kinds]
    series = Series(
        "kind",
        tr("Clients"),
        NEUTRAL,
        [float(n) for n in counts],
        [None] * len(kinds),
        colors=[GOOD, BAD, "#9c755f"],
        extras=[{"kind": kind} for kind in kinds],
    )
    labels = [label_text(k) for k in kinds]
    return [BarChart(tr("Clients by kind"), "rows", labels, [series], horizontal=True)]


CHARTS: dict[str, Callable[[ReportResult], list[Chart]]] = {
    "growth": growth,
    "sources": sources,
    "referrals": referrals,
    "churn": churn,
    "lost": lost,
    "gaps": gaps,
    "trends": trends,
    "heatmap": heatmap,
    "top": top,
    "conversion": conversion,
    "masters": masters,
    "rfm": rfm,
    "cohorts": cohorts,
    "retention": retention,
    "segments": segments,
    "kpi": lambda _result: [],
}
