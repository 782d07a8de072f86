"""The appointment book: one day or one week of visits, and what the counter does with them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.book import VisitLine, list_book
from app.services.changes import Changes
from app.services.settings import load_settings
from app.ui.context import UiContext
from app.ui.visits.lines_model import (
    AMOUNT,
    CAR,
    CLIENT,
    DAY,
    MASTER,
    PHONE,
    RATING,
    STATUS,
    TIME,
    WORK,
    VisitLinesModel,
)
from app.ui.worker import Latest

DAY_VIEW, WEEK_VIEW = "day", "week"
_WIDTHS = {
    DAY: 90,
    TIME: 50,
    CLIENT: 160,
    PHONE: 115,
    CAR: 140,
    MASTER: 110,
    STATUS: 85,
    AMOUNT: 95,
    RATING: 60,
}


def week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """Monday .. Sunday of the week holding ``day``."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def book_table(model: VisitLinesModel) -> QTableView:
    """A read-only table of visit lines with set widths (no measuring of whole columns)."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    header = table.horizontalHeader()
    for column, width in _WIDTHS.items():
        table.setColumnWidth(column, width)
    header.setSectionResizeMode(WORK, QHeaderView.ResizeMode.Stretch)  # the rest: by hand
    return table


class AppointmentBook(QWidget):
    """The visits of a day or a week, by time; a planned one is completed, cancelled or missed."""

    sig_complete_requested = Signal(int)
    """Complete this planned visit at the counter (open it in the visit dialog)."""

    sig_edit_requested = Signal(int)
    """Open this visit for editing."""

    sig_status_requested = Signal(int, str, int)
    """Set this planned visit's status ("cancelled" or "no_show"); the version the row showed."""

    sig_new_appointment_requested = Signal()
    """Book a new appointment."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._latest = Latest(ctx.worker)
        self.mode = DAY_VIEW
        self.day = ctx.clock.today()
        self.model = VisitLinesModel(self)
        self.table = book_table(self.model)
        for column in (AMOUNT, RATING):  # the book is for the schedule; money is in the list
            self.table.setColumnHidden(column, True)
        self.table.doubleClicked.connect(lambda _index: self._open_current())
        self.table.activated.connect(lambda _index: self._open_current())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.range_label = QLabel()
        self.summary = QLabel()
        self._build_controls()
        ctx.events.sig_data_changed.connect(self._on_changed)
        self.reload()

    def _build_controls(self) -> None:
        self.day_button = QToolButton(text=self.tr("Day"), checkable=True, checked=True)
        self.week_button = QToolButton(text=self.tr("Week"), checkable=True)
        group = QButtonGroup(self)
        group.addButton(self.day_button)
        group.addButton(self.week_button)
        self.day_button.clicked.connect(lambda: self.set_mode(DAY_VIEW))
        self.week_button.clicked.connect(lambda: self.set_mode(WEEK_VIEW))
        previous = QToolButton(text="◀")
        previous.setToolTip(self.tr("Earlier"))
        previous.clicked.connect(lambda: self.step(-1))
        today = QPushButton(self.tr("Today"))
        today.clicked.connect(lambda: self.show_day(self._ctx.clock.today()))
        following = QToolButton(text="▶")
        following.setToolTip(self.tr("Later"))
        following.clicked.connect(lambda: self.step(1))
        self.new_button = QPushButton(self.tr("New appointment"))
        self.new_button.clicked.connect(self.sig_new_appointment_requested)
        self.complete_button = QPushButton(self.tr("Complete..."))
        self.complete_button.setToolTip(self.tr("The car is here: log the work done (Enter)"))
        self.complete_button.clicked.connect(self._complete_current)
        self.edit_button = QPushButton(self.tr("Edit..."))
        self.edit_button.clicked.connect(self._edit_current)
        self.cancel_button = QPushButton(self.tr("Mark cancelled"))
        self.cancel_button.clicked.connect(lambda: self._set_status("cancelled"))
        self.no_show_button = QPushButton(self.tr("Mark no-show"))
        self.no_show_button.clicked.connect(lambda: self._set_status("no_show"))

        top = QHBoxLayout()
        for widget in (self.day_button, self.week_button, previous, today, following):
            top.addWidget(widget)
        top.addSpacing(12)
        top.addWidget(self.range_label)
        top.addStretch(1)
        top.addWidget(self.new_button)
        actions = QHBoxLayout()
        for button in (self.complete_button, self.edit_button, self.cancel_button):
            actions.addWidget(button)
        actions.addWidget(self.no_show_button)
        actions.addStretch(1)
        actions.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self._update_actions()

    # --- what is shown -------------------------------------------------------------------

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.day_button.setChecked(mode == DAY_VIEW)
        self.week_button.setChecked(mode == WEEK_VIEW)
        self.reload()

    def show_day(self, day: dt.date) -> None:
        self.day = day
        self.reload()

    def step(self, direction: int) -> None:
        self.show_day(
            self.day + dt.timedelta(days=direction * (7 if self.mode == WEEK_VIEW else 1))
        )

    def period(self) -> tuple[dt.date, dt.date]:
        return week_of(self.day) if self.mode == WEEK_VIEW else (self.day, self.day)

    def reload(self) -> None:
        first, last = self.period()
        self.range_label.setText(f"<b>{self._period_text(first, last)}</b>")
        self.table.setColumnHidden(DAY, self.mode == DAY_VIEW)
        self.table.setColumnHidden(PHONE, self.mode == WEEK_VIEW)  # to call today's clients

        def work(session: Any) -> tuple[tuple[VisitLine, ...], str]:
            return list_book(session, first, last), load_settings(session).currency

        self._latest.read(work, self._show, name="appointment book")

    def _period_text(self, first: dt.date, last: dt.date) -> str:
        locale = QLocale()

        def text(day: dt.date, pattern: str) -> str:
            return locale.toString(QDate(day.year, day.month, day.day), pattern)

        if first == last:
            return text(first, "dddd d MMMM yyyy")
        return f"{text(first, 'd MMM')} – {text(last, 'd MMM yyyy')}"

    def _show(self, answer: tuple[tuple[VisitLine, ...], str]) -> None:
        lines, currency = answer
        chosen = self.current_line()
        self.model.set_lines(lines, currency)
        if chosen is not None and (row := self.model.row_of(chosen.id)) >= 0:
            self.table.selectRow(row)
        planned = sum(1 for line in lines if line.status == "planned")
        self.summary.setText(
            self.tr("%n visit(s)", "", len(lines)) + ", " + self.tr("%n planned", "", planned)
        )
        self._update_actions()

    def _on_changed(self, changes: Changes) -> None:
        if changes.kinds & {"visits", "clients", "vehicles", "employees", "services"}:
            self.reload()

    # --- actions ---------------------------------------------------------------------------

    def current_line(self) -> VisitLine | None:
        return self.model.line(self.table.currentIndex().row())

    def _update_actions(self) -> None:
        line = self.current_line()
        planned = line is not None and line.status == "planned"
        for button in (self.complete_button, self.cancel_button, self.no_show_button):
            button.setEnabled(planned)
        self.edit_button.setEnabled(line is not None)

    def _open_current(self) -> None:
        line = self.current_line()
        if line is not None:
            (self._complete_current if line.status == "planned" else self._edit_current)()

    def _complete_current(self) -> None:
        line = self.current_line()
        if line is not None and line.status == "planned":
            self.sig_complete_requested.emit(line.id)

    def _edit_current(self) -> None:
        line = self.current_line()
        if line is not None:
            self.sig_edit_requested.emit(line.id)

    def _set_status(self, status: str) -> None:
        line = self.current_line()
        if line is not None and line.status == "planned":
            self.sig_status_requested.emit(line.id, status, line.version)
