"""Registering a client (name and phone first, then source, referrer and the first car)
or editing one's details."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.catalog import NamedRecord, list_sources
from app.services.changes import Saved
from app.services.clients import ClientCard, ClientInput, ClientRecord, get_client, update_client
from app.services.errors import ConflictError, ValidationError
from app.services.registration import register_client
from app.ui.clients.alive import while_alive
from app.ui.clients.car_form import CarFields
from app.ui.clients.picker import ClientPicker
from app.ui.clients.refusals import FieldErrors
from app.ui.clients.texts import phone_text
from app.ui.conflict import ConflictBar
from app.ui.context import UiContext


class ClientDialog(QDialog):
    """New client (``card`` None, with a first car) or the details of an existing one.

    An edit sends back the version of the card it was opened with; when another
    desk saved the client since, the conflict bar says who and when and offers
    to reload the client into the form.
    """

    sig_saved = Signal(int)
    """The client was stored: its id."""

    sig_open_existing = Signal(int)
    """The phone or plate belongs to another client: open that one instead."""

    def __init__(
        self, ctx: UiContext, card: ClientCard | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._card = card
        own_id = card.client.id if card else None
        self.setWindowTitle(self.tr("Edit client") if card else self.tr("New client"))
        self.setMinimumWidth(480)
        self.errors = FieldErrors(self)
        self.conflict = ConflictBar()
        self.conflict.sig_reload_requested.connect(self.reload)

        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("050 123 45 67"))
        self.email = QLineEdit()
        self.source = QComboBox()
        self.source.addItem(self.tr("(not known)"), None)
        self.referrer = ClientPicker(ctx, exclude_id=own_id)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Name"), self.name, "name")
        self.errors.add_row(form, self.tr("Phone"), self.phone, "phone")
        self.errors.add_row(form, self.tr("Email"), self.email, "email")
        self.errors.add_row(form, self.tr("Came from"), self.source, "source_id")
        self.errors.add_row(form, self.tr("Referred by"), self.referrer, "referred_by_id")
        self.errors.add_row(form, self.tr("Notes"), self.notes, "notes")

        layout = QVBoxLayout(self)
        layout.addWidget(self.conflict)
        layout.addLayout(form)
        self.car: CarFields | None = None
        if card is None:
            box = QGroupBox(self.tr("First car (may be left empty)"))
            car_form = QFormLayout(box)
            self.car = CarFields(car_form, self.errors, self)
            layout.addWidget(box)
        else:
            self._fill(card)
        layout.addWidget(self.errors.general)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.errors.sig_open_existing.connect(self._open_existing)
        ctx.worker.read(list_sources, while_alive(self, self._show_sources), name="sources")
        self.name.setFocus()

    def _fill(self, card: ClientCard) -> None:
        client = card.client
        self.name.setText(client.name)
        self.phone.setText(phone_text(client.phone))
        self.email.setText(client.email or "")
        self.referrer.set_client(card.referrer)
        self.notes.setPlainText(client.notes)

    def _show_sources(self, sources: tuple[NamedRecord, ...]) -> None:
        for source in sources:
            self.source.addItem(source.name, source.id)
        if self._card is not None and self._card.client.source_id is not None:
            self.source.setCurrentIndex(self.source.findData(self._card.client.source_id))

    def client_input(self) -> ClientInput:
        return ClientInput(
            name=self.name.text(),
            phone=self.phone.text(),
            email=self.email.text() or None,
            source_id=self.source.currentData(),
            referred_by_id=self.referrer.client_id,
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        self.errors.clear()
        data = self.client_input()
        clock = self._ctx.clock
        if self._card is not None:
            work = partial(
                update_client,
                client_id=self._card.client.id,
                data=data,
                clock=clock,
                expected_version=self._card.client.version,
            )
        else:
            assert self.car is not None
            try:
                car = None if self.car.is_empty() else self.car.value()
            except ValidationError as error:
                self.errors.show(error)
                return
            work = partial(register_client, client=data, vehicle=car, clock=clock)
        self.save_button.setEnabled(False)
        self._ctx.worker.write(
            work,
            while_alive(self, self._saved),
            while_alive(self, self._refused),
            name="save client",
        )

    def _saved(self, saved: Saved[ClientRecord]) -> None:
        self.sig_saved.emit(saved.value.id)
        self.accept()

    def _refused(self, error: ValidationError) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ConflictError):
            self.conflict.show_conflict(error)
            self.adjustSize()  # room for the bar: the form must not be squeezed under it
        else:
            self.errors.show(error)

    def reload(self) -> None:
        """Read the client again as stored now (after a conflict) and show it in the form."""
        if self._card is None:
            return
        self.save_button.setEnabled(False)
        work = partial(get_client, client_id=self._card.client.id)
        self._ctx.worker.read(
            work,
            while_alive(self, self._reloaded),
            while_alive(self, self._refused),
            name="reload client",
        )

    def _reloaded(self, card: ClientCard) -> None:
        self._card = card
        self.errors.clear()
        self.conflict.clear()
        self.adjustSize()
        self._fill(card)
        self.source.setCurrentIndex(max(0, self.source.findData(card.client.source_id)))
        self.save_button.setEnabled(True)
        self.name.setFocus()

    def _open_existing(self, client_id: int) -> None:
        self.sig_open_existing.emit(client_id)
        self.reject()
