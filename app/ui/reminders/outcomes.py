"""Small dialogs for a call's outcome: snooze until a day, dismiss with a reason.

A dialog only gathers the answer and emits it; the screen writes it and
either closes the dialog (``saved``) or shows the refusal in it (``refused``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import ValidationError
from app.services.reminders_due import DueReminder
from app.ui.visits.errors import ErrorLabel, FieldErrors

SNOOZE_DAYS = 7


def who_and_what(reminder: DueReminder) -> str:
    """ "Ann Smith, Skoda Octavia AA0001AA: Oil change" for a dialog's heading."""
    about = ", ".join(part for part in (reminder.vehicle, reminder.service) if part)
    return f"{reminder.name}: {about}" if about else reminder.name


class _OutcomeDialog(QDialog):
    def __init__(self, title: str, reminder: DueReminder, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.reminder = reminder
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        heading = QLabel(who_and_what(reminder))
        heading.setWordWrap(True)
        self.form = QFormLayout()
        self.general = ErrorLabel()
        self.errors = FieldErrors(self.general)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(self.form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)

    def refused(self, error: ValidationError) -> None:
        self.buttons.setEnabled(True)
        self.errors.show(error)

    def saved(self, _result: object = None) -> None:
        self.accept()

    def _submit(self) -> None:
        """OK: clear old refusals and wait for the screen's answer (subclasses emit)."""
        self.errors.clear()
        self.buttons.setEnabled(False)


class SnoozeDialog(_OutcomeDialog):
    sig_submitted = Signal(int, object, str)
    """Snooze this reminder: (reminder id, until date, note)."""

    def __init__(self, reminder: DueReminder, today: dt.date, parent: QWidget | None = None):
        super().__init__(self.tr("Snooze a reminder"), reminder, parent)
        self.until = QDateEdit()
        self.until.setCalendarPopup(True)
        self.until.setMinimumDate(qdate(today + dt.timedelta(days=1)))
        self.until.setDate(qdate(today + dt.timedelta(days=SNOOZE_DAYS)))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What was said (optional)"))
        until_error = self.errors.bind(ErrorLabel(), self.until, "snoozed_until")
        note_error = self.errors.bind(ErrorLabel(), self.note, "note", "by")
        self.form.addRow(self.tr("Hide until"), self.until)
        self.form.addRow("", until_error)
        self.form.addRow(self.tr("Note"), self.note)
        self.form.addRow("", note_error)

    def _submit(self) -> None:
        super()._submit()
        self.sig_submitted.emit(
            self.reminder.reminder_id, self.until.date().toPython(), self.note.text()
        )


class DismissDialog(_OutcomeDialog):
    sig_submitted = Signal(int, str)
    """Dismiss this reminder: (reminder id, reason)."""

    def __init__(self, reminder: DueReminder, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Dismiss a reminder"), reminder, parent)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems(
            [
                "",
                self.tr("Sold the car"),
                self.tr("Serviced elsewhere"),
                self.tr("Not interested"),
                self.tr("Work already done"),
            ]
        )
        self.reason.lineEdit().setPlaceholderText(self.tr("Why the call is not needed"))
        reason_error = self.errors.bind(ErrorLabel(), self.reason, "reason", "by")
        self.form.addRow(self.tr("Reason"), self.reason)
        self.form.addRow("", reason_error)

    def _submit(self) -> None:
        super()._submit()
        self.sig_submitted.emit(self.reminder.reminder_id, self.reason.currentText())


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
