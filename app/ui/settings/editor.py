"""One catalogue list with its form: pick a line to edit it, or fill the form to add one."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.changes import Saved
from app.services.errors import ValidationError
from app.ui.context import UiContext
from app.ui.settings.table import Column, RecordsModel, records_table
from app.ui.visits.errors import ErrorLabel, FieldErrors

Work = Callable[[Any], Any]


class CatalogueEditor(QWidget):
    """Subclasses add their fields with ``add_field`` and say how to fill and read them."""

    # What each editor provides (its own methods; Shiboken's metaclass does not mix with ABCMeta).
    fill: Callable[[Any], None]
    """Show a record in the form (None: an empty form)."""
    create_work: Callable[[], Work]
    """The write that adds the form as a new record; a field that does not parse raises."""
    update_work: Callable[[int], Work]
    """The write that saves the form over the record of that id."""

    sig_saved = Signal(object)
    """A record was added or changed (the saved record)."""

    def __init__(self, ctx: UiContext, columns: Sequence[Column], parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._select_id: int | None = None
        self.model = RecordsModel(columns, self)
        self.table = records_table(self.model)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._on_current())
        self.form = QFormLayout()
        self.errors = FieldErrors(ErrorLabel())
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add a new one from the form"))
        self.add_button.clicked.connect(lambda: self._submit(update=False))
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.setToolTip(self.tr("Save the form over the chosen line"))
        self.save_button.clicked.connect(lambda: self._submit(update=True))
        self.new_button = QPushButton(self.tr("Clear"))
        self.new_button.clicked.connect(self._clear)
        self.done = QLabel()
        self.done.setStyleSheet("color: #1b5e20;")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.save_button, self.new_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        side = QVBoxLayout()
        side.addLayout(self.form)
        side.addLayout(buttons)
        side.addWidget(self.errors.general)
        side.addWidget(self.done)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 2)
        layout.addLayout(side, 1)

    # --- for subclasses ------------------------------------------------------------------

    def add_field(self, label: str, widget: QWidget, *fields: str) -> None:
        self.form.addRow(label, widget)
        line = ErrorLabel()
        self.form.addRow("", line)
        self.errors.bind(line, widget, *fields)

    # --- the list ------------------------------------------------------------------------------

    def set_records(self, records: Sequence[Any]) -> None:
        chosen = self.selected()
        wanted = self._select_id if self._select_id is not None else (chosen and chosen.id)
        self.model.set_records(records)
        row = self.model.row_of(wanted) if wanted is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        self._on_current()

    def selected(self) -> Any:
        return self.model.record(self.table.currentIndex().row())

    def _on_current(self) -> None:
        record = self.selected()
        self.save_button.setEnabled(record is not None)
        self.errors.clear()
        self.fill(record)

    def _clear(self) -> None:
        self.table.clearSelection()
        self.table.setCurrentIndex(self.model.index(-1, -1))
        self.done.clear()

    # --- writing -------------------------------------------------------------------------------

    def _submit(self, update: bool) -> None:
        self.errors.clear()
        self.done.clear()
        record = self.selected()
        if update and record is None:
            return
        try:
            work = self.update_work(record.id) if update else self.create_work()
        except ValidationError as error:
            self.errors.show(error)
            return
        self._ctx.worker.write(work, self._on_saved, self.errors.show, name="catalogue")

    def _on_saved(self, saved: Saved[Any]) -> None:
        self._select_id = saved.value.id
        self.done.setText(self.tr("Saved: %1").replace("%1", saved.value.name))
        self.sig_saved.emit(saved.value)
