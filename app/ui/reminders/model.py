"""A list of due reminders as a table: who to call, about which car and service, and when."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app.services.reminders_due import DueReminder
from app.ui.format import count_text, date_text
from app.ui.table_base import HeaderedTableModel

Index = QModelIndex | QPersistentModelIndex
CLIENT, PHONE, WHEN, SERVICE, CAR, DUE_ON, DUE_KM, NOW_KM, NOTE = range(9)
HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "Client"),
    QT_TRANSLATE_NOOP("Columns", "Phone"),
    QT_TRANSLATE_NOOP("Columns", "When"),
    QT_TRANSLATE_NOOP("Columns", "Service"),
    QT_TRANSLATE_NOOP("Columns", "Car"),
    QT_TRANSLATE_NOOP("Columns", "Due on"),
    QT_TRANSLATE_NOOP("Columns", "Due at, km"),
    QT_TRANSLATE_NOOP("Columns", "Km now (est.)"),
    QT_TRANSLATE_NOOP("Columns", "Note"),
)
_NUMBERS = (DUE_KM, NOW_KM)
MUTED = QColor("#8a8f94")
LATE = QColor("#b3261e")


class DueModel(HeaderedTableModel):
    """Rows of ``DueReminder``; clients not to call (do-not-contact, departed) are greyed."""

    HEADERS = HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[DueReminder, ...] = ()
        self._locale = QLocale()

    def set_rows(self, rows: tuple[DueReminder, ...]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def reminder(self, row: int) -> DueReminder | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, reminder_id: int) -> int | None:
        for row, reminder in enumerate(self._rows):
            if reminder.reminder_id == reminder_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        reminder, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(reminder, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if reminder.do_not_contact or reminder.departed:
                return MUTED
            if column == WHEN and _late(reminder):
                return LATE
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == CLIENT:
            return self._flags(reminder) or None
        if role == Qt.ItemDataRole.ToolTipRole and column == NOW_KM:
            return self.tr("Predicted from the car's recorded mileage")
        if role == Qt.ItemDataRole.UserRole:
            return reminder.reminder_id
        return None

    def _text(self, reminder: DueReminder, column: int) -> str:
        if column == CLIENT:
            flags = self._flags(reminder)
            return f"{reminder.name} ({flags})" if flags else reminder.name
        if column == PHONE:
            return reminder.phone
        if column == CAR:
            return reminder.vehicle or ""
        if column == SERVICE:
            return reminder.service or ""
        if column == DUE_ON:
            return date_text(reminder.due_on, self._locale)
        if column == DUE_KM:
            return count_text(reminder.due_mileage, self._locale)
        if column == NOW_KM:
            return count_text(reminder.predicted_mileage, self._locale)
        if column == WHEN:
            return self._when(reminder)
        return reminder.note

    def _when(self, reminder: DueReminder) -> str:
        """Days late or left by the date; "mileage reached" when the car got there first."""
        days = reminder.overdue_days
        if days is not None and days > 0:
            return self.tr("%n day(s) late", "", days)
        if _reached(reminder):
            return self.tr("mileage reached")
        if days == 0:
            return self.tr("today")
        if days is not None:
            return self.tr("in %n day(s)", "", -days)
        return self.tr("by mileage")

    def _flags(self, reminder: DueReminder) -> str:
        flags = []
        if reminder.do_not_contact:
            flags.append(self.tr("do not contact"))
        if reminder.departed:
            flags.append(self.tr("departed"))
        return ", ".join(flags)


def _reached(reminder: DueReminder) -> bool:
    """The car is predicted at or past the reminder's mileage."""
    km, now = reminder.due_mileage, reminder.predicted_mileage
    return km is not None and now is not None and now >= km


def _late(reminder: DueReminder) -> bool:
    km, now = reminder.due_mileage, reminder.predicted_mileage
    past_km = km is not None and now is not None and now > km
    return (reminder.overdue_days or 0) > 0 or past_km
