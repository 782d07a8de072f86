"""The Reminders screen: who to call today, who is late, who comes up next; call outcomes."""

from __future__ import annotations

import datetime as dt
import getpass
from functools import partial

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.scheduler import DueNotice
from app.services.changes import Changes
from app.services.errors import ValidationError
from app.services.reminders import dismiss, mark_done, snooze
from app.services.reminders_due import DueReminder, ReminderBoard, reminder_board
from app.ui.context import UiContext
from app.ui.format import time_text
from app.ui.reminders.model import (
    CAR,
    CLIENT,
    DUE_KM,
    DUE_ON,
    NOW_KM,
    PHONE,
    SERVICE,
    WHEN,
    DueModel,
)
from app.ui.reminders.outcomes import DismissDialog, SnoozeDialog
from app.ui.visits.errors import ErrorLabel, refusal_text
from app.ui.worker import Latest

LISTS = ("overdue", "due", "upcoming")
DEFAULT_DAYS = 30
WIDTHS = {
    CLIENT: 170,
    PHONE: 118,
    WHEN: 115,
    SERVICE: 170,
    CAR: 180,
    DUE_ON: 85,
    DUE_KM: 85,
    NOW_KM: 100,
}
RECHECK_KINDS = frozenset({"reminders", "visits", "clients", "vehicles", "services"})


