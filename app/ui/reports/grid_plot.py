"""A grid of coloured cells: busy hours, the RFM r x f grid, the gaps matrix, cohorts.

One ``ImageItem`` over a C-contiguous float32 array with explicit levels
(pyqtgraph guesses levels badly otherwise); NaN cells are left transparent
(the cohorts' triangle, the matrix diagonal). Cell ``(x, y)`` covers
[x, x + 1] x [y, y + 1] in view coordinates, the first row at the top.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsRectItem

from app.ui.reports.axes import CategoryAxis
from app.ui.reports.chart_data import GridChart, Target
from app.ui.reports.plot_base import ReportPlot
from app.ui.reports.values import plotted_text

LOW, HIGH = QColor("#f2f6fb"), QColor("#1f4e8c")


class CellTexts(pg.GraphicsObject):
    """The numbers in the cells, drawn by one item at a fixed pixel size (a ``TextItem`` per
    cell costs about a millisecond each to make: 168 of them blocked the window)."""

    def __init__(self, cells: list[tuple[int, int, str, bool]], shape: tuple[int, ...]) -> None:
        super().__init__()
        self.cells = cells  # (x, y, text, on a dark cell)
        self._rect = QRectF(0, 0, shape[1], shape[0])

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, *_args: object) -> None:
        transform = painter.transform()
        painter.save()
        painter.resetTransform()
        metrics = painter.fontMetrics()
        cell = transform.mapRect(QRectF(0, 0, 1, 1))
        for x, y, text, dark in self.cells:
            if metrics.horizontalAdvance(text) > abs(cell.width()) - 2:
                continue  # no room: the tooltip tells
            center = transform.map(QPointF(x + 0.5, y + 0.5))
            painter.setPen(QColor("#ffffff" if dark else "#222222"))
            box = QRectF(center.x() - 60, center.y() - 10, 120, 20)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


class GridPlot(ReportPlot):
    def __init__(
        self,
        chart: GridChart,
        rows: tuple[Mapping[str, Any], ...],
        currency: str,
        parent: Any = None,
    ) -> None:
        self.chart = chart
        self._rows = rows
        self._currency = currency
        axes = {
            "bottom": CategoryAxis("bottom", chart.x_labels, 0.5),
            "left": CategoryAxis("left", chart.y_labels, 0.5),
        }
        super().__init__(chart.table, parent, axes)
        item = self.getPlotItem()
        values = np.ascontiguousarray(chart.values, dtype=np.float32)
        finite = values[np.isfinite(values)]
        top = chart.top if chart.top is not None else float(finite.max()) if finite.size else 0.0
        self.levels = (0.0, top if top > 0 else 1.0)
        colors = pg.ColorMap([0.0, 1.0], [LOW, HIGH])
        self.image = pg.ImageItem(values, axisOrder="row-major", levels=self.levels)
        self.image.setLookupTable(colors.getLookupTable(nPts=256))
        item.addItem(self.image)
        item.invertY(True)
        item.setLabel("bottom", chart.x_title)
        item.setLabel("left", chart.y_title)
        item.setXRange(0, len(chart.x_labels), padding=0.01)
        item.setYRange(0, len(chart.y_labels), padding=0.01)
        self.cell_texts: CellTexts | None = None
        if chart.show_text:
            self._write_cells(values, top)
        self._outlines: list[QGraphicsRectItem] = []

    def _write_cells(self, values: np.ndarray, top: float) -> None:
        texts = self.chart.cell_texts or {}
        cells = []
        for y in range(values.shape[0]):
            for x in range(values.shape[1]):
                value = values[y, x]
                if not np.isfinite(value):
                    continue
                text = texts.get((x, y)) or plotted_text(
                    float(value), self.chart.value_kind, self._currency
                )
                cells.append((x, y, text, bool(top > 0 and value / top > 0.55)))
        self.cell_texts = CellTexts(cells, values.shape)
        self.addItem(self.cell_texts)

    def highlight(self, rows: set[int]) -> None:
        for outline in self._outlines:
            self.removeItem(outline)
        self._outlines = []
        for (x, y), row in self.chart.rows.items():
            if row in rows:
                outline = QGraphicsRectItem(QRectF(x, y, 1, 1))
                pen = QPen(QColor("#e15759"))
                pen.setWidthF(3)
                pen.setCosmetic(True)
                outline.setPen(pen)
                self.addItem(outline)
                self._outlines.append(outline)

    # --- elements: (x, y) cells ---------------------------------------------------

    def hit(self, point: QPointF) -> tuple[int, int] | None:
        x, y = int(np.floor(point.x())), int(np.floor(point.y()))
        height, width = self.chart.values.shape
        if not (0 <= x < width and 0 <= y < height) or not np.isfinite(self.chart.values[y, x]):
            return None
        return x, y

    def element_text(self, element: tuple[int, int]) -> str:
        x, y = element
        value = plotted_text(float(self.chart.values[y, x]), self.chart.value_kind, self._currency)
        return f"{self.chart.y_labels[y]}, {self.chart.x_labels[x]}: {value}"

    def element_row(self, element: tuple[int, int]) -> int | None:
        return self.chart.rows.get(element)

    def element_target(self, element: tuple[int, int]) -> Target:
        return self.chart.target(*element, self._rows)

    def element_center(self, element: tuple[int, int]) -> QPointF:
        return QPointF(element[0] + 0.5, element[1] + 0.5)
