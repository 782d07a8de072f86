"""Refusals of the services shown next to the field they name, in the person's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from app.services.errors import ConflictError, DuplicateError, ValidationError
from app.ui.conflict import conflict_text

ERROR_STYLE = "color: #b3261e;"


def refusal_text(error: ValidationError) -> str:
    """The service's English template translated (context "Refusals"), then filled in."""
    if isinstance(error, ConflictError):
        return conflict_text(error)
    text = error.text(lambda template: QCoreApplication.translate("Refusals", template))
    return text[:1].upper() + text[1:]


class ErrorLine(QWidget):
    """A refusal under a field; for a duplicate, with a button to open the existing client."""

    def __init__(self) -> None:
        super().__init__()
        self.label = QLabel()
        self.label.setStyleSheet(ERROR_STYLE)
        self.label.setWordWrap(True)
        self.open_existing = QPushButton(self.tr("Open that client"))
        self.open_existing.setVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_existing)
        self.setVisible(False)

    def text(self) -> str:
        return self.label.text()

    def show_refusal(self, text: str, duplicate: bool) -> None:
        self.label.setText(text)
        self.open_existing.setVisible(duplicate)
        self.setVisible(True)

    def clear(self) -> None:
        self.label.clear()
        self.open_existing.setVisible(False)
        self.setVisible(False)


class FieldErrors(QObject):
    """The error lines of a form: one under each field and one for refusals of no shown field.

    ``add_row(form, label, widget, *fields)`` puts the widget in the form with
    an error line below it; ``show(error)`` writes the refusal under the field
    it names and focuses that field. A ``DuplicateError`` line also has an
    "Open that client" button that emits ``sig_open_existing`` with its
    ``existing_id``.
    """

    sig_open_existing = Signal(int)
    """The person chose to open the client a duplicate phone, plate or VIN belongs to."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._lines: dict[str, ErrorLine] = {}
        self._widgets: dict[str, QWidget] = {}
        self._existing_id: int | None = None
        self.general = self._new_line()

    def add_row(self, form: QFormLayout, label: str, widget: QWidget, *fields: str) -> ErrorLine:
        """Add ``widget`` to ``form`` with an error line for ``fields`` below it."""
        form.addRow(label, widget)
        line = self._new_line()
        form.addRow("", line)
        for field in fields:
            self._lines[field] = line
            self._widgets[field] = widget
        return line

    def line(self, field: str) -> ErrorLine:
        """The line a refusal of ``field`` goes to (``general`` for fields not shown)."""
        return self._lines.get(field, self.general)

    def show(self, error: ValidationError) -> None:
        self.clear()
        duplicate = isinstance(error, DuplicateError)
        self._existing_id = error.existing_id if isinstance(error, DuplicateError) else None
        self.line(error.field).show_refusal(refusal_text(error), duplicate)
        widget = self._widgets.get(error.field)
        if widget is not None:
            widget.setFocus()

    def clear(self) -> None:
        for line in {*self._lines.values(), self.general}:
            line.clear()
        self._existing_id = None

    def _new_line(self) -> ErrorLine:
        line = ErrorLine()
        line.open_existing.clicked.connect(self._on_open_existing)
        return line

    def _on_open_existing(self) -> None:
        if self._existing_id is not None:
            self.sig_open_existing.emit(self._existing_id)
