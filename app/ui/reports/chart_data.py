"""What a report chart draws, built from a ``ReportResult`` before any widget sees it.

A chart is bars (grouped, stacked, horizontal, with an optional line on a
second axis) or a grid of coloured cells. Every drawn value remembers the
report table row it comes from (for selection in sync with the table) and
what a double click on it should list (a ``Target`` for the drill-down).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

import numpy as np

# Tableau 10: distinct, readable on white, kind to colour-blind eyes.
PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
)
GOOD, BAD, NEUTRAL, LINE = "#59a14f", "#e15759", "#4e79a7", "#1f3a5f"
MAX_BARS = 500  # a ranked chart draws at most this many rows (the table has them all)


@dataclasses.dataclass(frozen=True)
class Target:
    """What was double-clicked: a table's row (or none), a column key, and more context."""

    table: str
    row: Mapping[str, Any] | None
    column: str
    extra: Mapping[str, Any] = dataclasses.field(default_factory=dict)


@dataclasses.dataclass
class Series:
    key: str  # the report column plotted (the drill-down's column)
    title: str
    color: str
    values: list[float]
    rows: list[int | None]  # the table row of each value
    colors: list[str] | None = None  # a colour per value (ABC classes), else ``color``
    extras: list[Mapping[str, Any]] | None = None  # drill context per value
    members: list[range] | None = None  # the table rows a value sums up (a week of days)

    def rows_of(self, index: int) -> range | tuple[int, ...]:
        """The table rows behind value ``index``."""
        if self.members is not None:
            return self.members[index]
        row = self.rows[index]
        return () if row is None else (row,)


@dataclasses.dataclass
class BarChart:
    title: str
    table: str  # the key of the table the rows refer to ("rows", "segments", ...)
    labels: list[str]
    bars: list[Series]
    value_kind: str = "int"
    stacked: bool = False
    horizontal: bool = False
    line: Series | None = None  # drawn on a second axis on the right
    line_kind: str = "int"
    ref_lines: list[tuple[float, str]] = dataclasses.field(default_factory=list)
    window: int | None = None  # categories shown at once; scroll for the rest
    total: int | None = None  # rows in the table when fewer are drawn
    overlay: bool = False  # series drawn over each other in one slot (a part over its whole)

    def target(self, series: Series, index: int, rows: tuple[Mapping[str, Any], ...]) -> Target:
        row = series.rows[index]
        extra = series.extras[index] if series.extras else {}
        return Target(self.table, rows[row] if row is not None else None, series.key, extra)


@dataclasses.dataclass
class GridChart:
    title: str
    table: str
    x_labels: list[str]
    y_labels: list[str]
    values: np.ndarray  # (len(y_labels), len(x_labels)) float32, NaN where no cell
    rows: dict[tuple[int, int], int]  # (x, y) -> table row
    key: str  # the column the cells show
    value_kind: str = "int"
    x_title: str = ""
    y_title: str = ""
    show_text: bool = True
    cell_texts: dict[tuple[int, int], str] | None = None  # text in a cell, else the value
    extras: dict[tuple[int, int], Mapping[str, Any]] | None = None
    top: float | None = None  # the value of the darkest colour (default: the largest)

    def target(self, x: int, y: int, rows: tuple[Mapping[str, Any], ...]) -> Target:
        row = self.rows.get((x, y))
        extra = (self.extras or {}).get((x, y), {})
        return Target(self.table, rows[row] if row is not None else None, self.key, extra)


def grid_values(height: int, width: int) -> np.ndarray:
    """An empty grid: C-contiguous float32 filled with NaN (transparent)."""
    return np.full((height, width), np.nan, dtype=np.float32)
