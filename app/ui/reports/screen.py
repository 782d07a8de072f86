"""What report screens share: a period, and computing only when on screen and out of date."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from app.ui.reports.tasks import Period


class LazyScreen(QWidget):
    """Recomputes when shown after its period or the data changed, never while hidden."""

    def __init__(self, period: Period, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.period = period
        self.stale = True

    def refresh(self) -> None:
        raise NotImplementedError

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
