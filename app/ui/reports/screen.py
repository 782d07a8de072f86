"""What report screens share: a period, and computing only when on screen and out of date."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from app.ui.reports.tasks import Period


class LazyScreen(QWidget):
    """Recomputes when shown after its period or the data changed, never while hidden."""

    refresh: Callable[[], None]
    """Each screen's own: compute and show it for ``period`` (clears ``stale``)."""

    def __init__(self, period: Period, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.period = period
        self.stale = True

    def set_period(self, period: Period) -> None:
        if period == self.period:
            return
        self.period = period
        self.mark_stale()

    def mark_stale(self) -> None:
        self.stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()


class Steps(QObject):
    """Draws a screen one piece per turn of the event loop (a table, then each chart), so no
    single turn holds the window for long; a new run drops the pieces of the old one."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._pending: list[Callable[[], None]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next)

    def run(self, steps: Iterable[Callable[[], None]]) -> None:
        self._pending = list(steps)
        self._timer.start()

    def _next(self) -> None:
        if self._pending:
            self._pending.pop(0)()
        if self._pending:
            self._timer.start()
