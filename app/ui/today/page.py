"""Today: the headline numbers of the shop, refreshed whenever data changes."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.services.changes import Changes
from app.services.overview import Overview, database_overview
from app.ui.context import UiContext


class TodayPage(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self._ctx = ctx
        self.summary = QLabel(self.tr("Loading..."))
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        ctx.events.sig_data_changed.connect(self._on_changed)
        self.refresh()

    def refresh(self) -> None:
        self._ctx.worker.read(database_overview, self._show, name="overview")

    def _on_changed(self, _changes: Changes) -> None:
        self.refresh()

    def _show(self, overview: Overview) -> None:
        parts = [
            self.tr("%Ln client(s)", "", overview.clients),
            self.tr("%Ln car(s)", "", overview.vehicles),
            self.tr("%Ln completed visit(s)", "", overview.completed_visits),
            self.tr("%Ln pending reminder(s)", "", overview.pending_reminders),
        ]
        title = self.tr("Today")
        self.summary.setText(f"<h2>{title}</h2><p>{', '.join(parts)}</p>")
