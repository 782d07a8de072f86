"""Building blocks of the report charts: bars from a table's rows, colours, tables by key."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from app.reports.base import ReportResult, Table
from app.ui.reports.chart_data import BarChart, GridChart, Series
from app.ui.reports.values import label_text, plotted

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
