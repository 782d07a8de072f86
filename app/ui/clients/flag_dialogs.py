"""The card's small dialogs: departure with a reason, do-not-contact with a reason, merging."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.catalog import NamedRecord, list_churn_reasons
from app.services.client_status import mark_departed, merge_clients, set_do_not_contact
from app.services.clients import ClientRecord
from app.services.errors import ValidationError
from app.ui.clients.alive import while_alive
from app.ui.clients.picker import ClientPicker
from app.ui.clients.refusals import FieldErrors
from app.ui.context import UiContext


class _WriteDialog(QDialog):
    """A form whose OK runs one write; refusals go under their fields, success closes it."""

    def __init__(
        self,
        ctx: UiContext,
        work: Callable[[], Callable[[Any], Any]],
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._work = work
        self.setMinimumWidth(420)
        self.errors = FieldErrors(self)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        """Run the write ``work()`` makes from what is typed now."""
        self.errors.clear()
        self.ok_button.setEnabled(False)
        self._ctx.worker.write(
            self._work(),
            while_alive(self, self._done),
            while_alive(self, self._refused),
            name=self.windowTitle(),
        )

    def _done(self, _saved: object) -> None:
        self.accept()

    def _refused(self, error: ValidationError) -> None:
        self.ok_button.setEnabled(True)
        self.errors.show(error)


class DepartureDialog(_WriteDialog):
    """Mark a client as departed: the day, the churn reason and a note."""

    def __init__(self, ctx: UiContext, client: ClientRecord, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.work, parent)
        self.setWindowTitle(self.tr("Mark as departed"))
        self.ok_button.setText(self.tr("Mark as departed"))
        self._client_id = client.id
        self._version = client.version
        today = ctx.clock.today()
        self.left_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.left_on.setCalendarPopup(True)
        self.reason = QComboBox()
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(60)
        self.form.addRow(
            QLabel(
                self.tr("<b>{0}</b> no longer comes to the shop.").format(html.escape(client.name))
            )
        )
        self.errors.add_row(self.form, self.tr("Left on"), self.left_on, "left_on")
        self.errors.add_row(self.form, self.tr("Reason"), self.reason, "churn_reason_id")
        self.errors.add_row(self.form, self.tr("Note"), self.note, "churn_note")
        ctx.worker.read(
            list_churn_reasons, while_alive(self, self._show_reasons), name="churn reasons"
        )

    def _show_reasons(self, reasons: tuple[NamedRecord, ...]) -> None:
        for reason in reasons:
            self.reason.addItem(reason.name, reason.id)

    def work(self) -> Callable[[Any], Any]:
        day = self.left_on.date()
        return partial(
            mark_departed,
            client_id=self._client_id,
            left_on=dt.date(day.year(), day.month(), day.day()),
            churn_reason_id=self.reason.currentData(),
            note=self.note.toPlainText(),
            clock=self._ctx.clock,
            expected_version=self._version,
        )


class DoNotContactDialog(_WriteDialog):
    """Set the do-not-contact flag, with the reason kept in the client's notes."""

    def __init__(self, ctx: UiContext, client: ClientRecord, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.work, parent)
        self.setWindowTitle(self.tr("Do not contact"))
        self.ok_button.setText(self.tr("Do not contact"))
        self._client_id = client.id
        self._version = client.version
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. asked by phone not to call"))
        self.form.addRow(
            QLabel(
                self.tr("<b>{0}</b> gets no calls or reminders.").format(html.escape(client.name))
            )
        )
        self.errors.add_row(self.form, self.tr("Reason"), self.reason, "reason")

    def work(self) -> Callable[[Any], Any]:
        return partial(
            set_do_not_contact,
            client_id=self._client_id,
            flag=True,
            reason=self.reason.text(),
            clock=self._ctx.clock,
            expected_version=self._version,
        )


class MergeDialog(_WriteDialog):
    """Merge a duplicate client into this one: its cars, visits and reminders move here."""

    def __init__(self, ctx: UiContext, client: ClientRecord, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.work, parent)
        self.setWindowTitle(self.tr("Merge clients"))
        self.ok_button.setText(self.tr("Merge"))
        self._keep_id = client.id
        text = self.tr(
            "Find the duplicate of <b>{0}</b>. Its cars, visits, inquiries and reminders "
            "move to {0}, and the duplicate is deleted."
        ).format(html.escape(client.name))
        explanation = QLabel(text)
        explanation.setWordWrap(True)
        self.form.addRow(explanation)
        self.duplicate = ClientPicker(ctx, exclude_id=client.id)
        self.errors.add_row(self.form, self.tr("Duplicate"), self.duplicate, "drop_id")
        self.ok_button.setEnabled(False)
        self.duplicate.sig_picked.connect(lambda picked: self.ok_button.setEnabled(bool(picked)))

    def work(self) -> Callable[[Any], Any]:
        return partial(merge_clients, keep_id=self._keep_id, drop_id=self.duplicate.client_id)
