"""Refusals shown next to the field they name, translated (context "Refusals")."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from app.services.errors import ConflictError, ValidationError
from app.ui.conflict import conflict_text

ERROR_STYLE = "color: #b3261e;"
_ITEM_FIELD = re.compile(r"^items\[(\d+)\]\.(\w+)$")
_ITEM_PARTS = {
    "service_id": "service",
    "price": "price",
    "quantity": "quantity",
    "declined": "declined",
}


def refusal_text(error: ValidationError) -> str:
    """The service's English template translated, then filled in, with a capital letter."""
    if isinstance(error, ConflictError):
        return conflict_text(error)
    text = error.text(lambda template: QCoreApplication.translate("Refusals", template))
    return text[:1].upper() + text[1:]


def item_refusal_text(error: ValidationError, line: int) -> str:
    """``items[2].price: must not be negative`` as "Line 3, price: Must not be negative"."""
    match = _ITEM_FIELD.match(error.field)
    part = _ITEM_PARTS.get(match.group(2), match.group(2)) if match else error.field
    template = QCoreApplication.translate("Refusals", "Line {line}, {part}: {text}")
    return template.format(
        line=line, part=QCoreApplication.translate("Refusals", part), text=refusal_text(error)
    )


def item_index(field: str) -> int | None:
    """The item's place in the saved list for ``items[2].price`` (2), else None."""
    match = _ITEM_FIELD.match(field)
    return int(match.group(1)) if match else None


class ErrorLabel(QLabel):
    """A red line under a field; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setVisible(False)

    def say(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_error(self) -> None:
        self.say("")


class FieldErrors:
    """Which error line shows each field's refusals; others go to the general line."""

    def __init__(self, general: ErrorLabel) -> None:
        self.general = general
        self._lines: dict[str, ErrorLabel] = {}
        self._widgets: dict[str, QWidget] = {}

    def bind(self, line: ErrorLabel, widget: QWidget | None, *fields: str) -> ErrorLabel:
        for field in fields:
            self._lines[field] = line
            if widget is not None:
                self._widgets[field] = widget
        return line

    def line(self, field: str) -> ErrorLabel:
        """The line of ``field``; ``items[2].price`` falls back to the line of ``items``."""
        return self._lines.get(field) or self._lines.get(_base(field), self.general)

    def show(self, error: ValidationError, text: str | None = None) -> ErrorLabel:
        """Show the refusal next to its field (and focus that field); returns the line used."""
        self.clear()
        line = self.line(error.field)
        line.say(text or refusal_text(error))
        widget = self._widgets.get(error.field) or self._widgets.get(_base(error.field))
        if widget is not None:
            widget.setFocus()
        return line

    def clear(self) -> None:
        for line in {*self._lines.values(), self.general}:
            line.clear_error()


def _base(field: str) -> str:
    return re.split(r"[\[.]", field, maxsplit=1)[0]
