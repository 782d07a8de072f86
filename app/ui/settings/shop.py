"""The shop-wide settings every desk shares: currency and the phone region."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.services.settings import ShopSettings, save_settings
from app.ui.context import UiContext
from app.ui.visits.errors import ErrorLabel, FieldErrors


class ShopForm(QWidget):
    sig_saved = Signal(object)
    """The settings were saved (the ``ShopSettings`` now in force)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        self.currency.setPlaceholderText("UAH")
        self.currency.setMaximumWidth(120)
        self.phone_region = QLineEdit()
        self.phone_region.setMaxLength(2)
        self.phone_region.setPlaceholderText("UA")
        self.phone_region.setMaximumWidth(120)
        self.errors = FieldErrors(ErrorLabel())
        form = QFormLayout(self)
        for label, widget, field, hint in (
            (
                self.tr("Currency"),
                self.currency,
                "currency",
                self.tr("ISO code of the money shown on every screen and report, e.g. UAH, EUR"),
            ),
            (
                self.tr("Phone region"),
                self.phone_region,
                "phone_region",
                self.tr("Country of phone numbers typed without +, e.g. UA, MD, PL"),
            ),
        ):
            row = QHBoxLayout()
            row.addWidget(widget)
            note = QLabel(hint)
            note.setStyleSheet("color: #555;")
            row.addWidget(note, 1)
            form.addRow(label, row)
            line = ErrorLabel()
            form.addRow("", line)
            self.errors.bind(line, widget, field)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.done = QLabel()
        self.done.setStyleSheet("color: #1b5e20;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.done, 1)
        form.addRow("", buttons)
        form.addRow("", self.errors.general)

    def show_settings(self, settings: ShopSettings) -> None:
        self.currency.setText(settings.currency)
        self.phone_region.setText(settings.phone_region)

    def save(self) -> None:
        self.errors.clear()
        self.done.clear()
        work = partial(
            save_settings, currency=self.currency.text(), phone_region=self.phone_region.text()
        )
        self._ctx.worker.write(work, self._on_saved, self.errors.show, name="shop settings")

    def _on_saved(self, settings: ShopSettings) -> None:
        self.show_settings(settings)
        self.done.setText(self.tr("Saved."))
        self.sig_saved.emit(settings)
