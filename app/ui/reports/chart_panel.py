"""A chart with its title, and a scroll bar when a ranked chart has more rows than fit."""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollBar, QVBoxLayout, QWidget

from app.ui.reports.bar_plot import BarPlot
from app.ui.reports.chart_data import BarChart, GridChart
from app.ui.reports.grid_plot import GridPlot
from app.ui.reports.plot_base import ReportPlot


def is_empty(chart: BarChart | GridChart) -> bool:
    if isinstance(chart, GridChart):
        return not np.isfinite(chart.values).any()
    return not chart.labels or not any(v for s in chart.bars for v in s.values)


def legend_html(chart: BarChart | GridChart) -> str:
    """Coloured squares naming the series when there is more than one (and the line)."""
    if not isinstance(chart, BarChart) or (len(chart.bars) < 2 and chart.line is None):
        return ""
    parts = [
        f"<span style='color:{s.color}'>\u25a0</span>&nbsp;{html.escape(s.title)}"
        for s in chart.bars
    ]
    if chart.line is not None:
        line = chart.line
        parts.append(
            f"<span style='color:{line.color}'>\u2501</span>&nbsp;{html.escape(line.title)}"
        )
    return "<span style='color:#444'>" + " &nbsp; ".join(parts) + "</span>"


def make_plot(chart: BarChart | GridChart, rows: Any, currency: str) -> ReportPlot:
    if isinstance(chart, GridChart):
        return GridPlot(chart, rows, currency)
    return BarPlot(chart, rows, currency)


class ChartPanel(QWidget):
    """One chart of a report screen; ``plot`` is None when the chart has nothing to draw."""

    def __init__(
        self,
        chart: BarChart | GridChart,
        rows: tuple[Mapping[str, Any], ...],
        currency: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.chart = chart
        self.title = QLabel(chart.title)
        self.title.setStyleSheet("font-weight: 600; color: #333;")
        self.title.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        self.legend = QLabel(legend_html(chart))
        self.legend.setWordWrap(True)
        self.legend.setVisible(bool(self.legend.text()))
        layout.addWidget(self.legend)
        self.plot: ReportPlot | None = None
        self.scroll_bar: QScrollBar | None = None
        if is_empty(chart):
            empty = QLabel(self.tr("Nothing in this period"))
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            empty.setStyleSheet("color: #777; background: white; border: 1px solid #e3e6ea;")
            layout.addWidget(empty, 1)
            return
        self.plot = make_plot(chart, rows, currency)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.plot, 1)
        if isinstance(chart, BarChart) and chart.window:
            vertical = chart.horizontal
            self.scroll_bar = QScrollBar(
                Qt.Orientation.Vertical if vertical else Qt.Orientation.Horizontal
            )
            self._fit_scroll_bar(self.plot.shown)
            self.scroll_bar.valueChanged.connect(self.plot.scroll_to)
            self.plot.sig_window.connect(self._fit_scroll_bar)
            self.plot.sig_wheel.connect(
                lambda steps: self.scroll_bar.setValue(self.scroll_bar.value() + steps)
            )
            if vertical:
                row.addWidget(self.scroll_bar)
            else:
                layout.addLayout(row, 1)
                layout.addWidget(self.scroll_bar)
                return
        layout.addLayout(row, 1)

    def _fit_scroll_bar(self, shown: int) -> None:
        assert self.scroll_bar is not None
        self.scroll_bar.setRange(0, max(0, len(self.chart.labels) - shown))  # type: ignore[union-attr]
        self.scroll_bar.setPageStep(shown)

    def highlight(self, table: str, rows: set[int]) -> None:
        """Mark the drawn elements of these rows of ``table`` and bring the first into view."""
        if self.plot is None or self.plot.table != table:
            return
        self.plot.highlight(rows)
        if self.scroll_bar is not None and rows and isinstance(self.plot, BarPlot):
            first = min(
                (i for row in rows for _, i in self.plot.elements_of_row(row)), default=None
            )
            window = self.plot.shown
            value = self.scroll_bar.value()
            if first is not None and not value <= first < value + window:
                self.scroll_bar.setValue(max(0, first - window // 2))
