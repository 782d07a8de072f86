"""The Reports section: the dashboard and one screen per report, over one period."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QStackedWidget, QVBoxLayout, QWidget

from app.services.changes import Changes
from app.services.reporting import may_read
from app.ui.context import UiContext
from app.ui.reports.dashboard import DashboardView
from app.ui.reports.period import PeriodBar
from app.ui.reports.screen import LazyScreen
from app.ui.reports.tasks import Period, settle_heap
from app.ui.reports.view import ReportView, report_title

DASHBOARD = "dashboard"
SCREENS = (
    DASHBOARD,
    "kpi",
    "growth",
    "sources",
    "referrals",
    "churn",
    "lost",
    "segments",
    "rfm",
    "top",
    "cohorts",
    "retention",
    "gaps",
    "trends",
    "masters",
    "heatmap",
    "conversion",
)
REFRESH_AFTER_CHANGE_MS = 1000  # a burst of writes recomputes once


class ReportsPage(QWidget):
    sig_screen_shown = Signal(str)
    """A screen finished showing its computed report (the screen's key)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.period_bar = PeriodBar(ctx.clock.today(), ctx.settings)
        self.period_bar.sig_changed.connect(self._period_changed)
        self.navigation = QListWidget()
        self.navigation.setObjectName("reportNavigation")
        self.keys = [k for k in SCREENS if k == DASHBOARD or may_read(ctx.actor, k)]
        """The screens this role may open, in the list's order."""
        for key in self.keys:
            self.navigation.addItem(self.tr("Dashboard") if key == DASHBOARD else report_title(key))
        # As wide as the longest title: Ukrainian titles run ~30% longer than English.
        longest = self.navigation.sizeHintForColumn(0) + 2 * self.navigation.frameWidth() + 8
        self.navigation.setFixedWidth(max(180, longest))
        self.stack = QStackedWidget()
        self.screens: dict[str, LazyScreen] = {}
        self.navigation.currentRowChanged.connect(lambda row: self.open_screen(self.keys[row]))

        right = QVBoxLayout()
        right.addWidget(self.period_bar)
        right.addWidget(self.stack, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.navigation)
        layout.addLayout(right, 1)

        self._changed = QTimer(self)
        self._changed.setSingleShot(True)
        self._changed.setInterval(REFRESH_AFTER_CHANGE_MS)
        self._changed.timeout.connect(self._data_changed)
        ctx.events.sig_data_changed.connect(self._on_changes)

        settle_heap()  # the program's start-up objects: no full collection walks them
        last = str(ctx.settings.value("reports/screen", DASHBOARD))
        self.navigation.setCurrentRow(self.keys.index(last) if last in self.keys else 0)

    def open_screen(self, key: str) -> LazyScreen:
        """Show a screen (made the first time it is asked for)."""
        screen = self.screens.get(key)
        if screen is None:
            screen = self._make(key)
            self.screens[key] = screen
            self.stack.addWidget(screen)
        row = self.keys.index(key)
        if self.navigation.currentRow() != row:
            self.navigation.setCurrentRow(row)  # comes back here through the signal
            return screen
        self.stack.setCurrentWidget(screen)
        self._ctx.settings.setValue("reports/screen", key)
        return screen

    def _make(self, key: str) -> LazyScreen:
        period = self.period_bar.period()
        if key == DASHBOARD:
            dashboard = DashboardView(self._ctx, period)
            dashboard.sig_open_report.connect(self.open_screen)
            dashboard.sig_shown.connect(self.sig_screen_shown)
            return dashboard
        view = ReportView(self._ctx, key, period)
        view.sig_shown.connect(self.sig_screen_shown)
        return view

    def current_key(self) -> str:
        return self.keys[self.navigation.currentRow()]

    def _period_changed(self, period: Period) -> None:
        for screen in self.screens.values():
            screen.set_period(period)

    def _on_changes(self, _changes: Changes) -> None:
        self._changed.start()

    def _data_changed(self) -> None:
        for screen in self.screens.values():
            screen.mark_stale()
