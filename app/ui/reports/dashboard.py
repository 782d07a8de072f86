"""The owner's dashboard: key numbers with their changes, and four small charts.

The key numbers come from the kpi report; the charts are growth, churn by
reason, department penetration (gaps) and the top spenders. A double click
on a chart element drills down as on the report's own screen; "Open" goes to
that screen.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.reports.base import ReportResult
from app.services.reporting import may_read
from app.ui.context import UiContext
from app.ui.format import date_text
from app.ui.reports import charts
from app.ui.reports.busy import BusyOverlay
from app.ui.reports.chart_data import PALETTE, BarChart
from app.ui.reports.chart_panel import ChartPanel
from app.ui.reports.clients_dialog import ClientListDialog
from app.ui.reports.drill import ClientList, drill
from app.ui.reports.kpi_cards import KpiCards
from app.ui.reports.screen import LazyScreen, Steps
from app.ui.reports.tasks import DashboardData, Period, compute_dashboard, settle_heap
from app.ui.reports.view import report_title
from app.ui.worker import Latest

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

MINI = ("growth", "churn", "gaps", "top")
MINI_HEIGHT = 225


def mini_chart(name: str, result: ReportResult) -> BarChart:
    """The small chart of a report on the dashboard."""
    if name == "top":
        return charts.bars(
            result,
            "name",
            [("revenue", translate("ReportCharts", "Revenue"), PALETTE[0])],
            "money",
            horizontal=True,
            title=translate("ReportCharts", "Top spenders"),
        )
    chart = charts.CHARTS[name](result)[0]
    assert isinstance(chart, BarChart)
    return chart


class DashboardView(LazyScreen):
    sig_open_report = Signal(str)
    """The person asked for a report's own screen (its name)."""

    sig_shown = Signal(str)
    """The dashboard is filled ("dashboard")."""

    def __init__(self, ctx: UiContext, period: Period, parent: QWidget | None = None) -> None:
        super().__init__(period, parent)
        self._ctx = ctx
        self._latest = Latest(ctx.worker)
        self._steps = Steps(self)
        self.data: DashboardData | None = None
        self.heading = QLabel("<b>" + self.tr("Dashboard") + "</b>")
        self.heading.setStyleSheet("font-size: 12pt;")
        self.status = QLabel()
        self.status.setStyleSheet("color: #555;")
        self.cards = KpiCards()
        self.boxes: dict[str, QVBoxLayout] = {}
        self.panels: dict[str, ChartPanel] = {}
        grid = QGridLayout()
        grid.setSpacing(10)
        self.mini = [name for name in MINI if may_read(ctx.actor, name)]
        for n, name in enumerate(self.mini):
            frame = QFrame()
            frame.setObjectName("miniChart")
            frame.setStyleSheet("#miniChart { border: 1px solid #d8dee4; border-radius: 6px; }")
            box = QVBoxLayout(frame)
            top = QHBoxLayout()
            top.addWidget(QLabel(f"<b>{report_title(name)}</b>"))
            top.addStretch(1)
            button = QPushButton(self.tr("Open"))
            button.setFlat(True)
            button.clicked.connect(partial(self.sig_open_report.emit, name))
            top.addWidget(button)
            box.addLayout(top)
            self.boxes[name] = box
            frame.setFixedHeight(MINI_HEIGHT)
            grid.addWidget(frame, n // 2, n % 2)
        for row in range(2):
            grid.setRowStretch(row, 1)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.cards)
        body.addLayout(grid, 1)
        self.busy = BusyOverlay(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addWidget(self.heading)
        header.addSpacing(12)
        header.addWidget(self.status, 1)
        layout.addLayout(header)
        scroll = QScrollArea()  # a small window scrolls rather than squashing the charts
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        layout.addWidget(scroll, 1)

    def refresh(self) -> None:
        self.stale = False
        self.busy.set_busy(True)
        work = partial(compute_dashboard, period=self.period)
        self._latest.read(work, self._show, name="dashboard")

    def _show(self, data: DashboardData) -> None:
        self.data = data
        kpi = data.results.get("kpi")
        params = data.results["growth"].params
        self.status.setText(
            self.tr("%1 to %2, as of %3; changes against the previous period and a year ago")
            .replace("%1", date_text(params.date_from))
            .replace("%2", date_text(params.date_to))
            .replace("%3", date_text(params.as_of))
        )
        self.cards.setVisible(kpi is not None)  # key numbers are money: the owner's
        if kpi is not None:
            self.cards.show_rows(kpi.rows, data.currency)
        panels = [partial(self._add_panel, name, data) for name in self.mini]
        self._steps.run([*panels, self._shown])

    def _add_panel(self, name: str, data: DashboardData) -> None:
        result = data.results[name]
        old = self.panels.pop(name, None)
        if old is not None:
            self.boxes[name].removeWidget(old)
            old.deleteLater()
        chart = mini_chart(name, result)
        panel = ChartPanel(chart, charts.table_of(result, chart.table).rows, data.currency)
        panel.title.setVisible(False)  # the box has the report's title
        if panel.plot is not None:
            panel.plot.sig_activated.connect(partial(self._activated, result))
        self.boxes[name].addWidget(panel, 1)
        self.panels[name] = panel

    def _shown(self) -> None:
        settle_heap()
        self.busy.set_busy(False)
        self.sig_shown.emit("dashboard")

    def _activated(self, result: ReportResult, target: object) -> None:
        found = drill(result, target)  # type: ignore[arg-type]
        if isinstance(found, int):
            self._ctx.events.sig_open_client.emit(found)
        elif isinstance(found, ClientList):
            ClientListDialog(self._ctx, found, self).show()
