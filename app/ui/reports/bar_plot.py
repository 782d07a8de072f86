"""Bars of a report: grouped or stacked, upright or lying, with a line on a second axis.

One ``BarGraphItem`` per series (pyqtgraph draws a series in one go); the
line, when there is one, lives in a second view box tied to the right axis
(growth's total clients, conversion's rate, the Pareto's running share with
its A/B lines).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QWheelEvent

from app.ui.reports.axes import CategoryAxis, ValueAxis
from app.ui.reports.chart_data import LINE, BarChart, Series, Target
from app.ui.reports.plot_base import ReportPlot
from app.ui.reports.values import plotted_text

MAX_LABEL = 24  # characters of a category name on a lying chart
GROUP = 0.8  # the share of a category slot the bars of one category take
ROW_PX = 20  # a lying chart's row height when it scrolls
COLUMN_PX = 12  # an upright chart's bar width when it scrolls


class BarPlot(ReportPlot):
    sig_wheel = Signal(int)
    """The wheel turned over a chart that shows a window of its rows: scroll by this many."""

    sig_window = Signal(int)
    """A scrolling chart now shows this many categories at once (it was resized)."""

    def __init__(
        self,
        chart: BarChart,
        rows: tuple[Mapping[str, Any], ...],
        currency: str,
        parent: Any = None,
    ) -> None:
        self.chart = chart
        self._rows = rows
        self._currency = currency
        value_side, category_side = ("bottom", "left") if chart.horizontal else ("left", "bottom")
        self.category_axis = CategoryAxis(category_side, [_elide(t) for t in chart.labels])
        axes: dict[str, pg.AxisItem] = {
            value_side: ValueAxis(value_side, chart.value_kind),
            category_side: self.category_axis,
        }
        if chart.line is not None:
            axes["right"] = ValueAxis("right", chart.line_kind)
        super().__init__(chart.table, parent, axes)
        self.bar_items: list[pg.BarGraphItem] = []  # one per series, in order
        self.line_item: pg.PlotDataItem | None = None
        self.line_box: pg.ViewBox | None = None
        self.ref_items: list[pg.InfiniteLine] = []
        self._slots: list[tuple[np.ndarray, np.ndarray, np.ndarray, float]] = []
        self._selected: set[int] = set()
        self.first = 0  # the first category shown when the chart scrolls
        self.shown = max(len(chart.labels), 1)  # categories shown at once
        self._draw_bars()
        if chart.line is not None:
            self._draw_line(chart.line)
        self._layout_categories()
        self.getPlotItem().vb.sigResized.connect(self._resized)

    @property
    def categories(self) -> int:
        return len(self.chart.labels)

    # --- drawing ----------------------------------------------------------------

    def _draw_bars(self) -> None:
        chart = self.chart
        n = len(chart.labels)
        series_count = len(chart.bars)
        shared = chart.stacked or chart.overlay or series_count == 1  # one slot per category
        width = 0.7 if shared else GROUP / series_count
        base = np.zeros(n)
        for s, series in enumerate(chart.bars):
            values = np.asarray(series.values, dtype=float)
            if shared:
                centers = np.arange(n, dtype=float)
            else:
                centers = np.arange(n) - GROUP / 2 + width * (s + 0.5)
            starts = base.copy() if chart.stacked else np.zeros(n)
            if chart.stacked:
                base = base + values
            self._slots.append((centers, starts, values, width))
            if chart.horizontal:
                item = pg.BarGraphItem(y=centers, height=width, x0=starts, width=values)
            else:
                item = pg.BarGraphItem(x=centers, width=width, y0=starts, height=values)
            item.setOpts(**self._look(series, set()))
            self.addItem(item)
            self.bar_items.append(item)
        if chart.horizontal:
            self.getPlotItem().invertY(True)
        if chart.total is not None and chart.total > n:
            self.getPlotItem().setTitle(
                self.tr("The first %n of %1 rows", "", n).replace("%1", str(chart.total)),
                size="9pt",
            )

    def _look(self, series: Series, selected: set[int]) -> dict[str, Any]:
        colors = series.colors or [series.color] * len(series.values)
        brushes, pens = [], []
        for index, color in enumerate(colors):
            chosen = any(row in selected for row in series.rows_of(index))
            brushes.append(pg.mkBrush(QColor(color).darker(140) if chosen else QColor(color)))
            pens.append(pg.mkPen("#111111", width=2) if chosen else pg.mkPen(None))
        return {"brushes": brushes, "pens": pens}

    def _draw_line(self, series: Series) -> None:
        item = self.getPlotItem()
        box = pg.ViewBox(enableMenu=False)
        box.setMouseEnabled(x=False, y=False)
        item.showAxis("right")
        item.scene().addItem(box)
        item.getAxis("right").linkToView(box)
        box.setXLink(item)
        x = np.arange(len(series.values), dtype=float)
        dots = len(series.values) <= 60
        self.line_item = pg.PlotDataItem(
            x,
            np.asarray(series.values, dtype=float),
            pen=pg.mkPen(series.color or LINE, width=2 if dots else 1.2),
            symbol="o" if dots else None,
            symbolSize=5,
            symbolBrush=series.color or LINE,
            symbolPen=None,
            connect="finite",
        )
        box.addItem(self.line_item)
        for value, text in self.chart.ref_lines:
            line = pg.InfiniteLine(
                pos=value,
                angle=0,
                pen=pg.mkPen("#888888", width=1, style=Qt.PenStyle.DashLine),
                label=text,
                labelOpts={"position": 0.97, "color": "#333333", "anchors": [(1, 1), (1, 1)]},
            )
            box.addItem(line)
            self.ref_items.append(line)
        if self.chart.line_kind == "share":
            top = 100.0  # a share axis always reads 0..100 %
        else:
            top = max([*series.values, *(v for v, _ in self.chart.ref_lines), 0.0]) * 1.05
        box.setYRange(0, top or 1, padding=0)
        box.setZValue(item.vb.zValue() + 1)  # the line over the bars
        self.line_box = box

        def follow() -> None:
            box.setGeometry(item.vb.sceneBoundingRect())
            box.linkedViewChanged(item.vb, box.XAxis)

        item.vb.sigResized.connect(follow)
        follow()

    def _layout_categories(self) -> None:
        item = self.getPlotItem()
        if self.chart.horizontal:
            metrics = QFontMetrics(self.category_axis.font())
            widest = max(
                (metrics.horizontalAdvance(t) for t in self.category_axis.labels), default=20
            )
            self.category_axis.setWidth(min(200, widest + 14))
        ends = [starts + values for _, starts, values, _ in self._slots]
        high = max((float(np.nanmax(e)) for e in ends if e.size), default=0.0)
        low = min((float(np.nanmin(s)) for _, s, _, _ in self._slots if s.size), default=0.0)
        # Zero at the axis (and level with the line's zero on the right).
        span = (min(0.0, low), (high or 1.0) * 1.05)
        if self.chart.horizontal:
            item.setXRange(*span, padding=0)
        else:
            item.setYRange(*span, padding=0)
        self._apply_window()

    def _resized(self) -> None:
        if self.chart.window:
            self._apply_window()
            self.sig_window.emit(self.shown)

    def visible_count(self) -> int:
        """How many categories fit: all, or for a scrolling chart as many as its size allows."""
        n = max(len(self.chart.labels), 1)
        if not self.chart.window:
            return n
        box = self.getPlotItem().vb
        pixels, per = (box.height(), ROW_PX) if self.chart.horizontal else (box.width(), COLUMN_PX)
        fits = int(pixels // per) if pixels > 0 else self.chart.window
        return max(3, min(n, fits))

    def _apply_window(self) -> None:
        self.shown = self.visible_count()
        n = max(len(self.chart.labels), 1)
        self.first = max(0, min(self.first, n - self.shown))
        low, high = self.first - 0.5, self.first + self.shown - 0.5
        if self.chart.horizontal:
            self.getPlotItem().setYRange(low, high, padding=0)
        else:
            self.getPlotItem().setXRange(low - 0.1, high + 0.1, padding=0)

    def scroll_to(self, first: int) -> None:
        """Show the categories from ``first`` on (a long ranked chart)."""
        self.first = first
        self._apply_window()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not self.chart.window:
            super().wheelEvent(event)
            return
        delta = event.angleDelta()
        self.sig_wheel.emit(-(delta.y() or delta.x()) // 40)
        event.accept()

    def highlight(self, rows: set[int]) -> None:
        self._selected = set(rows)
        for series, item in zip(self.chart.bars, self.bar_items, strict=True):
            item.setOpts(**self._look(series, self._selected))

    # --- elements: (series index, category index) --------------------------------

    def hit(self, point: QPointF) -> tuple[int, int] | None:
        """The bar under the point; in an upright grouped chart anywhere above its slot counts
        (a tiny bar stays easy to point at)."""
        along, value = (point.y(), point.x()) if self.chart.horizontal else (point.x(), point.y())
        index = int(np.floor(along + 0.5))
        if not 0 <= index < len(self.chart.labels):
            return None
        under = [
            s
            for s, (centers, _, _, width) in enumerate(self._slots)
            if abs(along - centers[index]) <= width / 2
        ]
        if self.chart.stacked:
            for s in under:
                _, starts, values, _ = self._slots[s]
                if starts[index] <= value <= starts[index] + values[index]:
                    return s, index
            return None
        if self.chart.overlay:  # the front-most bar reaching the point, else the back one
            reaching = [s for s in under if value <= self._slots[s][2][index]]
            return (reaching[-1] if reaching else under[0], index) if under else None
        return (under[0], index) if under else None

    def element_text(self, element: tuple[int, int]) -> str:
        _, index = element
        lines = [self.chart.labels[index]]
        for series in self.chart.bars:
            text = plotted_text(series.values[index], self.chart.value_kind, self._currency)
            lines.append(f"{series.title}: {text}")
        line = self.chart.line
        if line is not None:
            text = plotted_text(line.values[index], self.chart.line_kind, self._currency)
            lines.append(f"{line.title}: {text}")
        return "\n".join(lines)

    def element_row(self, element: tuple[int, int]) -> int | None:
        s, index = element
        return self.chart.bars[s].rows[index]

    def element_target(self, element: tuple[int, int]) -> Target:
        s, index = element
        return self.chart.target(self.chart.bars[s], index, self._rows)

    def element_center(self, element: tuple[int, int]) -> QPointF:
        s, index = element
        centers, starts, values, _ = self._slots[s]
        middle = float(starts[index] + values[index] / 2)
        along = float(centers[index])
        return QPointF(middle, along) if self.chart.horizontal else QPointF(along, middle)

    def elements_of_row(self, row: int) -> list[tuple[int, int]]:
        return [
            (s, i)
            for s, series in enumerate(self.chart.bars)
            for i in range(len(series.values))
            if row in series.rows_of(i)
        ]


def _elide(text: str) -> str:
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1] + "\u2026"
