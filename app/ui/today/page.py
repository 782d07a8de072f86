"""Today: the headline numbers of the shop and today's appointments, refreshed on every change."""

from __future__ import annotations

import dataclasses
from functools import partial
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.services.book import DaySummary, VisitLine, day_summary, list_book
from app.services.changes import Changes
from app.services.overview import Overview, database_overview
from app.services.settings import load_settings
from app.ui.context import UiContext
from app.ui.format import money_text
from app.ui.visits.book import book_table
from app.ui.visits.lines_model import AMOUNT, DAY, RATING, VisitLinesModel
from app.ui.worker import Latest


@dataclasses.dataclass(frozen=True)
class TodayData:
    summary: DaySummary
    lines: tuple[VisitLine, ...]
    currency: str


def load_today(session: Any, day: Any) -> TodayData:
    return TodayData(
        summary=day_summary(session, day),
        lines=list_book(session, day, day),
        currency=load_settings(session).currency,
    )


class TodayPage(QWidget):
    sig_complete_requested = Signal(int)
    """A planned visit of today was opened: complete it at the counter."""

    sig_edit_requested = Signal(int)
    """A visit of today that is not planned any more was opened."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self._ctx = ctx
        self._overview = Latest(ctx.worker)
        self._today = Latest(ctx.worker)
        self.summary = QLabel(self.tr("Loading..."))
        self.summary.setWordWrap(True)
        self.due = QLabel()
        self.due.setVisible(False)  # until the first reminder check reports
        self.day = QLabel()
        self.day.setWordWrap(True)
        self.model = VisitLinesModel(self)
        self.table = book_table(self.model)
        for column in (DAY, AMOUNT, RATING):
            self.table.setColumnHidden(column, True)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        self.empty = QLabel(self.tr("No visits booked for today."))
        self.empty.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.summary)
        layout.addWidget(self.due)
        layout.addWidget(self.day)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        ctx.events.sig_data_changed.connect(self._on_changed)
        self.refresh()

    def refresh(self) -> None:
        self._overview.read(database_overview, self._show, name="overview")
        work = partial(load_today, day=self._ctx.clock.today())
        self._today.read(work, self._show_today, name="today")

    @Slot(int)
    def show_due_reminders(self, count: int) -> None:
        """How many reminders are due today (the reminder check's latest count)."""
        if count:
            self.due.setText("<b>" + self.tr("%Ln reminder(s) due today", "", count) + "</b>")
        else:
            self.due.setText(self.tr("No reminders due today."))
        self.due.setVisible(True)

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

    def _show_today(self, data: TodayData) -> None:
        day = data.summary
        visits = [
            self.tr("%Ln planned", "", day.planned),
            self.tr("%Ln completed", "", day.completed),
            self.tr("%Ln cancelled", "", day.cancelled),
            self.tr("%Ln no-show(s)", "", day.no_show),
        ]
        revenue = self.tr("revenue %1").replace("%1", money_text(day.revenue, data.currency))
        inquiries = self.tr("%Ln inquiry(s)", "", day.inquiries)
        heading = self.tr("Today's visits")
        self.day.setText(f"<h3>{heading}</h3><p>{', '.join(visits)}; {revenue}; {inquiries}</p>")
        self.model.set_lines(data.lines, data.currency)
        self.empty.setVisible(not data.lines)

    def _open(self) -> None:
        line = self.model.line(self.table.currentIndex().row())
        if line is None:
            return
        if line.status == "planned":
            self.sig_complete_requested.emit(line.id)
        else:
            self.sig_edit_requested.emit(line.id)
