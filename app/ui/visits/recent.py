"""Recent visits, newest first, loaded a page at a time as the list scrolls."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.services.book import VisitLinePage, recent_visits
from app.services.changes import Changes
from app.services.settings import load_settings
from app.ui.context import UiContext
from app.ui.visits.book import book_table
from app.ui.visits.labels import VISIT_STATUS_NAMES, status_label
from app.ui.visits.lines_model import DAY, MASTER, PHONE, RecentVisitsModel

PAGE = 100


class RecentVisits(QWidget):
    """Visits up to now, newest first (all or of one status); double-click opens one."""

    sig_edit_requested = Signal(int)
    """Open this visit for editing."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        for status in VISIT_STATUS_NAMES:
            self.status.addItem(status_label(status), status)
        self.status.currentIndexChanged.connect(lambda _i: self.model.reload())
        self._keep: tuple[int | None, int] | None = None  # (chosen visit, scroll) on reload
        self.model = RecentVisitsModel(self._request, self)
        self.table = book_table(self.model)
        for column in (PHONE, MASTER):
            self.table.setColumnHidden(column, True)
        self.table.setColumnWidth(DAY, 140)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.status)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        ctx.events.sig_data_changed.connect(self._on_changed)
        self.model.reload()

    def _request(self, before: tuple[dt.datetime, int] | None, generation: int) -> None:
        status, now = self.status.currentData(), self._ctx.clock.now()

        def work(session: Any) -> tuple[VisitLinePage, str]:  # holds no widget: see worker.py
            page = recent_visits(session, PAGE, before, status, until=now)
            return page, load_settings(session).currency

        def done(answer: tuple[VisitLinePage, str]) -> None:
            page, currency = answer
            self.model.add_page(page, generation, currency)
            if before is None and generation == self.model.generation:
                self._restore()

        self._ctx.worker.read(work, done, name="recent visits")

    def _on_changed(self, changes: Changes) -> None:
        """Read the list again (another write, here or at another desk), keeping the
        chosen visit selected and the list where it was scrolled to."""
        if changes.kinds & {"visits", "clients", "vehicles", "employees", "services"}:
            line = self.model.line(self.table.currentIndex().row())
            scroll = self.table.verticalScrollBar().value()
            self._keep = (None if line is None else line.id, scroll)
            self.model.reload()

    def _restore(self) -> None:
        if self._keep is None:
            return
        visit_id, scroll = self._keep
        self._keep = None
        row = -1 if visit_id is None else self.model.row_of(visit_id)
        if row >= 0:
            self.table.selectRow(row)
        self.table.verticalScrollBar().setValue(scroll)

    def _open(self) -> None:
        line = self.model.line(self.table.currentIndex().row())
        if line is not None:
            self.sig_edit_requested.emit(line.id)