def desk_user() -> str:
    """Who records call outcomes: the desk's system account until people log in."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


class RemindersPage(QWidget):
    """Overdue, due today and upcoming reminders in tabs; buttons record a call's outcome."""

    sig_board_shown = Signal(object)
    """The lists now shown (a ``ReminderBoard``)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._latest = Latest(ctx.worker)
        self._board: ReminderBoard | None = None
        self.days = QSpinBox()
        self.days.setRange(1, 365)
        self.days.setValue(DEFAULT_DAYS)
        self.days.setSuffix(self.tr(" days"))
        self.days.valueChanged.connect(self.refresh)
        self.show_all = QCheckBox(self.tr("Show do-not-contact and departed clients"))
        self.show_all.toggled.connect(self.refresh)
        self.status = QLabel()
        self.status.setStyleSheet("color: #555;")
        self.models = {name: DueModel(self) for name in LISTS}
        self.tables = {name: self._table(self.models[name]) for name in LISTS}
        self.tabs = QTabWidget()
        for name in LISTS:
            self.tabs.addTab(self.tables[name], "")
        self.tabs.currentChanged.connect(self._update_buttons)
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setToolTip(self.tr("The client was reached: the work is booked or done"))
        self.snooze_button = QPushButton(self.tr("Snooze..."))
        self.dismiss_button = QPushButton(self.tr("Dismiss..."))
        self.open_button = QPushButton(self.tr("Open client"))
        self.done_button.clicked.connect(self.mark_done)
        self.snooze_button.clicked.connect(self.ask_snooze)
        self.dismiss_button.clicked.connect(self.ask_dismiss)
        self.open_button.clicked.connect(self.open_client)
        self.error = ErrorLabel()

        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("Upcoming: the next")))
        options.addWidget(self.days)
        options.addSpacing(16)
        options.addWidget(self.show_all)
        options.addStretch(1)
        options.addWidget(self.status)
        actions = QHBoxLayout()
        for button in (self.done_button, self.snooze_button, self.dismiss_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        layout.addWidget(QLabel("<h2>" + self.tr("Reminders") + "</h2>"))
        layout.addLayout(options)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addLayout(actions)
        self._name_tabs()
        self._update_buttons()
        ctx.events.sig_data_changed.connect(self._on_changed)
        self.refresh()

    # --- loading ------------------------------------------------------------------

    def refresh(self) -> None:
        work = partial(
            reminder_board,
            today=self._ctx.clock.today(),
            days=self.days.value(),
            include_all=self.show_all.isChecked(),
        )
        self.status.setText(self.tr("Loading..."))
        self._latest.read(work, self._show, name="reminder board")

    def on_due_notice(self, notice: DueNotice) -> None:
        """A scheduler check finished: reload when the day or the set of due reminders moved."""
        board = self._board
        if board is None or notice.as_of != board.today:
            self.refresh()
            return
        to_call = [r for r in board.overdue + board.due if not (r.do_not_contact or r.departed)]
        if {r.reminder_id for r in notice.due} != {r.reminder_id for r in to_call}:
            self.refresh()

    def _show(self, board: ReminderBoard) -> None:
        self._board = board
        for name in LISTS:
            table = self.tables[name]
            chosen = self._chosen_in(name)
            self.models[name].set_rows(getattr(board, name))
            row = None if chosen is None else self.models[name].row_of(chosen.reminder_id)
            if row is not None:
                table.selectRow(row)
        self._name_tabs()
        self.status.setText(self.tr("Updated at {0}").format(time_text(self._ctx.clock.now())))
        self._update_buttons()
        self.sig_board_shown.emit(board)

    def _name_tabs(self) -> None:
        board = self._board
        counts = {name: 0 if board is None else len(getattr(board, name)) for name in LISTS}
        self.tabs.setTabText(0, self.tr("Overdue (%n)", "", counts["overdue"]))
        self.tabs.setTabText(1, self.tr("Due today (%n)", "", counts["due"]))
        self.tabs.setTabText(2, self.tr("Upcoming (%n)", "", counts["upcoming"]))

    def _on_changed(self, changes: Changes) -> None:
        if changes.kinds & RECHECK_KINDS:
            self.refresh()

    # --- call outcomes ----------------------------------------------------------------

    def chosen(self) -> DueReminder | None:
        """The reminder selected in the visible list."""
        return self._chosen_in(LISTS[self.tabs.currentIndex()])

    def mark_done(self) -> None:
        reminder = self.chosen()
        if reminder is None:
            return
        self.error.clear_error()
        work = partial(
            mark_done, reminder_id=reminder.reminder_id, clock=self._ctx.clock, by=desk_user()
        )
        self._ctx.worker.write(work, lambda _saved: None, self._refused, name="reminder done")

    def ask_snooze(self) -> SnoozeDialog | None:
        reminder = self.chosen()
        if reminder is None:
            return None
        dialog = SnoozeDialog(reminder, self._ctx.clock.today(), self)
        dialog.sig_submitted.connect(partial(self._snooze, dialog))
        dialog.open()
        return dialog

    def ask_dismiss(self) -> DismissDialog | None:
        reminder = self.chosen()
        if reminder is None:
            return None
        dialog = DismissDialog(reminder, self)
        dialog.sig_submitted.connect(partial(self._dismiss, dialog))
        dialog.open()
        return dialog

    def open_client(self) -> None:
        reminder = self.chosen()
        if reminder is not None:
            self._ctx.events.sig_open_client.emit(reminder.client_id)

    def _snooze(self, dialog: SnoozeDialog, reminder_id: int, until: dt.date, note: str) -> None:
        work = partial(
            snooze,
            reminder_id=reminder_id,
            until=until,
            clock=self._ctx.clock,
            note=note,
            by=desk_user(),
        )
        self._ctx.worker.write(work, dialog.saved, dialog.refused, name="snooze reminder")

    def _dismiss(self, dialog: DismissDialog, reminder_id: int, reason: str) -> None:
        work = partial(
            dismiss, reminder_id=reminder_id, reason=reason, clock=self._ctx.clock, by=desk_user()
        )
        self._ctx.worker.write(work, dialog.saved, dialog.refused, name="dismiss reminder")

    def _refused(self, error: ValidationError) -> None:
        self.error.say(refusal_text(error))

    # --- helpers ----------------------------------------------------------------------

    def _table(self, model: DueModel) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(24)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        for column, width in WIDTHS.items():
            table.setColumnWidth(column, width)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.doubleClicked.connect(self._open_row)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        return table

    def _open_row(self, index: QModelIndex) -> None:
        model = index.model()
        reminder = model.reminder(index.row()) if isinstance(model, DueModel) else None
        if reminder is not None:
            self._ctx.events.sig_open_client.emit(reminder.client_id)

    def _chosen_in(self, name: str) -> DueReminder | None:
        rows = self.tables[name].selectionModel().selectedRows()
        return self.models[name].reminder(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        chosen = self.chosen() is not None
        for button in (self.done_button, self.snooze_button, self.dismiss_button):
            button.setEnabled(chosen)
        self.open_button.setEnabled(chosen)
