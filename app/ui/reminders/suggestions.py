"""After a completed visit: the reminders it suggests, to accept, edit or drop one by one.

The visit dialog calls ``offer_suggestions(ctx, visit_id, parent)`` once the
visit is saved as completed. The suggestions load on the worker; the dialog
opens only when there is something to suggest.
"""

from __future__ import annotations

import dataclasses
import re
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.changes import Saved
from app.services.errors import ValidationError
from app.services.reminders import ReminderInput
from app.services.reminders_suggest import (
    Accepted,
    Suggestion,
    accept_suggestions,
    suggest_reminders,
)
from app.ui.context import UiContext
from app.ui.format import count_text, date_text
from app.ui.reminders.edit_dialog import ReminderDialog
from app.ui.reminders.page import desk_user
from app.ui.table_base import HeaderedTableModel
from app.ui.visits.errors import ErrorLabel, refusal_text

Index = QModelIndex | QPersistentModelIndex
TAKE, SERVICE, CAR, DUE_ON, DUE_KM, NOTE = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "Remind about"),
    QT_TRANSLATE_NOOP("Columns", "Service"),
    QT_TRANSLATE_NOOP("Columns", "Car"),
    QT_TRANSLATE_NOOP("Columns", "Due on"),
    QT_TRANSLATE_NOOP("Columns", "Due at, km"),
    QT_TRANSLATE_NOOP("Columns", "Note"),
)
_ROW_FIELD = re.compile(r"^reminders\[(\d+)\]\.")


@dataclasses.dataclass
class Entry:
    """A suggestion as the desk has it now: taken or not, and the reminder as edited."""

    suggestion: Suggestion
    reminder: ReminderInput
    car: str  # how the reminder's car reads
    taken: bool = True


class SuggestionsModel(HeaderedTableModel):
    """The suggestions; the first column's check box says whether to create the reminder."""

    HEADERS = HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.entries: list[Entry] = []

    def set_entries(self, entries: list[Entry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def replace(self, row: int, reminder: ReminderInput, car: str) -> None:
        self.entries[row].reminder = reminder
        self.entries[row].car = car
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def taken(self) -> list[Entry]:
        return [entry for entry in self.entries if entry.taken]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == TAKE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry, column = self.entries[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == TAKE:
            return Qt.CheckState.Checked if entry.taken else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DUE_KM:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == TAKE:
            return self._tooltip(entry.suggestion)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != TAKE or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.entries[index.row()].taken = checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def _text(self, entry: Entry, column: int) -> str:
        reminder = entry.reminder
        if column == TAKE:
            if entry.suggestion.kind == "declined":
                return self.tr("Declined work")
            return self.tr("Next service")
        if column == SERVICE:
            return entry.suggestion.service
        if column == CAR:
            return entry.car
        if column == DUE_ON:
            return date_text(reminder.due_on)
        if column == DUE_KM:
            return count_text(reminder.due_mileage)
        return reminder.note

    def _tooltip(self, suggestion: Suggestion) -> str | None:
        parts = []
        if suggestion.closes_id is not None:
            parts.append(self.tr("The pending reminder about this service will be marked done."))
        if suggestion.already_due:
            parts.append(self.tr("Already due: the visit was entered after the date."))
        return " ".join(parts) or None


class SuggestionsDialog(QDialog):
    """The reminders a visit suggests; Save creates the checked ones in one go."""

    sig_loaded = Signal(int)
    """The suggestions are in (how many); with none the dialog is never shown."""

    sig_saved = Signal(object)
    """The accepted reminders were created (a tuple of ``ReminderRecord``)."""

    def __init__(self, ctx: UiContext, visit_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._visit_id = visit_id
        self.setWindowTitle(self.tr("Reminders after the visit"))
        self.resize(880, 320)
        intro = QLabel(
            self.tr(
                "This visit suggests the reminders below. Untick the ones you do not want, "
                "or edit one before saving."
            )
        )
        intro.setWordWrap(True)
        self.model = SuggestionsModel(self)
        self.model.dataChanged.connect(self._count)
        self.model.modelReset.connect(self._count)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        for column, width in enumerate((130, 190, 180, 90, 90)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self.edit)
        self.error = ErrorLabel()
        self.edit_button = QPushButton(self.tr("Edit..."))
        self.edit_button.clicked.connect(self.edit)
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._count()
        work = partial(suggest_reminders, visit_id=visit_id, clock=ctx.clock)
        ctx.worker.read(work, self._fill, self._not_loaded, name="suggest reminders")

    def edit(self) -> ReminderDialog | None:
        """Edit the selected suggestion in the reminder form (nothing is saved yet)."""
        row = self.table.currentIndex().row()
        if not 0 <= row < len(self.model.entries):
            return None
        entry = self.model.entries[row]
        dialog = ReminderDialog(
            self._ctx, entry.reminder.client_id, draft=entry.reminder, commit=False, parent=self
        )
        dialog.sig_drafted.connect(partial(self.model.replace, row))
        dialog.open()
        return dialog

    def save(self) -> None:
        self.error.clear_error()
        taken = self.model.taken()
        if not taken:
            self.reject()
            return
        accepted = [Accepted(entry.suggestion, entry.reminder) for entry in taken]
        work = partial(accept_suggestions, accepted=accepted, clock=self._ctx.clock, by=desk_user())
        self.save_button.setEnabled(False)
        self._ctx.worker.write(work, self._saved, partial(self._refused_at, taken))

    def _fill(self, suggestions: tuple[Suggestion, ...]) -> None:
        entries = [Entry(s, s.as_input(self._note(s)), s.vehicle or "") for s in suggestions]
        self.model.set_entries(entries)
        if entries:
            self.table.selectRow(0)
            self.open()
        else:
            self.deleteLater()
        self.sig_loaded.emit(len(entries))

    def _note(self, suggestion: Suggestion) -> str:
        if suggestion.kind == "declined":
            return self.tr("Declined at the visit on {0}").format(date_text(suggestion.visit_day))
        return ""

    def _count(self) -> None:
        taken = len(self.model.taken())
        self.save_button.setText(self.tr("Save %n reminder(s)", "", taken))
        self.save_button.setEnabled(True)

    def _saved(self, saved: Saved[tuple[Any, ...]]) -> None:
        self.sig_saved.emit(saved.value)
        self.accept()

    def _refused_at(self, taken: list[Entry], error: ValidationError) -> None:
        """Show the refusal with its line and select that suggestion."""
        self.save_button.setEnabled(True)
        match = _ROW_FIELD.match(error.field)
        if match is None:
            self._refused(error)
            return
        row = self.model.entries.index(taken[int(match.group(1))])
        self.table.selectRow(row)
        self.error.say(self.tr("Line {0}: {1}").format(row + 1, refusal_text(error)))

    def _refused(self, error: ValidationError) -> None:
        self.error.say(refusal_text(error))

    def _not_loaded(self, _error: ValidationError) -> None:
        """The visit is gone (deleted at another desk): nothing to suggest."""
        self._fill(())


def offer_suggestions(
    ctx: UiContext, visit_id: int, parent: QWidget | None = None
) -> SuggestionsDialog:
    """Offer the reminders a just-saved completed visit suggests.

    Returns at once; the dialog opens (window-modal) when the suggestions are
    loaded, and deletes itself unseen when there are none.
    """
    return SuggestionsDialog(ctx, visit_id, parent)
