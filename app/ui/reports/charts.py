"""The charts of the client reports (reports.md "Charts"): growth, sources, referrals, churn,
lost, top, RFM, cohorts, segments; and ``CHARTS``, every report's charts by name.

``CHARTS[name](result)`` gives the report's panels: ``BarChart`` and
``GridChart`` descriptions that the plots draw. Values go through
``values.plotted`` (money in major units, shares in percent).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QCoreApplication

from app.reports.base import ReportResult
from app.reports.periods import months_of
from app.ui.reports import shop_charts
from app.ui.reports.chart_build import (
    ABC_COLORS,
    SEGMENT_COLORS,
    WINDOW,
    Chart,
    bars,
    table_of,
)
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
from app.ui.reports.values import label_text

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def growth(result: ReportResult) -> list[Chart]:
    return [
        bars(
            result,
            "month",
            [
                ("new_clients", translate("ReportCharts", "New clients"), GOOD),
                ("departed", translate("ReportCharts", "Departed"), BAD),
            ],
            "int",
            line=(
                "total_clients",
                translate("ReportCharts", "Total clients"),
                LINE,
            ),
            title=translate(
                "ReportCharts", "New and departed clients by month; the line is the client base"
            ),
        )
    ]


def sources(result: ReportResult) -> list[Chart]:
    specs = [
        ("new_clients", translate("ReportCharts", "New clients"), PALETTE[0]),
        ("inquiries", translate("ReportCharts", "Inquiries"), PALETTE[1]),
        ("converted", translate("ReportCharts", "Converted"), PALETTE[4]),
    ]
    return [
        bars(
            result,
            "source",
            specs,
            "int",
            horizontal=True,
            title=translate("ReportCharts", "By source"),
        )
    ]


def referrals(result: ReportResult) -> list[Chart]:
    return [
        bars(
            result,
            "referrer",
            [
                (
                    "referred",
                    translate("ReportCharts", "Clients referred"),
                    PALETTE[4],
                )
            ],
            "int",
            horizontal=True,
            limit=MAX_BARS,
            window=WINDOW,
            title=translate("ReportCharts", "Who brought new clients"),
        )
    ]


def churn(result: ReportResult) -> list[Chart]:
    by_reason = bars(
        result,
        "reason",
        [("clients", translate("ReportCharts", "Departed clients"), BAD)],
        "int",
        horizontal=True,
        title=translate("ReportCharts", "By reason"),
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
        title=translate("ReportCharts", "By month"),
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
            [
                (
                    "days_since_last",
                    translate("ReportCharts", "Days since the last visit"),
                    PALETTE[1],
                )
            ],
            "int",
            horizontal=True,
            limit=MAX_BARS,
            window=WINDOW,
            title=translate("ReportCharts", "Days since the last visit, richest clients first"),
        )
    ]


def top(result: ReportResult) -> list[Chart]:
    chart = bars(
        result,
        lambda row: str(row["rank"]),
        [("revenue", translate("ReportCharts", "Revenue"), ABC_COLORS["A"])],
        "money",
        line=(
            "cumulative_share",
            translate("ReportCharts", "Cumulative share"),
            LINE,
        ),
        line_kind="share",
        limit=MAX_BARS,
        window=60,
        title=translate(
            "ReportCharts", "Pareto: revenue by client (A, B, C) and the running share"
        ),
    )
    chart.bars[0].colors = [ABC_COLORS[r["abc"]] for r in result.rows[: len(chart.labels)]]
    params = result.params
    chart.ref_lines = [
        (
            float(params.abc_a) * 100,
            translate("ReportCharts", "A up to {0} %").format(f"{float(params.abc_a) * 100:g}"),
        ),
        (
            float(params.abc_b) * 100,
            translate("ReportCharts", "B up to {0} %").format(f"{float(params.abc_b) * 100:g}"),
        ),
    ]
    return [chart]


def rfm(result: ReportResult) -> list[Chart]:
    segments = bars(
        result,
        "segment",
        [("clients", translate("ReportCharts", "Clients"), NEUTRAL)],
        "int",
        table="segments",
        horizontal=True,
        title=translate("ReportCharts", "Clients by segment"),
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
        title=translate("ReportCharts", "Clients by recency (R) and frequency (F)"),
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
            title=translate(
                "ReportCharts", "Share of each cohort coming back, by month after the first visit"
            ),
            table="rows",
            x_labels=[f"+{k}" for k in range(width)],
            y_labels=[r["cohort"] for r in rows],
            values=values,
            rows=cells,
            key="retained",
            value_kind="share",
            cell_texts=texts,
            extras=extras,
            x_title=translate("ReportCharts", "Months after the first visit"),
            # Month +0 is always 100 %: the colours spread over the later months.
            top=float(np.nanmax(values[:, 1:]))
            if width > 1 and np.isfinite(values[:, 1:]).any()
            else None,
        )
    ]


def segments(result: ReportResult) -> list[Chart]:
    kinds = ("advocates", "complainers", "do_not_contact")
    by_kind = Counter(r["kind"] for r in result.rows)
    counts = [by_kind[kind] for kind in kinds]
    series = Series(
        "kind",
        translate("ReportCharts", "Clients"),
        NEUTRAL,
        [float(n) for n in counts],
        [None] * len(kinds),
        colors=[GOOD, BAD, "#9c755f"],
        extras=[{"kind": kind} for kind in kinds],
    )
    labels = [label_text(k) for k in kinds]
    return [
        BarChart(
            translate("ReportCharts", "Clients by kind"),
            "rows",
            labels,
            [series],
            horizontal=True,
        )
    ]


CHARTS: dict[str, Callable[[ReportResult], list[Chart]]] = {
    "growth": growth,
    "sources": sources,
    "referrals": referrals,
    "churn": churn,
    "lost": lost,
    "gaps": shop_charts.gaps,
    "trends": shop_charts.trends,
    "heatmap": shop_charts.heatmap,
    "top": top,
    "conversion": shop_charts.conversion,
    "masters": shop_charts.masters,
    "rfm": rfm,
    "cohorts": cohorts,
    "retention": shop_charts.retention,
    "segments": segments,
    "kpi": lambda _result: [],
}

__all__ = ["CHARTS", "bars", "table_of"]
