"""A save refused because another desk saved the record first: the message and "Reload".

The dialogs that edit a client or a visit keep the version they showed; when a
save comes back with a ``ConflictError`` they show this bar over their fields.
"Reload" asks the dialog to read the record again (the other desk's values and
the new version), after which the person makes their change again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.services.errors import ConflictError
from app.ui.format import date_text

BAR_STYLE = (
    "#conflictBar { background: #fdecea; border: 1px solid #e0a39d; border-radius: 4px; }"
    " #conflictBar QLabel { color: #8c1d18; }"
)


def conflict_text(error: ConflictError) -> str:
    """The refusal translated (context "Refusals"), with the time in the person's locale."""
    template = QCoreApplication.translate("Refusals", error.message)
    params = dict(error.params)
    if error.when is not None:
        params["when"] = f"{date_text(error.when.date())} {error.when:%H:%M}"
    return template.format(**params)


class ConflictBar(QFrame):
    """Hidden until ``show_conflict``; then the message and a Reload button."""

    sig_reload_requested = Signal()
    """The person asked to read the record again, as the other desk saved it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictBar")
        self.setStyleSheet(BAR_STYLE)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.setAutoDefault(False)
        self.reload_button.clicked.connect(self.sig_reload_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.reload_button)
        self.setVisible(False)

    def show_conflict(self, error: ConflictError) -> None:
        self.label.setText(conflict_text(error))
        self.setVisible(True)
        self.reload_button.setFocus()

    def clear(self) -> None:
        self.label.clear()
        self.setVisible(False)
