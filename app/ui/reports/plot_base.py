"""What bar and grid plots share: a quiet white plot, hover tooltips, clicks on elements.

A subclass says which element lies under a point of the view (``hit``), how
that element reads in a tooltip, which table row it is and what a double
click on it lists. Clicking an element selects its row in the table;
double-clicking it asks for a drill-down.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QPoint, QPointF, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QToolTip

from app.ui.reports.chart_data import Target

AXIS_PEN = "#555555"
BACKGROUND = "w"


class ReportPlot(pg.PlotWidget):
    # What each plot provides (its own methods; Shiboken's metaclass does not mix with ABCMeta).
    hit: Callable[[QPointF], Any]
    """The element under a point (view coordinates of the main view box), or None."""
    element_text: Callable[[Any], str]
    """How an element reads in a tooltip."""
    element_row: Callable[[Any], int | None]
    """The table row an element stands for."""
    element_target: Callable[[Any], Target]
    """What a double click on an element lists."""
    element_center: Callable[[Any], QPointF]
    """The middle of an element in view coordinates (tests click there)."""

    sig_row_clicked = Signal(str, int)
    """An element of table (key) row (number) was clicked: select that row."""

    sig_activated = Signal(object)
    """An element was double-clicked: list the clients behind it (a ``Target``)."""

    def __init__(
        self, table: str, parent: Any = None, axis_items: dict[str, pg.AxisItem] | None = None
    ) -> None:
        # No context menus: building them is most of a plot's making (and they are not used).
        super().__init__(parent, background=BACKGROUND, axisItems=axis_items, enableMenu=False)
        self.table = table
        self.last_tooltip = ""
        item = self.getPlotItem()
        item.hideButtons()
        item.setMouseEnabled(x=False, y=False)
        for name in ("left", "bottom", "right"):
            axis = item.getAxis(name)
            axis.setPen(AXIS_PEN)
            axis.setTextPen(AXIS_PEN)
        item.showGrid(x=False, y=False)
        self.scene().sigMouseMoved.connect(self._moved)
        self.scene().sigMouseClicked.connect(self._clicked)

    # --- mouse ------------------------------------------------------------------

    def widget_point(self, element: Any) -> QPoint:
        """Where an element is drawn, in this widget's viewport coordinates."""
        scene_point = self.getPlotItem().vb.mapViewToScene(self.element_center(element))
        return self.mapFromScene(scene_point)

    def tooltip_at(self, scene_point: QPointF) -> str:
        view_point = self.getPlotItem().vb.mapSceneToView(scene_point)
        element = self.hit(view_point)
        return "" if element is None else self.element_text(element)

    def _moved(self, scene_point: QPointF) -> None:
        text = self.tooltip_at(scene_point)
        if text != self.last_tooltip:
            self.last_tooltip = text
            if text:
                QToolTip.showText(QCursor.pos(), text, self)
            else:
                QToolTip.hideText()

    def _clicked(self, event: Any) -> None:
        view_point = self.getPlotItem().vb.mapSceneToView(event.scenePos())
        element = self.hit(view_point)
        if element is None:
            return
        if event.double():
            self.sig_activated.emit(self.element_target(element))
            return
        row = self.element_row(element)
        if row is not None:
            self.sig_row_clicked.emit(self.table, row)
